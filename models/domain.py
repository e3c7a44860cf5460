"""The study domain as plain dataclasses: no Qt, no database, no file format."""

from __future__ import annotations

import re
import uuid
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Union

import numpy as np

from models.foresight.domain import Foresight
from models.tracking.observations import Actual, Signpost

Kind = Literal["assumption", "auxiliary", "stock"]
EffectOp = Literal["add", "multiply"]
DistributionType = Literal["normal", "uniform", "triangular", "pert"]
Point = tuple[float, float]
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")  # a literal as equations write it


def new_id() -> str:
    """Return a fresh random UUID string."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class Path:
    """A time path: linear between points, held flat before the first and after the last."""

    points: tuple[Point, ...]

    def at(self, times: np.ndarray | Sequence[float] | float) -> np.ndarray:
        """Return the path's value at each of `times`."""
        xs = np.array([p[0] for p in self.points], dtype=float)
        ys = np.array([p[1] for p in self.points], dtype=float)
        return np.interp(times, xs, ys)


# A scenario override: a plain number, or a time path.
Override = Union[float, Path]


@dataclass
class TimeAxis:
    """Where a study's time runs: from start to end inclusive, by step."""

    start: float
    end: float
    step: float
    unit: str = "year"

    @property
    def count(self) -> int:
        """Return the number of time points."""
        return int(round((self.end - self.start) / self.step)) + 1

    def points(self) -> np.ndarray:
        """Return every time point as an array."""
        return self.start + self.step * np.arange(self.count, dtype=float)


# The parameters each distribution takes, in the order people read them.
DISTRIBUTION_PARAMETERS: dict[str, tuple[str, ...]] = {
    "normal": ("mean", "sd"),
    "uniform": ("low", "high"),
    "triangular": ("low", "mode", "high"),
    "pert": ("low", "mode", "high"),
}
@dataclass(frozen=True)
class Horizon:
    """A named stretch of the study's time that the analysis looks at (in the axis's units)."""

    name: str
    start: float
    end: float


@dataclass
class StudyDates:
    """The study's own "now", horizons and table times: none of them comes from the computer's clock.

    Empty values mean "not set": views then use defaults derived from the time axis (models.timeline).
    """

    as_of: float | None = None
    horizons: list[Horizon] = field(default_factory=list)
    table_times: list[float] = field(default_factory=list)

    @property
    def is_set(self) -> bool:
        """Say whether any date was set (the file then needs format version 2)."""
        return self.as_of is not None or bool(self.horizons) or bool(self.table_times)


@dataclass
class Distribution:
    """An uncertainty distribution: normal(mean, sd), uniform(low, high), triangular/pert(low, mode, high)."""

    type: DistributionType
    params: dict[str, float]


@dataclass
class Variable:
    """A named quantity of the study: an assumption, an auxiliary equation or a stock."""

    name: str
    kind: Kind
    label: str = ""
    unit: str = ""
    group: str = ""
    description: str = ""
    source: str = ""
    equation: str = ""  # auxiliary: its equation; stock: its net rate per time unit
    initial: str = ""  # stock only
    value: float | None = None  # assumption only
    min: float | None = None
    max: float | None = None
    path: Path | None = None
    distribution: Distribution | None = None
    id: str = field(default_factory=new_id)

    @property
    def title(self) -> str:
        """Return the label for people, or the name when there is none."""
        return self.label or self.name

    @property
    def is_coefficient(self) -> bool:
        """Say whether this is a model coefficient: an auxiliary whose equation is a number and nothing else.

        Written as a named variable so that its unit is declared (`growth_per_unrest_point`, %/yr per
        point), it is constant over time: no chart is worth drawing of it and the diagram may leave it out.
        """
        return self.kind == "auxiliary" and _NUMBER.fullmatch(self.equation.strip()) is not None


@dataclass
class Effect:
    """While its event is active, add `value` to or multiply by `value` the variable."""

    variable: str
    op: EffectOp
    value: float


@dataclass
class Event:
    """A flashpoint that may happen, with effects while active (start <= t < start + duration)."""

    name: str
    probability: float
    start: float
    duration: float | None = None  # None: one time step
    description: str = ""
    effects: list[Effect] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class Scenario:
    """A named branch of the study: its own overrides and event switches on top of its parent's."""

    name: str
    color: str = "#1f77b4"
    narrative: str = ""
    parent_id: str | None = None
    overrides: dict[str, Override] = field(default_factory=dict)
    events: dict[str, bool] = field(default_factory=dict)
    id: str = field(default_factory=new_id)
    origin: str = ""  # where an imported scenario came from (kept in the library, not in files)
    # Re-anchoring (off unless set): stock name -> (time, value). From that time on the stock starts
    # again at the value, usually an observation, so the projection continues from what happened.
    anchors: dict[str, Point] = field(default_factory=dict)


