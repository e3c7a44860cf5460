"""View ▸ Language: the interface's language, remembered by the library and applied at the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from ui.i18n import LANGUAGES, system_language
from ui.session.library import Library
from ui.session.view_settings import LibraryChoices


def language_for(library: Library) -> str:
    """Return the library's language; on first start it is the system locale's, and is remembered."""
    choices = LibraryChoices(library)
    chosen = choices.language
    if chosen in LANGUAGES:
        return chosen
    chosen = system_language()
    choices.language = chosen
    return chosen


def add_language_menu(window: QMainWindow, parent: QMenu, library: Library, current: str) -> QMenu:
    """Add the Language submenu: one checkable entry per language, each written in its own language."""
    menu = parent.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _chosen(window, library, current, action.data()))
    return menu


def _chosen(window: QMainWindow, library: Library, current: str, code: str) -> None:
    LibraryChoices(library).language = code
    if code == current:
        return
    # The whole window is built from translated strings; rebuilding it live would lose open dialogs and undo.
    QMessageBox.information(window, QCoreApplication.translate("LanguageMenu", "Language"), QCoreApplication.translate("LanguageMenu", 
        "The interface will be in %1 the next time Prospectiva starts. Your work is saved as you go, "
        "so you can close and reopen it now.").replace("%1", LANGUAGES[code]))
