"""Colour arithmetic for charts."""

from __future__ import annotations

from PySide6.QtGui import QColor


def blend(under: QColor, over: QColor, share: float) -> QColor:
    """Return the opaque colour of `over` laid on `under` at a given opacity."""
    mix = [round(a * (1 - share) + b * share) for a, b in zip(under.getRgb()[:3], over.getRgb()[:3])]
    return QColor(*mix)
