"""Event odds: each event's probability (editable, undoable), its switch in a scenario, and how often it happened."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.commands.event import EditEvent, SwitchEvent
from ui.compute.service import Answer, ComputeService, Failure
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, fill, people_number

SWITCHES = ((QT_TRANSLATE_NOOP("EventOddsDialog", "by chance"), None), (QT_TRANSLATE_NOOP("EventOddsDialog", "always happens"), True),
            (QT_TRANSLATE_NOOP("EventOddsDialog", "never happens"), False))
HEADERS = (QT_TRANSLATE_NOOP("EventOddsDialog", "Event"), QT_TRANSLATE_NOOP("EventOddsDialog", "Probability"),
           QT_TRANSLATE_NOOP("EventOddsDialog", "In this scenario"), QT_TRANSLATE_NOOP("EventOddsDialog", "Happened in"))
KIND = "events"


class EventOddsDialog(QDialog):
    """Edit event probabilities and per-scenario switches; read how often each event happened in the samples."""

    def __init__(self, session: StudySession, service: ComputeService, samples: int, seed: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("EventOddsDialog", "Event odds"))
        self._session = session
        self._service = service
        self._samples, self._seed = samples, seed
        self._stamp = 0  # the frequencies being counted (0: none)
        self._happened: tuple[str, dict[str, float]] = ("", {})  # scenario id, event name -> share of samples
        self.scenario = QComboBox(self)
        for scenario in session.study.scenarios:
            self.scenario.addItem(scenario.name, scenario.id)
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(session.choices.selected)))
        self.scenario.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("EventOddsDialog", title) for title in HEADERS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note = note = QLabel(fill(QCoreApplication.translate("EventOddsDialog", "“By chance”: off in the deterministic line, and happens with its probability in each Monte Carlo sample. “Happened in” counts the %1 samples behind the bands (seed %2)."), people_number(samples, ","), seed), self)
        note.setWordWrap(True)
        chooser = QHBoxLayout()
        label = QLabel(QCoreApplication.translate("EventOddsDialog", "&Scenario:"), self)
        label.setBuddy(self.scenario)
        chooser.addWidget(label)
        chooser.addWidget(self.scenario, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 360)
        session.undo_stack.indexChanged.connect(self.refresh)
        service.result_ready.connect(self._answered)
        service.failed.connect(self._failed)
        self.finished.connect(lambda: service.cancel(KIND))
        self.refresh()

    def refresh(self) -> None:
        """Show the study's events as they are now, and count again how often each happens in the samples."""
        study = self._session.study
        scenario_id = self.scenario.currentData()
        switches = study.resolved_events(scenario_id) if scenario_id else {}
        own = study.scenario(scenario_id).events if scenario_id else {}
        if scenario_id:
            params = {"scenario_id": scenario_id, "samples": self._samples, "seed": self._seed}
            self._stamp = self._service.request(KIND, study, params)
        self._fill(study.events, switches, own)

    def wait(self) -> None:
        """Block until the counts asked for are shown (for tests)."""
        self._service.wait(KIND)

    def _answered(self, answer: Answer) -> None:
        if answer.kind == KIND and answer.stamp == self._stamp:
            self._stamp = 0
            self._happened = (answer.value["scenario_id"], answer.value["shares"])
            self._show_happened()

    def _failed(self, failure: Failure) -> None:
        if failure.kind == KIND and failure.stamp == self._stamp:
            self._stamp = 0
            self._happened = ("", {})
            self._show_happened()
            self.note.setText(fill(QCoreApplication.translate("EventOddsDialog", "How often each event happens could not be counted: %1"), failure.message))

    def _show_happened(self) -> None:
        scenario_id, shares = self._happened
        counting = self._stamp != 0 and scenario_id != self.scenario.currentData()
        for row, event in enumerate(self._session.study.events[:self.table.rowCount()]):
            share = shares.get(event.name) if scenario_id == self.scenario.currentData() else None
            text = (QCoreApplication.translate("EventOddsDialog", "counting…") if counting else "—" if share is None
                    else fill(QCoreApplication.translate("EventOddsDialog", "%1 of samples"), people_number(share, ".1%")))
            self.table.setItem(row, 3, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill(self, events: list, switches: dict, own: dict) -> None:
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            self.table.setItem(row, 0, QTableWidgetItem(event.name))
            spin = self.table.cellWidget(row, 1)
            if not isinstance(spin, QSpinBox):
                spin = QSpinBox(self.table)
                spin.setRange(0, 100)
                spin.setSuffix(" %")
                spin.setKeyboardTracking(False)  # one undo step per finished edit, not per key
                spin.valueChanged.connect(lambda value, r=row: self._probability_edited(r, value))
                self.table.setCellWidget(row, 1, spin)
            with QSignalBlocker(spin):
                spin.setValue(round(event.probability * 100))
            spin.setAccessibleName(fill(QCoreApplication.translate("EventOddsDialog", "Probability of %1"), event.name))
            box = self.table.cellWidget(row, 2)
            if not isinstance(box, QComboBox):
                box = QComboBox(self.table)
                for text, value in SWITCHES:
                    box.addItem(QCoreApplication.translate("EventOddsDialog", text), value)
                box.activated.connect(lambda index, r=row: self._switched(r))
                self.table.setCellWidget(row, 2, box)
            with QSignalBlocker(box):
                box.setCurrentIndex([v for _, v in SWITCHES].index(own.get(event.name, switches.get(event.name))))
        self._show_happened()  # this scenario's last counts until the new ones arrive: no flicker

    def _probability_edited(self, row: int, percent: int) -> None:
        event = self._session.study.events[row]
        if round(event.probability * 100) != percent:
            self._session.push(EditEvent(event.id, {"probability": percent / 100}))

    def _switched(self, row: int) -> None:
        event = self._session.study.events[row]
        value = cast(QComboBox, self.table.cellWidget(row, 2)).currentData()
        scenario_id = self.scenario.currentData()
        if self._session.study.scenario(scenario_id).events.get(event.name) != value:
            self._session.push(SwitchEvent(scenario_id, event.name, value))
