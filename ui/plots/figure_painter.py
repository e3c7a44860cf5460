"""Charts painted for a file: title, legend, one panel per indicator with its unit, at any size and resolution.

Painted with plain QPainter calls in page coordinates (no scaled groups, no cosmetic pens), so the
same drawing comes out alike as a PNG and as an SVG in any viewer: librsvg and ImageMagick ignore
`vector-effect="non-scaling-stroke"`, which pyqtgraph's cosmetic pens put on every SVG element.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from models.formatting import format_column, format_number

INK = QColor("#000000")
GRID = QColor("#d0d0d0")
MARGIN = 16.0  # around the figure and between panels, in points (1/72 in) like every size below
TITLE_PT = 14.0
TEXT_PT = 9.0
LINE_PT = 1.6


@dataclass
class Curve:
    """One scenario's values in a panel."""

    name: str
    color: str
    values: np.ndarray
    dashed: bool = False


@dataclass
class Panel:
    """One indicator: its title, unit and curves over the times."""

    title: str
    unit: str
    times: np.ndarray
    curves: list[Curve] = field(default_factory=list)


@dataclass
class Figure:
    """What an exported chart file shows: a title, a note under it (what the values are), and panels."""

    title: str
    panels: list[Panel]
    note: str = ""


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Return round tick values covering [low, high]: steps of 1, 2 or 5 times a power of ten."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return []
    if high - low <= 0:
        low, high = low - (abs(low) * 0.1 or 1.0), high + (abs(high) * 0.1 or 1.0)
    raw = (high - low) / max(1, count - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = []
    value = first
    ticks.append(round(value, 12))
    while value < high - step * 1e-9:  # the last tick at or above the highest value: no curve leaves the panel
        value += step
        ticks.append(round(value, 12))
    return ticks


def tick_labels(ticks: list[float]) -> list[str]:
    """Return tick labels with as many decimals as the step between ticks needs, grouped from 10,000."""
    if len(ticks) < 2:
        return format_column(ticks)
    step = abs(ticks[1] - ticks[0])
    # As few decimals as write the step exactly: 0.25 needs two, 0.5 one, 20 none.
    decimals = next((d for d in range(7) if abs(step * 10**d - round(step * 10**d)) < 1e-6 * 10**d), 6)
    group = max(abs(t) for t in ticks) >= 10_000
    return [format_number(t, decimals, group=group) for t in ticks]


def year_step(span: float, room: float, label: float) -> int:
    """Return the step between year labels (1, 2, 5, 10, ...) that leaves each label twice its width."""
    fit = max(1.0, room / (label * 2))
    for step in (1, 2, 5, 10, 20, 50, 100):
        if span / step <= fit:
            return step
    return 100


def _font(points: float, scale: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(points * scale)))
    font.setBold(bold)
    return font


def _legend(figure: Figure) -> list[Curve]:
    seen: dict[str, Curve] = {}
    for panel in figure.panels:
        for curve in panel.curves:
            seen.setdefault(curve.name, curve)
    return list(seen.values())


