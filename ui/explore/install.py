"""Add Explore… to the main window: an entry in the Scenario menu (Ctrl+Shift+E) and a button on the uncertainty bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.explore.explore_dialog import ExploreDialog

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow


class Exploration:
    """Open the Explore dialog on the window's study."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.dialog: ExploreDialog | None = None  # the one open now
        self.action = QAction(QCoreApplication.translate("Exploration", "E&xplore…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.setToolTip(QCoreApplication.translate("Exploration", "Find where, across every slider's range, an outcome happens, and make it a scenario"))
        self.action.triggered.connect(self.open)
        window.scenario_menu.addSeparator()
        window.scenario_menu.addAction(self.action)
        window.uncertainty_bar.explore_button.clicked.connect(self.open)

    def open(self) -> None:
        """Show the Explore dialog (not modal: the charts follow a scenario it makes)."""
        session = self.window.session
        if session is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = ExploreDialog(session, self.window.compute, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Window-modal: the charts behind it follow a scenario it makes, but the study cannot change under it.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.destroyed.connect(self._closed)
        self.dialog = dialog
        dialog.show()

    def _closed(self) -> None:
        self.dialog = None


def install_explore(window: MainWindow) -> Exploration:
    """Add exploration to the window."""
    return Exploration(window)
