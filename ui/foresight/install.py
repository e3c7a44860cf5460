"""Add the Foresight menu to the main window."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ui.foresight.foresight_window import ForesightWindow

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow

ENTRIES = (("&Drivers and their map…", "drivers"), ("2×2 &matrix…", "matrix"),
           ("Morphological &box…", "box"), ("&Actors…", "actors"))


def install_foresight(window: MainWindow) -> ForesightWindow:
    """Add the Foresight menu; return the window its entries open (bind it when a study opens)."""
    # The compute service is made after the menus: asked for when needed, not at construction.
    view = ForesightWindow(window, lambda: getattr(window, "compute", None))
    menu = window.menuBar().addMenu("F&oresight")
    for text, tab in ENTRIES:
        menu.addAction(text, functools.partial(view.show_tab, tab))
    return view
