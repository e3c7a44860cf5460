"""One open study: its compiled model, last good results, undo stack, view choices and saving."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from models.commands.base import Change, Command
from models.domain import Override, Scenario, Study
from models.engine.compiled import CompiledModel, ModelError, compile_study
from ui.session.autosave import Autosaver
from ui.session.choices import default_years
from ui.session.compile_failure import compile_failure
from ui.session.library import Library
from ui.session.native_compiler import NativeCompiler
from ui.session.recompute import RecomputeScheduler
from ui.session.undo import UndoableEdit, push
from ui.session.view_settings import (
    LibraryChoices,
    load_view_settings,
    save_view_settings,
)


class StudySession(QObject):
    """Apply edits to a study, keep its projections current and its library copy saved."""

    assumption_changed = Signal(str, str)  # scenario id, assumption name
    scenarios_changed = Signal()
    model_changed = Signal()  # compiled again (successfully or not); problems may have changed
    choices_changed = Signal()
    tracking_changed = Signal()  # actuals, signposts or the study's dates changed
    foresight_changed = Signal()  # drivers, actors, the matrix or the box changed
    result_ready = Signal(int, list)  # stamp, scenario ids with new results
    save_failed = Signal(str, int)  # why, and in how many milliseconds saving is tried again

    def __init__(self, library: Library, study: Study, parent: QObject | None = None, native_cache: Path | None = None):
        super().__init__(parent)
        self.library = library
        self.study = study
        self.undo_stack = QUndoStack(self)
        self.problems: list = []
        self.times: np.ndarray = study.time.points()
        self._compiled: CompiledModel | None = None
        self.revision = 0  # counts applied edits (and their undos): views that hear one edit twice refresh once
        # Scenarios changed by a foresight edit (a pole, the quadrants): the main window's panels hear of it on the
        # next turn, after the foresight view being edited has been painted.
        self._scenarios_later = QTimer(self)
        self._scenarios_later.setSingleShot(True)
        self._scenarios_later.setInterval(0)
        self._scenarios_later.timeout.connect(self.scenarios_changed)
        self._rows: dict[str, int] = {}  # variable name -> row of the stored results
        self._results: dict[str, np.ndarray] = {}  # scenario id -> (n_vars, n_times), last good
        self.choices = load_view_settings(library, study)  # the study's ViewSettings
        self.scheduler = RecomputeScheduler(self._run, self)
        self.scheduler.result_ready.connect(self.result_ready)
        self.autosave = Autosaver(self._save, self)
        self.autosave.failed.connect(self.save_failed)
        # Large models get native code compiled in the background; until it is ready, Python runs them.
        # No Qt parent: the compile thread keeps it alive until it ends, even after the session is gone.
        self.native = NativeCompiler(native_cache)
        self.native.compiled.connect(self._native_ready)
        LibraryChoices(library).last_study = study.id
        self._compile()

    # -- reading ---------------------------------------------------------------------------

    @property
    def compiled_ok(self) -> bool:
        """Return whether the current model compiled (results follow edits)."""
        return self._compiled is not None

    def series(self, scenario_id: str, name: str) -> np.ndarray | None:
        """Return the last good projection of a variable in a scenario, or None."""
        values = self._results.get(scenario_id)
        row = self._rows.get(name)
        if values is None or row is None:
            return None
        return values[row]

    def effective(self, scenario_id: str, name: str) -> tuple[Override | None, Scenario | None]:
        """Return the override in force for an assumption and the scenario it comes from (None: study value)."""
        for scenario in reversed(self.study.lineage(scenario_id)):
            if name in scenario.overrides:
                return scenario.overrides[name], scenario
        return None, None

    def shown_scenarios(self) -> list[Scenario]:
        """Return the scenarios ticked for the charts, in list order."""
        shown = set(self.choices.shown)
        return [s for s in self.study.scenarios if s.id in shown]

    # -- editing ---------------------------------------------------------------------------

    def push(self, command: Command) -> None:
        """Apply an edit as one undoable step (it may merge into the previous step)."""
        push(self.undo_stack, UndoableEdit(command, self.study, self._apply))

    def _apply(self, change: Change) -> None:
        self.revision += 1
        if change.model:
            self._compile()
            self._follow_variables(dict(change.renamed))
        if change.dates:
            # The table shows the study's own times: new dates (or their undo) replace the view's.
            self.choices.years = default_years(self.study)
            self._choices_changed()
        if change.scenarios:
            existing = [s.id for s in self.study.scenarios]
            if self.choices.selected not in existing:
                self.choices.selected = existing[0] if existing else None
                self._choices_changed()
        if change.values and self._compiled is not None:
            # Requested (run on the next turn) before the views hear of the edit: they can tell their numbers are old.
            affected: dict[str, None] = {}
            for scenario_id in change.values:
                affected[scenario_id] = None
                affected.update(dict.fromkeys(s.id for s in self.study.followers(scenario_id, change.inputs)))
            self.scheduler.request(affected)
        if change.foresight:
            # Before the scenarios: the foresight view being edited repaints first, the main window's panels after.
            self.foresight_changed.emit()
        if change.scenarios and change.foresight:
            self._scenarios_later.start()
        elif change.scenarios or self._scenarios_later.isActive():
            self._scenarios_later.stop()  # heard now: any earlier foresight edit's scenarios with it
            self.scenarios_changed.emit()
        if change.tracking:
            self.tracking_changed.emit()
        for scenario_id, name in change.assumptions:
            self.assumption_changed.emit(scenario_id, name)
        self.autosave.mark_dirty()

    # -- view choices ----------------------------------------------------------------------

    def _follow_variables(self, renamed: dict[str, str]) -> None:
        # Charts are chosen by variable name: follow a rename, drop a deleted variable.
        names = {v.name for v in self.study.variables}
        indicators = [renamed.get(n, n) for n in self.choices.indicators]
        indicators = [n for n in indicators if n in names]
        if indicators != self.choices.indicators:
            self.choices.indicators = indicators
            self._choices_changed()

    def set_shown(self, scenario_id: str, shown: bool) -> None:
        """Show or hide a scenario on the charts and table."""
        current = [s for s in self.choices.shown if s != scenario_id]
        self.choices.shown = current + [scenario_id] if shown else current
        self._choices_changed()

    def set_indicators(self, names: Iterable[str]) -> None:
        """Choose which indicators get a chart, in order."""
        self.choices.indicators = list(names)
        self._choices_changed()

    def set_years(self, years: Iterable[float]) -> None:
        """Choose the years shown in the table."""
        self.choices.years = sorted(set(years))
        self._choices_changed()

    def select(self, scenario_id: str | None) -> None:
        """Make a scenario the one being edited."""
        if scenario_id != self.choices.selected:
            self.choices.selected = scenario_id
            self._choices_changed()

    def _choices_changed(self) -> None:
        self.store_choices()
        self.choices_changed.emit()

    def store_choices(self) -> None:
        """Store the view settings as they are now (views that changed a field call this)."""
        save_view_settings(self.library, self.study, self.choices)

    # -- model, runs and saving -------------------------------------------------------------

    def _compile(self) -> None:
        try:
            self._compiled = compile_study(self.study)
        except ModelError as error:
            self._compiled = None
            self.problems = list(error.problems)
        except Exception as error:  # noqa: BLE001 - a study the compiler chokes on must still open, its problem shown
            self._compiled = None
            self.problems = [compile_failure(self.study, error)]
        else:
            self.problems = []
            # Results of the old model are indexed by its rows: replace them all before anyone reads.
            self.scheduler.request(s.id for s in self.study.scenarios)
            self.scheduler.flush()
            if self.native.wanted(self.study):
                self.native.request(self.study, self._compiled)
        self.model_changed.emit()

    def _native_ready(self, stamp: int, native: Any) -> None:
        # Only the newest request counts: an older one was compiled for a structure since edited.
        compiled = self._compiled
        if stamp == self.native.stamp and compiled is not None and native.fits(self.study) and compiled.fits(self.study):
            compiled.use_native(native)  # the same numbers, sooner: nothing to recompute

    @property
    def backend(self) -> str:
        """Say which back end runs this study's projections: "native" or "python"."""
        return "python" if self._compiled is None else self._compiled.backend

    def _run(self, scenario_ids: list[str]) -> list[str]:
        if self._compiled is None:
            return []
        existing = {s.id for s in self.study.scenarios}
        wanted = [s for s in scenario_ids if s in existing]
        if not wanted:
            return []
        projection = self._compiled.run(self.study, scenario_ids=wanted)
        self.times = projection.times
        self._rows = {name: row for row, name in enumerate(self._compiled.names)}
        self._results.update(projection.values)
        return wanted

    def _save(self) -> None:
        self.library.save_study(self.study)

    def close(self) -> None:
        """Save everything now: pending edits and view choices."""
        self.scheduler.flush()
        self.autosave.flush()
        self.store_choices()
