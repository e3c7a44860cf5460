"""The main window: scenarios and assumptions on the left, charts and the value table on the right."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QSignalBlocker, QTimer, Qt
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.colours import colour_problems
from ui.compare.comparison_bar import ComparisonBar
from ui.compute.service import ComputeService
from ui.diagram.install import install_diagram
from ui.editor.model_editor import add_model_editor
from ui.editor.model_status import ModelStatus
from ui.explore.install import install_explore
from ui.foresight.install import install_foresight
from ui.panels.assumption_panel import AssumptionPanel
from ui.panels.indicator_chooser import IndicatorChooser
from ui.panels.scenario_panel import ScenarioPanel
from ui.panels.table_panel import TablePanel
from ui.plots.chart_grid import ChartGrid, time_marks
from ui.recovery.unopened import DRAWING, OPENING, READING, UnopenedStudies
from ui.recovery.unsaved import may_leave
from ui.session.library import Library
from ui.session.native_compiler import default_cache_dir
from ui.session.study_session import StudySession
from ui.session.view_settings import LibraryChoices
from ui.sharing.file_drop import FileDropFilter
from ui.tracking.install import install_tracking
from ui.uncertainty.uncertainty_bar import UncertaintyBar
from ui.window_menus import build_menus
from ui.workshop.install import install_workshop
from ui.i18n.text import counted, fill

# The table is read, not watched: refreshing it a few times a second costs less than every frame.
TABLE_REFRESH_MS = 120


class MainWindow(QMainWindow):
    """Show one study of a library and keep every view in step with its live projection."""

    def __init__(self, library: Library, study_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library
        self.session: StudySession | None = None
        self._dragging = False
        self._closed = False
        self.undo_group = QUndoGroup(self)
        self._build_widgets()
        self.unopened = UnopenedStudies(self)
        menus = build_menus(self)
        # Kept: other rooms add their actions to these menus (found through QAction.menu(), PySide 6.9
        # hands back a wrapper whose menu is already deleted).
        self.file_menu, self.scenario_menu, self.view_menu = menus.file, menus.scenario, menus.view
        self.import_action, self.export_menu, self.language_menu = menus.import_action, menus.export, menus.language
        self.undo_action, self.redo_action = menus.undo, menus.redo
        self.model_editor = add_model_editor(self)
        self.diagram = install_diagram(self)
        self._accept_file_drops()
        self.workshop = install_workshop(self)
        self.tracking = install_tracking(self)
        self.foresight = install_foresight(self)
        self.explore = install_explore(self)
        self._table_timer = QTimer(self)
        self._table_timer.setSingleShot(True)
        self._table_timer.setInterval(TABLE_REFRESH_MS)
        self._table_timer.timeout.connect(self.table.refresh)
        self._restore_geometry()
        self.reload_study_list()
        wanted = study_id or LibraryChoices(library).last_study
        studies = [s.id for s in library.list_studies()]
        if wanted not in studies:
            wanted = studies[0] if studies else None
        if wanted is not None:
            self.open_study(wanted)
        else:
            self.setWindowTitle("Prospectiva")
            self.charts.set_notice(self.tr("This library has no study yet. Use File ▸ Import study file… to add one."))

    # -- building ------------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.study_box = QComboBox(self)
        self.study_box.setAccessibleName(self.tr("Study"))
        self.study_box.setMinimumContentsLength(28)
        self.study_box.activated.connect(self._study_chosen)
        study_label = QLabel(self.tr("&Study:"), self)
        study_label.setBuddy(self.study_box)
        self.scenarios = ScenarioPanel(self)
        self.assumptions = AssumptionPanel(self)
        self.charts = ChartGrid(self)
        self.table = TablePanel(self)
        self.indicators_button = QPushButton(self.tr("&Indicators…"), self)
        self.indicators_button.setToolTip(self.tr("Choose which indicators get a chart (Ctrl+I)"))
        self.indicators_button.clicked.connect(self.choose_indicators)

        left = QSplitter(Qt.Orientation.Vertical, self)
        top_left = QWidget(left)
        top_layout = QVBoxLayout(top_left)
        top_layout.setContentsMargins(0, 0, 0, 0)
        study_row = QHBoxLayout()
        study_row.addWidget(study_label)
        study_row.addWidget(self.study_box, 1)
        top_layout.addLayout(study_row)
        top_layout.addWidget(self.scenarios, 1)
        left.addWidget(top_left)
        left.addWidget(self.assumptions)
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 5)

        chart_area = QWidget(self)
        chart_layout = QVBoxLayout(chart_area)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_header = QHBoxLayout()
        chart_header.addWidget(self.charts.legend, 1)
        chart_header.addWidget(self.indicators_button)
        chart_layout.addLayout(chart_header)
        self.compare_bar = ComparisonBar(self)
        self.compare_bar.changed.connect(self._comparison_changed)
        self.compare_bar.table_requested.connect(self.show_horizon_table)
        self.compare_bar.differences_requested.connect(self.show_differences)
        chart_layout.addWidget(self.compare_bar)
        # Sampling work runs in its worker process, natively once its code is compiled.
        self.compute = ComputeService(self, native=True, native_cache=str(default_cache_dir()))
        self.uncertainty_bar = UncertaintyBar(self.compute, self)
        chart_layout.addWidget(self.uncertainty_bar)
        chart_layout.addWidget(self.charts, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(chart_area)
        right.addWidget(self.table)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([560, 200])

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(1, 1)
        main.setSizes([380, 986])
        main.setContentsMargins(6, 6, 6, 0)
        self.setCentralWidget(main)

        self.statusBar()  # made now: made by the first message, it would shrink the charts mid-session
        # A failed save is said here, not as a message: another message must not hide it before a save succeeds.
        self.save_status = QLabel(self)
        self.save_status.setObjectName("saveStatus")
        self.save_status.hide()
        self.statusBar().addPermanentWidget(self.save_status)
        self.model_status = ModelStatus(self, self.charts)
        self.problems, self.problems_dock = self.model_status.panel, self.model_status.dock
        self.assumptions.rebuilt.connect(self._set_tab_order)
        self.assumptions.drag_started.connect(self._drag_started)
        self.assumptions.drag_finished.connect(self._drag_finished)
        self.assumptions.drag_started.connect(self.uncertainty_bar.hold_axes)
        self.assumptions.drag_finished.connect(self.uncertainty_bar.release_axes)

    def _accept_file_drops(self) -> None:
        self.setAcceptDrops(True)
        self.drop_filter = FileDropFilter(self)
        self.drop_filter.file_dropped.connect(self.import_file)
        self.installEventFilter(self.drop_filter)

    def _set_tab_order(self) -> None:
        # Left to right, top to bottom, as the window reads; panels built later would otherwise come first.
        chain = [self.study_box, *self.scenarios.focus_chain(), *self.assumptions.focus_chain()]
        chain += [self.indicators_button, self.table.view, self.table.years]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # -- studies -------------------------------------------------------------------------------

    def reload_study_list(self) -> None:
        """Fill the study selector from the library."""
        with QSignalBlocker(self.study_box):
            self.study_box.clear()
            for row, study in enumerate(self.library.list_studies()):
                self.study_box.addItem(self.unopened.label(study.id, study.title), study.id)
                if study.id in self.unopened.failures:
                    self.study_box.setItemData(row, self.unopened.failures[study.id].reason, Qt.ItemDataRole.ToolTipRole)
            shown = self.unopened.shown.study_id if self.unopened.shown else self.session.study.id if self.session else None
            if shown is not None:
                self.study_box.setCurrentIndex(self.study_box.findData(shown))

    def open_study(self, study_id: str) -> bool:
        """Show a study, saving the one shown before (or asking to lose what could not be saved); return whether it switched.

        A study that cannot be shown is marked and explained, never fatal.
        """
        if self.session is not None and not may_leave(self, self.session, self.tr("Open the other study anyway")):
            self.reload_study_list()  # the selector goes back to the study still open
            return False
        self._close_session()
        self.unopened.clear()
        stage = READING
        try:
            study = self.library.load_study(study_id)
            stage = OPENING
            self.session = StudySession(self.library, study, self, native_cache=default_cache_dir())
            stage = DRAWING
            self._show_session(self.session)
        except Exception as error:  # noqa: BLE001 - the one boundary where any study, however broken, must not stop the window
            self.unopened.failed(study_id, stage, error)
            return True
        if self.unopened.opened(study_id):
            self.reload_study_list()  # its mark goes
        with QSignalBlocker(self.study_box):
            self.study_box.setCurrentIndex(self.study_box.findData(study_id))
        return True

    def _show_session(self, session: StudySession) -> None:
        study = session.study
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.result_ready.connect(self._results_arrived)
        session.scenarios_changed.connect(self._choices_changed)
        session.choices_changed.connect(self._choices_changed)
        session.model_changed.connect(self.model_status.model_changed)
        session.save_failed.connect(self._save_failed)
        session.autosave.saved.connect(self._saved)
        self.charts.reset(session.times, time_marks(study))
        self.scenarios.bind(session)
        self.assumptions.bind(session)
        self.table.bind(session)
        self.model_editor.bind(session)
        self.diagram.bind(session)
        self.compare_bar.bind(session)
        self._choices_changed()
        self.model_status.bind(session)
        self.uncertainty_bar.bind(session, self.charts, lambda: self.compare_bar.mode == "values",
                                  lambda: self.compare_bar.reference_id)
        self.tracking.bind(session)
        self.foresight.bind(session)
        self.setWindowTitle(fill(QCoreApplication.translate("MainWindow", "%1 — Prospectiva"), study.title))
        self._report_colours(study)

    def _report_colours(self, study) -> None:
        # A colour stored before colours were checked is drawn in a palette colour; the user is told which.
        problems = colour_problems(study)
        if problems:
            others = len(problems) - 1
            more = (" " + counted(self.tr("(%n more scenario(s) have a colour like that.)", "", others), others)) if others else ""
            self.statusBar().showMessage(problems[0] + more)

    def _study_chosen(self, index: int) -> None:
        study_id = self.study_box.itemData(index)
        # Choosing a study that could not be opened tries again: it may have been fixed since.
        if study_id and (self.session is None or study_id != self.session.study.id or self.unopened.shown):
            self.open_study(study_id)

    def _close_session(self) -> None:
        self.save_status.hide()  # a failed save is said of the open study only
        if self.session is None:
            return
        self.session.close()
        self.undo_group.removeStack(self.session.undo_stack)
        self.session.deleteLater()
        self.session = None

    def import_file(self, path: Path | None = None) -> None:
        """Preview a study file and import it as the user chooses (merging into a study already there)."""
        # The file reader loads only when a file is imported: most sessions never need it.
        from ui.sharing.import_flow import run_import
        from ui.sharing.importing import ask_for_file

        path = path or ask_for_file(self)
        if path is not None:
            run_import(self, path)

    # -- keeping views in step -----------------------------------------------------------------

    def _results_arrived(self, _stamp: int, scenario_ids: list[str]) -> None:
        if self.session is None or self.unopened.shown:  # a study that could not be drawn is not drawn again
            return
        self.charts.refresh(self.compare_bar.affected(scenario_ids), self.compare_bar.series)
        self.model_status.results_changed()
        # During a drag the charts are what people watch; the table catches up on release.
        if not self._dragging and not self._table_timer.isActive():
            self._table_timer.start()

    def _choices_changed(self) -> None:
        session = self.session
        if session is None or self.unopened.shown:
            return
        variables = [session.study.variable(n) for n in session.choices.indicators]
        if [p.name for p in self.charts.plots()] != [v.name for v in variables]:
            self.charts.set_indicators(variables)
            self.charts.set_scenarios(session.shown_scenarios())
            self.charts.refresh_all(self.compare_bar.series)
            self._label_axes()
        else:
            self.charts.set_scenarios(session.shown_scenarios())
            self.charts.refresh([s.id for s in session.shown_scenarios()], self.compare_bar.series)
        self.model_status.results_changed()
        if self.isVisible():
            self.table.refresh()
        else:  # still being built: the window shows first and the table fills right after
            self._table_timer.start()

    def _drag_started(self) -> None:
        self._dragging = True
        self.charts.hold_axes()

    def _drag_finished(self) -> None:
        assert self.session is not None
        self._dragging = False
        self.session.scheduler.flush()
        self.charts.release_axes()
        self.table.refresh()
        self.session.autosave.flush()

    def _save_failed(self, message: str, retry_ms: int) -> None:
        seconds = QLocale().toString(retry_ms / 1000, "g", 3)
        self.save_status.setText(self.tr("Not saved – retrying in %1 s: %2").replace("%1", str(seconds)).replace("%2", message))
        self.save_status.show()

    def _saved(self) -> None:
        self.save_status.hide()
        # A message being read (what an import did) stays: "saved" waits for an empty status bar.
        if not self.statusBar().currentMessage():
            self.statusBar().showMessage(self.tr("All changes saved"), 2000)

    def choose_indicators(self) -> None:
        """Let the user choose the charted indicators."""
        if self.session is None:
            return
        dialog = IndicatorChooser(self.session.study, self.session.choices.indicators, self)
        if dialog.exec():
            self.session.set_indicators(dialog.chosen())

    def _comparison_changed(self) -> None:
        if self.session is not None:
            self._label_axes()
            self.charts.refresh_all(self.compare_bar.series)
            self.uncertainty_bar.sync()

    def _label_axes(self) -> None:
        for plot in self.charts.plots():
            caption = self.compare_bar.axis_label(plot.name)
            axis = plot.getPlotItem().getAxis("left")
            axis.setLabel(caption or None)
            axis.showLabel(bool(caption))

    def show_horizon_table(self) -> None:
        """Show the charted indicators at the table years, each scenario against the reference."""
        from ui.compare.horizon_table_dialog import HorizonTableDialog

        if self.session is not None:
            HorizonTableDialog(self.session, self.compare_bar.reference_id, self).exec()

    def show_differences(self) -> None:
        """Show the inputs the reference and the selected scenario set differently."""
        from ui.compare.differences_dialog import DifferencesDialog

        session = self.session
        if session is not None and session.study.scenarios:
            first = self.compare_bar.reference_id or session.study.scenarios[0].id
            # Never the reference against itself: the selected scenario, else the first other one shown.
            others = [s.id for s in [*session.shown_scenarios(), *session.study.scenarios] if s.id != first]
            second = session.choices.selected if session.choices.selected not in (None, first) else next(iter(others), first)
            self.differences_dialog = DifferencesDialog(session.study, first, second, self)
            self.differences_dialog.exec()

    def toggle_full_screen(self) -> None:
        """Leave full screen, or go to it."""
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _restore_geometry(self) -> None:
        saved = LibraryChoices(self.library).window_geometry
        if isinstance(saved, str) and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        # First start: the size the window is designed for, or the whole screen if that is smaller.
        available = self.screen().availableGeometry()
        self.resize(min(1366, available.width()), min(768, available.height()))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save everything before the window goes; ask before dropping changes that could not be saved."""
        if self._closed:  # a second close (tests, quitting) must not touch a library closed since
            super().closeEvent(event)
            return
        if self.session is not None and not may_leave(self, self.session, self.tr("Close anyway")):
            event.ignore()
            return
        self._close_session()
        self.compute.shutdown()  # no worker process outlives its window
        LibraryChoices(self.library).window_geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self._closed = True
        super().closeEvent(event)

