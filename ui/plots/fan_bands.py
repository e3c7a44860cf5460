"""Fan-chart bands on one indicator plot: per scenario a median line and 50 % and 90 % bands, updated in place."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from pyqtgraph.functions import create_qpolygonf, ndarray_from_qpolygonf
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from models.domain import Scenario
from ui.plots.colours import blend, scenario_hex
from ui.plots.indicator_plot import IndicatorPlot
from ui.i18n.text import fill, people_number

EDGES = ("p5", "p25", "p75", "p95")
OPACITY = {"outer": 0.16, "inner": 0.30}  # the 90 % band is the fainter one; the 50 % band lies over it
STALE_SHARE = 0.4  # bands that no longer match the sliders fade to this share of their opacity


class _FanLayer(pg.GraphicsObject):
    """Every scenario's fills and median on one plot as one item, painted from prepared paths.

    One cached item instead of three pyqtgraph items per scenario: while a slider is dragged the
    curves over the fans repaint every frame, and copying one cached picture per chart costs far
    less than repainting (and re-tessellating) thirty items.
    """

    def __init__(self):
        super().__init__()
        self.shapes: list[tuple[QPainterPath, QPainterPath, QPainterPath, str, bool]] = []
        self._rect = QRectF()
        self._styles: list[tuple[QColor, QColor, QPen]] = []
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_shapes(self, shapes: list, rect: QRectF, background: str) -> None:
        self.prepareGeometryChange()
        self.shapes, self._rect = shapes, rect
        self._styles = [_style(color, stale, background) for *_paths, color, stale in shapes]
        self.informViewBoundsChanged()
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def dataBounds(self, axis: int, frac: float = 1.0, orthoRange=None):
        """Return the drawn bands' extent along an axis, so auto-range keeps them in view."""
        if self._rect.isNull():
            return None, None
        if axis == 0:
            return self._rect.left(), self._rect.right()
        return self._rect.top(), self._rect.bottom()

    def paint(self, painter: QPainter, *args) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for (rings, inner, _median, *_), (ring_tint, inner_tint, _pen) in zip(self.shapes, self._styles):
            painter.setBrush(ring_tint)
            painter.drawPath(rings)
            painter.setBrush(inner_tint)
            painter.drawPath(inner)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for (_rings, _inner, median, *_), (*_tints, pen) in zip(self.shapes, self._styles):  # medians over every fill
            painter.setPen(pen)
            painter.drawPath(median)


@lru_cache(maxsize=256)
def _style(color: str, stale: bool, background: str) -> tuple[QColor, QColor, QPen]:
    """Return a fan's ring and inner fill colours and its median pen (shared: painters copy them)."""
    share = STALE_SHARE if stale else 1.0
    outer, inner = OPACITY["outer"] * share, OPACITY["inner"] * share
    ring, middle = QColor(color), QColor(color)
    ring.setAlphaF(outer)
    # The 50 % band is filled once with the colour the 50 % tint over the 90 % tint would give:
    # blending each pixel once keeps a band redraw cheap.
    middle.setAlphaF(1 - (1 - outer) * (1 - inner))
    # The median is opaque, in the colour its tint over the chart's background would give: a
    # translucent dashed line took twice as long to paint, on every chart at every band update.
    line = blend(QColor(background), QColor(color), 0.9 * share)
    return ring, middle, pg.mkPen(line, width=1.5, style=Qt.PenStyle.DashLine)