@dataclass
class Study:
    """A whole study: time axis, variables, events and scenarios."""

    title: str
    time: TimeAxis
    description: str = ""
    variables: list[Variable] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    scenarios: list[Scenario] = field(default_factory=list)
    id: str = field(default_factory=new_id)
    dates: StudyDates = field(default_factory=StudyDates)
    actuals: list[Actual] = field(default_factory=list)
    signposts: list[Signpost] = field(default_factory=list)
    foresight: Foresight = field(default_factory=Foresight)  # drivers, actors, matrix, box
    # Where the user dragged boxes on the model diagram (variable name -> centre); the layout places the rest.
    diagram_positions: dict[str, tuple[float, float]] = field(default_factory=dict)

    def variable(self, name: str) -> Variable:
        """Return the variable called `name` (KeyError if there is none)."""
        for variable in self.variables:
            if variable.name == name:
                return variable
        raise KeyError(name)

    def scenario(self, scenario_id: str) -> Scenario:
        """Return the scenario with id `scenario_id` (KeyError if there is none)."""
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise KeyError(scenario_id)

    def scenario_named(self, name: str) -> Scenario:
        """Return the scenario called `name` (KeyError if there is none)."""
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        raise KeyError(name)

    def lineage(self, scenario_id: str) -> list[Scenario]:
        """Return the scenario and its ancestors, root first (a parent cycle raises ValueError)."""
        by_id = {s.id: s for s in self.scenarios}  # one look-up a step: chains may be thousands long
        chain: list[Scenario] = []
        seen: set[str] = set()
        current: str | None = scenario_id
        while current is not None:
            if current in seen:
                raise ValueError("scenario parents form a cycle: " + " → ".join(s.name for s in chain))
            seen.add(current)
            if current not in by_id:
                raise KeyError(current)
            scenario = by_id[current]
            chain.append(scenario)
            current = scenario.parent_id
        return list(reversed(chain))

    def descendants(self, scenario_id: str) -> list[Scenario]:
        """Return every scenario that inherits from `scenario_id`, nearest first."""
        children: dict[str | None, list[Scenario]] = {}
        for scenario in self.scenarios:
            children.setdefault(scenario.parent_id, []).append(scenario)
        found: list[Scenario] = []
        seen = {scenario_id}
        frontier = deque([scenario_id])
        while frontier:
            for scenario in children.get(frontier.popleft(), []):
                if scenario.id not in seen:
                    seen.add(scenario.id)
                    found.append(scenario)
                    frontier.append(scenario.id)
        return found

    def followers(self, scenario_id: str, names: frozenset[str] = frozenset()) -> list[Scenario]:
        """Return the descendants whose inputs change with `scenario_id`'s values of `names` (all, for none).

        A descendant that sets every one of those assumptions itself, or inherits them from a scenario
        nearer to it, does not follow.
        """
        if not names:
            return self.descendants(scenario_id)
        found = []
        for scenario in self.descendants(scenario_id):
            between = []  # the scenario and its ancestors below `scenario_id`
            for step in reversed(self.lineage(scenario.id)):
                if step.id == scenario_id:
                    break
                between.append(step)
            if not all(any(name in step.overrides for step in between) for name in names):
                found.append(scenario)
        return found

    def resolved_anchors(self, scenario_id: str) -> dict[str, Point]:
        """Return each re-anchored stock's (time, value): a child keeps its ancestors' anchors, its own on top."""
        resolved: dict[str, Point] = {}
        for scenario in self.lineage(scenario_id):
            resolved.update(scenario.anchors)
        return resolved

    def resolved_overrides(self, scenario_id: str) -> dict[str, tuple[Override, Scenario]]:
        """Return each overridden assumption's effective override and the scenario it comes from."""
        resolved: dict[str, tuple[Override, Scenario]] = {}
        for scenario in self.lineage(scenario_id):
            for name, override in scenario.overrides.items():
                resolved[name] = (override, scenario)
        return resolved

    def resolved_events(self, scenario_id: str) -> dict[str, bool]:
        """Return the event switches in force for a scenario (child settings win)."""
        switches: dict[str, bool] = {}
        for scenario in self.lineage(scenario_id):
            switches.update(scenario.events)
        return switches
