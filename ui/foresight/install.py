"""Add the Foresight menu to the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from ui.foresight.foresight_window import ForesightWindow

ENTRIES = (("&Drivers and their map…", "drivers"), ("2×2 &matrix…", "matrix"),
           ("Morphological &box…", "box"), ("&Actors…", "actors"))


def install_foresight(window: QMainWindow) -> ForesightWindow:
    """Add the Foresight menu; return the window its entries open (bind it when a study opens)."""
    view = ForesightWindow(window)
    menu = window.menuBar().addMenu("F&oresight")
    for text, tab in ENTRIES:
        menu.addAction(text, lambda tab=tab: view.show_tab(tab))
    return view
