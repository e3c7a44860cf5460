"""Edits of scenarios and their assumptions (and the model-wide edits they share the undo stack with)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.commands.base import Change, Command
from models.domain import Override, Point, Scenario, Study
from models.i18n import QT_TRANSLATE_NOOP, fill, translate

_MISSING = object()


@dataclass
class SetAssumption(Command):
    """Give a scenario its own value (or path) for an assumption."""

    scenario_id: str
    name: str
    value: Override
    label: str = ""
    gesture: int = 0  # edits of one slider drag (or one run of key presses) share a gesture
    _old: object = field(default=_MISSING, init=False, repr=False)
    _captured: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Change %1"), self.label or self.name)

    @property
    def merge_key(self) -> object | None:
        """Return the scenario, assumption and gesture this edit belongs to."""
        return ("set", self.scenario_id, self.name, self.gesture)

    def apply(self, study: Study) -> Change:
        """Set the override, remembering what it was the first time."""
        overrides = study.scenario(self.scenario_id).overrides
        if not self._captured:
            self._old = overrides.get(self.name, _MISSING)
            self._captured = True
        overrides[self.name] = self.value
        return self._change()

    def revert(self, study: Study) -> Change:
        """Put back the override that was there before, or none."""
        _restore(study.scenario(self.scenario_id).overrides, self.name, self._old)
        return self._change()

    def merge(self, later: Command) -> bool:
        """Take the later value of the same drag; keep the original old value."""
        if not isinstance(later, SetAssumption) or later.merge_key != self.merge_key:
            return False
        self.value = later.value
        return True

    def is_noop(self) -> bool:
        """Return whether the override is back to what it was before the gesture."""
        return self._captured and self._old is not _MISSING and self._old == self.value

    def _change(self) -> Change:
        return Change(values=frozenset({self.scenario_id}), inputs=frozenset({self.name}),
                      assumptions=frozenset({(self.scenario_id, self.name)}))


@dataclass
class ResetAssumption(Command):
    """Drop a scenario's own value so it inherits again."""

    scenario_id: str
    name: str
    label: str = ""
    _old: object = field(default=_MISSING, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Reset %1"), self.label or self.name)

    def apply(self, study: Study) -> Change:
        """Remove the override."""
        self._old = study.scenario(self.scenario_id).overrides.pop(self.name, _MISSING)
        return self._change()

    def revert(self, study: Study) -> Change:
        """Restore the override."""
        _restore(study.scenario(self.scenario_id).overrides, self.name, self._old)
        return self._change()

    def _change(self) -> Change:
        return Change(values=frozenset({self.scenario_id}), inputs=frozenset({self.name}),
                      assumptions=frozenset({(self.scenario_id, self.name)}))


@dataclass
class AddScenario(Command):
    """Add a scenario (blank, branched or duplicated) at a place in the list."""

    scenario: Scenario
    index: int
    verb: str = "New scenario"

    def __post_init__(self) -> None:
        sentence = {"New scenario": QT_TRANSLATE_NOOP("Commands", "New scenario '%1'"),
                    "Branch": QT_TRANSLATE_NOOP("Commands", "Branch '%1'"),
                    "Duplicate": QT_TRANSLATE_NOOP("Commands", "Duplicate '%1'")}.get(self.verb)
        self.text = fill(translate("Commands", sentence), self.scenario.name) if sentence else f"{self.verb} '{self.scenario.name}'"

    def apply(self, study: Study) -> Change:
        """Insert the scenario."""
        study.scenarios.insert(self.index, self.scenario)
        return Change(values=frozenset({self.scenario.id}), scenarios=True)

    def revert(self, study: Study) -> Change:
        """Remove the scenario again."""
        study.scenarios.remove(self.scenario)
        return Change(scenarios=True)


@dataclass
class DeleteScenario(Command):
    """Delete a scenario; its children keep their values by taking over its overrides."""

    scenario_id: str
    _index: int = field(default=-1, init=False, repr=False)
    _scenario: Scenario | None = field(default=None, init=False, repr=False)
    _children: list[tuple[Scenario, dict[str, Override], dict[str, bool], str | None, dict[str, Point]]] = field(default_factory=list, init=False, repr=False)

    def apply(self, study: Study) -> Change:
        """Remove the scenario and re-parent its children onto its parent."""
        scenario = study.scenario(self.scenario_id)
        self.text = fill(translate("Commands", "Delete scenario '%1'"), scenario.name)
        self._index = study.scenarios.index(scenario)
        self._scenario = scenario
        self._children = []
        for child in study.scenarios:
            if child.parent_id == scenario.id:
                self._children.append((child, child.overrides, child.events, child.parent_id, child.anchors))
                child.overrides = {**scenario.overrides, **child.overrides}
                child.anchors = {**scenario.anchors, **child.anchors}  # a re-anchored start is kept too
                child.events = {**scenario.events, **child.events}
                child.parent_id = scenario.parent_id
        study.scenarios.remove(scenario)
        return Change(scenarios=True)

    def revert(self, study: Study) -> Change:
        """Put the scenario back where it was and give its children back their own settings."""
        assert self._scenario is not None
        study.scenarios.insert(self._index, self._scenario)
        for child, overrides, events, parent_id, anchors in self._children:
            child.overrides, child.events, child.parent_id, child.anchors = overrides, events, parent_id, anchors
        return Change(values=frozenset({self.scenario_id}), scenarios=True)


@dataclass
class RenameScenario(Command):
    """Give a scenario a new name."""

    scenario_id: str
    name: str
    _old: str = field(default="", init=False, repr=False)

    def apply(self, study: Study) -> Change:
        """Rename the scenario."""
        scenario = study.scenario(self.scenario_id)
        self._old = scenario.name
        self.text = fill(translate("Commands", "Rename '%1' to '%2'"), self._old, self.name)
        scenario.name = self.name
        return Change(scenarios=True)

    def revert(self, study: Study) -> Change:
        """Give back the old name."""
        study.scenario(self.scenario_id).name = self._old
        return Change(scenarios=True)


@dataclass
class RecolorScenario(Command):
    """Give a scenario a new colour."""

    scenario_id: str
    color: str
    _old: str = field(default="", init=False, repr=False)

    def apply(self, study: Study) -> Change:
        """Change the colour."""
        scenario = study.scenario(self.scenario_id)
        self._old = scenario.color
        self.text = fill(translate("Commands", "Change colour of '%1'"), scenario.name)
        scenario.color = self.color
        return Change(scenarios=True)

    def revert(self, study: Study) -> Change:
        """Give back the old colour."""
        study.scenario(self.scenario_id).color = self._old
        return Change(scenarios=True)


@dataclass
class SetEquation(Command):
    """Replace a variable's equation (or a stock's initial value equation)."""

    name: str
    field_name: str  # "equation" or "initial"
    equation: str
    _old: str = field(default="", init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Edit %1 of %2"), self.field_name, self.name)

    def apply(self, study: Study) -> Change:
        """Set the new text."""
        variable = study.variable(self.name)
        self._old = getattr(variable, self.field_name)
        setattr(variable, self.field_name, self.equation)
        return Change(model=True)

    def revert(self, study: Study) -> Change:
        """Put the old text back."""
        setattr(study.variable(self.name), self.field_name, self._old)
        return Change(model=True)


_STUDY_PARTS = ("title", "description", "time", "variables", "events", "scenarios")


@dataclass
class ReplaceStudyContents(Command):
    """Make the study what another version of it says (say, a merged import) in one step."""

    after: Study
    label: str = "Import"
    _before: dict[str, Any] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = self.label

    def apply(self, study: Study) -> Change:
        """Put the other version's parts in place, keeping the current ones for undo."""
        self._before = {part: getattr(study, part) for part in _STUDY_PARTS}
        return self._become(study, {part: getattr(self.after, part) for part in _STUDY_PARTS})

    def revert(self, study: Study) -> Change:
        """Put the earlier parts back."""
        return self._become(study, self._before)

    def _become(self, study: Study, parts: dict[str, Any]) -> Change:
        model = any(getattr(study, p) != parts[p] for p in ("time", "variables", "events"))
        for part, value in parts.items():
            setattr(study, part, value)
        return Change(values=frozenset(s.id for s in study.scenarios), scenarios=True, model=model)


def _restore(overrides: dict[str, Override], name: str, old: object) -> None:
    if old is _MISSING:
        overrides.pop(name, None)
    else:
        overrides[name] = old  # type: ignore[assignment]
