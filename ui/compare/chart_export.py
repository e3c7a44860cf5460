"""Charts to image files: the shown charts painted with a title, a legend and units, as PNG or SVG.

Both are written whole or not at all (beside the target, then renamed): Qt reports a failed write
only by a return value, so each is checked.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QRect, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from storage.atomic import replacing
from ui.plots.colours import scenario_hex
from ui.plots.figure_painter import Curve, Figure, Panel, paint_figure
from ui.i18n.text import fill

# Bytes of control characters XML 1.0 does not allow (UTF-8 never uses these bytes inside a longer character).
_NOT_IN_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")

MM_PER_INCH = 25.4
# A figure that fills most of a portrait page's width, at print quality.
DEFAULT_WIDTH_MM = 180.0
DEFAULT_HEIGHT_MM = 120.0
DEFAULT_DPI = 300
SVG_DPI = 96  # an SVG's pixels are CSS pixels, 96 to the inch


def pixels(millimetres: float, dpi: float) -> int:
    """Return how many pixels a length takes at a resolution."""
    return max(1, round(millimetres / MM_PER_INCH * dpi))


def window_figure(window) -> Figure:
    """Return what the window's charts show: every charted indicator for every shown scenario."""
    session, bar = window.session, window.compare_bar
    scenarios = session.shown_scenarios()
    panels = []
    for plot in window.charts.plots():
        curves = []
        for scenario in scenarios:
            values = bar.series(scenario.id, plot.name)
            if values is not None:
                curves.append(Curve(scenario.name, scenario_hex(scenario), np.asarray(values, dtype=float)))
        unit = bar.axis_label(plot.name) or plot.variable.unit  # "% vs Base" or "percentage points vs Base" when compared
        panels.append(Panel(plot.variable.title, unit, np.asarray(session.times, dtype=float), curves))
    return Figure(session.study.title, panels, bar.axis_label())


def write_png(figure: Figure, path: Path, width_mm: float = DEFAULT_WIDTH_MM, height_mm: float = DEFAULT_HEIGHT_MM,
              dpi: int = DEFAULT_DPI) -> QSize:
    """Write the figure as a PNG of a printed size at a resolution; return its size in pixels."""
    size = QSize(pixels(width_mm, dpi), pixels(height_mm, dpi))
    image = QImage(size, QImage.Format.Format_ARGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    paint_figure(painter, figure, size.width(), size.height(), dpi)
    painter.end()
    with replacing(path) as temporary:
        # The format comes from the name (the temporary file keeps the .png ending): PySide's stubs and
        # its runtime disagree on the type of an explicit format.
        if not image.save(str(temporary)):
            raise OSError(fill(QCoreApplication.translate("ChartExport", "the image could not be written to %1"), path))
    return size


def write_svg(figure: Figure, path: Path, width_mm: float = DEFAULT_WIDTH_MM, height_mm: float = DEFAULT_HEIGHT_MM) -> QSize:
    """Write the figure as an SVG drawing of a printed size; return its size in CSS pixels."""
    size = QSize(pixels(width_mm, SVG_DPI), pixels(height_mm, SVG_DPI))
    with replacing(path) as temporary:
        generator = QSvgGenerator()
        generator.setFileName(str(temporary))
        generator.setSize(size)
        generator.setViewBox(QRect(0, 0, size.width(), size.height()))
        generator.setResolution(SVG_DPI)
        generator.setTitle(figure.title)
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(fill(QCoreApplication.translate("ChartExport", "the drawing could not be written to %1"), path))
        paint_figure(painter, figure, size.width(), size.height(), SVG_DPI)
        painter.end()
        # Qt writes control characters of names as they are, which XML forbids: the drawing would not open.
        drawing = temporary.read_bytes()
        temporary.write_bytes(_NOT_IN_XML.sub(lambda m: b"\\x%02x" % m.group()[0], drawing))
    return size
