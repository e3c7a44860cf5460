"""One indicator drawn for a room: the persistent curves of IndicatorPlot with projector-sized type and lines."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontMetrics

from models.domain import Scenario
from ui.plots.indicator_plot import IndicatorPlot

TITLE_PX = 34
TICK_PX = 26
LABEL_PX = 26
LIVE_WIDTH = 7
PROPOSAL_WIDTH = 4
INK = "#000000"
BAND = "#dbe4f0"  # a tint that stays visible on a washed-out projector, behind black lines


def pixel_font(size: float, bold: bool = False) -> QFont:
    """Return a font of a size in pixels, so type is as large on any screen density."""
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


class PresentationPlot(IndicatorPlot):
    """An IndicatorPlot in black on white with large type; the explored scenario's curve is the thickest."""

    live_id: str | None = None
    scale = 1.0  # the room's screen against 1920×1080: type and lines follow it

    def set_scale(self, scale: float) -> None:
        """Size type, axes and lines for a screen `scale` times 1920×1080."""
        if scale != self.scale:
            self.scale = scale
            self.apply_palette()

    def title_font(self) -> QFont:
        """Return the title's font, sized for the room."""
        return pixel_font(TITLE_PX * self.scale)

    def title_color(self) -> QColor:
        """Return black: the room's screen is black on white whatever the desktop."""
        return QColor(INK)

    def apply_palette(self) -> None:
        """Draw black on white whatever the desktop's palette, with type readable across a room."""
        super().apply_palette()
        item = self.getPlotItem()
        self.setBackground("w")
        tick = pixel_font(TICK_PX * self.scale)
        metrics = QFontMetrics(tick)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(INK, width=2))
            axis.setTextPen(pg.mkPen(INK))
            axis.setStyle(tickFont=tick, tickTextOffset=max(4, round(8 * self.scale)))
        item.getAxis("left").setWidth(None)  # as wide as its widest label, however large the type
        item.getAxis("bottom").setHeight(metrics.height() + round(22 * self.scale))
        # The last year label is centred on the axis end: room on the right so it is not cut.
        item.layout.setContentsMargins(2, 2, metrics.horizontalAdvance("2030") // 2 + 6, 2)
        item.showGrid(x=True, y=True, alpha=0.2)
        label = pixel_font(LABEL_PX * self.scale, bold=True)
        self._today.setPen(pg.mkPen(INK, width=max(2, round(3 * self.scale)), style=pg.QtCore.Qt.PenStyle.DashLine))
        self._today.label.setColor(INK)
        self._today.label.setFont(label)
        for band, band_label in self._bands:
            band.setBrush(pg.mkBrush(BAND))
            band_label.setColor(QColor("#1e293b"))
            band_label.setFont(label)
        self._cursor.setPen(pg.mkPen(INK, width=2))
        for curve_id in list(self._labels):
            self._style_curve(curve_id)
        self.place_mark_labels()  # the names took a larger type

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """Show these scenarios; the explored one (live_id) on top, thickest."""
        super().set_scenarios(scenarios)
        for scenario in scenarios:
            self._style_curve(scenario.id)
            curve = self.curve(scenario.id)
            if scenario.id == self.live_id and curve is not None:
                curve.setZValue(len(scenarios) + 1)

    def _style_curve(self, scenario_id: str) -> None:
        curve = self.curve(scenario_id)
        if curve is not None:
            width = LIVE_WIDTH if scenario_id == self.live_id else PROPOSAL_WIDTH
            # The label keeps the colour as drawn (a bad stored colour already replaced).
            curve.setPen(pg.mkPen(self._labels[scenario_id][1], width=max(2, round(width * self.scale))))
