"""Edits of a study's events and of which scenarios switch them on, as do/undo commands."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from models.commands.base import Change, Command
from models.domain import Event, Study
from models.i18n import fill, translate

EVENT_FIELDS = {"name", "description", "probability", "start", "duration", "effects"}


def event_by_id(study: Study, event_id: str) -> Event:
    """Return the event with this id (KeyError if there is none)."""
    for event in study.events:
        if event.id == event_id:
            return event
    raise KeyError(event_id)


def _everything(study: Study) -> Change:
    # Effects decide which auxiliaries the compiled code adjusts, so an event edit may recompile.
    return Change(values=frozenset(s.id for s in study.scenarios), model=True)


@dataclass
class AddEvent(Command):
    """Add an event at a place in the list."""

    event: Event
    index: int

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Add event '%1'"), self.event.name)

    def apply(self, study: Study) -> Change:
        """Insert the event."""
        study.events.insert(self.index, self.event)
        return _everything(study)

    def revert(self, study: Study) -> Change:
        """Remove it again."""
        study.events.remove(self.event)
        return _everything(study)


@dataclass
class DeleteEvent(Command):
    """Delete an event and every scenario's switch for it."""

    event_id: str
    _index: int = field(default=-1, init=False, repr=False)
    _event: Event | None = field(default=None, init=False, repr=False)
    _switches: list[tuple[dict[str, bool], dict[str, bool]]] = field(default_factory=list, init=False, repr=False)

    def apply(self, study: Study) -> Change:
        """Remove the event, remembering its place and switches."""
        self._event = event_by_id(study, self.event_id)
        self.text = fill(translate("Commands", "Delete event '%1'"), self._event.name)
        self._index = study.events.index(self._event)
        study.events.remove(self._event)
        self._switches = []
        for scenario in study.scenarios:
            if self._event.name in scenario.events:
                self._switches.append((scenario.events, dict(scenario.events)))
                del scenario.events[self._event.name]
        return _everything(study)

    def revert(self, study: Study) -> Change:
        """Put the event and its switches back."""
        assert self._event is not None
        study.events.insert(self._index, self._event)
        for switches, before in self._switches:
            switches.clear()
            switches.update(before)
        return _everything(study)


@dataclass
class EditEvent(Command):
    """Change some of an event's fields; a new name is carried into every scenario's switches."""

    event_id: str
    changes: dict[str, Any]
    _old: dict[str, Any] | None = field(default=None, init=False, repr=False)
    _switches: list[tuple[dict[str, bool], dict[str, bool]]] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = set(self.changes) - EVENT_FIELDS
        if unknown:
            raise ValueError(f"cannot edit {', '.join(sorted(unknown))} of an event")
        self.text = fill(translate("Commands", "Edit %1 of an event"), ", ".join(sorted(self.changes)))

    def apply(self, study: Study) -> Change:
        """Set the new values."""
        event = event_by_id(study, self.event_id)
        self._old = {k: copy.deepcopy(getattr(event, k)) for k in self.changes}
        self._switches = []
        new_name = self.changes.get("name", event.name)
        if new_name != event.name:
            for scenario in study.scenarios:
                if event.name in scenario.events:
                    self._switches.append((scenario.events, dict(scenario.events)))
                    renamed = {new_name if k == event.name else k: v for k, v in scenario.events.items()}
                    scenario.events.clear()
                    scenario.events.update(renamed)
        for key, value in self.changes.items():
            setattr(event, key, copy.deepcopy(value))
        return _everything(study)

    def revert(self, study: Study) -> Change:
        """Put the old values and switches back."""
        assert self._old is not None
        event = event_by_id(study, self.event_id)
        for key, value in self._old.items():
            setattr(event, key, value)
        for switches, before in self._switches:
            switches.clear()
            switches.update(before)
        return _everything(study)


@dataclass
class SwitchEvent(Command):
    """Switch an event on or off in a scenario, or (None) let it inherit from its parent again."""

    scenario_id: str
    event_name: str
    on: bool | None
    _old: bool | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        sentence = {True: translate("Commands", "Switch '%1' on"), False: translate("Commands", "Switch '%1' off"),
                    None: translate("Commands", "Switch '%1' to as inherited")}[self.on]
        self.text = fill(sentence, self.event_name)

    def apply(self, study: Study) -> Change:
        """Set the switch."""
        switches = study.scenario(self.scenario_id).events
        self._old = switches.get(self.event_name)
        _put(switches, self.event_name, self.on)
        return Change(values=frozenset({self.scenario_id}))

    def revert(self, study: Study) -> Change:
        """Put the old switch back."""
        _put(study.scenario(self.scenario_id).events, self.event_name, self._old)
        return Change(values=frozenset({self.scenario_id}))


def _put(switches: dict[str, bool], name: str, on: bool | None) -> None:
    if on is None:
        switches.pop(name, None)
    else:
        switches[name] = on
