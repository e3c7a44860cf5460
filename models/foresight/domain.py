"""The foresight layer's data: drivers, objectives, actors, the 2x2 matrix and the morphological box.

These reach the model only through assumption values (a pole, a variant): they never add equation semantics.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal

from models.explore.exploration import Exploration

Category = Literal["social", "technological", "economic", "environmental", "political"]
CATEGORIES: tuple[Category, ...] = ("social", "technological", "economic", "environmental", "political")
QUADRANTS = ("00", "01", "10", "11")  # first digit: the first axis's pole; second: the second axis's


def new_id() -> str:
    """Return a fresh random UUID string."""
    return str(uuid.uuid4())


@dataclass
class Driver:
    """A driving force: how much it matters (impact) and how open it is (uncertainty), both 1-5."""

    name: str
    category: Category = "political"
    description: str = ""
    source: str = ""
    impact: int = 3
    uncertainty: int = 3
    assumptions: list[str] = field(default_factory=list)  # the model's assumptions it moves
    id: str = field(default_factory=new_id)

    @property
    def critical(self) -> bool:
        """Say whether the driver is a critical uncertainty (high impact and high uncertainty)."""
        return self.impact >= 4 and self.uncertainty >= 4


@dataclass
class Objective:
    """Something actors want or oppose."""

    name: str
    description: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Actor:
    """A stakeholder: influence 1-5, a position -2..+2 on each objective, what it moves and why."""

    name: str
    influence: int = 3
    positions: dict[str, int] = field(default_factory=dict)  # objective id -> -2..+2
    motivation: str = ""
    source: str = ""
    drivers: list[str] = field(default_factory=list)  # driver ids it moves
    id: str = field(default_factory=new_id)


@dataclass
class Pole:
    """One end of a matrix axis: a label and the assumption values that make it so."""

    label: str
    assumptions: dict[str, float] = field(default_factory=dict)


@dataclass
class Axis:
    """A critical uncertainty as a matrix axis, with its two poles."""

    driver: str  # driver id
    poles: tuple[Pole, Pole]


@dataclass
class Matrix:
    """The 2x2 matrix: two axes and the scenario each quadrant became ("01": first axis pole 0, second pole 1)."""

    axes: tuple[Axis, Axis]
    quadrants: dict[str, str] = field(default_factory=dict)  # quadrant key -> scenario id
    reference: str | None = None  # the scenario the quadrants branch from

    def poles_of(self, key: str) -> tuple[Pole, Pole]:
        """Return the two poles that make quadrant `key`."""
        return self.axes[0].poles[int(key[0])], self.axes[1].poles[int(key[1])]


@dataclass
class Variant:
    """One value a descriptor may take: a short text and the assumption values it means."""

    name: str
    assumptions: dict[str, float] = field(default_factory=dict)
    description: str = ""
    id: str = field(default_factory=new_id)


@dataclass
class Descriptor:
    """A dimension of the morphological box with its 2-5 variants."""

    name: str
    variants: list[Variant] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Judgement:
    """How well two variants go together, -3 (exclude each other) .. +3 (reinforce), by whom."""

    first: str  # variant id
    second: str  # variant id
    score: int
    assessor: str = ""

    @property
    def pair(self) -> frozenset[str]:
        """Return the unordered pair of variants judged."""
        return frozenset((self.first, self.second))

    @property
    def key(self) -> tuple[frozenset[str], str]:
        """Return what identifies the judgement when merging: its pair and who made it."""
        return self.pair, self.assessor


@dataclass
class Morphology:
    """The morphological box: descriptors and the pairwise consistency judgements of its variants."""

    descriptors: list[Descriptor] = field(default_factory=list)
    judgements: list[Judgement] = field(default_factory=list)

    def variant(self, variant_id: str) -> Variant:
        """Return the variant with id `variant_id` (KeyError if there is none)."""
        for descriptor in self.descriptors:
            for variant in descriptor.variants:
                if variant.id == variant_id:
                    return variant
        raise KeyError(variant_id)

    def scores(self, pair: frozenset[str]) -> dict[str, int]:
        """Return each assessor's score for a pair of variants."""
        return {j.assessor: j.score for j in self.judgements if j.pair == pair}

    def consistency(self, first: str, second: str) -> float:
        """Return the pair's consistency: the mean of its assessors' scores (0 when not judged)."""
        scores = list(self.scores(frozenset((first, second))).values())
        return sum(scores) / len(scores) if scores else 0.0

    def disagreement(self, first: str, second: str) -> int:
        """Return how far the assessors' scores for a pair lie apart (0: they agree or only one judged)."""
        scores = list(self.scores(frozenset((first, second))).values())
        return max(scores) - min(scores) if scores else 0

    @property
    def is_empty(self) -> bool:
        """Say whether the box holds nothing."""
        return not self.descriptors and not self.judgements


@dataclass
class Foresight:
    """Everything of the foresight layer that a study holds."""

    drivers: list[Driver] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    matrix: Matrix | None = None
    morphology: Morphology = field(default_factory=Morphology)
    explorations: list[Exploration] = field(default_factory=list)  # scenario discovery kept with the study

    def driver(self, driver_id: str) -> Driver:
        """Return the driver with id `driver_id` (KeyError if there is none)."""
        for driver in self.drivers:
            if driver.id == driver_id:
                return driver
        raise KeyError(driver_id)

    @property
    def is_empty(self) -> bool:
        """Say whether the study uses none of it (the file then stays version 1)."""
        return (not (self.drivers or self.objectives or self.actors or self.matrix or self.explorations)
                and self.morphology.is_empty)
