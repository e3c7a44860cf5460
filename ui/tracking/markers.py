"""Actuals as markers over the projections (neutral colour, source on hover) and signposts' thresholds."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette

from models.domain import Study
from models.tracking.bands import band_percentile, describe_percentile
from models.tracking.observations import Actual
from models.tracking.signposts import SignpostState
from ui.plots.indicator_plot import IndicatorPlot
from ui.plots.timeline import format_value, format_year
from ui.i18n.text import fill

EXTRA_KEY = "actuals"
TRIGGERED = "#c2410c"  # a signpost that fired: the one warm colour among the neutral marks


def _tip(x: float, y: float, data: object) -> str:
    source, note = data[:2] if isinstance(data, tuple) else ("", "")
    lines = [fill(QCoreApplication.translate("Markers", "Actual, %1: %2"), format_year(x), format_value(y)),
             fill(QCoreApplication.translate("Markers", "Source: %1"), source or QCoreApplication.translate("Markers", "not given"))]
    lines += [note] if note else []
    bands = data[2]() if isinstance(data, tuple) and len(data) > 2 and data[2] is not None else None
    if bands:
        times, by_scenario = bands
        lines += [f"{name}: {describe_percentile(band_percentile(y, x, times, stats))}"
                  for name, stats in by_scenario.items()]
    return "\n".join(lines)


class ChartMarks:
    """The marks tracking adds to one chart: a scatter of its variable's actuals and a line per signpost threshold."""

    def __init__(self, plot: IndicatorPlot):
        self.plot = plot
        self.actuals = pg.ScatterPlotItem(symbol="d", size=11, hoverable=True, tip=_tip,
                                          hoverSize=14, name="actuals")
        self.actuals.setZValue(50)  # over every scenario's curve
        plot.getPlotItem().addItem(self.actuals)
        plot.edge_room_px = max(plot.edge_room_px, 14 / 2 + 1)  # its hover size, rim included
        plot.fit_time_axis()
        self.thresholds: list[pg.InfiniteLine] = []
        self.flags: list[pg.TextItem] = []  # band signposts' flags, beside the observation that triggered them
        self._shown: list[Actual] = []
        self._lines: list[tuple] = []  # what the threshold lines show, to redraw them only when it changes
        # Returns (times, {scenario name: band stats}) while fans are drawn, else None: read on hover.
        self.bands: Callable[[], tuple | None] | None = None
        self.names: dict[str, str] = {}  # scenario id -> name, for the signposts' tooltips
        self._last: tuple[list[SignpostState], bool] = ([], False)  # what show() drew, to redraw it in new colours
        self.restyle()

    def _bands(self) -> tuple | None:
        return self.bands() if self.bands is not None else None

    def restyle(self) -> None:
        """Take the neutral colour from the chart's palette (dark mode too)."""
        palette = self.plot.palette()
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        fill = QColor(text)
        fill.setAlphaF(0.75)
        self.actuals.setPen(pg.mkPen(base, width=1.5))
        self.actuals.setBrush(pg.mkBrush(fill))
        if self._lines:  # the thresholds and their names were drawn in the old palette's ink (black on a dark chart)
            self._lines = []
            self.show(self._shown, *self._last)

    def show(self, observed: list[Actual], states: list[SignpostState], visible: bool) -> None:
        """Show the chart variable's actuals and signpost thresholds (`visible` False: hide, as in difference mode)."""
        name = self.plot.name
        self._last = (list(states), visible)
        observed = observed if visible else []
        if observed != self._shown:  # most refreshes change another chart's variable, or none
            self._shown = list(observed)
            xs = np.array([a.time for a in observed], dtype=float)
            ys = np.array([a.value for a in observed], dtype=float)
            self.actuals.setData(x=xs, y=ys, data=[(a.source, a.note, self._bands) for a in observed])
            self.plot.extra_values[EXTRA_KEY] = ys
        wanted = [(s.signpost.name, s.signpost.condition, s.state, s.time) for s in states
                  if visible and s.signpost.variable == name and _marked(s)]
        if wanted == self._lines:
            return
        self._lines = wanted
        for item in self.thresholds + self.flags:
            self.plot.getPlotItem().removeItem(item)
        self.thresholds, self.flags = [], []
        names: list[tuple[str, QColor, str]] = []
        text = self.plot.palette().color(QPalette.ColorRole.Text)
        for state in states if visible else []:
            signpost = state.signpost
            if signpost.variable != name or not _marked(state):
                continue
            colour = QColor(TRIGGERED) if state.state == "triggered" else text
            # A threshold is a level; a band signpost has none, so it marks when it triggered.
            band = signpost.condition.kind == "outside_band"
            at = float(state.time or 0.0) if band else float(signpost.condition.value or 0.0)
            tip = fill(QCoreApplication.translate("ChartMarks", "Signpost “%1”: %2 %3 (%4)"),
                       signpost.name, signpost.variable, signpost.condition.describe(self.names), state.state)
            if band:
                line = pg.InfiniteLine(at, angle=90, movable=False, pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine))
                if state.observation is not None:
                    # A flag beside the observation that triggered it (the horizons' names hold the top); its
                    # name is in the tooltip and the signposts list, so no label hides the curves behind it.
                    flag = pg.TextItem("⚑", color=colour, anchor=(0, 1))
                    font = QFont(flag.textItem.font())
                    font.setPixelSize(20)  # a glyph, not text: large enough to find at a glance
                    flag.setFont(font)
                    flag.setPos(state.observation.time, state.observation.value)
                    flag.setToolTip(tip)
                    flag.setZValue(40)
                    self.plot.getPlotItem().addItem(flag, ignoreBounds=True)
                    self.flags.append(flag)
            else:
                line = pg.InfiniteLine(at, angle=0, movable=False, pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine))
                # The name goes in the rows at the top that curves never enter (beside the line it sat on them),
                # in the line's colour; the tooltip gives the level.
                names.append((f"⚑ {signpost.name}", colour, tip))
            line.setToolTip(tip)
            line.setZValue(-5)
            self.plot.getPlotItem().addItem(line, ignoreBounds=True)
            self.thresholds.append(line)
        self.plot.set_mark_names("signposts", names)


