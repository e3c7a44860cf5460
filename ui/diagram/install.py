"""Add the model diagram to the main window: a dock toggled from the Model menu, redrawn as the model changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QDockWidget, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from models.diagram.commands import PlaceNodes
from models.diagram.loops import Loop, find_loops
from ui.diagram.details import VariableDetails
from ui.diagram.live import show_changes
from ui.diagram.loop_list import LOOP_COLOUR, LoopList
from ui.diagram.search import DiagramSearch
from ui.diagram.view import DiagramView
from ui.session.study_session import StudySession

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow


class DiagramMode:
    """Keep the diagram drawn from the open study's model; a chosen box selects its variable in the editor."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.view = DiagramView(window)
        self.view.variable_chosen.connect(self._choose)
        self.view.variable_opened.connect(self._open)
        self.view.nodes_placed.connect(self._placed)
        self.loop_list = LoopList(window)
        self.loop_list.loop_chosen.connect(self._highlight)
        self.search = DiagramSearch(self.view, window)
        self.search.found.connect(self._show_details)
        self.details = VariableDetails(window)
        self.coefficients = QCheckBox(window)
        self.coefficients.setToolTip(QCoreApplication.translate(
            "DiagramMode", "Also draw the model's coefficients: variables that hold a number with its unit"))
        self.coefficients.toggled.connect(self._show_coefficients)
        drawing = QWidget(window)
        column = QVBoxLayout(drawing)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.coefficients)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        side = QSplitter(Qt.Orientation.Vertical, window)
        side.addWidget(self.details)
        side.addWidget(self.loop_list)
        side.setSizes([200, 400])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.addWidget(drawing)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 280])  # scaled to the dock: the drawing gets most of it
        self.splitter.setChildrenCollapsible(False)
        self.dock = QDockWidget(QCoreApplication.translate("DiagramMode", "Diagram"), window)
        self.dock.setObjectName("diagram")
        self.dock.setWidget(self.splitter)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.visibilityChanged.connect(self._shown)
        self.action = self.dock.toggleViewAction()
        self.action.setText(QCoreApplication.translate("DiagramMode", "&Diagram"))
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action.setToolTip(QCoreApplication.translate("DiagramMode", "The model's variables and the uses between them (Ctrl+Shift+D)"))
        menu = window.model_editor.menu
        if menu is not None:
            menu.addAction(self.action)
        self._session: StudySession | None = None
        self._detailed: str | None = None  # the variable the details panel shows
        self._stale = True

    def bind(self, session: StudySession) -> None:
        """Draw this session's model from now on."""
        self._session = session
        self.view.pinned = dict(session.study.diagram_positions)
        session.model_changed.connect(self.refresh)
        session.undo_stack.indexChanged.connect(self._follow_positions)
        session.result_ready.connect(self._results)
        session.choices_changed.connect(self.show_changes)
        self._signed_by_values = False
        self._detailed = None
        self._stale = True
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the model now if the diagram is shown, else when it next is."""
        session = self._session
        if session is None:
            return
        if not self.dock.isVisible():
            self._stale = True
            return
        study = session.study
        count = sum(v.is_coefficient for v in study.variables)
        self.coefficients.setText(QCoreApplication.translate("DiagramMode", "Coefficients (%n)", "", count))
        self.coefficients.setVisible(count > 0)
        self.view.pinned = dict(study.diagram_positions)  # the study's, kept with it: the truth after undo or import
        self.view.show_study(study)
        self._list_loops()
        self.show_changes()
        self._stale = False

    def _show_coefficients(self, shown: bool) -> None:
        self.view.set_coefficients_shown(shown)
        self.refresh()

    def show_changes(self) -> None:
        """Badge each box with how far it ends from the reference in the selected scenario (none on the reference)."""
        session, reference = self._session, self.reference_id()
        if session is None or not self.dock.isVisible():
            return
        show_changes(self.view, session, session.choices.selected, reference)
        if self._detailed is not None:
            self._show_details(self._detailed)  # its values follow the slider too

    def _results(self, _stamp: int, scenario_ids: list) -> None:
        if not self.dock.isVisible() or self._stale:
            return
        reference = self.reference_id()
        if reference in scenario_ids and not self._signed_by_values:
            # The first run's values sign links whose equations' shapes do not (once; later runs move little).
            self._list_loops()
        self.show_changes()

    def _list_loops(self) -> None:
        assert self._session is not None
        study = self._session.study
        values = self._reference_values()
        self._signed_by_values = values is not None
        self.loop_list.show_loops(find_loops(study, values), {v.name: v.title for v in study.variables})
        self._highlight(self.loop_list.chosen())

    def reference_id(self) -> str | None:
        """Return the scenario the diagram compares with: the comparison's reference, else the first."""
        session = self._session
        if session is None or not session.study.scenarios:
            return None
        ids = [s.id for s in session.study.scenarios]
        wanted = session.choices.comparison.reference
        return wanted if wanted in ids else ids[0]

    def _reference_values(self) -> dict[str, float] | None:
        """Return every variable's value at the start of the reference run (None before a first run)."""
        session, reference = self._session, self.reference_id()
        if session is None or reference is None:
            return None
        values: dict[str, float] = {}
        for variable in session.study.variables:
            series = session.series(reference, variable.name)
            if series is not None and len(series):
                values[variable.name] = float(series[0])
        if not values:
            return None
        values["t"], values["dt"] = session.study.time.start, session.study.time.step
        return values

    def _placed(self, placed: dict[str, tuple[float, float]]) -> None:
        if self._session is not None:
            self._session.push(PlaceNodes(dict(placed)))

    def _follow_positions(self, _index: int) -> None:
        # An undone or redone move: redraw if the study's positions are no longer those drawn.
        session = self._session
        if session is not None and session.study.diagram_positions != self.view.pinned:
            self.refresh()

    def _highlight(self, loop: Loop | None) -> None:
        self.view.highlight_loop(loop, LOOP_COLOUR[loop.polarity] if loop is not None else None)

    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    def _choose(self, name: str) -> None:
        self._show_details(name)
        self.window.model_editor.variables.select_name(name)

    def _show_details(self, name: str) -> None:
        session = self._session
        if session is None:
            return
        variable = next((v for v in session.study.variables if v.name == name), None)
        selected = session.choices.selected or self.reference_id()
        scenario = next((s.name for s in session.study.scenarios if s.id == selected), "")
        values = session.series(selected, name) if selected is not None and variable is not None else None
        self.details.show_variable(variable, values, scenario)
        self._detailed = name if variable is not None else None

    def _open(self, name: str) -> None:
        editor = self.window.model_editor
        if editor.dock is not None:
            editor.dock.show()
            editor.dock.raise_()
        editor.variables.select_name(name)


def install_diagram(window: MainWindow) -> DiagramMode:
    """Add the diagram dock, hidden, with Model ▸ Diagram (Ctrl+Shift+D) to show it."""
    return DiagramMode(window)
