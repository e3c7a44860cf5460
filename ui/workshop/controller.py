"""A workshop on the open study: captures proposals, logs every step at once, holds votes and the freeze."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from models.domain import Scenario
from models.foresight.commands import CaptureQuadrantVariant
from models.timeline import as_of
from models.workshop import (
    CaptureProposal,
    LogEntry,
    Proposal,
    Workshop,
    changed_overrides,
    effective_value,
    projector_color,
    proposal_name,
)
from ui.panels.scenario_panel import unique_name
from ui.session.study_session import StudySession
from ui.i18n.text import fill

# A drag logs one entry once the lever rests this long; the study itself is autosaved about 0.6 s after a change.
LOG_SETTLE_MS = 300
MAX_LEVERS = 5
MAX_INDICATORS = 4


def default_levers(session: StudySession) -> list[str]:
    """Return the first few numeric assumptions with a range: the levers a room can move."""
    levers = [v.name for v in session.study.variables if v.kind == "assumption" and v.min is not None and v.max is not None]
    return levers[:MAX_LEVERS]


def remembered_choice(session: StudySession) -> tuple[list[str], list[str]]:
    """Return the levers and charts last chosen for this study, or sensible first ones."""
    saved = session.choices.workshop
    names = {v.name for v in session.study.variables}
    levers = [n for n in saved.levers if n in names] or default_levers(session)
    indicators = [n for n in saved.indicators if n in names] or session.choices.indicators
    return levers[:MAX_LEVERS], indicators[:MAX_INDICATORS]


class WorkshopController(QObject):
    """Run one session on the explored scenario; every capture and logged step is in the library at once."""

    proposals_changed = Signal()
    logged = Signal(object)  # the LogEntry just stored
    frozen_changed = Signal(bool)
    captured = Signal(str)  # the proposal's name, or a reason nothing was captured
    choice_changed = Signal()  # other levers or charts for the room

    def __init__(self, session: StudySession, scenario_id: str, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.library = session.library
        self.frozen = False
        self._capturing = False
        study = session.study
        workshop = self.library.latest_workshop(study.id, scenario_id)
        if workshop is None or not _still_valid(workshop, session):
            levers, indicators = remembered_choice(session)
            workshop = Workshop(
                study.id, scenario_id, levers, indicators,
                dict(study.scenario(scenario_id).overrides), datetime.now(timezone.utc),
            )
            self.library.save_workshop(workshop)
        self.workshop = workshop
        self._captured: dict[str, Proposal] = {p.scenario_id: p for p in self.library.proposals(workshop.id)}
        self._stored = {s for s in self._captured if _exists(session, s)}
        self._last_index = session.undo_stack.index()
        self._last_state = dict(self.scenario.overrides)
        self._log_timer = QTimer(self)
        self._log_timer.setSingleShot(True)
        self._log_timer.setInterval(LOG_SETTLE_MS)
        self._log_timer.timeout.connect(self.flush_log)
        session.assumption_changed.connect(lambda *_: self._log_timer.start())
        session.scenarios_changed.connect(self._scenarios_changed)

    # -- reading ---------------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario:
        """Return the scenario being explored."""
        return self.session.study.scenario(self.workshop.scenario_id)

    def proposals(self) -> list[Proposal]:
        """Return the captured proposals whose scenarios still exist, in capture order."""
        return sorted((p for p in self._captured.values() if _exists(self.session, p.scenario_id)), key=lambda p: p.number)

    def log(self) -> list[LogEntry]:
        """Return the session's log as stored, oldest first."""
        self.flush_log()
        return self.library.workshop_log(self.workshop.id)

    def pending_changes(self) -> dict:
        """Return what a capture now would hold."""
        return changed_overrides(self.session.study, self.workshop.scenario_id, self.workshop.baseline)

    # -- settings --------------------------------------------------------------------------

    def set_levers(self, names: list[str]) -> None:
        """Choose the levers shown to the room."""
        self.set_choice(names, self.workshop.indicators)

    def set_indicators(self, names: list[str]) -> None:
        """Choose the indicators charted for the room (at most four)."""
        self.set_choice(self.workshop.levers, names)

    def set_choice(self, levers: list[str], indicators: list[str]) -> None:
        """Choose the room's levers and charts, for this session and the study's next ones."""
        self.workshop.levers = list(levers)[:MAX_LEVERS]
        self.workshop.indicators = list(indicators)[:MAX_INDICATORS]
        self.library.save_workshop(self.workshop)
        self.session.choices.workshop.levers = list(self.workshop.levers)
        self.session.choices.workshop.indicators = list(self.workshop.indicators)
        self.session.store_choices()
        self.choice_changed.emit()

    # -- capture ---------------------------------------------------------------------------

    def capture(self, quadrant_id: str | None = None) -> Proposal | None:
        """Save what changed since the baseline as a new child scenario, stored before this returns.

        With `quadrant_id` (the room's matrix has a quadrant picked) the child branches from that quadrant's
        scenario instead: the quadrant's poles with the room's changes on top, even if nothing moved.
        """
        session, study = self.session, self.session.study
        self.flush_log()
        changes = self.pending_changes()
        if not changes and quadrant_id is None:
            self.captured.emit(QCoreApplication.translate("WorkshopController", "Nothing to capture: no lever differs from the start."))
            return None
        number = max((p.number for p in self._captured.values()), default=0) + 1
        compared = {n: effective_value(study, self.workshop.scenario_id, n, self.workshop.baseline) for n in changes}
        name = proposal_name(study, number, changes, compared, as_of(study))
        if quadrant_id is not None:  # "Proposal 4 — Fast reform / Outside influence, higher aid"
            quadrant = study.scenario(quadrant_id).name
            name = (name.replace(f"Proposal {number} — ", f"Proposal {number} — {quadrant}, ", 1) if changes
                    else f"Proposal {number} — {quadrant}")
        name = unique_name(name, {s.name for s in study.scenarios})
        child = Scenario(
            name, color=projector_color([s.color for s in study.scenarios]),
            parent_id=quadrant_id or self.workshop.scenario_id, overrides=changes,
        )
        # Ticked before the push, so the views redraw once for the new scenario instead of twice.
        session.choices.shown.append(child.id)
        self._capturing = True
        try:
            if quadrant_id is None:
                session.push(CaptureProposal(self.workshop.scenario_id, child, dict(self.workshop.baseline)))
            else:
                session.push(CaptureQuadrantVariant(self.workshop.scenario_id, quadrant_id, child,
                                                    dict(self.workshop.baseline)))
        finally:
            self._capturing = False
        session.autosave.flush()
        session.store_choices()
        proposal = Proposal(child.id, number, name, datetime.now(timezone.utc))
        self._captured[child.id] = proposal
        self.library.save_proposal(self.workshop.id, proposal)
        self._stored.add(child.id)
        self._write_log("capture", fill(QCoreApplication.translate("WorkshopController", "Captured '%1'"), name), proposal.scenario_id)
        self.proposals_changed.emit()
        self.captured.emit(name)
        return proposal

    def set_note(self, scenario_id: str, note: str) -> None:
        """Give a proposal its one-line note (stored at once)."""
        self._update(scenario_id, note=" ".join(note.split()))

    def set_vote(self, scenario_id: str, criterion: str, count: int) -> None:
        """Record the room's count for a proposal on one criterion (stored at once)."""
        votes = dict(self._captured[scenario_id].votes)
        votes[criterion] = max(0, int(count))
        self._update(scenario_id, votes=votes)

    def _update(self, scenario_id: str, **values) -> None:
        proposal = self._captured[scenario_id]
        for key, value in values.items():
            setattr(proposal, key, value)
        self.library.save_proposal(self.workshop.id, proposal)
        self.proposals_changed.emit()

    # -- freeze ----------------------------------------------------------------------------

    def toggle_freeze(self) -> None:
        """Hold the room's screen still, or let it follow the session again."""
        self.frozen = not self.frozen
        self.frozen_changed.emit(self.frozen)

    # -- log -------------------------------------------------------------------------------

    def flush_log(self) -> None:
        """Write the pending change to the log now, if the explored scenario moved since the last entry."""
        self._log_timer.stop()
        if not _exists(self.session, self.workshop.scenario_id):
            return
        stack = self.session.undo_stack
        index = stack.index()
        if index < self._last_index:
            kind, text = "undo", fill(QCoreApplication.translate("WorkshopController", "Undo: %1"), stack.text(index))
        elif index > self._last_index and index < stack.count():
            kind, text = "redo", fill(QCoreApplication.translate("WorkshopController", "Redo: %1"), stack.text(index - 1))
        else:
            kind, text = "change", stack.undoText() or QCoreApplication.translate("WorkshopController", "Change")
        if self.scenario.overrides != self._last_state:
            self._write_log(kind, text)
        self._last_index = index

    def _write_log(self, kind: str, text: str, proposal_id: str | None = None) -> None:
        state = dict(self.scenario.overrides)
        entry = LogEntry(datetime.now(timezone.utc), kind, text, state, proposal_id)
        self.library.add_log_entry(self.workshop.id, entry)
        self._last_state = state
        self._last_index = self.session.undo_stack.index()
        self.logged.emit(entry)

    def _scenarios_changed(self) -> None:
        # An undone capture takes its proposal out of the library; a redo brings it back.
        for scenario_id, proposal in self._captured.items():
            alive = _exists(self.session, scenario_id)
            if alive and scenario_id not in self._stored:
                self.library.save_proposal(self.workshop.id, proposal)
                self._stored.add(scenario_id)
            elif not alive and scenario_id in self._stored:
                self.library.remove_proposal(self.workshop.id, scenario_id)
                self._stored.discard(scenario_id)
        self._log_timer.start()
        if not self._capturing:  # a capture announces its proposal once it is stored
            self.proposals_changed.emit()


def _exists(session: StudySession, scenario_id: str) -> bool:
    return any(s.id == scenario_id for s in session.study.scenarios)


def _still_valid(workshop: Workshop, session: StudySession) -> bool:
    names = {v.name for v in session.study.variables}
    return set(workshop.levers) <= names and set(workshop.indicators) <= names
