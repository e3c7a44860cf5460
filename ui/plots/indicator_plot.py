"""One indicator over time: a persistent curve per scenario, the study's time marks (time_marks.py), read-out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import html
from typing import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QWidget

from models.domain import Horizon, Scenario, Variable
from ui.plots.colours import blend, scenario_brush, scenario_hex, scenario_pen
from ui.plots.fit_text import lines_html, title_words, wrap_words
from ui.plots.time_marks import TimeMarks
from ui.plots.timeline import format_time, format_value
from ui.plots.value_ticks import ValueTicks
from ui.i18n.text import fill, people_number

# Re-fit the y axis when the curves fill less than this share of it, so a shrinking curve stays legible.
MIN_FILL = 0.25
PADDING = 0.08
TITLE_MARGIN = 8  # between the title and the chart's edges


class IndicatorPlot(TimeMarks, pg.PlotWidget):
    """Plot one indicator for the shown scenarios; curves are created once and then only get setData."""

    palette_applied = Signal()  # the chart took new colours from a changed palette
    readout_changed = Signal(str)  # the hover read-out as one line of rich text ("" when the pointer left)
    # True when the read-out is shown outside the chart (the chart grid's line), so it never covers a curve.
    readout_outside = False

    def __init__(self, variable: Variable, times: np.ndarray, parent: QWidget | None = None,
                 marks: tuple[float, tuple[Horizon, ...]] | None = None):
        super().__init__(parent=parent, axisItems={"left": ValueTicks("left")})
        self.name = variable.name
        self.variable = variable
        self._times = times
        self._curves: dict[str, pg.PlotCurveItem] = {}
        self._marks: dict[str, pg.ScatterPlotItem] = {}
        self._data: dict[str, np.ndarray] = {}
        self._labels: dict[str, tuple[str, str]] = {}  # scenario id -> (name, colour)
        self._held = False
        # Half the widest marker drawn on the chart (observed actuals), with its rim: the axes keep that
        # much room at their ends so a marker there is whole. None without markers.
        self.edge_room_px = 0.0
        # Each adds text after a scenario's line of the hover read-out: (scenario id, time index) -> html.
        self.readout_extras: list[Callable[[str, int], str]] = []
        # Values other layers draw on this chart (observed actuals) that the y axis must also show.
        self.extra_values: dict[str, np.ndarray] = {}
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table and panels carry keyboard work
        self.setMenuEnabled(False)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.15)
        # The last year label is centred on the axis end: leave it room on the right so it is not cut.
        item.layout.setContentsMargins(2, 2, self.fontMetrics().horizontalAdvance("2030") // 2 + 6, 2)
        view = item.getViewBox()
        view.disableAutoRange()
        self.fit_time_axis()
        self._add_time_marks(float(times[0]), float(times[-1]), marks)
        self._readout = pg.TextItem(anchor=(0, 0))
        self._readout.setZValue(20)
        self._readout.hide()
        item.addItem(self._readout, ignoreBounds=True)
        self._cursor = pg.InfiniteLine(angle=90, movable=False)
        self._cursor.hide()
        item.addItem(self._cursor, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._hovered)
        self._strip = 0.0  # pixels at the top of the plot kept free of curves for the time marks' names
        view.sigResized.connect(self.fit_time_axis)
        view.sigResized.connect(self._view_resized)
        self.apply_palette()
        self._cache_static_items()
        self._styled = True

    # -- appearance ----------------------------------------------------------------------------

    def _cache_static_items(self) -> None:
        # Axes, grid and labels would otherwise re-render their text on every frame of a drag
        # (about two thirds of a frame); as cached pixmaps they are redrawn only when they change.
        cached = [self.getPlotItem().getAxis(side) for side in ("left", "bottom")]
        cached += [self.getPlotItem().titleLabel, self._today.label] + [label for _, label in self._bands]
        for item in cached:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def apply_palette(self) -> None:
        """Take colours from the widget palette, so a dark desktop gets a dark chart."""
        palette = self.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        mid = QColor(text)
        mid.setAlphaF(0.55)
        self.setBackground(base)
        item = self.getPlotItem()
        self._title_shown: tuple[str, str, str] | None = None  # (title, size, colour) as last drawn
        self.update_title()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(mid))
            axis.setTextPen(pg.mkPen(text))
        self._today.setPen(pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine))
        self._today.label.setColor(text)
        # An opaque tint is much cheaper to paint than a translucent one, on every frame of a drag.
        fill = blend(base, palette.color(QPalette.ColorRole.Highlight), 0.12)
        for band, band_label in self._bands:
            band.setBrush(pg.mkBrush(fill))
            band_label.setColor(mid)
        self._cursor.setPen(pg.mkPen(mid, width=1, style=Qt.PenStyle.DotLine))
        self.place_mark_labels()

    def title_font(self) -> QFont:
        """Return the font of the chart's title."""
        return self.font()

    def title_color(self) -> QColor:
        """Return the colour of the chart's title."""
        return self.palette().color(QPalette.ColorRole.Text)

    def update_title(self) -> None:
        """Show the variable's current label and unit as the title, broken between words to fit the width."""
        font = self.title_font()
        lines = wrap_words(title_words(self.variable.title, self.variable.unit), font, max(40, self.title_width()))
        title = lines_html(lines)
        color = self.title_color()
        size = f"{font.pixelSize()}px" if font.pixelSize() > 0 else f"{font.pointSizeF():.1f}pt"
        shown = (title, size, color.name())
        if shown != self._title_shown:
            self._title_shown = shown
            item = self.getPlotItem()
            item.setTitle(title, color=color, size=size)
            bold = QFont(font)
            bold.setBold(True)
            # pyqtgraph gives a title one 30-pixel row: a larger or wrapped title needs its own height.
            height = len(lines) * QFontMetrics(bold).lineSpacing() + 8
            item.titleLabel.setMaximumHeight(height)
            item.titleLabel.setMinimumWidth(0)  # wrapped to fit already: it must never widen the chart past its window
            item.layout.setRowFixedHeight(0, height)

    def title_width(self) -> int:
        """Return the width the title may take: the chart's, less its value axis (as wide as long labels get) and margins."""
        item = self.getPlotItem()
        axis = item.getAxis("left")
        labels = QFontMetrics(axis.style["tickFont"] or self.font()).horizontalAdvance("−00,000") + 16
        left, _, right, _ = item.layout.getContentsMargins()
        return int(self.width() - max(axis.width(), labels) - left - right - TITLE_MARGIN)

    def title_lines(self) -> int:
        """Return how many lines the title takes at the current width."""
        return 1 if self._title_shown is None else self._title_shown[0].count("<br>") + 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-break the title for the new width."""
        # Before the base class fits the chart to the new size: a title changed after that could leave
        # the chart laid out wider than the widget, its right edge cut.
        if getattr(self, "_styled", False):
            self.update_title()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Follow palette changes (a switch to dark mode) while open."""
        super().changeEvent(event)
        # Qt sends palette changes while the base class is still being built: only restyle after.
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_styled", False):
            self.apply_palette()
            self.palette_applied.emit()

    # -- scenarios and data --------------------------------------------------------------------

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """Show exactly these scenarios, creating a curve the first time one is shown."""
        wanted = {s.id for s in scenarios}
        for scenario_id, curve in self._curves.items():
            curve.setVisible(scenario_id in wanted)
            self._marks[scenario_id].setVisible(scenario_id in wanted)
        for z, scenario in enumerate(scenarios):
            curve = self._curves.get(scenario.id)
            if curve is None:
                # The bare curve item: PlotDataItem's extra layer cost six times as much per setData.
                curve = self._curves[scenario.id] = pg.PlotCurveItem(connect="finite")
                self._marks[scenario.id] = pg.ScatterPlotItem(symbol="x", size=11)
                self.getPlotItem().addItem(curve)
                self.getPlotItem().addItem(self._marks[scenario.id])
            curve.setZValue(z)
            if self._labels.get(scenario.id) != (scenario.name, scenario_hex(scenario)):
                self._labels[scenario.id] = (scenario.name, scenario_hex(scenario))
                curve.setPen(scenario_pen(scenario, width=2.5))
                self._marks[scenario.id].setPen(scenario_pen(scenario, width=2))
                self._marks[scenario.id].setBrush(scenario_brush(scenario))

    def set_series(self, scenario_id: str, values: np.ndarray | None) -> bool:
        """Give a scenario's curve new values; return whether anything was redrawn."""
        curve = self._curves.get(scenario_id)
        # A result on another time axis waits for the grid to rebuild this plot on that axis.
        if curve is None or values is None or len(values) != len(self._times):
            return False
        previous = self._data.get(scenario_id)
        if previous is not None and np.array_equal(previous, values, equal_nan=True):
            return False
        self._data[scenario_id] = values
        finite = np.isfinite(values)
        if finite.all():
            # Checked here once, so pyqtgraph need not check again while drawing and bounding.
            curve.setData(self._times, values, skipFiniteCheck=True)
            if previous is not None and not np.isfinite(previous).all():
                self._marks[scenario_id].setData([], [])
        else:
            # Break the line at undefined values and mark where they are instead of drawing a spike.
            curve.setData(self._times, np.where(finite, values, np.nan), skipFiniteCheck=False)
            self._mark_non_finite(scenario_id, values, finite)
        return True

    def _mark_non_finite(self, scenario_id: str, values: np.ndarray, finite: np.ndarray) -> None:
        anchor = np.where(finite, values, np.nan)
        # Mark each gap at the last defined value before it (or the first after it).
        filled = anchor.copy()
        last = np.nan
        for k, value in enumerate(filled):
            last = value if np.isfinite(value) else last
            filled[k] = last
        if np.isnan(filled).any():
            later = np.where(np.isfinite(filled))[0]
            filled[np.isnan(filled)] = filled[later[0]] if len(later) else 0.0
        missing = ~finite
        self._marks[scenario_id].setData(self._times[missing], filled[missing])

    def curve(self, scenario_id: str) -> pg.PlotCurveItem | None:
        """Return the persistent curve of a scenario (None before it was first shown)."""
        return self._curves.get(scenario_id)

    def set_event_bands(self, spans: list[tuple[float, float, str]]) -> None:
        """Shade each (start, end, event name) window; band items are made once and then only moved."""
        pool = self._event_bands = getattr(self, "_event_bands", [])
        while len(pool) < len(spans):
            band = pg.LinearRegionItem(movable=False, brush=pg.mkBrush(255, 140, 0, 40), pen=pg.mkPen(255, 140, 0, 120))
            band.setZValue(-15)
            label = pg.InfLineLabel(band.lines[0], "", position=0.06, anchors=[(0, 1), (0, 1)], color=(200, 100, 0))
            self.getPlotItem().addItem(band, ignoreBounds=True)
            pool.append((band, label))
        for k, (band, label) in enumerate(pool):
            band.setVisible(k < len(spans))
            if k < len(spans):
                start, end, name = spans[k]
                band.setRegion((start, end))
                label.setFormat(name)
                label.setPosition(0.06 + 0.1 * (k % 4))  # overlapping events would stack their names
                band.setToolTip(fill(QCoreApplication.translate("IndicatorPlot", "Event: %1, active from %2 to %3"), name, people_number(start, "g"), people_number(end, "g")))

    def event_bands(self) -> list[tuple[float, float, str]]:
        """Return the shown event windows as (start, end, name)."""
        shown = [(b, l) for b, l in getattr(self, "_event_bands", []) if b.isVisible()]
        return [(*b.getRegion(), l.format) for b, l in shown]

    def has_non_finite(self) -> bool:
        """Return whether a shown curve has undefined or infinite values."""
        return any(c.isVisible() and not np.isfinite(self._data.get(s, np.zeros(1))).all() for s, c in self._curves.items())

    # -- axes ----------------------------------------------------------------------------------

    def hold_axes(self) -> None:
        """Keep the axes still (during a drag the eye follows the curve, and frames stay cheap)."""
        self._held = True

    def release_axes(self) -> None:
        """Let the axes follow the data again, re-fitting if a curve left the view."""
        self._held = False
        self.fit()

    def fit_time_axis(self) -> None:
        """Show the whole time axis with room at each end for `edge_room_px` (at least 1 % of the span)."""
        view = self.getPlotItem().getViewBox()
        width = view.width()
        # pyqtgraph pads each side by a share p of the span, and the padded span fills the width:
        # p / (1 + 2p) = room / width.
        share = self.edge_room_px / width if width > 4 * self.edge_room_px else 0.0
        padding = max(0.01, share / (1 - 2 * share)) if share else 0.01
        view.setXRange(float(self._times[0]), float(self._times[-1]), padding=padding)

    def fit(self, force: bool = False) -> None:
        """Re-fit the y axis if a curve left the view or shrank to a sliver of it (or when forced)."""
        if self._held:
            return
        shown = [self._data[s] for s, c in self._curves.items() if c.isVisible() and s in self._data]
        shown += [v for v in self.extra_values.values() if len(v)]
        finite = [v[np.isfinite(v)] for v in shown]
        finite = [v for v in finite if len(v)]
        if not finite:
            return
        low = float(min(v.min() for v in finite))
        high = float(max(v.max() for v in finite))
        if high - low < 1e-12 * max(1.0, abs(high)):
            margin = abs(high) * 0.1 or 1.0
            low, high = low - margin, high + margin
        view_low, view_high = self.getPlotItem().getViewBox().viewRange()[1]
        span = view_high - view_low
        if force or low < view_low or high > self.free_top() or (high - low) < MIN_FILL * span:
            self.show_values(low, high, PADDING)

    # -- hover read-out ------------------------------------------------------------------------

    def _hovered(self, position: QPointF) -> None:
        view = self.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(position):
            self._hide_readout()
            return
        x = view.mapSceneToView(position).x()
        k = int(np.clip(np.searchsorted(self._times, x), 0, len(self._times) - 1))
        if k > 0 and abs(self._times[k - 1] - x) < abs(self._times[k] - x):
            k -= 1
        step = float(self._times[1] - self._times[0]) if len(self._times) > 1 else None
        when = format_time(float(self._times[k]), step)
        lines = [f"<b>{when}</b>"]
        for scenario_id, curve in self._curves.items():
            if curve.isVisible() and scenario_id in self._data:
                name, color = self._labels[scenario_id]
                extra = "".join(describe(scenario_id, k) for describe in self.readout_extras)
                lines.append(f"<span style='color:{color}'>■</span>&nbsp;{html.escape(name)}: {format_value(float(self._data[scenario_id][k]))}{extra}")
        self._cursor.setValue(float(self._times[k]))
        self._cursor.show()
        if self.readout_outside:
            self.readout_changed.emit(f"<b>{html.escape(self.variable.title)}, {when}</b> &nbsp; " + " &nbsp;·&nbsp; ".join(lines[1:]))
            return
        text = self.palette().color(QPalette.ColorRole.Text).name()
        self._readout.setHtml(fill(QCoreApplication.translate("IndicatorPlot", "<div style='color:%1'>%2</div>"), text, '<br>'.join(lines)))
        # The read-out goes in the top corner away from the pointer, so it never hides what is pointed at.
        (x_low, x_high), (_, y_high) = view.viewRange()
        pointer_right = x > (x_low + x_high) / 2
        self._readout.setAnchor((0, 0) if pointer_right else (1, 0))
        self._readout.setPos(x_low if pointer_right else x_high, y_high)
        palette = self.palette()
        self._readout.fill = pg.mkBrush(palette.color(QPalette.ColorRole.Base))
        self._readout.border = pg.mkPen(palette.color(QPalette.ColorRole.Mid))
        self._cursor.setValue(float(self._times[k]))
        self._readout.show()
        self._cursor.show()

    def _hide_readout(self) -> None:
        self._readout.hide()
        self._cursor.hide()
        if self.readout_outside:
            self.readout_changed.emit("")

    def leaveEvent(self, event: QEvent) -> None:
        """Hide the read-out when the pointer leaves the plot."""
        self._hide_readout()
        super().leaveEvent(event)