def _marked(state: SignpostState) -> bool:
    """Say whether a signpost has a mark on its variable's chart: a threshold, or a band signpost that triggered."""
    kind = state.signpost.condition.kind
    return kind in ("above", "below") or (kind == "outside_band" and state.state == "triggered")


def add_actual_markers(item: pg.PlotItem, study: Study, name: str) -> None:
    """Draw a variable's actuals on a printed chart (black on white): neutral diamonds, as on screen."""
    observed = [a for a in study.actuals if a.variable == name]
    if observed:
        item.addItem(pg.ScatterPlotItem(x=[a.time for a in observed], y=[a.value for a in observed], symbol="d",
                                        size=9, pen=pg.mkPen("#ffffff", width=1), brush=pg.mkBrush("#404040")))


ROOM_MARKER_PX = 20  # on the room's 1920×1080 screen: visible from the back, smaller than the type


def show_room_actuals(plot: IndicatorPlot, study: Study, scale: float) -> int:
    """Put a variable's actuals on a chart of the room's screen (black diamonds, white rim); return how many."""
    observed = [a for a in study.actuals if a.variable == plot.name]
    item = getattr(plot, "_room_actuals", None)
    if item is None:
        item = pg.ScatterPlotItem(symbol="d", name="actuals")
        item.setZValue(50)  # over every scenario's curve
        plot.getPlotItem().addItem(item)
        plot._room_actuals = item
    size, rim = max(8, round(ROOM_MARKER_PX * scale)), max(1.5, 2 * scale)
    item.setData(x=[a.time for a in observed], y=[a.value for a in observed], symbol="d",
                 size=size, pen=pg.mkPen("#ffffff", width=rim), brush=pg.mkBrush("#000000"))
    plot.edge_room_px = size / 2 + rim  # an observation at the axis's first time is drawn whole
    plot.fit_time_axis()
    plot.extra_values[EXTRA_KEY] = np.array([a.value for a in observed], dtype=float)
    return len(observed)


def marks_of(plot: IndicatorPlot) -> ChartMarks:
    """Return the tracking marks of a chart, adding them the first time."""
    marks = getattr(plot, "_tracking_marks", None)
    if marks is None:
        marks = ChartMarks(plot)
        plot._tracking_marks = marks
        plot.palette_applied.connect(marks.restyle)
    return marks
