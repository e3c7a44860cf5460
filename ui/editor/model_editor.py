"""The model editor dock: a Variables tab (the list above, the selected variable's details below) and an Events tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMenu,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.editor.editor_room import EditorRoom
from ui.editor.events_view import EventsView
from ui.editor.study_menu import StudyMenu, install_study_menu
from ui.editor.variable_form import VariableForm
from ui.editor.variables_view import VariablesView
from ui.plots.chart_grid import ChartGrid
from ui.plots.event_bands import EventBands
from ui.session.study_session import StudySession

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow


class ModelEditor(QWidget):
    """Browse and edit a study's variables; every edit goes through the session's undo stack.

    The panels are built when first needed (the dock opened, or a panel asked for): most sessions
    start on the charts, and building the editor's plots was a tenth of the time to the first window.
    """

    def __init__(self, charts: ChartGrid, parent: QWidget | None = None):
        super().__init__(parent)
        self._charts = charts
        self._session: StudySession | None = None
        self._panels: _Panels | None = None
        self.dock: QDockWidget | None = None
        self.menu: QMenu | None = None
        self.studies: StudyMenu | None = None
        self.bands: EventBands | None = None
        self.room: EditorRoom | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)

    @property
    def variables(self) -> VariablesView:
        """The variables table."""
        return self._built().variables

    @property
    def form(self) -> VariableForm:
        """The selected variable's details."""
        return self._built().form

    @property
    def events(self) -> EventsView:
        """The events tab."""
        return self._built().events

    @property
    def tabs(self) -> QTabWidget:
        """The Variables and Events tabs."""
        return self._built().tabs

    def bind(self, session: StudySession) -> None:
        """Edit this session's study."""
        self._session = session
        if self._panels is not None:
            self._bind_panels(session)

    def showEvent(self, event: QShowEvent) -> None:
        """Build the panels the first time the dock is shown."""
        self._built()
        super().showEvent(event)

    def _built(self) -> _Panels:
        if self._panels is None:
            self._panels = _Panels(self)
            self._layout.addWidget(self._panels.tabs)
            self._panels.variables.variable_added.connect(self._chart_new_variable)
            # A path drag holds the chart axes still, as a slider drag does.
            self._panels.form.assumption.path.drag_started.connect(self._charts.hold_axes)
            self._panels.form.assumption.path.drag_finished.connect(self._charts.release_axes)
            if self._session is not None:
                self._bind_panels(self._session)
        return self._panels

    def _bind_panels(self, session: StudySession) -> None:
        self.variables.bind(session)
        self.form.bind(session)
        self.form.show_variable("")
        self.events.bind(session)

    def _chart_new_variable(self, name: str) -> None:
        # A new indicator gets a chart at once: the user wants to see the curve they are building.
        session = self._session
        if session is not None and session.study.variable(name).kind != "assumption":
            session.set_indicators([*session.choices.indicators, name])


class _Panels:
    """The editor's widgets: a Variables tab (the list above, the selected variable below) and an Events tab."""

    def __init__(self, editor: ModelEditor):
        self.variables = VariablesView(editor)
        self.form = VariableForm(editor)
        scroll = QScrollArea(editor)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Vertical, editor)
        splitter.addWidget(self.variables)
        splitter.addWidget(scroll)
        # The form is where the work happens; the list only needs enough rows to pick from.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 600])
        # Enough rows of the list to pick from whatever the screen (at 1366x768 it kept three).
        view = self.variables.view
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + 6 * view.verticalHeader().defaultSectionSize()
                              + view.horizontalScrollBar().sizeHint().height() + 2 * view.frameWidth() + 2)
        self.events = EventsView(editor)
        self.tabs = QTabWidget(editor)
        self.tabs.addTab(splitter, QCoreApplication.translate("_Panels", "&Variables"))
        self.tabs.addTab(self.events, QCoreApplication.translate("_Panels", "E&vents"))
        self.variables.current_changed.connect(self.form.show_variable)
        self.form.variable_chosen.connect(self.variables.select_name)
        self.scroll = scroll
        # Once the form is laid out for the new variable (after this event), bring its working part into view.
        self.variables.current_changed.connect(lambda _id: QTimer.singleShot(0, self.show_assumption_tools))

    def show_assumption_tools(self) -> None:
        """Scroll an assumption's form so its distribution's shape and its time path are in view.

        On a 768-pixel screen the whole form is taller than the dock: the path editor was below the fold.
        """
        tools = self.form.assumption
        shown = [w for w in (tools.preview, tools.path) if w.isVisible()]
        for widget in shown:  # the last one shown wins if both cannot fit; the path is the larger tool
            self.scroll.ensureWidgetVisible(widget, 0, 0)


def add_model_editor(window: MainWindow) -> ModelEditor:
    """Put the model editor in a dock on the right of the window, hidden, with a Model menu toggle; add the study actions."""
    editor = ModelEditor(window.charts, window)
    dock = QDockWidget(QCoreApplication.translate("ModelEditor", "Model"), window)
    dock.setObjectName("model_editor")
    dock.setWidget(editor)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    # Docked at its size hint the editor was a third of its useful width; it gets room without growing the window.
    editor.room = EditorRoom(window, dock)
    toggle = dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("ModelEditor", "&Model editor"))
    toggle.setShortcut(QKeySequence("Ctrl+E"))
    model_menu = window.menuBar().addMenu(QCoreApplication.translate("ModelEditor", "&Model"))
    model_menu.addAction(toggle)
    editor.dock, editor.menu = dock, model_menu
    editor.studies = install_study_menu(window)
    editor.bands = EventBands(window)
    return editor
