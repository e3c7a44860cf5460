"""Actuals as markers over the projections (neutral colour, source on hover) and signposts' thresholds."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette

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
        self.thresholds: list[pg.InfiniteLine] = []
        self._shown: list[Actual] = []
        self._lines: list[tuple] = []  # what the threshold lines show, to redraw them only when it changes
        # Returns (times, {scenario name: band stats}) while fans are drawn, else None: read on hover.
        self.bands: Callable[[], tuple | None] | None = None
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

    def show(self, observed: list[Actual], states: list[SignpostState], visible: bool) -> None:
        """Show the chart variable's actuals and signpost thresholds (`visible` False: hide, as in difference mode)."""
        name = self.plot.name
        observed = observed if visible else []
        if observed != self._shown:  # most refreshes change another chart's variable, or none
            self._shown = list(observed)
            xs = np.array([a.time for a in observed], dtype=float)
            ys = np.array([a.value for a in observed], dtype=float)
            self.actuals.setData(x=xs, y=ys, data=[(a.source, a.note, self._bands) for a in observed])
            self.plot.extra_values[EXTRA_KEY] = ys
        wanted = [(s.signpost.name, s.signpost.condition, s.state) for s in states
                  if visible and s.signpost.variable == name and s.signpost.condition.kind in ("above", "below")]
        if wanted == self._lines:
            return
        self._lines = wanted
        for line in self.thresholds:
            self.plot.getPlotItem().removeItem(line)
        self.thresholds = []
        if not visible:
            return
        text = self.plot.palette().color(QPalette.ColorRole.Text)
        backing = QColor(self.plot.palette().color(QPalette.ColorRole.Base))
        backing.setAlphaF(0.8)  # the name stays readable where a curve runs through it
        for state in states:
            signpost = state.signpost
            if signpost.variable != name or signpost.condition.kind not in ("above", "below"):
                continue
            colour = QColor(TRIGGERED) if state.state == "triggered" else text
            line = pg.InfiniteLine(float(signpost.condition.value or 0.0), angle=0, movable=False,
                                   pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine),
                                   label=f"⚑ {signpost.name}", labelOpts={"position": 0.98, "color": colour, "fill": pg.mkBrush(backing),
                                                                          "anchors": [(1, 1), (1, 1)]})
            line.setToolTip(fill(QCoreApplication.translate("ChartMarks", "Signpost “%1”: %2 %3 (%4)"), signpost.name, signpost.variable, signpost.condition.describe(), state.state))
            line.setZValue(-5)
            self.plot.getPlotItem().addItem(line, ignoreBounds=True)
            self.thresholds.append(line)


def add_actual_markers(item: pg.PlotItem, study: Study, name: str) -> None:
    """Draw a variable's actuals on a printed chart (black on white): neutral diamonds, as on screen."""
    observed = [a for a in study.actuals if a.variable == name]
    if observed:
        item.addItem(pg.ScatterPlotItem(x=[a.time for a in observed], y=[a.value for a in observed], symbol="d",
                                        size=9, pen=pg.mkPen("#ffffff", width=1), brush=pg.mkBrush("#404040")))


def marks_of(plot: IndicatorPlot) -> ChartMarks:
    """Return the tracking marks of a chart, adding them the first time."""
    marks = getattr(plot, "_tracking_marks", None)
    if marks is None:
        marks = ChartMarks(plot)
        plot._tracking_marks = marks
        plot.palette_applied.connect(marks.restyle)
    return marks
