"""The Tracking panel: scenarios ranked by how close they are to the actuals, the signposts, the actuals table."""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.tracking.report import state_text
from models.tracking.scores import Tracking
from models.tracking.signposts import SignpostState
from ui.plots.legend_bar import swatch
from ui.plots.timeline import format_value, format_year
from ui.tracking.actuals_view import ActualsView
from ui.tracking.markers import TRIGGERED
from ui.i18n.text import QT_TRANSLATE_NOOP, fill, people_number

EXPLAINED = QT_TRANSLATE_NOOP("TrackingPanel", "Error: how far each scenario's projection is from the actuals, each difference divided by how far "
                              "apart the scenarios are for that variable (so units do not matter); 0 is a perfect match.")
# A signpost's state in the table; the study keeps the English key.
STATE_WORDS = {"not seen": QT_TRANSLATE_NOOP("TrackingPanel", "not seen"), "watching": QT_TRANSLATE_NOOP("TrackingPanel", "watching"),
               "triggered": QT_TRANSLATE_NOOP("TrackingPanel", "triggered")}
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _item(text: str, tip: str = "", right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if tip:
        item.setToolTip(tip)
    if right:
        item.setTextAlignment(_RIGHT)
    return item


def _table(headers: list[str], parent: QWidget, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # The name column takes what is left (eliding if it must), so numbers are never cut off.
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


class TrackingPanel(QWidget):
    """Show the ranking, signposts and actuals of the open study; the controller feeds it."""

    add_signpost_requested = Signal()
    edit_signpost_requested = Signal(str)  # signpost id
    remove_signpost_requested = Signal(str)
    reanchor_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        ranking = QWidget(self)
        self.ranking = _table(["#", QCoreApplication.translate("TrackingPanel", "Scenario"), QCoreApplication.translate("TrackingPanel", "Error"), "n", QCoreApplication.translate("TrackingPanel", "Actuals run"), QCoreApplication.translate("TrackingPanel", "In band")], ranking, 1)
        count_header, band_header = self.ranking.horizontalHeaderItem(3), self.ranking.horizontalHeaderItem(5)
        assert count_header is not None and band_header is not None  # _table set every header label
        count_header.setToolTip(QCoreApplication.translate("TrackingPanel", "How many actuals were compared"))
        band_header.setToolTip(self.tr("How many of the actuals fall inside the scenario's 90 % Monte Carlo band "
                                       "(shown while uncertainty is on)"))
        self.ranking.setColumnHidden(5, True)
        self.heaviest = QLabel(ranking)
        self.heaviest.setWordWrap(True)
        self.explained = QLabel(QCoreApplication.translate("TrackingPanel", EXPLAINED), ranking)
        self.explained.setWordWrap(True)
        self.explained.setEnabled(False)  # secondary text
        self.reanchor = QPushButton(self.tr("Start from the latest actuals"), ranking)
        self.reanchor.setToolTip(self.tr("Add a child of the selected scenario whose stocks start again at their "
                                         "latest observed values (undoable)"))
        self.reanchor.clicked.connect(self.reanchor_requested)
        layout = QVBoxLayout(ranking)
        layout.addWidget(self.ranking, 1)
        layout.addWidget(self.heaviest)
        layout.addWidget(self.explained)
        layout.addWidget(self.reanchor, 0, Qt.AlignmentFlag.AlignLeft)
        signposts = QWidget(self)
        self.signposts = _table([QCoreApplication.translate("TrackingPanel", "Signpost"), QCoreApplication.translate("TrackingPanel", "State"), QCoreApplication.translate("TrackingPanel", "Watches"), QCoreApplication.translate("TrackingPanel", "Points to"), QCoreApplication.translate("TrackingPanel", "Owner")], signposts, 0)
        self.signposts.horizontalHeader().setMinimumSectionSize(60)
        for column in (2, 3, 4):  # in the details below: a narrow dock shows names and states in full
            self.signposts.setColumnHidden(column, True)
        self.signposts.itemDoubleClicked.connect(lambda item: self._edit(item.row()))
        add, edit, remove = (QPushButton(t, signposts) for t in (QCoreApplication.translate("TrackingPanel", "Add…"), QCoreApplication.translate("TrackingPanel", "Edit…"), QCoreApplication.translate("TrackingPanel", "Remove")))
        add.clicked.connect(self.add_signpost_requested)
        edit.clicked.connect(lambda: self._edit(self.signposts.currentRow()))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (add, edit, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        signpost_layout = QVBoxLayout(signposts)
        signpost_layout.addLayout(buttons)
        signpost_layout.addWidget(self.signposts, 1)
        self.signpost_detail = QLabel(signposts)
        self.signpost_detail.setWordWrap(True)
        self.signpost_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        signpost_layout.addWidget(self.signpost_detail)
        self.signposts.currentCellChanged.connect(lambda row, *_: self._detail(row))
        self.actuals = ActualsView(self)
        self.tabs.addTab(ranking, QCoreApplication.translate("TrackingPanel", "Ranking"))
        self.tabs.addTab(signposts, QCoreApplication.translate("TrackingPanel", "Signposts"))
        self.tabs.addTab(self.actuals, QCoreApplication.translate("TrackingPanel", "Actuals"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.tabs)
        self._signpost_ids: list[str] = []
        self._details: list[str] = []
        self._signposts_shown: list[tuple] = []

    def _detail(self, row: int) -> None:
        self.signpost_detail.setText(self._details[row] if 0 <= row < len(self._details) else
                                     QCoreApplication.translate("TrackingPanel", "Select a signpost to see what it watches and why."))

    def _edit(self, row: int) -> None:
        if 0 <= row < len(self._signpost_ids):
            self.edit_signpost_requested.emit(self._signpost_ids[row])

    def _remove(self) -> None:
        row = self.signposts.currentRow()
        if 0 <= row < len(self._signpost_ids):
            self.remove_signpost_requested.emit(self._signpost_ids[row])

    def show_tracking(self, study, result: Tracking, states: list[SignpostState],
                      coverage: dict[str, tuple[int, int]] | None = None) -> None:
        """Fill the ranking and the signposts list; `coverage`: actuals inside each scenario's band, of those placed."""
        coverage = coverage or {}
        # The dock is narrow: while "In band" shows, the count moves into the error's tooltip so names keep room.
        self.ranking.setColumnHidden(5, not coverage)
        self.ranking.setColumnHidden(3, bool(coverage))
        scenarios = {s.id: s for s in study.scenarios}
        self.ranking.setRowCount(len(result.ranking))
        best = result.ranking[0].error if result.ranking else math.nan
        for row, score in enumerate(result.ranking):
            scenario = scenarios[score.scenario_id]
            tied = math.isfinite(best) and abs(score.error - best) < 1e-9
            rank = _item(str(row + 1) if not tied or row == 0 else "=", right=True)
            name = _item(scenario.name, scenario.name)
            name.setIcon(swatch(scenario.color))
            error = _item(format_value(score.error) if math.isfinite(score.error) else QCoreApplication.translate("TrackingPanel", "undefined"),
                          fill(QCoreApplication.translate("TrackingPanel", "Root mean square of the scaled differences over %1 actuals"), score.count), right=True)
            drift = QCoreApplication.translate("TrackingPanel", "on track") if abs(score.bias) < 0.05 else QCoreApplication.translate("TrackingPanel", "above") if score.bias > 0 else QCoreApplication.translate("TrackingPanel", "below")
            self.ranking.setItem(row, 0, rank)
            self.ranking.setItem(row, 1, name)
            self.ranking.setItem(row, 2, error)
            self.ranking.setItem(row, 3, _item(str(score.count), right=True))
            self.ranking.setItem(row, 4, _item(drift, fill(QCoreApplication.translate("TrackingPanel", "Mean scaled difference %1"),
                                                          people_number(score.bias, "+.2f"))))
            inside, placed = coverage.get(score.scenario_id, (0, 0))
            self.ranking.setItem(row, 5, _item(fill(self.tr("%1 of %2"), inside, placed) if placed else "—",
                                               self.tr("Actuals inside this scenario's 90 % band, of those with a band"),
                                               right=True))
        if not result.ranking:
            self.heaviest.setText(QCoreApplication.translate("TrackingPanel", "No actual can be compared with the projections yet: add some in the Actuals tab."))
        elif result.weights:
            nearest = QCoreApplication.translate("TrackingPanel", "%1 %2 = %3 (nearest %4)")
            parts = [fill(nearest, w.actual.variable, format_year(w.actual.time), format_value(w.actual.value), scenarios[w.closest].name)
                     for w in result.weights[:3]]
            self.heaviest.setText(fill(QCoreApplication.translate("TrackingPanel", "<b>Weighs most:</b> %1"), "; ".join(parts)))
        else:
            self.heaviest.setText(QCoreApplication.translate("TrackingPanel", "The actuals do not tell the scenarios apart yet."))
        shown = [(s.signpost.id, s.signpost.name, s.signpost.variable, s.signpost.condition, tuple(s.signpost.points_to),
                  s.signpost.owner, s.signpost.note, state_text(s), [sc.name for sc in study.scenarios]) for s in states]
        if shown == self._signposts_shown:
            return  # most refreshes (a dragged slider) leave every signpost as it was
        self._signposts_shown = shown
        names = {s.id: s.name for s in study.scenarios}
        self._signpost_ids = [s.signpost.id for s in states]
        self._details = []
        self.signposts.setRowCount(len(states))
        for row, state in enumerate(states):
            signpost = state.signpost
            pointing = ", ".join(scenarios[s].name for s in signpost.points_to if s in scenarios) or "—"
            self.signposts.setItem(row, 0, _item(signpost.name, signpost.note))
            short = (fill(QCoreApplication.translate("TrackingPanel", "triggered %1"), format_year(state.time))
                     if state.state == "triggered" and state.time is not None
                     else QCoreApplication.translate("TrackingPanel", STATE_WORDS.get(state.state, state.state)))
            status = _item(short, state_text(state))
            if state.state == "triggered":
                status.setForeground(QColor(TRIGGERED))
            self.signposts.setItem(row, 1, status)
            self.signposts.setItem(row, 2, _item(f"{signpost.variable} {signpost.condition.describe(names)}"))
            self.signposts.setItem(row, 3, _item(pointing, pointing))
            self.signposts.setItem(row, 4, _item(signpost.owner))
            owner = " " + fill(QCoreApplication.translate("TrackingPanel", "Owner: %1."), html.escape(signpost.owner)) if signpost.owner else ""
            note = f"<br><i>{html.escape(signpost.note)}</i>" if signpost.note else ""
            self._details.append(f"<b>{html.escape(signpost.name)}</b>: {html.escape(signpost.variable)} "
                                 f"{html.escape(signpost.condition.describe(names))} → {html.escape(pointing)}. "
                                 f"<b>{html.escape(state_text(state))}</b>.{owner}{note}")
        self._detail(self.signposts.currentRow() if self.signposts.currentRow() >= 0 else (0 if states else -1))
