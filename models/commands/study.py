"""Edits of a study's own settings (title, description, time axis) as a do/undo command."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from models.commands.base import Change, Command
from models.domain import (
    Event,
    Path,
    Scenario,
    Study,
    StudyDates,
    TimeAxis,
    Variable,
    new_id,
)
from models.i18n import translate


def blank_study(title: str) -> Study:
    """Return an empty study with one scenario, ready for its first variables."""
    return Study(title, TimeAxis(2025.0, 2035.0, 1.0), scenarios=[Scenario("Base")])


def copied_study(study: Study, title: str) -> Study:
    """Return a deep copy of a study under a new title, with new ids for it and everything in it."""
    copied = copy.deepcopy(study)
    copied.id, copied.title = new_id(), title
    items: list[Variable | Event] = [*copied.variables, *copied.events]
    for item in items:
        item.id = new_id()
    fresh = {s.id: new_id() for s in copied.scenarios}
    for scenario in copied.scenarios:
        scenario.id = fresh[scenario.id]
        scenario.parent_id = fresh.get(scenario.parent_id) if scenario.parent_id else None
        scenario.origin = ""
    return copied


def points_outside(study: Study, time: TimeAxis) -> list[str]:
    """Return, for people, every path point the new time axis would leave outside its range."""
    found = []

    def check(path: Path, owner: str) -> None:
        outside = [t for t, _ in path.points if t < time.start or t > time.end]
        if outside:
            found.append(f"{owner}: {len(outside)} point{'s' if len(outside) > 1 else ''} "
                         f"at {', '.join(f'{t:g}' for t in outside)}")

    for variable in study.variables:
        if variable.path is not None:
            check(variable.path, variable.title)
    for scenario in study.scenarios:
        for name, override in scenario.overrides.items():
            if isinstance(override, Path):
                check(override, f"{name} in '{scenario.name}'")
    return found


@dataclass
class EditStudySettings(Command):
    """Change a study's title, description, time axis or dates (as of, horizons, table times)."""

    title: str
    description: str
    time: TimeAxis
    dates: StudyDates | None = None  # None: leave the dates as they are
    _old: tuple[str, str, TimeAxis, StudyDates] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = translate("Commands", "Edit study settings")

    def apply(self, study: Study) -> Change:
        """Set the new settings; a new time axis re-projects every scenario."""
        self._old = (study.title, study.description, copy.copy(study.time), copy.deepcopy(study.dates))
        axis_changed = self.time != study.time
        dates = study.dates if self.dates is None else copy.deepcopy(self.dates)
        dates_changed = dates != study.dates
        study.title, study.description, study.time = self.title, self.description, copy.copy(self.time)
        study.dates = dates
        return self._change(study, axis_changed, dates_changed)

    def revert(self, study: Study) -> Change:
        """Put the old settings back."""
        assert self._old is not None
        axis_changed = self._old[2] != study.time
        dates_changed = self._old[3] != study.dates
        study.title, study.description, study.time = self._old[0], self._old[1], copy.copy(self._old[2])
        study.dates = copy.deepcopy(self._old[3])
        return self._change(study, axis_changed, dates_changed)

    def _change(self, study: Study, axis_changed: bool, dates_changed: bool) -> Change:
        return Change(values=frozenset(s.id for s in study.scenarios) if axis_changed else frozenset(),
                      scenarios=True, model=axis_changed, dates=dates_changed or axis_changed,
                      tracking=dates_changed or axis_changed)
