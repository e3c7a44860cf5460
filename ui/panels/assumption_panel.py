"""The assumptions of the selected scenario, grouped as in the study, one slider row each."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from models.commands.scenario import ResetAssumption, SetAssumption
from models.domain import Path
from models.timeline import as_of
from ui.panels.assumption_row import AssumptionRow
from ui.panels.slider_scale import slider_range
from ui.plots.colours import scenario_hex
from ui.session.study_session import StudySession


class AssumptionPanel(QScrollArea):
    """Turn slider and spin box edits into undoable commands on the selected scenario."""

    drag_started = Signal()
    drag_finished = Signal()
    rebuilt = Signal()  # new rows: keyboard order must be set again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._session: StudySession | None = None
        self._rows: dict[str, AssumptionRow] = {}
        self._names: list[str] = []
        self._gesture = 0
        self._last_edited: str | None = None
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)

    def bind(self, session: StudySession) -> None:
        """Edit a session's study from now on."""
        self._session = session
        session.assumption_changed.connect(self._assumption_changed)
        session.scenarios_changed.connect(self.sync)
        session.choices_changed.connect(self.sync)
        session.model_changed.connect(self._model_changed)
        session.undo_stack.indexChanged.connect(self._ranges_edited)
        self.rebuild()

    def focus_chain(self) -> list[QWidget]:
        """Return the panel's controls in keyboard order: each row's slider, spin box and reset."""
        return [w for name in self._names for w in (self._rows[name].slider, self._rows[name].spin, self._rows[name].reset)]

    def row(self, name: str) -> AssumptionRow:
        """Return the row of an assumption."""
        return self._rows[name]

    def rebuild(self) -> None:
        """Lay out one group box per variable group, in study order."""
        assert self._session is not None
        assumptions = [v for v in self._session.study.variables if v.kind == "assumption"]
        self._names = [v.name for v in assumptions]
        self._rows = {}
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.heading = QLabel(body)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        groups: dict[str, QVBoxLayout] = {}
        for variable in assumptions:
            group = variable.group or self.tr("Assumptions")
            if group not in groups:
                box = QGroupBox(group, body)
                groups[group] = QVBoxLayout(box)
                groups[group].setContentsMargins(4, 6, 4, 4)
                groups[group].setSpacing(2)
                layout.addWidget(box)
            row = AssumptionRow(variable, body)
            row.value_edited.connect(self._edited)
            row.reset_requested.connect(self._reset)
            row.drag_started.connect(lambda name=variable.name: self._drag_started(name))
            row.drag_finished.connect(self._drag_finished)
            groups[group].addWidget(row)
            self._rows[variable.name] = row
        if not assumptions:
            layout.addWidget(QLabel(self.tr("This study has no assumptions to set."), body))
        layout.addStretch(1)
        self.setWidget(body)
        self.sync()
        self.rebuilt.emit()

    def sync(self) -> None:
        """Show the selected scenario's values; nothing is echoed back as an edit."""
        session = self._session
        if session is None:
            return
        scenario_id = session.choices.selected
        self.setEnabled(scenario_id is not None)
        if scenario_id is None:
            self.heading.setText(self.tr("Select or create a scenario to set its assumptions."))
            return
        scenario = session.study.scenario(scenario_id)
        self.heading.setText(self.tr("Assumptions of %1").replace(
            "%1", f"<span style='color:{scenario_hex(scenario)}'>■</span> <b>{html.escape(scenario.name)}</b>"))
        for name in self._names:
            self._sync_row(name)

    def _sync_row(self, name: str) -> None:
        assert self._session is not None and self._session.choices.selected is not None
        scenario_id = self._session.choices.selected
        override, source = self._session.effective(scenario_id, name)
        variable = self._session.study.variable(name)
        value = override if override is not None else (variable.path or variable.value or 0.0)
        if source is None:
            origin = self.tr("study value")
        elif source.id == scenario_id:
            origin = self.tr("own value")
        else:
            origin = self.tr("from %1", "the scenario an assumption value is inherited from").replace("%1", source.name)
        explanation = ""
        if isinstance(value, Path):
            origin += self.tr(", time path")
            explanation = self.tr("A time path, shown at its value as of the study's date. "
                                  "Moving the slider replaces it with a constant for this scenario.")
            value = float(value.at(as_of(self._session.study)))
        own = source is not None and source.id == scenario_id
        self._rows[name].show_value(float(value), origin, own, explanation)

    def _assumption_changed(self, scenario_id: str, name: str) -> None:
        session = self._session
        if session is None or session.choices.selected is None or name not in self._rows:
            return
        if any(s.id == scenario_id for s in session.study.lineage(session.choices.selected)):
            self._sync_row(name)

    def _model_changed(self) -> None:
        assert self._session is not None
        if [v.name for v in self._session.study.variables if v.kind == "assumption"] != self._names:
            self.rebuild()

    def _ranges_edited(self) -> None:
        # A slider is laid out for its range: a new minimum or maximum needs new rows.
        assert self._session is not None
        variables = {v.name: v for v in self._session.study.variables}
        if any(slider_range(variables[n]) != (row.low, row.high) for n, row in self._rows.items() if n in variables):
            self.rebuild()

    def _edited(self, name: str, value: float) -> None:
        session = self._session
        if session is None or session.choices.selected is None:
            return
        if name != self._last_edited:
            # Key presses on one slider merge into one undo step until another assumption is touched.
            self._new_gesture(name)
        label = session.study.variable(name).title
        session.push(SetAssumption(session.choices.selected, name, value, label=label, gesture=self._gesture))

    def _reset(self, name: str) -> None:
        session = self._session
        if session is None or session.choices.selected is None:
            return
        self._new_gesture(None)
        session.push(ResetAssumption(session.choices.selected, name, label=session.study.variable(name).title))

    def _drag_started(self, name: str) -> None:
        self._new_gesture(name)
        self.drag_started.emit()

    def _drag_finished(self) -> None:
        # The next edit, even of the same slider, is a new undo step.
        self._new_gesture(None)
        self.drag_finished.emit()

    def _new_gesture(self, name: str | None) -> None:
        self._gesture += 1
        self._last_edited = name
