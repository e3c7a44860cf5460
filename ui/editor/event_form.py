"""One event's details: name, description, probability, timing, effects and each scenario's switch."""

from __future__ import annotations

import html
from typing import cast

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.commands.event import EditEvent, SwitchEvent, event_by_id
from models.domain import Effect, Event
from ui.plots.colours import scenario_hex
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

SWITCHES = ((QT_TRANSLATE_NOOP("EventForm", "as inherited"), None), (QT_TRANSLATE_NOOP("EventForm", "on"), True),
            (QT_TRANSLATE_NOOP("EventForm", "off"), False))
SWITCH_HELP = QT_TRANSLATE_NOOP("EventForm", "As inherited: as its parent scenario sets it; off in the projection when no parent sets it, by chance in the uncertainty runs.")
OPERATIONS = ((QT_TRANSLATE_NOOP("EventForm", "add"), "add"), (QT_TRANSLATE_NOOP("EventForm", "multiply by"), "multiply"))


class EventForm(QWidget):
    """Edit the selected event; each finished edit becomes one undoable command on the session."""

    problem_found = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self.event_id: str | None = None
        self.name = QLineEdit(self)
        self.description = QLineEdit(self)
        self.probability = self._spin(0.0, 100.0, " %", 0)
        self.start = self._spin(-1e6, 1e6, "", 2)
        self.duration = self._spin(0.0, 1e6, "", 2)
        self.duration.setSpecialValueText(QCoreApplication.translate("EventForm", "one time step"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.effects = QTableWidget(0, 3, self)
        self.effects.setHorizontalHeaderLabels([QCoreApplication.translate("EventForm", "Variable"), QCoreApplication.translate("EventForm", "Change"), QCoreApplication.translate("EventForm", "Value")])
        self.effects.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.effects.verticalHeader().hide()
        self.add_effect = QPushButton(QCoreApplication.translate("EventForm", "Add effect"), self)
        self.remove_effect = QPushButton(QCoreApplication.translate("EventForm", "Remove effect"), self)
        self.add_effect.clicked.connect(self._add_effect)
        self.remove_effect.clicked.connect(self._remove_effect)
        self.switches = QFormLayout()
        self.name.editingFinished.connect(self._renamed)
        self.description.editingFinished.connect(lambda: self._edit("description", self.description.text()))
        self.probability.editingFinished.connect(lambda: self._edit("probability", self.probability.value() / 100))
        self.start.editingFinished.connect(lambda: self._edit("start", self.start.value()))
        self.duration.editingFinished.connect(lambda: self._edit("duration", self.duration.value() or None))

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("EventForm", "&Name:"), self.name)
        form.addRow(QCoreApplication.translate("EventForm", "&Description:"), self.description)
        form.addRow(QCoreApplication.translate("EventForm", "&Probability:"), self.probability)
        form.addRow(QCoreApplication.translate("EventForm", "&Starts at:"), self.start)
        form.addRow(QCoreApplication.translate("EventForm", "&Lasts:"), self.duration)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_effect)
        buttons.addWidget(self.remove_effect)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(QLabel(QCoreApplication.translate("EventForm", "<b>While active, it changes</b>"), self))
        layout.addWidget(self.effects, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(QCoreApplication.translate("EventForm", "<b>In each scenario it is</b>"), self))
        layout.addLayout(self.switches)

    def _spin(self, low: float, high: float, suffix: str, decimals: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setDecimals(decimals)
        spin.setKeyboardTracking(False)
        return spin

    def bind(self, session: StudySession) -> None:
        """Edit this session's events."""
        self._session = session
        self.duration.setSuffix(f" {session.study.time.unit}")
        session.undo_stack.indexChanged.connect(self.refresh)
        self.show_event(None)

    def show_event(self, event_id: str | None) -> None:
        """Show an event (None: nothing to edit)."""
        self.event_id = event_id
        self.refresh()

    def _event(self) -> Event | None:
        if self._session is None or self.event_id is None:
            return None
        try:
            return event_by_id(self._session.study, self.event_id)
        except KeyError:  # deleted, or its addition undone
            return None

    def refresh(self) -> None:
        """Show the event as it is now; nothing is echoed back as an edit."""
        event = self._event()
        self.setEnabled(event is not None)
        if event is None or self._session is None:
            return
        for widget, value in ((self.name, event.name), (self.description, event.description)):
            if widget.text() != value:
                with QSignalBlocker(widget):
                    widget.setText(value)
        for spin, number in ((self.probability, event.probability * 100), (self.start, event.start), (self.duration, event.duration or 0.0)):
            with QSignalBlocker(spin):
                spin.setValue(number)
        self._show_effects(event)
        self._show_switches(event)

    def _show_effects(self, event: Event) -> None:
        assert self._session is not None
        names = [v.name for v in self._session.study.variables]
        self.effects.setRowCount(len(event.effects))
        for row, effect in enumerate(event.effects):
            variable, operation, value = self._effect_row(row)
            if not isinstance(variable, QComboBox):
                variable, operation, value = QComboBox(), QComboBox(), self._spin(-1e12, 1e12, "", 4)
                for text, op in OPERATIONS:
                    operation.addItem(QCoreApplication.translate("EventForm", text), op)
                for column, widget in enumerate((variable, operation, value)):
                    self.effects.setCellWidget(row, column, widget)
                variable.activated.connect(self._effects_edited)
                operation.activated.connect(self._effects_edited)
                value.editingFinished.connect(self._effects_edited)
            with QSignalBlocker(variable), QSignalBlocker(operation), QSignalBlocker(value):
                if [variable.itemText(i) for i in range(variable.count())] != names:
                    variable.clear()
                    variable.addItems(names)
                variable.setCurrentText(effect.variable)
                operation.setCurrentIndex(operation.findData(effect.op))
                value.setValue(effect.value)
        self.remove_effect.setEnabled(bool(event.effects))

    def _show_switches(self, event: Event) -> None:
        assert self._session is not None
        scenarios = self._session.study.scenarios
        while self.switches.rowCount() > len(scenarios):
            self.switches.removeRow(self.switches.rowCount() - 1)
        while self.switches.rowCount() < len(scenarios):
            box = QComboBox(self)
            box.setToolTip(QCoreApplication.translate("EventForm", SWITCH_HELP))
            for text, value in SWITCHES:
                box.addItem(QCoreApplication.translate("EventForm", text), value)
            row = self.switches.rowCount()
            box.activated.connect(lambda _index, r=row: self._switched(r))
            self.switches.addRow(QLabel(self), box)
        for row, scenario in enumerate(scenarios):
            label = cast(QLabel, self._switch_cell(row, QFormLayout.ItemRole.LabelRole))
            box = self._switch_box(row)
            label.setText(fill(QCoreApplication.translate("EventForm", "<span style='color:%1'>■</span> %2"), scenario_hex(scenario), html.escape(scenario.name)))
            box.setAccessibleName(fill(QCoreApplication.translate("EventForm", "%1 in %2"), event.name, scenario.name))
            with QSignalBlocker(box):
                box.setCurrentIndex([v for _, v in SWITCHES].index(scenario.events.get(event.name)))

    # -- edits -------------------------------------------------------------------------------------

    def _edit(self, field: str, value: object) -> None:
        event = self._event()
        if event is not None and self._session is not None and getattr(event, field) != value:
            self._session.push(EditEvent(event.id, {field: value}))

    def _renamed(self) -> None:
        event = self._event()
        if event is None or self._session is None:
            return
        name = self.name.text().strip()
        taken = {e.name for e in self._session.study.events if e is not event}
        problem = (QCoreApplication.translate("EventForm", "An event needs a name.") if not name
                   else fill(QCoreApplication.translate("EventForm", "Another event is already called “%1”."), name) if name in taken else "")
        self.problem.setText(problem)
        if problem:
            self.problem_found.emit(problem)
        elif name != event.name:
            self._session.push(EditEvent(event.id, {"name": name}))

    def _effects_edited(self) -> None:
        effects = []
        for row in range(self.effects.rowCount()):
            variable, operation, value = self._effect_row(row)
            effects.append(Effect(variable.currentText(), operation.currentData(), value.value()))
        self._edit("effects", effects)

    def _add_effect(self) -> None:
        event = self._event()
        if event is None or self._session is None or not self._session.study.variables:
            return
        # A multiplier of one changes nothing until the user sets it: adding an effect is not yet a shock.
        first = self._session.study.variables[0].name
        self._edit("effects", [*event.effects, Effect(first, "multiply", 1.0)])

    def _remove_effect(self) -> None:
        event = self._event()
        if event is None or not event.effects:
            return
        row = self.effects.currentRow()
        row = row if 0 <= row < len(event.effects) else len(event.effects) - 1
        self._edit("effects", [e for k, e in enumerate(event.effects) if k != row])

    def _switched(self, row: int) -> None:
        event = self._event()
        if event is None or self._session is None:
            return
        scenario = self._session.study.scenarios[row]
        box = self._switch_box(row)
        if scenario.events.get(event.name) != box.currentData():
            self._session.push(SwitchEvent(scenario.id, event.name, box.currentData()))

    def _effect_row(self, row: int) -> tuple[QComboBox, QComboBox, QDoubleSpinBox]:
        """Return an effect row's variable, operation and value widgets (each None until the row is built)."""
        return cast(tuple[QComboBox, QComboBox, QDoubleSpinBox], tuple(self.effects.cellWidget(row, c) for c in range(3)))

    def _switch_cell(self, row: int, role: QFormLayout.ItemRole) -> QWidget | None:
        item = self.switches.itemAt(row, role)
        return None if item is None else item.widget()

    def _switch_box(self, row: int) -> QComboBox:
        """Return the on/off/by-chance choice of one scenario's row."""
        return cast(QComboBox, self._switch_cell(row, QFormLayout.ItemRole.FieldRole))