class FanBands:
    """Draw each shown scenario's uncertainty on an IndicatorPlot: one persistent layer, given new paths."""

    def __init__(self, plot: IndicatorPlot, times: np.ndarray):
        self.plot = plot
        self._times = np.asarray(times, dtype=float)
        self._stats: dict[str, dict[str, np.ndarray]] = {}
        self._paths: dict[str, tuple[QPainterPath, QPainterPath, QPainterPath, QRectF]] = {}
        self._drawn: tuple = ()  # what the layer shows: (scenario id, its paths, colour, stale) each
        self._shown: dict[str, Scenario] = {}
        self._stale: set[str] = set()
        self._visible = False
        self._layer = _FanLayer()
        self._layer.setZValue(-5)
        plot.getPlotItem().addItem(self._layer)
        self.updating = pg.TextItem(QCoreApplication.translate("FanBands", "updating…"), anchor=(1, 1))
        self.updating.setZValue(30)
        self.updating.hide()
        plot.getPlotItem().addItem(self.updating, ignoreBounds=True)
        plot.readout_extras.append(self._describe)
        plot.palette_applied.connect(self._follow_palette)

    def set_visible(self, visible: bool) -> None:
        """Show or hide every fan of this plot."""
        self._visible = visible
        self._restyle()

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """Keep fans for exactly these scenarios (hidden ones keep their bands for later)."""
        self._shown = {s.id: s for s in scenarios}
        self._restyle()

    def set_bands(self, bands: dict[str, tuple[dict[str, np.ndarray], bool]]) -> None:
        """Give scenarios' fans new percentile rows (each over time), each with whether it is behind the sliders."""
        for scenario_id, (stats, stale) in bands.items():
            stats = {stat: _finite(values) for stat, values in stats.items()}
            self._stats[scenario_id] = stats
            self._paths[scenario_id] = _paths(self._times, stats)
            (self._stale.add if stale else self._stale.discard)(scenario_id)
        self._restyle()  # once for them all: the layer is redrawn whole

    def mark_stale(self, scenario_ids: list[str]) -> None:
        """Fade these scenarios' fans while newer bands are being computed, and say so on the plot."""
        if not self._stale.issuperset(scenario_ids):
            self._stale.update(scenario_ids)
            self._restyle()

    def drawn(self, scenario_id: str) -> dict[str, np.ndarray] | None:
        """Return the band edges and median a scenario's fan shows now, or None when none is shown."""
        if scenario_id not in self._visible_ids():
            return None
        return {stat: self._stats[scenario_id][stat] for stat in (*EDGES, "p50")}

    def is_stale(self, scenario_id: str) -> bool:
        """Return whether a scenario's fan is marked as behind the sliders."""
        return scenario_id in self._stale

    def fit(self) -> None:
        """Widen the y axis if a shown band leaves it (never narrow it: the curves decide that)."""
        values = [self._stats[sid][s] for sid in self._visible_ids() for s in ("p5", "p95")]
        values = [v[np.isfinite(v)] for v in values]
        values = [v for v in values if v.size]
        if not values:
            return
        low, high = float(min(v.min() for v in values)), float(max(v.max() for v in values))
        view = self.plot.getPlotItem().getViewBox()
        view_low, view_high = view.viewRange()[1]
        if low < view_low or high > view_high:
            view.setYRange(min(low, view_low), max(high, view_high), padding=0.04)

    def _follow_palette(self) -> None:
        self.updating.setColor(self.plot.palette().text().color())
        self._drawn = ()  # the medians are blended with the background: draw them again
        self._restyle()

    def _visible_ids(self) -> list[str]:
        return [sid for sid in self._shown if self._visible and sid in self._stats]

    def _restyle(self) -> None:
        shown = self._visible_ids()
        drawn = tuple((sid, self._paths[sid], scenario_hex(self._shown[sid]), sid in self._stale) for sid in shown)
        # Compared by the paths' identity (new bands make new paths): comparing paths point by point
        # cost more than drawing them.
        if len(drawn) != len(self._drawn) or any(a[0] != b[0] or a[1] is not b[1] or a[2:] != b[2:]
                                                 for a, b in zip(drawn, self._drawn)):
            self._drawn = drawn
            rect = QRectF()
            for sid in shown:
                rect = rect.united(self._paths[sid][3])
            background = self.plot.palette().color(QPalette.ColorRole.Base).name()
            self._layer.set_shapes([(*paths[:3], color, stale) for _sid, paths, color, stale in drawn], rect, background)
        stale = bool(shown) and bool(self._stale & set(shown))
        if stale and not self.updating.isVisible():
            (x_low, x_high), (y_low, _) = self.plot.getPlotItem().getViewBox().viewRange()
            self.updating.setPos(x_high, y_low)
            self.updating.setColor(self.plot.palette().text().color())
        self.updating.setVisible(stale)

    def _describe(self, scenario_id: str, k: int) -> str:
        stats = self._stats.get(scenario_id)
        if not self._visible or stats is None or scenario_id not in self._shown:
            return ""
        # Three significant digits: sampling error is larger than that, and the read-out must fit a small chart.
        s = {stat: people_number(float(stats[stat][k]), ".3g") for stat in ("p5", "p25", "p50", "p75", "p95")}
        if scenario_id in self._stale:
            words = fill(QCoreApplication.translate("FanBands", "median %1, 90 % %2…%3 (updating)"), s["p50"], s["p5"], s["p95"])
        else:
            words = fill(QCoreApplication.translate("FanBands", "median %1, 90 % %2…%3"), s["p50"], s["p5"], s["p95"])
        return f" <small>({words})</small>"


def _paths(times: np.ndarray, stats: dict[str, np.ndarray]) -> tuple[QPainterPath, QPainterPath, QPainterPath, QRectF]:
    """Return a fan's 90 % band outside the 50 % band (two rings), its 50 % band, its median line, and their extent."""
    kept = np.isfinite(np.stack([stats[stat] for stat in EDGES])).all(axis=0)
    everywhere = bool(kept.all())
    shown = times if everywhere else times[kept]
    there_and_back = np.concatenate([shown, shown[::-1]])
    areas = []
    for low, high in (("p5", "p25"), ("p75", "p95"), ("p25", "p75")):
        lows, highs = (stats[low], stats[high]) if everywhere else (stats[low][kept], stats[high][kept])
        area = _polygon(there_and_back, np.concatenate([lows, highs[::-1]]))
        area.closeSubpath()
        areas.append(area)
    rings = areas[0]
    rings.addPath(areas[1])
    p50 = stats["p50"]
    median = _polygon(times, p50) if np.isfinite(p50).all() else pg.arrayToQPath(times, p50, connect="finite")
    rect = rings.boundingRect().united(areas[2].boundingRect()).united(median.boundingRect())
    return rings, areas[2], median, rect


def _polygon(x: np.ndarray, y: np.ndarray) -> QPainterPath:
    """Return a path through the points in order (arrayToQPath without its checks: 4 µs a path instead of 7)."""
    polygon = create_qpolygonf(x.size)
    points = ndarray_from_qpolygonf(polygon)
    points[:, 0] = x
    points[:, 1] = y
    path = QPainterPath()
    path.addPolygon(polygon)
    return path


def _finite(values: np.ndarray) -> np.ndarray:
    """Return the values as float64 (samples are stored as float32)."""
    return np.asarray(values, dtype=float)
