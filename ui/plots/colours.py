"""Colour arithmetic for charts, and the one way a scenario's colour becomes a colour, pen or brush."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor, QPen

from models.colours import drawn_colour
from models.domain import Scenario


def blend(under: QColor, over: QColor, share: float) -> QColor:
    """Return the opaque colour of `over` laid on `under` at a given opacity."""
    pairs = ((under.red(), over.red()), (under.green(), over.green()), (under.blue(), over.blue()))
    mix = [round(a * (1 - share) + b * share) for a, b in pairs]
    return QColor(*mix)


def scenario_hex(scenario: Scenario) -> str:
    """Return the `#rrggbb` a scenario is drawn in: its colour, or a palette colour if it has none we can draw."""
    # Safe to paste into rich text and style sheets: nothing but '#' and six hex digits.
    return drawn_colour(scenario.color, scenario.id)


def scenario_color(scenario: Scenario) -> QColor:
    """Return the colour a scenario is drawn in."""
    return QColor(scenario_hex(scenario))


def scenario_pen(scenario: Scenario, **options) -> QPen:
    """Return a pen in the scenario's colour (`options` as for pyqtgraph's mkPen: width, style...)."""
    return pg.mkPen(scenario_color(scenario), **options)


def scenario_brush(scenario: Scenario) -> QBrush:
    """Return a brush in the scenario's colour."""
    return pg.mkBrush(scenario_color(scenario))
