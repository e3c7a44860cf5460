"""The impact x uncertainty map: one point per driver, labels kept inside their cell, drag a point to re-rate."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from models.foresight.domain import Driver
from models.foresight.measured import Measured
from ui.i18n.text import fill

_gestures = itertools.count(1)


class _MapBox(pg.ViewBox):
    """A view box whose drags move the nearest driver's point from cell to cell."""

    def __init__(self, owner: ImpactMap):
        super().__init__(enableMenu=False)
        self.owner = owner
        self.setMouseEnabled(False, False)
        self._dragged: str | None = None
        self._gesture = 0

    def mouseDragEvent(self, ev, axis=None) -> None:
        point = self.mapSceneToView(ev.scenePos())
        if ev.isStart():
            self._dragged = self.owner.driver_at(self.mapSceneToView(ev.buttonDownScenePos()))
            self._gesture = next(_gestures)
        if self._dragged is None:
            ev.ignore()
            return
        ev.accept()
        self.owner.move(self._dragged, point.y(), point.x(), self._gesture)
        if ev.isFinish():
            self._dragged = None


class ImpactMap(pg.PlotWidget):
    """Show the drivers by uncertainty (across) and impact (up); the critical corner is shaded."""

    def __init__(self, parent: QWidget | None = None):
        self.box = _MapBox(self)
        super().__init__(parent, viewBox=self.box, background="w")
        self.on_rerate: Callable[[str, int, int, int], None] | None = None  # driver id, impact, uncertainty, gesture
        self.hideButtons()
        plot = self.getPlotItem()
        plot.setLabel("bottom", QCoreApplication.translate("ImpactMap", "Uncertainty (1 = well known, 5 = wide open)"))
        plot.setLabel("left", QCoreApplication.translate("ImpactMap", "Impact (1 = minor, 5 = decisive)"))
        ticks = [[(k, str(k)) for k in range(1, 6)]]
        for name in ("bottom", "left"):
            plot.getAxis(name).setTicks(ticks)
            plot.getAxis(name).setTextPen("k")
            plot.getAxis(name).setPen("k")
        plot.showGrid(x=False, y=False)
        self.setXRange(0.5, 5.5, padding=0)
        self.setYRange(0.5, 5.5, padding=0)
        for k in range(1, 5):  # cell borders: each rating is a square
            for line in (pg.InfiniteLine(k + 0.5, 90), pg.InfiniteLine(k + 0.5, 0)):
                line.setPen(pg.mkPen(QColor("#dddddd")))
                self.addItem(line)
        critical = QGraphicsRectItem(QRectF(3.5, 3.5, 2, 2))
        critical.setBrush(QBrush(QColor(230, 85, 13, 28)))
        critical.setPen(QPen(Qt.PenStyle.NoPen))
        self.addItem(critical)
        self.scatter = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w"), brush=pg.mkBrush("#1f77b4"))
        self.addItem(self.scatter)
        # The model's measured effect, when shown: a hollow mark in the driver's column at the measured rating,
        # joined to the team's point by a thin line, so judgement and model sit side by side.
        self.measured_marks = pg.ScatterPlotItem(size=12, symbol="d", pen=pg.mkPen("#6a3d9a", width=2),
                                                 brush=pg.mkBrush(255, 255, 255, 0))
        self.addItem(self.measured_marks)
        self.measured_lines = pg.PlotDataItem(pen=pg.mkPen(QColor(106, 61, 154, 140), width=1), connect="pairs")
        self.addItem(self.measured_lines)
        self.measured: dict[str, Measured] = {}
        self.labels: list[pg.TextItem] = []
        self._probe = pg.TextItem("Ag")  # never shown: measures how tall a label is
        self.drivers: list[Driver] = []
        self.positions: dict[str, tuple[float, float]] = {}  # driver id -> where its point is drawn (x, y)

    def show_drivers(self, drivers: list[Driver]) -> None:
        """Place every driver in its cell."""
        self.drivers = list(drivers)
        self._layout()

    def show_measured(self, measured: dict[str, Measured]) -> None:
        """Mark each driver's measured effect beside its point (an empty dict hides the marks)."""
        self.measured = dict(measured)
        self._layout_measured()

    def measured_points(self) -> dict[str, tuple[float, float]]:
        """Return where each driver's measured mark is drawn (x, y), by driver id."""
        return {spot.data(): (spot.pos().x(), spot.pos().y()) for spot in self.measured_marks.points()}

    def _layout_measured(self) -> None:
        spots, xs, ys = [], [], []
        for driver in self.drivers:
            found = self.measured.get(driver.id)
            if found is None or driver.id not in self.positions:
                continue
            x, y = self.positions[driver.id]
            # In the driver's own column, at the measured rating (the cell's centre line is the whole number).
            mx = driver.uncertainty + 0.3
            my = found.rating
            spots.append({"pos": (mx, my), "data": driver.id})
            xs += [x, mx]
            ys += [y, my]
        self.measured_marks.setData(spots)
        self.measured_lines.setData(xs, ys)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "scatter"):  # pyqtgraph resizes once while the widget is being built
            self._layout()  # how many lines fit a cell depends on its size in pixels

    def _layout(self) -> None:
        rect = self.box.viewRect()
        width_px = max(1.0, self.box.width())
        height_px = max(1.0, self.box.height())
        per_x = width_px / max(rect.width(), 1e-9)  # pixels per rating step
        per_y = height_px / max(rect.height(), 1e-9)
        metrics = QFontMetrics(self.font())
        # A label's box is its text plus the item's margins: one line of the cell is that tall, and a pixel more.
        line = (self._probe.boundingRect().height() + 1) / per_y
        rows = max(1, int(0.9 / line))
        cells: dict[tuple[int, int], list[Driver]] = {}
        for driver in sorted(self.drivers, key=lambda d: d.name.lower()):
            cells.setdefault((driver.uncertainty, driver.impact), []).append(driver)
        spots, texts = [], []
        self.positions = {}
        room = int(per_x * 0.82)  # a label never leaves its cell, so labels of different cells never meet
        for (u, i), members in cells.items():
            shown = members if len(members) <= rows else members[:rows - 1]
            for k, driver in enumerate(shown):
                y = i + 0.45 - line * (k + 0.5)
                x = u - 0.42
                self.positions[driver.id] = (x, y)
                critical = driver.critical
                spots.append({"pos": (x, y), "data": driver.id,
                              "brush": pg.mkBrush("#e6550d" if critical else "#1f77b4")})
                texts.append((x + 0.06, y, metrics.elidedText(driver.name, Qt.TextElideMode.ElideRight, room), driver.name))
            if len(shown) < len(members):
                more = len(members) - len(shown)
                texts.append((u - 0.42, i + 0.45 - line * (len(shown) + 0.5), fill(QCoreApplication.translate("ImpactMap", "+%1 more"), more), ""))
        self.scatter.setData(spots)
        while len(self.labels) < len(texts):
            label = pg.TextItem(color="k", anchor=(0, 0.5))
            self.addItem(label)
            self.labels.append(label)
        for label, (x, y, text, full) in zip(self.labels, texts):
            label.setText(text)
            label.setToolTip(full)
            label.setPos(x, y)
            label.show()
        for label in self.labels[len(texts):]:
            label.hide()
        self._layout_measured()

    def label_rects(self) -> list[QRectF]:
        """Return the scene rectangles of the labels shown (for checking that none overlap)."""
        return [label.mapRectToScene(label.boundingRect()) for label in self.labels if label.isVisible()]

    def driver_at(self, point: QPointF) -> str | None:
        """Return the driver whose point is nearest `point` (in view units), if it is within half a cell."""
        best, best_d = None, 0.25
        for driver_id, (x, y) in self.positions.items():
            d = (x - point.x()) ** 2 + (y - point.y()) ** 2
            if d < best_d:
                best, best_d = driver_id, d
        return best

    def move(self, driver_id: str, impact: float, uncertainty: float, gesture: int) -> None:
        """Re-rate a driver to the cell under a dragged point (clamped to 1-5); one drag is one gesture."""
        new_impact = min(5, max(1, round(impact)))
        new_uncertainty = min(5, max(1, round(uncertainty)))
        driver = next((d for d in self.drivers if d.id == driver_id), None)
        if driver is None or (driver.impact, driver.uncertainty) == (new_impact, new_uncertainty):
            return
        if self.on_rerate is not None:
            self.on_rerate(driver_id, new_impact, new_uncertainty, gesture)
