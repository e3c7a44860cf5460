"""Undoable edits of the foresight layer; those that make or move scenarios change them in the same step."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

from models.commands.base import Change, Command
from models.domain import Override, Scenario, Study
from models.foresight.domain import QUADRANTS, Foresight, Judgement, Matrix, Pole
from models.foresight.matrix import pole_overrides, quadrant_scenarios
from models.i18n import fill, translate

FORESIGHT = Change(foresight=True)


@dataclass
class EditForesight(Command):
    """Any edit of drivers, objectives, actors or the box: `edit` changes a copy, which then replaces the whole."""

    label: str
    edit: Callable[[Foresight], None]
    _before: Foresight | None = field(default=None, init=False, repr=False)
    _after: Foresight | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = self.label

    def apply(self, study: Study) -> Change:
        """Make the edit (the first time on a copy, then by swapping the copies)."""
        if self._after is None:
            self._before = study.foresight
            self._after = copy.deepcopy(study.foresight)
            self.edit(self._after)
        study.foresight = self._after
        return FORESIGHT

    def revert(self, study: Study) -> Change:
        """Put back the foresight layer as it was."""
        assert self._before is not None, "revert before apply"
        study.foresight = self._before
        return FORESIGHT

    def is_noop(self) -> bool:
        """Return whether the edit changed nothing."""
        return self._after is not None and self._after == self._before


@dataclass
class RateDriver(Command):
    """Re-rate a driver's impact and uncertainty (one drag on the map is one step)."""

    driver_id: str
    impact: int
    uncertainty: int
    gesture: int = 0
    _old: tuple[int, int] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if not (1 <= self.impact <= 5 and 1 <= self.uncertainty <= 5):
            raise ValueError(f"impact and uncertainty run from 1 to 5, not {self.impact} and {self.uncertainty}")
        self.text = translate("Commands", "Re-rate driver")

    @property
    def merge_key(self) -> object | None:
        """Return the driver and gesture this rating belongs to."""
        return ("rate", self.driver_id, self.gesture)

    def apply(self, study: Study) -> Change:
        """Set the ratings, remembering the first old ones."""
        driver = study.foresight.driver(self.driver_id)
        if self._old is None:
            self._old = (driver.impact, driver.uncertainty)
        driver.impact, driver.uncertainty = self.impact, self.uncertainty
        return FORESIGHT

    def revert(self, study: Study) -> Change:
        """Put the old ratings back."""
        assert self._old is not None, "revert before apply"
        driver = study.foresight.driver(self.driver_id)
        driver.impact, driver.uncertainty = self._old
        return FORESIGHT

    def merge(self, later: Command) -> bool:
        """Take the later rating of the same drag."""
        if not isinstance(later, RateDriver) or later.merge_key != self.merge_key:
            return False
        self.impact, self.uncertainty = later.impact, later.uncertainty
        return True

    def is_noop(self) -> bool:
        """Return whether the drag ended where it began."""
        return self._old == (self.impact, self.uncertainty)


@dataclass
class SetJudgement(Command):
    """Set (or with score None, remove) one assessor's consistency score for a pair of variants."""

    first: str
    second: str
    score: int | None
    assessor: str = ""
    _old: list[Judgement] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.score is not None and not -3 <= self.score <= 3:
            raise ValueError(f"consistency runs from -3 to +3, not {self.score}")
        self.text = translate("Commands", "Change consistency")

    def apply(self, study: Study) -> Change:
        """Replace the assessor's judgement of the pair."""
        box = study.foresight.morphology
        self._old = list(box.judgements)
        pair = frozenset((self.first, self.second))
        kept = [j for j in box.judgements if j.key != (pair, self.assessor)]
        if self.score is not None:
            kept.append(Judgement(self.first, self.second, self.score, self.assessor))
        box.judgements = kept
        return FORESIGHT

    def revert(self, study: Study) -> Change:
        """Put the judgements back as they were."""
        assert self._old is not None, "revert before apply"
        study.foresight.morphology.judgements = list(self._old)
        return FORESIGHT


@dataclass
class _ScenarioSnapshot(Command):
    """An edit of the matrix and of scenarios: the matrix and the touched scenarios are restored exactly."""

    _matrix: Matrix | None = field(default=None, init=False, repr=False)
    _scenarios: list[Scenario] | None = field(default=None, init=False, repr=False)

    def _remember(self, study: Study) -> None:
        self._matrix = copy.deepcopy(study.foresight.matrix)
        self._scenarios = list(study.scenarios)
        self._saved = {s.id: (s.name, dict(s.overrides), s.narrative, s.parent_id) for s in study.scenarios}

    def revert(self, study: Study) -> Change:
        """Restore the matrix, the scenario list and the touched scenarios' names, overrides and narratives."""
        assert self._scenarios is not None, "revert before apply"
        study.foresight.matrix = copy.deepcopy(self._matrix)
        study.scenarios[:] = self._scenarios
        for scenario in study.scenarios:
            scenario.name, overrides, scenario.narrative, scenario.parent_id = self._saved[scenario.id]
            scenario.overrides = dict(overrides)
        return self._change(study)

    def _change(self, study: Study) -> Change:
        ids = frozenset(s.id for s in study.scenarios) if self._matrix is None else frozenset(
            self._matrix.quadrants.values())
        return Change(values=ids | self._touched(study), scenarios=True, foresight=True)

    def _touched(self, study: Study) -> frozenset[str]:
        matrix = study.foresight.matrix
        return frozenset(matrix.quadrants.values()) if matrix else frozenset()


