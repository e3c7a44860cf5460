"""The facilitator's Workshop panel: proposals with notes and votes, the vote chart, the log and replay, the spread."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.timeline import as_of
from models.workshop import spread
from ui.workshop.controller import WorkshopController
from ui.workshop.log_panel import LogPanel
from ui.workshop.presentation_view import PresentationView
from ui.workshop.proposal_model import ProposalTableModel
from ui.workshop.proposal_table import ProposalTable
from ui.workshop.session_chooser import SessionChooser
from ui.workshop.spread_model import SpreadTableModel
from ui.workshop.vote_chart import VoteChart
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

VOTE_HINT = QT_TRANSLATE_NOOP("WorkshopPanel", "Type the room's counts: digits, Tab to the other count, Enter for the next proposal.")


class WorkshopPanel(QWidget):
    """Everything the facilitator does around the room's screen, stored as it is typed."""

    start_requested = Signal()
    message_shown = Signal(str)

    def __init__(self, room: Callable[[], PresentationView | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.controller: WorkshopController | None = None
        self.empty = QWidget(self)
        self.empty_text = QLabel(self.empty)
        self.empty_text.setWordWrap(True)
        start = QPushButton(QCoreApplication.translate("WorkshopPanel", "&Start a session on the selected scenario"), self.empty)
        start.clicked.connect(self.start_requested)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(start)
        empty_layout.addStretch(1)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.choose_button = QPushButton(QCoreApplication.translate("WorkshopPanel", "Levers and &charts…"), self)
        self.choose_button.setToolTip(QCoreApplication.translate("WorkshopPanel", "Choose which drivers the room may move and which indicators it sees"))
        self.choose_button.clicked.connect(self.choose_levers)
        self.export_button = QPushButton(QCoreApplication.translate("WorkshopPanel", "&Export…"), self)
        self.export_button.setToolTip(QCoreApplication.translate("WorkshopPanel", "Write proposals with votes, the log and the spread as CSV files into a folder"))
        self.export_button.clicked.connect(self._ask_and_export)
        self.proposal_model = ProposalTableModel(self)
        self.proposals = ProposalTable(self.proposal_model, self)
        self.vote_chart = VoteChart(self)
        self.log = LogPanel(room, self)
        self.log.message_shown.connect(self.message_shown)
        self.spread_model = SpreadTableModel(self)
        self.spread = QTableView(self)
        self.spread.setModel(self.spread_model)
        self.spread.setAccessibleName(QCoreApplication.translate("WorkshopPanel", "Spread of the proposals"))
        self.spread.verticalHeader().hide()
        self.spread.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.spread.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        votes_tab = QWidget(self)
        votes_layout = QVBoxLayout(votes_tab)
        votes_layout.setContentsMargins(4, 4, 4, 4)
        votes_layout.addWidget(self.proposals, 2)
        self.current = QLabel(votes_tab)  # the narrow table elides names; the one being voted on is read out in full
        self.current.setWordWrap(True)
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        votes_layout.addWidget(self.current)
        self.proposals.selectionModel().currentChanged.connect(self._show_current)
        hint = QLabel(QCoreApplication.translate("WorkshopPanel", VOTE_HINT), votes_tab)
        hint.setWordWrap(True)
        votes_layout.addWidget(hint)
        votes_layout.addWidget(self.vote_chart, 3)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(votes_tab, QCoreApplication.translate("WorkshopPanel", "&Votes"))
        self.tabs.addTab(self.log, QCoreApplication.translate("WorkshopPanel", "&Log"))
        self.tabs.addTab(self.spread, QCoreApplication.translate("WorkshopPanel", "Sp&read"))
        session_page = QWidget(self)
        header = QHBoxLayout()
        header.addWidget(self.choose_button)
        header.addWidget(self.export_button)
        header.addStretch(1)
        page_layout = QVBoxLayout(session_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.heading)
        page_layout.addLayout(header)
        page_layout.addWidget(self.tabs, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(session_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.pages)
        self.bind(None)

    def bind(self, controller: WorkshopController | None) -> None:
        """Show a session (None: invite the facilitator to start one)."""
        if self.controller is not None:
            self.controller.proposals_changed.disconnect(self.refresh)
            self.controller.choice_changed.disconnect(self.refresh)
            self.controller.session.assumption_changed.disconnect(self._assumption_changed)
        self.controller = controller
        self.proposal_model.bind(controller)
        self.log.bind(controller)
        if controller is not None:
            controller.proposals_changed.connect(self.refresh)
            controller.choice_changed.connect(self.refresh)
            controller.session.assumption_changed.connect(self._assumption_changed)
        self.empty_text.setText(
            QCoreApplication.translate("WorkshopPanel", "No session yet. Select the scenario the room will explore, then start a session here or press F5 to put it on the room's screen.")
        )
        self.pages.setCurrentIndex(0 if controller is None else 1)
        self.refresh()

    def refresh(self) -> None:
        """Redraw the heading, the vote chart and the spread from the session."""
        controller = self.controller
        if controller is None:
            return
        proposals = controller.proposals()
        self.heading.setText(
            fill(QCoreApplication.translate("WorkshopPanel", "<b>Session on %1</b> · %2 proposal(s) · %3 levers, %4 charts"), controller.scenario.name, len(proposals), len(controller.workshop.levers), len(controller.workshop.indicators))
        )
        self.vote_chart.set_proposals(proposals)
        self._show_current()
        self.spread_model.set_spread(controller.session.study, self.spread_rows())

    def spread_rows(self) -> list:
        """Return, per lever of the session, how the proposals set it."""
        controller = self.controller
        assert controller is not None
        return spread(controller.session.study, controller.proposals(), controller.workshop.levers, as_of(controller.session.study))

    def choose_levers(self) -> bool:
        """Let the facilitator choose the levers and charts; return whether the choice changed."""
        controller = self.controller
        if controller is None:
            return False
        workshop = controller.workshop
        dialog = SessionChooser(controller.session.study, workshop.levers, workshop.indicators, self)
        if not dialog.exec():
            return False
        controller.set_choice(dialog.chosen_levers(), dialog.chosen_indicators())
        return True

    def export_to(self, folder: Path) -> list[Path]:
        """Write the session's proposals with votes, log and spread as CSV files into a folder."""
        from storage.workshop_export import (
            write_workshop_csvs,  # exports load pandas; start-up does not
        )

        controller = self.controller
        assert controller is not None
        return write_workshop_csvs(
            folder, controller.session.study, controller.proposals(), controller.log(), self.spread_rows(), as_of(controller.session.study)
        )

    def _ask_and_export(self) -> None:
        if self.controller is None:
            return
        chosen = QFileDialog.getExistingDirectory(self, QCoreApplication.translate("WorkshopPanel", "Export the workshop into a folder"))
        if not chosen:
            return
        try:
            paths = self.export_to(Path(chosen))
        except OSError as error:
            self.message_shown.emit(fill(QCoreApplication.translate("WorkshopPanel", "Could not export into %1: %2"), chosen, error.strerror or error))
            return
        self.message_shown.emit(fill(QCoreApplication.translate("WorkshopPanel", "Exported %1 into %2"), ", ".join(p.name for p in paths), chosen))

    def _show_current(self, *_args) -> None:
        row = self.proposals.currentIndex().row()
        if not 0 <= row < self.proposal_model.rowCount():
            self.current.setText("")
            return
        proposal = self.proposal_model.proposal(row)
        self.current.setText(proposal.name + ("\n" + fill(QCoreApplication.translate("WorkshopPanel", "Note: %1"), proposal.note) if proposal.note else ""))

    def _assumption_changed(self, scenario_id: str, _name: str) -> None:
        # A proposal edited in the main window changes the spread; the explored scenario does not.
        if self.controller is not None and scenario_id != self.controller.workshop.scenario_id:
            self.refresh()
