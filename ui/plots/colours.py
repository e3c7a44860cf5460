"""Colour arithmetic for charts."""

from __future__ import annotations

from PySide6.QtGui import QColor


def blend(under: QColor, over: QColor, share: float) -> QColor:
    """Return the opaque colour of `over` laid on `under` at a given opacity."""
    pairs = ((under.red(), over.red()), (under.green(), over.green()), (under.blue(), over.blue()))
    mix = [round(a * (1 - share) + b * share) for a, b in pairs]
    return QColor(*mix)