def paint_figure(painter: QPainter, figure: Figure, width: float, height: float, dpi: float) -> None:
    """Paint a figure on a `width` × `height` pixel page printed at `dpi` (sizes in points scale with it)."""
    scale = dpi / 72.0
    margin = MARGIN * scale
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
    top = margin
    title_font = _font(TITLE_PT, scale, bold=True)
    painter.setFont(title_font)
    painter.setPen(INK)
    box = painter.boundingRect(QRectF(margin, top, width - 2 * margin, height), Qt.TextFlag.TextWordWrap, figure.title)
    painter.drawText(box, Qt.TextFlag.TextWordWrap, figure.title)
    top = box.bottom() + margin * 0.25
    text_font = _font(TEXT_PT, scale)
    painter.setFont(text_font)
    metrics = QFontMetricsF(text_font)
    if figure.note:
        box = painter.boundingRect(QRectF(margin, top, width - 2 * margin, height), Qt.TextFlag.TextWordWrap, figure.note)
        painter.drawText(box, Qt.TextFlag.TextWordWrap, figure.note)
        top = box.bottom() + margin * 0.25
    top = _paint_legend(painter, _legend(figure), margin, top, width - margin, metrics, scale) + margin * 0.5
    count = len(figure.panels)
    columns = 1 if count <= 1 else 2 if count <= 4 else 3
    rows = math.ceil(count / columns) if count else 0
    cell_w = (width - margin * (columns + 1)) / columns
    cell_h = (height - top - margin * rows) / rows if rows else 0
    for index, panel in enumerate(figure.panels):
        x = margin + (index % columns) * (cell_w + margin)
        y = top + (index // columns) * (cell_h + margin)
        _paint_panel(painter, panel, QRectF(x, y, cell_w, cell_h), scale)


def _paint_legend(painter: QPainter, curves: list[Curve], left: float, top: float, right: float,
                  metrics: QFontMetricsF, scale: float) -> float:
    x, y = left, top
    line = metrics.height()
    swatch = 18 * scale
    for curve in curves:
        width = swatch + 4 * scale + metrics.horizontalAdvance(curve.name)
        if x > left and x + width > right:
            x, y = left, y + line * 1.3
        pen = QPen(QColor(curve.color), LINE_PT * 1.5 * scale)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if curve.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        middle = y + line / 2
        painter.drawLine(QPointF(x, middle), QPointF(x + swatch, middle))
        painter.setPen(INK)
        painter.drawText(QPointF(x + swatch + 4 * scale, y + metrics.ascent()), curve.name)
        x += width + 14 * scale
    return y + line


def _paint_panel(painter: QPainter, panel: Panel, cell: QRectF, scale: float) -> None:
    text_font = _font(TEXT_PT, scale)
    bold = _font(TEXT_PT + 1, scale, bold=True)
    metrics = QFontMetricsF(text_font)
    painter.setFont(bold)
    painter.setPen(INK)
    title = f"{panel.title} ({panel.unit})" if panel.unit else panel.title
    title_box = painter.boundingRect(cell, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, title)
    painter.drawText(title_box, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, title)
    painter.setFont(text_font)
    finite = [c.values[np.isfinite(c.values)] for c in panel.curves]
    finite = [v for v in finite if len(v)]
    low = min((float(v.min()) for v in finite), default=0.0)
    high = max((float(v.max()) for v in finite), default=1.0)
    y_ticks = nice_ticks(low, high)
    y_labels = tick_labels(y_ticks)
    label_w = max((metrics.horizontalAdvance(t) for t in y_labels), default=0.0)
    plot = QRectF(cell.left() + label_w + 8 * scale, title_box.bottom() + 6 * scale,
                  cell.width() - label_w - 8 * scale - metrics.horizontalAdvance("2030") / 2,
                  cell.bottom() - title_box.bottom() - 6 * scale - metrics.height() - 6 * scale)
    if plot.width() <= 0 or plot.height() <= 0 or len(panel.times) < 2:
        return
    t0, t1 = float(panel.times[0]), float(panel.times[-1])
    y0, y1 = (y_ticks[0], y_ticks[-1]) if y_ticks else (low, high)

    def at(t: float, v: float) -> QPointF:
        return QPointF(plot.left() + (t - t0) / (t1 - t0) * plot.width(),
                       plot.bottom() - (v - y0) / ((y1 - y0) or 1.0) * plot.height())

    grid = QPen(GRID, 0.6 * scale)
    for value, label in zip(y_ticks, y_labels):
        point = at(t0, value)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), point.y()), QPointF(plot.right(), point.y()))
        painter.setPen(INK)
        painter.drawText(QRectF(cell.left(), point.y() - metrics.height() / 2, label_w, metrics.height()),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    every = year_step(t1 - t0, plot.width(), metrics.horizontalAdvance("2030"))
    year = math.ceil(t0 / every) * every
    while year <= t1 + 1e-9:
        point = at(year, y0)
        painter.setPen(grid)
        painter.drawLine(QPointF(point.x(), plot.top()), QPointF(point.x(), plot.bottom()))
        painter.setPen(INK)
        painter.drawText(QRectF(point.x() - 40 * scale, plot.bottom() + 3 * scale, 80 * scale, metrics.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(year))
        year += every
    painter.setPen(QPen(INK, 0.8 * scale))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    painter.save()
    painter.setClipRect(plot.adjusted(-2 * scale, -2 * scale, 2 * scale, 2 * scale))
    for curve in panel.curves:
        pen = QPen(QColor(curve.color), LINE_PT * scale)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if curve.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        path = QPainterPath()
        drawing = False
        for t, v in zip(panel.times.tolist(), curve.values.tolist()):
            if not math.isfinite(v):
                drawing = False  # a gap where the value is undefined, as on screen
                continue
            point = at(t, v)
            path.lineTo(point) if drawing else path.moveTo(point)
            drawing = True
        painter.drawPath(path)
    painter.restore()
