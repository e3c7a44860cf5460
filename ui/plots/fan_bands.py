"""Fan-chart bands on one indicator plot: per scenario a median line and 50 % and 90 % bands, updated in place."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem

from models.domain import Scenario
from ui.plots.indicator_plot import IndicatorPlot

EDGES = ("p5", "p25", "p75", "p95")
OPACITY = {"outer": 0.16, "inner": 0.30}  # the 90 % band is the fainter one; the 50 % band lies over it
STALE_SHARE = 0.4  # bands that no longer match the sliders fade to this share of their opacity


class _Fan:
    """The persistent items of one scenario's fan: four invisible edges, two fills and a median line."""

    def __init__(self, plot: pg.PlotItem, times: np.ndarray):
        # Edges need a pen for FillBetweenItem to see their path; hidden, they cost nothing to paint.
        self.edges = {stat: pg.PlotDataItem(times, np.zeros_like(times), pen=pg.mkPen(0, 0, 0, 0)) for stat in EDGES}
        self.outer = pg.FillBetweenItem(self.edges["p5"], self.edges["p95"])
        self.inner = pg.FillBetweenItem(self.edges["p25"], self.edges["p75"])
        self.median = pg.PlotDataItem(times, np.zeros_like(times))
        self.styled: tuple[str, bool] | None = None  # (colour, stale) last applied: restyling costs a repaint
        self.stats: dict[str, np.ndarray] | None = None
        for item in (*self.edges.values(), self.outer, self.inner, self.median):
            item.setZValue(-5)
            plot.addItem(item)
        for edge in self.edges.values():
            edge.hide()
        for item in (self.outer, self.inner):
            # During a drag the lines over the bands repaint every frame; a cached band is copied, not re-filled.
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.median.setZValue(-4)

    def items(self) -> list:
        return [self.outer, self.inner, self.median]

    def style(self, color: str, stale: bool) -> None:
        if self.styled == (color, stale):
            return
        self.styled = (color, stale)
        share = STALE_SHARE if stale else 1.0
        for fill, key in ((self.outer, "outer"), (self.inner, "inner")):
            tint = QColor(color)
            tint.setAlphaF(OPACITY[key] * share)
            fill.setBrush(pg.mkBrush(tint))
        line = QColor(color)
        line.setAlphaF(0.9 * share)
        self.median.setPen(pg.mkPen(line, width=1.5, style=Qt.PenStyle.DashLine))


class FanBands:
    """Draw each shown scenario's uncertainty on an IndicatorPlot, creating items once and then only setData."""

    def __init__(self, plot: IndicatorPlot, times: np.ndarray):
        self.plot = plot
        self._times = times
        self._fans: dict[str, _Fan] = {}
        self._shown: dict[str, Scenario] = {}
        self._stale: set[str] = set()
        self._visible = False
        self.updating = pg.TextItem("updating…", anchor=(1, 1))
        self.updating.setZValue(30)
        self.updating.hide()
        plot.getPlotItem().addItem(self.updating, ignoreBounds=True)
        plot.readout_extras.append(self._describe)

    def set_visible(self, visible: bool) -> None:
        """Show or hide every fan of this plot."""
        self._visible = visible
        self._restyle()

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """Keep fans for exactly these scenarios (hidden ones keep their items for later)."""
        self._shown = {s.id: s for s in scenarios}
        self._restyle()

    def set_bands(self, scenario_id: str, stats: dict[str, np.ndarray], stale: bool) -> None:
        """Give a scenario's fan new percentile rows (each over time); `stale` marks them as behind the sliders."""
        fan = self._fans.get(scenario_id)
        if fan is None:
            fan = self._fans[scenario_id] = _Fan(self.plot.getPlotItem(), self._times)
        fan.stats = stats
        for stat, edge in fan.edges.items():
            # Each edge change would rebuild both fills; rebuild them once after all four edges moved.
            with QSignalBlocker(edge):
                edge.setData(self._times, _finite(stats[stat]))
        fan.outer.updatePath()
        fan.inner.updatePath()
        fan.median.setData(self._times, _finite(stats["p50"]), connect="finite")
        self.mark_stale(scenario_id, stale)

    def mark_stale(self, scenario_id: str, stale: bool) -> None:
        """Fade a scenario's fan while newer bands are being computed, and say so on the plot."""
        if stale != (scenario_id in self._stale):
            (self._stale.add if stale else self._stale.discard)(scenario_id)
            self._restyle()

    def drawn(self, scenario_id: str) -> dict[str, np.ndarray] | None:
        """Return the band edges and median a scenario's fan shows now, or None when none is shown."""
        fan = self._fans.get(scenario_id)
        if fan is None or not fan.median.isVisible():
            return None
        drawn = {stat: np.asarray(edge.getData()[1]) for stat, edge in fan.edges.items()}
        drawn["p50"] = np.asarray(fan.median.getData()[1])
        return drawn

    def is_stale(self, scenario_id: str) -> bool:
        """Return whether a scenario's fan is marked as behind the sliders."""
        return scenario_id in self._stale

    def fit(self) -> None:
        """Widen the y axis if a shown band leaves it (never narrow it: the curves decide that)."""
        values = [f.stats[s] for sid, f in self._fans.items() if sid in self._shown and f.stats for s in ("p5", "p95")]
        values = [v[np.isfinite(v)] for v in values if self._visible]
        values = [v for v in values if v.size]
        if not values:
            return
        low, high = float(min(v.min() for v in values)), float(max(v.max() for v in values))
        view = self.plot.getPlotItem().getViewBox()
        view_low, view_high = view.viewRange()[1]
        if low < view_low or high > view_high:
            view.setYRange(min(low, view_low), max(high, view_high), padding=0.04)

    def _restyle(self) -> None:
        anything = False
        for scenario_id, fan in self._fans.items():
            scenario = self._shown.get(scenario_id)
            visible = self._visible and scenario is not None and fan.stats is not None
            for item in fan.items():
                item.setVisible(visible)
            if visible:
                anything = True
                fan.style(scenario.color, scenario_id in self._stale)
        stale = self._visible and anything and bool(self._stale & self._shown.keys())
        if stale and not self.updating.isVisible():
            (x_low, x_high), (y_low, _) = self.plot.getPlotItem().getViewBox().viewRange()
            self.updating.setPos(x_high, y_low)
            self.updating.setColor(self.plot.palette().text().color())
        self.updating.setVisible(stale)

    def _describe(self, scenario_id: str, k: int) -> str:
        fan = self._fans.get(scenario_id)
        if not self._visible or fan is None or fan.stats is None or scenario_id not in self._shown:
            return ""
        # Three significant digits: sampling error is larger than that, and the read-out must fit a small chart.
        s = {stat: f"{float(fan.stats[stat][k]):.3g}" for stat in ("p5", "p25", "p50", "p75", "p95")}
        stale = " (updating)" if scenario_id in self._stale else ""
        return (f"<br><small>&nbsp;&nbsp;median {s['p50']} · 50 %: {s['p25']}…{s['p75']} · 90 %: {s['p5']}…{s['p95']}{stale}</small>")


def _finite(values: np.ndarray) -> np.ndarray:
    """Return the values as float64 (samples are stored as float32)."""
    return np.asarray(values, dtype=float)
