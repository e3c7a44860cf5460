"""Say when the charts are not current: the Problems dock, and the notice line above the charts.

Showing or hiding either re-lays out every chart: tens of milliseconds, and a jump under the
user's eyes. So they follow the model once edits pause, not on every key press; the equation
editor already underlines a problem where it is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from ui.editor.problems_panel import ProblemsPanel
from ui.plots.chart_grid import ChartGrid
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP

SETTLE_MS = 300
BROKEN = QT_TRANSLATE_NOOP("ModelStatus", "⚠ The model does not compile, so the charts show the last good results. See Problems below.")
# Opened with a broken model there are no good results at all: say so, not "the last good results".
BROKEN_EMPTY = QT_TRANSLATE_NOOP("ModelStatus", "⚠ The model does not compile, so there are no results to chart yet: the charts stay empty "
                                 "until the problems below are fixed.")
NON_FINITE = QT_TRANSLATE_NOOP("ModelStatus", "⚠ Some values are undefined or infinite (for example a division by zero); "
                               "they are marked × and left out of the lines.")


class ModelStatus(QObject):
    """Keep the Problems dock and the chart notice in step with a session's model and results."""

    def __init__(self, window: QMainWindow, charts: ChartGrid):
        super().__init__(window)
        self._window = window
        self._charts = charts
        self._session: StudySession | None = None
        self._failure: tuple[str, list[str], str] | None = None  # a study that could not be opened: summary, lines, notice
        self.panel = ProblemsPanel(window)
        self.dock = QDockWidget(QCoreApplication.translate("ModelStatus", "Problems"), window)
        self.dock.setObjectName("problems")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        # Units are checked while the dock is shown: reading pint's definitions takes a second or so,
        # which a session that never looks at problems should not pay.
        self.dock.visibilityChanged.connect(lambda shown: self._list() if shown else None)
        self._opened_for_problems = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.place)

    def bind(self, session: StudySession) -> None:
        """Follow this session from now on, showing its state at once."""
        self._session = session
        self._failure = None
        self._list()
        self.place()

    def show_failure(self, summary: str, lines: list[str], notice: str, session: StudySession | None) -> None:
        """Say that a study could not be opened, until another is bound; follow its model if it has a session."""
        self._session = session
        self._failure = (summary, lines, notice)
        self._list()
        self.place()

    def model_changed(self) -> None:
        """List the new problems now; move the dock and notice once edits pause."""
        if self._session is not None:
            self._list()
        self._timer.start()

    def _list(self) -> None:
        problems = self._session.problems if self._session is not None else []
        if self._failure is None:
            # Errors first: unit warnings join the list once the model compiles.
            self.panel.show_problems(problems, [] if problems else self._unit_warnings())
        else:
            summary, lines, _notice = self._failure
            self.panel.show_failure(summary, [*lines, *problems], retry=True)

    def _unit_warnings(self) -> list[object]:
        session = self._session
        if session is None or not self.dock.isVisible():
            return []
        # pint loads only when the dock is first shown.
        from models.units.check import check_units

        return list(check_units(session.study))

    def results_changed(self) -> None:
        """Check for undefined values once the results stop arriving."""
        self._timer.start()

    def place(self) -> None:
        """Show or hide the dock and the notice for the current model and results."""
        self._timer.stop()
        session = self._session
        if self._failure is not None:
            self._show_dock()
            self._charts.set_notice(self._failure[2])
            return
        broken = session is not None and not session.compiled_ok
        if broken:
            self._show_dock()
        elif self._opened_for_problems:
            # Only the dock this class opened closes by itself: one the user opened (for the unit
            # warnings, say) stays until they close it.
            self.dock.hide()
            self._opened_for_problems = False
        if broken:
            assert session is not None
            shown = [(s.id, p.name) for s in session.shown_scenarios() for p in self._charts.plots()]
            has_results = any(session.series(scenario_id, name) is not None for scenario_id, name in shown)
            self._charts.set_notice(QCoreApplication.translate("ModelStatus", BROKEN if has_results else BROKEN_EMPTY))
        elif any(plot.has_non_finite() for plot in self._charts.plots()):
            self._charts.set_notice(QCoreApplication.translate("ModelStatus", NON_FINITE))
        else:
            self._charts.set_notice(None)

    def _show_dock(self) -> None:
        if not self.dock.isVisible():
            self._opened_for_problems = True
            self.dock.show()
            # Enough for a few messages; the charts keep most of the height.
            self._window.resizeDocks([self.dock], [max(120, self._window.height() // 6)], Qt.Orientation.Vertical)
