"""Add workshop mode to the main window: a Workshop menu, the presentation view and the Workshop panel dock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget

from ui.session.view_settings import LibraryChoices
from ui.workshop.controller import WorkshopController
from ui.workshop.panel import WorkshopPanel
from ui.workshop.presentation_view import PresentationView
from ui.workshop.report_section import workshop_section

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow

PANEL_WIDTH = 420


class WorkshopMode:
    """Start a session on the selected scenario and show it to the room; the window keeps driving it."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.controller: WorkshopController | None = None
        self.view: PresentationView | None = None
        menu = window.menuBar().addMenu(QCoreApplication.translate("Workshop", "&Workshop"))
        self.present_action = menu.addAction(QCoreApplication.translate("Workshop", "&Presentation view"), self.toggle_presentation)
        self.present_action.setShortcut(QKeySequence("F5"))
        self.capture_action = menu.addAction(QCoreApplication.translate("Workshop", "&Capture proposal"), self.capture)
        self.capture_action.setShortcut(QKeySequence("F9"))
        self.freeze_action = menu.addAction(QCoreApplication.translate("Workshop", "&Freeze the room's screen"), self.toggle_freeze)
        self.freeze_action.setShortcut(QKeySequence("Ctrl+F9"))
        self.screen_menu = menu.addMenu(QCoreApplication.translate("Workshop", "Presentation &screen"))
        self.screen_menu.aboutToShow.connect(self._fill_screens)
        self.panel = WorkshopPanel(self.room_view, window)
        self.panel.start_requested.connect(self.ensure_controller)
        self.panel.message_shown.connect(self._report)
        self.dock = QDockWidget(QCoreApplication.translate("Workshop", "Workshop"), window)
        self.dock.setObjectName("workshop")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        panel_action = self.dock.toggleViewAction()
        panel_action.setText(QCoreApplication.translate("WorkshopMode", "Workshop &panel"))
        panel_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        menu.addSeparator()
        menu.addAction(panel_action)
        # Another study opened: its session is not this workshop's.
        window.undo_group.activeStackChanged.connect(self._session_switched)

    def ensure_controller(self) -> WorkshopController | None:
        """Return the session's workshop, starting one on the selected scenario if there is none."""
        session = self.window.session
        if self.window.unopened.shown is not None:  # a study that could not be drawn is not put on the room's screen
            self.window.statusBar().showMessage(QCoreApplication.translate("WorkshopMode", "This study could not be opened: see Problems."), 5000)
            return None
        if session is None or session.choices.selected is None:
            self.window.statusBar().showMessage(QCoreApplication.translate("WorkshopMode", "Select the scenario to explore first."), 5000)
            return None
        if self.controller is None or self.controller.session is not session:
            if self.view is not None:
                self.view.close()
            self.controller = WorkshopController(session, session.choices.selected, session)
            self.controller.captured.connect(self._report)
            self.panel.bind(self.controller)
            if not self.dock.isVisible():
                self.dock.show()
                # Wide enough for proposal names beside the counts; the charts keep the rest.
                self.window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        return self.controller

    def report_section(self) -> str:
        """Return the open session's proposals, votes, spread and log as HTML for the brief ('' without one)."""
        controller = self.controller
        if controller is None or controller.session is not self.window.session:
            return ""
        return workshop_section(controller.session.study, controller.proposals(), controller.log(), self.panel.spread_rows())

    def room_view(self) -> PresentationView | None:
        """Return the room's screen, putting it up if it is not shown."""
        if self.view is None:
            self.toggle_presentation()
        return self.view

    def toggle_presentation(self) -> None:
        """Show the room's screen full screen on the chosen screen, or close it."""
        if self.view is not None:
            self.view.close()
            return
        controller = self.ensure_controller()
        if controller is None:
            return
        self.view = PresentationView(controller, self.window)
        self.view.left.connect(self._left)
        screen = self._chosen_screen()
        self.view.setScreen(screen)
        self.view.setGeometry(screen.geometry())
        self.view.showFullScreen()

    def capture(self) -> None:
        """Capture the explored scenario's changes as a proposal."""
        controller = self.ensure_controller()
        if controller is not None:
            controller.capture()

    def toggle_freeze(self) -> None:
        """Hold or release the room's screen."""
        if self.controller is not None:
            self.controller.toggle_freeze()

    def _session_switched(self) -> None:
        if self.controller is not None and self.controller.session is not self.window.session:
            if self.view is not None:
                self.view.close()
            self.panel.bind(None)
            self.controller = None

    def _report(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 5000)

    def _left(self) -> None:
        if self.view is not None:
            self.view.deleteLater()
        self.view = None

    def _chosen_screen(self):
        screens = QGuiApplication.screens()
        wanted = LibraryChoices(self.window.library).workshop_screen
        named = [s for s in screens if s.name() == wanted]
        if named:
            return named[0]
        # With two screens the room gets the one the main window is not on.
        others = [s for s in screens if s is not self.window.screen()]
        return others[0] if others else self.window.screen()

    def _choose_screen(self, name: str) -> None:
        LibraryChoices(self.window.library).workshop_screen = name

    def _fill_screens(self) -> None:
        self.screen_menu.clear()
        current = self._chosen_screen().name()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = self.screen_menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen.name() == current)
            action.triggered.connect(lambda _=False, n=screen.name(): self._choose_screen(n))


def install_workshop(window: MainWindow) -> WorkshopMode:
    """Give a main window its Workshop menu."""
    return WorkshopMode(window)