@dataclass
class MakeQuadrants(_ScenarioSnapshot):
    """Set the matrix and make (or bring up to date) its four quadrant scenarios under a reference."""

    matrix: Matrix = field(default=None)  # type: ignore[assignment]
    reference_id: str = ""
    _made: dict[str, Scenario] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = translate("Commands", "Make the four quadrant scenarios")

    def apply(self, study: Study) -> Change:
        """Add the quadrant scenarios that are missing and update those that exist."""
        self._remember(study)
        matrix = copy.deepcopy(self.matrix)
        matrix.reference = self.reference_id
        existing = {s.id: s for s in study.scenarios}
        if self._made is None:  # redo brings back the very scenarios (same ids) the first apply made
            self._made = quadrant_scenarios(matrix, self.reference_id)
        for key, made in self._made.items():
            current = existing.get(made.id)
            if current is None:
                study.scenarios.append(made)
            else:
                current.name, current.parent_id = made.name, self.reference_id
                current.overrides = dict(made.overrides)
            matrix.quadrants[key] = made.id
        study.foresight.matrix = matrix
        return self._change(study)


@dataclass
class SetPole(_ScenarioSnapshot):
    """Change one pole of the matrix; its two quadrant scenarios follow in the same step."""

    axis: int = 0
    pole: int = 0
    value: Pole = field(default_factory=lambda: Pole(""))

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Change pole '%1'"), self.value.label)

    def apply(self, study: Study) -> Change:
        """Set the pole and move the quadrants it makes: the old pole's values go, the new pole's come."""
        matrix = study.foresight.matrix
        if matrix is None:
            raise ValueError("the study has no matrix")
        self._remember(study)
        old = matrix.axes[self.axis].poles[self.pole]
        poles = list(matrix.axes[self.axis].poles)
        poles[self.pole] = copy.deepcopy(self.value)
        matrix.axes[self.axis].poles = (poles[0], poles[1])
        by_id = {s.id: s for s in study.scenarios}
        for key in QUADRANTS:
            scenario = by_id.get(matrix.quadrants.get(key, ""))
            if scenario is None or int(key[self.axis]) != self.pole:
                continue
            first, second = matrix.poles_of(key)
            overrides: dict[str, Override] = {k: v for k, v in scenario.overrides.items() if k not in old.assumptions}
            overrides.update(pole_overrides(first, second))
            scenario.overrides = overrides
            scenario.name = f"{first.label} / {second.label}"
        return self._change(study)


@dataclass
class ScenarioFromCombination(Command):
    """Add a scenario, child of a reference, whose overrides are the chosen variants' assumption values."""

    variant_ids: tuple[str, ...]
    reference_id: str
    name: str
    color: str = "#66a61e"
    scenario: Scenario | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "New scenario '%1' from the box"), self.name)

    def apply(self, study: Study) -> Change:
        """Add the scenario (the same one again on redo)."""
        if self.scenario is None:
            box = study.foresight.morphology
            overrides: dict[str, Override] = {}
            lines = []
            for vid in self.variant_ids:
                variant = box.variant(vid)
                overrides.update({k: float(v) for k, v in variant.assumptions.items()})
                lines.append(f"- {variant.name}")
            self.scenario = Scenario(self.name, color=self.color, parent_id=self.reference_id,
                                     overrides=overrides, narrative="Made from the box:\n" + "\n".join(lines))
        study.scenarios.append(self.scenario)
        return Change(values=frozenset({self.scenario.id}), scenarios=True)

    def revert(self, study: Study) -> Change:
        """Remove the scenario again."""
        assert self.scenario is not None, "revert before apply"
        study.scenarios.remove(self.scenario)
        return Change(scenarios=True)


@dataclass
class CaptureQuadrantVariant(Command):
    """The room's capture with a quadrant picked: a child of the quadrant's scenario holding what the room moved.

    As a workshop capture, the explored scenario goes back to its baseline in the same step; the
    variant is placed after the quadrant's family, so it is listed under the quadrant it varies.
    """

    explored_id: str
    quadrant_id: str
    proposal: Scenario
    baseline: dict[str, Override]
    _before: dict[str, Override] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = f"Capture '{self.proposal.name}'"

    def apply(self, study: Study) -> Change:
        """Insert the variant under the quadrant and restore the explored scenario's baseline."""
        family = [self.quadrant_id] + [s.id for s in study.descendants(self.quadrant_id)]
        index = max(k for k, s in enumerate(study.scenarios) if s.id in family) + 1
        study.scenarios.insert(index, self.proposal)
        explored = study.scenario(self.explored_id)
        self._before = dict(explored.overrides)
        explored.overrides = dict(self.baseline)
        return self._change()

    def revert(self, study: Study) -> Change:
        """Remove the variant and give the explored scenario its explored values back."""
        study.scenarios.remove(self.proposal)
        study.scenario(self.explored_id).overrides = dict(self._before)
        return self._change()

    def _change(self) -> Change:
        touched = set(self._before) | set(self.baseline)
        return Change(values=frozenset({self.explored_id, self.proposal.id}),
                      assumptions=frozenset((self.explored_id, name) for name in touched), scenarios=True)
