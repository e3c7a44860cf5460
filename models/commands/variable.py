"""Edits of a study's variables as do/undo commands: add, delete, rename, change fields, move, type equations."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from models.commands.base import Change, Command
from models.commands.scenario import SetEquation
from models.domain import Override, Point, Study, Variable
from models.language.references import EQUATION_FIELDS, rename_in_equation
from models.tracking.observations import Actual, Signpost
from models.i18n import QT_TRANSLATE_NOOP, fill, translate

# Fields whose change alters what the compiled model is; the rest only change the inputs of a run.
STRUCTURAL_FIELDS = {"name", "kind", "equation", "initial"}
EDITABLE_FIELDS = {
    "label", "unit", "group", "description", "source", "kind", "equation", "initial",
    "value", "min", "max", "path", "distribution",
}


def _all_values(study: Study) -> Change:
    return Change(values=frozenset(s.id for s in study.scenarios), model=True)


@dataclass
class AddVariable(Command):
    """Add a variable at a place in the list."""

    variable: Variable
    index: int
    verb: str = "Add"

    def __post_init__(self) -> None:
        sentence = {"Add": QT_TRANSLATE_NOOP("Commands", "Add variable '%1'"),
                    "Duplicate": QT_TRANSLATE_NOOP("Commands", "Duplicate variable '%1'")}.get(self.verb)
        self.text = (fill(translate("Commands", sentence), self.variable.name) if sentence
                     else f"{self.verb} variable '{self.variable.name}'")

    def apply(self, study: Study) -> Change:
        """Insert the variable."""
        study.variables.insert(self.index, self.variable)
        return _all_values(study)

    def revert(self, study: Study) -> Change:
        """Remove it again."""
        study.variables.remove(self.variable)
        return _all_values(study)


@dataclass
class DeleteVariable(Command):
    """Delete a variable and the scenarios' own values for it; equations that used it will say so."""

    name: str
    _index: int = field(default=-1, init=False, repr=False)
    _variable: Variable | None = field(default=None, init=False, repr=False)
    _overrides: list[tuple[dict[str, Override], dict[str, Override]]] = field(default_factory=list, init=False, repr=False)
    _anchors: list[tuple[dict[str, Point], dict[str, Point]]] = field(default_factory=list, init=False, repr=False)
    _tracking: tuple[list[Actual], list[Signpost]] = field(default_factory=lambda: ([], []), init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Delete variable '%1'"), self.name)

    def apply(self, study: Study) -> Change:
        """Remove the variable; remember where it was and every scenario value it had."""
        self._variable = study.variable(self.name)
        self._index = study.variables.index(self._variable)
        study.variables.remove(self._variable)
        self._overrides, self._anchors = [], []
        for scenario in study.scenarios:
            if self.name in scenario.overrides:
                self._overrides.append((scenario.overrides, dict(scenario.overrides)))
                del scenario.overrides[self.name]
            if self.name in scenario.anchors:  # a re-anchored stock's start goes with the stock
                self._anchors.append((scenario.anchors, dict(scenario.anchors)))
                del scenario.anchors[self.name]
        # Its observations and signposts go with it (a file must not name a variable it lacks).
        self._tracking = (study.actuals, study.signposts)
        study.actuals = [a for a in study.actuals if a.variable != self.name]
        study.signposts = [s for s in study.signposts if s.variable != self.name]
        return replace(_all_values(study), tracking=True)

    def revert(self, study: Study) -> Change:
        """Put the variable and its scenario values back, in their old order."""
        assert self._variable is not None
        study.variables.insert(self._index, self._variable)
        for overrides, before in self._overrides:
            overrides.clear()
            overrides.update(before)
        for anchors, held in self._anchors:
            anchors.clear()
            anchors.update(held)
        study.actuals, study.signposts = self._tracking
        return replace(_all_values(study), tracking=True)


@dataclass
class RenameVariable(Command):
    """Rename a variable and every equation, scenario value and event effect that refers to it."""

    old: str
    new: str
    _before: list[tuple[Any, str, Any]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Rename '%1' to '%2'"), self.old, self.new)

    def apply(self, study: Study) -> Change:
        """Rename the variable and rewrite each reference through the equations' parsed trees."""
        self._before = []
        variable = study.variable(self.old)
        self._set(variable, "name", self.new)
        for other in study.variables:
            for field_name in EQUATION_FIELDS:
                text = getattr(other, field_name)
                renamed = rename_in_equation(text, self.old, self.new)
                if renamed != text:
                    self._set(other, field_name, renamed)
        for scenario in study.scenarios:
            if self.old in scenario.overrides:
                # Keep the scenario's order of overrides: files and the table list them so.
                moved = {self.new if k == self.old else k: v for k, v in scenario.overrides.items()}
                self._set(scenario, "overrides", moved)
            if self.old in scenario.anchors:
                self._set(scenario, "anchors", {self.new if k == self.old else k: v for k, v in scenario.anchors.items()})
        for event in study.events:
            for effect in event.effects:
                if effect.variable == self.old:
                    self._set(effect, "variable", self.new)
        # Observations and signposts name their variable too: they follow it.
        if any(a.variable == self.old for a in study.actuals):
            self._set(study, "actuals", [replace(a, variable=self.new) if a.variable == self.old else a
                                         for a in study.actuals])
        for signpost in study.signposts:
            if signpost.variable == self.old:
                self._set(signpost, "variable", self.new)
        if self.old in study.diagram_positions:  # the box stays where the user put it
            self._set(study, "diagram_positions", {self.new if k == self.old else k: v
                                                   for k, v in study.diagram_positions.items()})
        return replace(_all_values(study), renamed=((self.old, self.new),), tracking=True)

    def revert(self, study: Study) -> Change:
        """Put back every name and text that the rename changed."""
        for target, attribute, old in reversed(self._before):
            setattr(target, attribute, old)
        return replace(_all_values(study), renamed=((self.new, self.old),), tracking=True)

    def _set(self, target: Any, attribute: str, value: Any) -> None:
        self._before.append((target, attribute, getattr(target, attribute)))
        setattr(target, attribute, value)


@dataclass
class EditVariable(Command):
    """Change some of a variable's fields (label, unit, kind, value, range, path, distribution...)."""

    name: str
    changes: dict[str, Any]
    gesture: int = 0  # edits of one drag of a path point share a gesture and merge
    _old: dict[str, Any] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.changes) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))} of a variable this way")
        self.text = fill(translate("Commands", "Edit %1 of %2"), ", ".join(sorted(self.changes)), self.name)

    @property
    def merge_key(self) -> object | None:
        """Return the variable, fields and gesture of a drag, or None outside a gesture."""
        return ("edit", self.name, tuple(sorted(self.changes)), self.gesture) if self.gesture else None

    def apply(self, study: Study) -> Change:
        """Set the new field values, remembering the old ones the first time."""
        variable = study.variable(self.name)
        if self._old is None:
            self._old = {k: getattr(variable, k) for k in self.changes}
        for key, value in self.changes.items():
            setattr(variable, key, value)
        return self._change(study)

    def revert(self, study: Study) -> Change:
        """Put the old field values back."""
        assert self._old is not None
        variable = study.variable(self.name)
        for key, value in self._old.items():
            setattr(variable, key, value)
        return self._change(study)

    def merge(self, later: Command) -> bool:
        """Take the later values of the same gesture."""
        if not isinstance(later, EditVariable) or later.merge_key != self.merge_key:
            return False
        self.changes = dict(later.changes)
        return True

    def is_noop(self) -> bool:
        """Return whether the fields are back to what they were."""
        return self._old is not None and self._old == self.changes

    def _change(self, study: Study) -> Change:
        fields = set(self.changes)
        if fields <= {"value", "path"}:
            # The study's own value reaches only scenarios that do not override it (a path drag
            # would otherwise re-run every scenario on every step).
            values = frozenset(s.id for s in study.scenarios if self.name not in study.resolved_overrides(s.id))
            return Change(values=values, inputs=frozenset({self.name}))
        return Change(values=frozenset(s.id for s in study.scenarios), model=bool(STRUCTURAL_FIELDS & fields))


