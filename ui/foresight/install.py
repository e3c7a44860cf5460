"""Add the Foresight menu to the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import functools
from typing import TYPE_CHECKING

from ui.foresight.foresight_window import ForesightWindow
from ui.i18n.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow

ENTRIES = ((QT_TRANSLATE_NOOP("Install", "&Drivers and their map…"), "drivers"), (QT_TRANSLATE_NOOP("Install", "2×2 &matrix…"), "matrix"),
           (QT_TRANSLATE_NOOP("Install", "Morphological &box…"), "box"), (QT_TRANSLATE_NOOP("Install", "&Actors…"), "actors"))


def install_foresight(window: MainWindow) -> ForesightWindow:
    """Add the Foresight menu; return the window its entries open (bind it when a study opens)."""
    # The compute service is made after the menus: asked for when needed, not at construction.
    view = ForesightWindow(window, lambda: getattr(window, "compute", None))
    menu = window.menuBar().addMenu(QCoreApplication.translate("Install", "F&oresight"))
    for text, tab in ENTRIES:
        menu.addAction(QCoreApplication.translate("Install", text), functools.partial(view.show_tab, tab))
    return view
