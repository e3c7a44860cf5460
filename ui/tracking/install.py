"""Add tracking to the main window: the Tracking dock, its menu entry, and markers kept in step with the study."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMessageBox

from models.tracking.bands import band_coverage
from models.tracking.commands import RemoveSignpost, SetSignpost
from models.tracking.reanchor import latest_observed_stocks, reanchor_command
from models.tracking.report import tracking_of
from ui.tracking.markers import marks_of
from ui.tracking.signpost_dialog import SignpostDialog
from ui.tracking.tracking_panel import TrackingPanel

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow


class TrackingMode:
    """Keep the ranking, the signposts and the charts' markers current as actuals and assumptions change."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.panel = TrackingPanel(window)
        self.panel.add_signpost_requested.connect(lambda: self.edit_signpost(None))
        self.panel.edit_signpost_requested.connect(self.edit_signpost)
        self.panel.remove_signpost_requested.connect(self.remove_signpost)
        self.dock = QDockWidget(QCoreApplication.translate("TrackingMode", "Tracking"), window)
        self.dock.setObjectName("tracking")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        action = self.dock.toggleViewAction()
        action.setText(QCoreApplication.translate("TrackingMode", "&Tracking"))
        action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        action.setToolTip(QCoreApplication.translate("TrackingMode", "Which scenario is unfolding: actuals, signposts and the ranking"))
        window.view_menu.addSeparator()
        window.view_menu.addAction(action)
        self.action = action
        window.compare_bar.changed.connect(self.refresh)
        self.reanchor_action = QAction(QCoreApplication.translate("TrackingMode", "Start from the latest &actuals"), window)
        self.reanchor_action.setToolTip(QCoreApplication.translate("TrackingMode", "Add a child of the selected scenario whose stocks start again at their "
                                            "latest observed values, so its projection continues from what happened"))
        self.reanchor_action.triggered.connect(self.reanchor)
        window.scenario_menu.addSeparator()
        window.scenario_menu.addAction(self.reanchor_action)
        self.panel.reanchor_requested.connect(self.reanchor)
        self._session = None
        self._bands_followed = False
        self.last = None  # (Tracking, signpost states) most recently shown

    def bind(self, session) -> None:
        """Follow a newly opened study."""
        self._session = session
        if not self._bands_followed:  # the uncertainty bar is made after tracking, once per window
            # Band signposts change state when the fans arrive, move, or are switched off.
            self.window.uncertainty_bar.bands_updated.connect(self.refresh)
            self.window.uncertainty_bar.toggle.toggled.connect(lambda _on: self.refresh())
            self._bands_followed = True
        self.panel.actuals.bind(session)
        for signal in (session.tracking_changed, session.scenarios_changed, session.choices_changed):
            signal.connect(self.refresh)
        # New results move the ranking only: the markers stay where the actuals are.
        session.result_ready.connect(lambda *_: self.rank())
        self.refresh()

    def rank(self) -> None:
        """Rank the scenarios and state the signposts from the study and projections as they are now."""
        session = self._session
        if session is None or session is not self.window.session:
            return
        result, states = tracking_of(session.study, session.times, session.series, bands=self.band)
        self.last = (result, states)
        coverage = band_coverage(session.study.actuals, [s.scenario_id for s in result.ranking], self.band,
                                 session.study.time) if self.window.uncertainty_bar.on else {}
        self.panel.show_tracking(session.study, result, states, coverage)

    def refresh(self) -> None:
        """Rank again and place every chart's markers (actuals or signposts changed, or the charts did)."""
        self.rank()
        session = self._session
        if session is None or self.last is None or session is not self.window.session:
            return
        states = self.last[1]
        values = self.window.compare_bar.mode == "values"
        by_variable: dict[str, list] = {}
        for actual in session.study.actuals:
            by_variable.setdefault(actual.variable, []).append(actual)
        for plot in self.window.charts.plots():
            marks = marks_of(plot)
            marks.bands = lambda name=plot.name: self.bands_of(name)
            marks.names = {s.id: s.name for s in session.study.scenarios}
            marks.show(by_variable.get(plot.name, []), states, values)
            plot.fit()

    def band(self, scenario_id: str, name: str) -> tuple | None:
        """Return (times, band edges) of one scenario's fan on an indicator's chart, or None when it is not drawn."""
        session, bar = self._session, self.window.uncertainty_bar
        if session is None or not bar.on:
            return None
        try:
            stats = bar.fans(name).drawn(scenario_id)
        except KeyError:
            return None
        return (session.times, stats) if stats is not None else None

    def bands_of(self, name: str) -> tuple | None:
        """Return (times, {scenario name: band edges}) for an indicator while its fans are drawn, else None."""
        session, bar = self._session, self.window.uncertainty_bar
        if session is None or not bar.on:
            return None
        try:
            fans = bar.fans(name)
        except KeyError:
            return None
        drawn = {s.name: fans.drawn(s.id) for s in session.shown_scenarios()}
        drawn = {n: stats for n, stats in drawn.items() if stats is not None}
        return (session.times, drawn) if drawn else None

    def reanchor(self) -> None:
        """Add the selected scenario's child that starts from the latest actuals (one undo step), or say why not."""
        session = self._session
        if session is None:
            return
        study = session.study
        parent_id = session.choices.selected or (study.scenarios[0].id if study.scenarios else None)
        if parent_id is None or not any(s.id == parent_id for s in study.scenarios):
            QMessageBox.information(self.window, QCoreApplication.translate("TrackingMode", "Start from the latest actuals"), QCoreApplication.translate("TrackingMode", "Select a scenario first."))
            return
        command = reanchor_command(study, parent_id)
        if command is None:
            found = latest_observed_stocks(study)
            why = QCoreApplication.translate("TrackingMode", "No stock has an observation yet (only stocks accumulate, so only they can start again "
                      "from a figure).")
            if found.after_as_of:
                why += " " + QCoreApplication.translate("TrackingMode", "Observations after the study's as-of date are left aside.")
            QMessageBox.information(self.window, QCoreApplication.translate("TrackingMode", "Start from the latest actuals"), why)
            return
        child = command.scenario
        session.set_shown(child.id, True)
        session.push(command)
        session.select(child.id)

    def edit_signpost(self, signpost_id: str | None) -> None:
        """Add a signpost, or edit the one with this id, as one undo step."""
        session = self._session
        if session is None:
            return
        current = next((s for s in session.study.signposts if s.id == signpost_id), None)
        dialog = SignpostDialog(session.study, current, self.window)
        if dialog.exec():
            session.push(SetSignpost(signpost=dialog.signpost()))

    def remove_signpost(self, signpost_id: str) -> None:
        """Remove a signpost (undoable)."""
        if self._session is not None:
            self._session.push(RemoveSignpost(signpost_id=signpost_id))


def install_tracking(window: MainWindow) -> TrackingMode:
    """Add tracking to the window."""
    return TrackingMode(window)