@dataclass
class MoveVariable(Command):
    """Move a variable to another place in the list, and optionally into another group."""

    name: str
    index: int
    group: str | None = None
    _old_index: int = field(default=-1, init=False, repr=False)
    _old_group: str = field(default="", init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = (fill(translate("Commands", "Move %1 to group '%2'"), self.name, self.group) if self.group is not None
                     else fill(translate("Commands", "Move %1"), self.name))

    def apply(self, study: Study) -> Change:
        """Move the variable."""
        variable = study.variable(self.name)
        self._old_index = study.variables.index(variable)
        self._old_group = variable.group
        study.variables.remove(variable)
        study.variables.insert(min(self.index, len(study.variables)), variable)
        if self.group is not None:
            variable.group = self.group
        return _all_values(study)

    def revert(self, study: Study) -> Change:
        """Put it back where it was."""
        variable = study.variable(self.name)
        study.variables.remove(variable)
        study.variables.insert(self._old_index, variable)
        variable.group = self._old_group
        return _all_values(study)


@dataclass
class TypeEquation(SetEquation):
    """Set an equation's text as it is typed: key presses of one editing run merge into one step."""

    gesture: int = 0
    _captured: bool = field(default=False, init=False, repr=False)

    @property
    def merge_key(self) -> object | None:
        """Return the variable, field and typing run this edit belongs to."""
        return ("type", self.name, self.field_name, self.gesture)

    def apply(self, study: Study) -> Change:
        """Set the text, remembering the text before the run the first time."""
        variable = study.variable(self.name)
        if not self._captured:
            self._old = getattr(variable, self.field_name)
            self._captured = True
        setattr(variable, self.field_name, self.equation)
        return Change(model=True)

    def merge(self, later: Command) -> bool:
        """Take the later text of the same run."""
        if not isinstance(later, TypeEquation) or later.merge_key != self.merge_key:
            return False
        self.equation = later.equation
        return True

    def is_noop(self) -> bool:
        """Return whether the text is back to what it was before the run."""
        return self._captured and self._old == self.equation
