"""One indicator drawn for a room: the persistent curves of IndicatorPlot with projector-sized type and lines."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont

from models.domain import Scenario
from ui.plots.colours import scenario_pen
from ui.plots.indicator_plot import IndicatorPlot

TITLE_PX = 34
TICK_PX = 26
LABEL_PX = 26
LIVE_WIDTH = 7
PROPOSAL_WIDTH = 4
INK = "#000000"
BAND = "#dbe4f0"  # a tint that stays visible on a washed-out projector, behind black lines


def pixel_font(size: int, bold: bool = False) -> QFont:
    """Return a font of a size in pixels, so type is as large on any screen density."""
    font = QFont()
    font.setPixelSize(size)
    font.setBold(bold)
    return font


class PresentationPlot(IndicatorPlot):
    """An IndicatorPlot in black on white with large type; the explored scenario's curve is the thickest."""

    live_id: str | None = None

    def apply_palette(self) -> None:
        """Draw black on white whatever the desktop's palette, with type readable across a room."""
        super().apply_palette()
        item = self.getPlotItem()
        self.setBackground("w")
        unit = f" <span style='font-weight:normal'>({self.variable.unit})</span>" if self.variable.unit else ""
        item.setTitle(f"<b>{self.variable.title}</b>{unit}", color=INK, size=f"{TITLE_PX}px")
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(INK, width=2))
            axis.setTextPen(pg.mkPen(INK))
            axis.setStyle(tickFont=pixel_font(TICK_PX), tickTextOffset=8)
        item.getAxis("left").setWidth(110)
        item.getAxis("bottom").setHeight(48)
        item.showGrid(x=True, y=True, alpha=0.2)
        self._today.setPen(pg.mkPen(INK, width=3, style=pg.QtCore.Qt.PenStyle.DashLine))
        self._today.label.setColor(INK)
        self._today.label.setFont(pixel_font(LABEL_PX, bold=True))
        for band, band_label in self._bands:
            band.setBrush(pg.mkBrush(BAND))
            band_label.setColor(QColor("#1e293b"))
            band_label.setFont(pixel_font(LABEL_PX, bold=True))
        self._cursor.setPen(pg.mkPen(INK, width=2))

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """Show these scenarios; the explored one (live_id) on top, thickest."""
        super().set_scenarios(scenarios)
        for scenario in scenarios:
            live = scenario.id == self.live_id
            curve = self.curve(scenario.id)
            assert curve is not None  # made by set_scenarios just now
            curve.setPen(scenario_pen(scenario, width=LIVE_WIDTH if live else PROPOSAL_WIDTH))
            if live:
                curve.setZValue(len(scenarios) + 1)
