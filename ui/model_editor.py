"""The model editor dock: a Variables tab (the list above, the selected variable's details below) and an Events tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ui.event_bands import EventBands
from ui.events_view import EventsView
from ui.study_menu import StudyMenu, install_study_menu
from ui.study_session import StudySession
from ui.variable_form import VariableForm
from ui.variables_view import VariablesView


class ModelEditor(QWidget):
    """Browse and edit a study's variables; every edit goes through the session's undo stack."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self.dock: QDockWidget | None = None
        self.menu: QMenu | None = None
        self.studies: StudyMenu | None = None
        self.bands: EventBands | None = None
        self.variables = VariablesView(self)
        self.form = VariableForm(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.variables)
        splitter.addWidget(scroll)
        # The form is where the work happens; the list only needs enough rows to pick from.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 600])
        self.events = EventsView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(splitter, "&Variables")
        self.tabs.addTab(self.events, "E&vents")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.variables.current_changed.connect(self.form.show_variable)
        self.variables.variable_added.connect(self._chart_new_variable)
        self.form.variable_chosen.connect(self.variables.select_name)

    def bind(self, session: StudySession) -> None:
        """Edit this session's study."""
        self._session = session
        self.variables.bind(session)
        self.form.bind(session)
        self.form.show_variable("")
        self.events.bind(session)

    def _chart_new_variable(self, name: str) -> None:
        # A new indicator gets a chart at once: the user wants to see the curve they are building.
        session = self._session
        if session is not None and session.study.variable(name).kind != "assumption":
            session.set_indicators([*session.choices.indicators, name])


def add_model_editor(window: QMainWindow) -> ModelEditor:
    """Put the model editor in a dock on the right of the window, hidden, with a Model menu toggle; add the study actions."""
    editor = ModelEditor(window)
    dock = QDockWidget("Model", window)
    dock.setObjectName("model_editor")
    dock.setWidget(editor)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    toggle = dock.toggleViewAction()
    toggle.setText("&Model editor")
    toggle.setShortcut(QKeySequence("Ctrl+E"))
    model_menu = window.menuBar().addMenu("&Model")
    model_menu.addAction(toggle)
    editor.dock, editor.menu = dock, model_menu
    editor.studies = install_study_menu(window)
    editor.bands = EventBands(window)
    # A path drag holds the chart axes still, as a slider drag does.
    editor.form.assumption.path.drag_started.connect(window.charts.hold_axes)
    editor.form.assumption.path.drag_finished.connect(window.charts.release_axes)
    return editor
