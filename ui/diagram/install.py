"""Add the model diagram to the main window: a dock toggled from the Model menu, redrawn as the model changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

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
        self.dock = QDockWidget(QCoreApplication.translate("DiagramMode", "Diagram"), window)
        self.dock.setObjectName("diagram")
        self.dock.setWidget(self.view)
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
        self._stale = True

    def bind(self, session: StudySession) -> None:
        """Draw this session's model from now on."""
        self._session = session
        self.view.pinned = {}  # another study's positions mean nothing here
        session.model_changed.connect(self.refresh)
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
        self.view.show_study(session.study)
        self._stale = False

    def _shown(self, visible: bool) -> None:
        if visible and self._stale:
            self.refresh()

    def _choose(self, name: str) -> None:
        self.window.model_editor.variables.select_name(name)

    def _open(self, name: str) -> None:
        editor = self.window.model_editor
        if editor.dock is not None:
            editor.dock.show()
            editor.dock.raise_()
        editor.variables.select_name(name)


def install_diagram(window: MainWindow) -> DiagramMode:
    """Add the diagram dock, hidden, with Model ▸ Diagram (Ctrl+Shift+D) to show it."""
    return DiagramMode(window)
