"""Step through a session's logged states on a private copy of the study: the study and its undo stack stay as they are."""

from __future__ import annotations

from copy import deepcopy

import numpy as np

from models.domain import Scenario
from models.engine.compiled import compile_study
from models.timeline import as_of
from models.workshop import LogEntry, as_number, effective_value
from ui.workshop.controller import WorkshopController

MAX_PROPOSALS_SHOWN = 3  # as on the live room's screen


class Replay:
    """One logged state at a time: the explored scenario as it was, with the proposals captured by then."""

    def __init__(self, controller: WorkshopController):
        """Copy the study and compile it (ModelError if the model does not compile)."""
        self.controller = controller
        self.entries: list[LogEntry] = controller.log()
        self._study = deepcopy(controller.session.study)
        self._model = compile_study(self._study)
        self._explored = controller.workshop.scenario_id
        self._rows = {name: row for row, name in enumerate(self._model.names)}
        self._values: dict[str, np.ndarray] = {}
        self.index = -1

    @property
    def entry(self) -> LogEntry:
        """Return the log entry shown."""
        return self.entries[self.index]

    def go(self, index: int) -> bool:
        """Show the state after log entry `index`; return False when there is no such entry."""
        self.entries = self.controller.log()
        if not 0 <= index < len(self.entries):
            return False
        self.index = index
        self._study.scenario(self._explored).overrides = dict(self.entry.state)
        shown = [s.id for s in self.scenarios()]
        self._values = self._model.run(self._study, scenario_ids=shown).values
        return True

    def step(self, delta: int) -> bool:
        """Move back (-1) or forward (+1) through the log; return False at either end."""
        return self.go(self.index + delta)

    def scenarios(self) -> list[Scenario]:
        """Return the scenarios drawn: the latest proposals captured by then, then the explored scenario."""
        existing = {s.id for s in self._study.scenarios}
        captured = [e.proposal_id for e in self.entries[: self.index + 1] if e.kind == "capture" and e.proposal_id in existing]
        ids = captured[-MAX_PROPOSALS_SHOWN:] + [self._explored]
        return [self._study.scenario(i) for i in ids]

    def series(self, scenario_id: str, name: str) -> np.ndarray | None:
        """Return a variable's values in a shown scenario at the replayed state."""
        values, row = self._values.get(scenario_id), self._rows.get(name)
        return None if values is None or row is None else values[row]

    def lever_values(self, levers: list[str]) -> dict[str, float]:
        """Return the levers' values at the replayed state, as numbers."""
        return {n: as_number(effective_value(self._study, self._explored, n), as_of(self._study)) for n in levers}
