"""The main window's own menus (File, Edit, Scenario, View); the rooms add theirs and their actions to them.

Their texts keep the window's translation context, "MainWindow", where they were first written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from models.formatting import people_locale
from ui.i18n.menu import add_language_menu

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow


@dataclass(frozen=True)
class WindowMenus:
    """The menus and actions the window and its rooms reach again."""

    file: QMenu
    scenario: QMenu
    view: QMenu
    import_action: QAction
    export: QMenu
    language: QMenu
    undo: QAction
    redo: QAction


def build_menus(window: MainWindow) -> WindowMenus:
    """Add the window's own menus to its menu bar."""
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    import_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "&Import study file…"), lambda: window.import_file())
    import_action.setShortcut(QKeySequence.StandardKey.Open)
    from ui.compare.export_menu import add_export_menu

    export_menu = add_export_menu(window, file_menu)
    file_menu.addSeparator()
    quit_action = file_menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"), window.close)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)

    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.menuAction().setObjectName("editMenu")  # found by name: its title is translated
    undo = window.undo_group.createUndoAction(window, QCoreApplication.translate("MainWindow", "&Undo"))
    undo.setShortcuts(_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
    redo = window.undo_group.createRedoAction(window, QCoreApplication.translate("MainWindow", "&Redo"))
    redo.setShortcuts(_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)

    scenario_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "S&cenario"))
    for action in window.scenarios.actions_in_order():
        scenario_menu.addAction(action)

    view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    choose = QAction(QCoreApplication.translate("MainWindow", "&Indicators…"), window)
    choose.setShortcut(QKeySequence("Ctrl+I"))
    choose.triggered.connect(window.choose_indicators)
    view_menu.addAction(choose)
    view_menu.addAction(window.problems_dock.toggleViewAction())
    full = view_menu.addAction(QCoreApplication.translate("MainWindow", "&Full screen"), window.toggle_full_screen)
    full.setShortcut(QKeySequence.StandardKey.FullScreen)
    view_menu.addSeparator()
    language = add_language_menu(window, view_menu, window.library, people_locale())
    return WindowMenus(file_menu, scenario_menu, view_menu, import_action, export_menu, language, undo, redo)


def _keys(*keys: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """Return distinct key sequences, the platform's standard ones first."""
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        sequences.extend(s for s in found if s not in sequences and not s.isEmpty())
    return sequences
