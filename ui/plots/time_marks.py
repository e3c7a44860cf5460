"""The study's time marks on a chart: the as-of line, the horizon bands, their names in rows at the top.

The names are placed in rows that never overlap or leave the chart, and the rows are kept free of
curves: the y range leaves room above the values for them. Other marks whose names must not sit on a
curve (a signpost's threshold) put their names in the same rows, at the axis end. A mixin of IndicatorPlot, which calls
_add_time_marks when built, colours the marks with its palette and re-places the names on resize.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from models.domain import Horizon
from ui.i18n.text import QT_TRANSLATE_NOOP
from ui.plots.timeline import format_year

if TYPE_CHECKING:
    from pyqtgraph import PlotWidget as _Plot  # the checker sees the chart this is mixed into; at run time no base
else:
    _Plot = object


# The default horizons' names (models/timeline.py): shown translated; a study's own names are its data.
DEFAULT_HORIZON_NAMES = (QT_TRANSLATE_NOOP("Horizons", "next 6 months"), QT_TRANSLATE_NOOP("Horizons", "5–10 years"))


def horizon_label(name: str) -> str:
    """Return a horizon's name for people: the default ones in the interface's language."""
    return QCoreApplication.translate("Horizons", name) if name in DEFAULT_HORIZON_NAMES else name


class TimeMarks(_Plot):
    """The as-of line and horizon bands of a chart, and the room kept for their names."""

    _strip: float  # pixels at the top of the plot kept free of curves for the names (set by the chart)

    def _add_time_marks(self, start: float, end: float, marks: tuple[float, tuple[Horizon, ...]] | None) -> None:
        # The study's own "as of" time and horizons: never the computer's clock.
        now, horizons = marks if marks is not None else (start, ())
        item = self.getPlotItem()
        self._bands: list[tuple[pg.LinearRegionItem, pg.InfLineLabel]] = []
        self._end_labels: list[pg.InfLineLabel] = []  # labels that end at the axis end, leftwards
        self._axis_end = end
        self._named: dict[str, list[pg.InfiniteLine]] = {}  # other marks' names, by who put them there
        for horizon in horizons:
            label = horizon_label(horizon.name)
            low, high = max(horizon.start, start), min(horizon.end, end)
            if low >= high:
                continue
            band = pg.LinearRegionItem((low, high), movable=False)
            band.setZValue(-20)
            for line in band.lines:
                line.setPen(pg.mkPen(None))
            item.addItem(band, ignoreBounds=True)
            # A band that runs to the axis end is labelled from its end, leftwards, so the name stays inside the chart.
            at_end = high >= end
            band_label = pg.InfLineLabel(band.lines[1 if at_end else 0], label, position=1.0, anchors=[(1, 0), (1, 0)] if at_end else [(0, 0), (0, 0)])
            band.setToolTip(QCoreApplication.translate("Horizons", "Horizon: %1 (%2–%3)").replace("%1", label)
                            .replace("%2", format_year(horizon.start)).replace("%3", format_year(horizon.end)))
            self._bands.append((band, band_label))
            if at_end:
                self._end_labels.append(band_label)
        # Both labels sit at the top, either side of the as-of line: "as of ┆ next 6 months".
        self._today = pg.InfiniteLine(now, angle=90, movable=False, label=QCoreApplication.translate("Horizons", "as of"), labelOpts={"position": 1.0, "anchors": [(1, 0), (1, 0)]})
        self._today.setZValue(-10)
        if start <= now <= end:
            item.addItem(self._today, ignoreBounds=True)

    def time_mark_labels(self) -> list[pg.InfLineLabel]:
        """Return the labels of the as-of line and the horizon bands, and the other names placed in their rows."""
        named = [line.label for lines in self._named.values() for line in lines]
        return [self._today.label] + [label for _, label in self._bands] + named

    def set_mark_names(self, owner: str, names: list[tuple[str, QColor, str]]) -> None:
        """Show an owner's names (text, colour, tooltip) in the names' rows, ending at the axis end; [] removes them.

        A name drawn beside its mark (a signpost's level) sat on the curves that cross that level.
        """
        item = self.getPlotItem()
        for line in self._named.pop(owner, []):
            self._end_labels.remove(line.label)
            item.removeItem(line)
        lines = []
        for text, colour, tip in names:
            # An unseen upright line at the axis end carries the name, so it is placed as a band's name is.
            line = pg.InfiniteLine(self._axis_end, angle=90, movable=False, pen=pg.mkPen(None), label=text,
                                   labelOpts={"position": 1.0, "color": colour, "anchors": [(1, 0), (1, 0)]})
            line.label.setToolTip(tip)
            line.setZValue(-10)
            item.addItem(line, ignoreBounds=True)
            self._end_labels.append(line.label)
            lines.append(line)
        if lines:
            self._named[owner] = lines
        self.place_mark_labels()

    def place_mark_labels(self) -> None:
        """Put the as-of and horizon names in rows at the top of the plot, never over one another or past an edge.

        A name that would run into the one before it goes a row lower; the rows are kept free of curves
        (see fit), so a name is never printed over a line.
        """
        view = self.getPlotItem().getViewBox()
        width, height = view.width(), view.height()
        (x0, x1), _ = view.viewRange()
        if width <= 0 or height <= 0 or x1 <= x0:
            return
        gap = 0.0  # the text's own margins keep neighbours apart
        placed: list[tuple[int, float, float]] = []  # (row, left, right) in pixels
        line_height = 0.0
        for label, wants_right in self._mark_labels_in_order():
            box = label.textItem.boundingRect()
            line_height = max(line_height, box.height())
            x = (label.line.value() - x0) / (x1 - x0) * width
            right_anchored = wants_right
            if right_anchored and x - box.width() < 0:
                right_anchored = False  # it would leave the chart on the left: start it at its line instead
            if not right_anchored and x + box.width() > width:
                right_anchored = True
            left = x - box.width() if right_anchored else x
            row = 0
            while any(r == row and left < b + gap and left + box.width() > a - gap for r, a, b in placed):
                row += 1
            placed.append((row, left, left + box.width()))
            label.anchors = [(1, 0), (1, 0)] if right_anchored else [(0, 0), (0, 0)]
            label.setPosition(max(0.0, 1.0 - (row * box.height()) / height))
            label.updatePosition()
        rows = 1 + max((r for r, _, _ in placed), default=-1)
        strip = rows * line_height
        if strip != self._strip:
            self._strip = strip
            self.fit(force=True)

    def _mark_labels_in_order(self) -> list[tuple[pg.InfLineLabel, bool]]:
        # Left to right as drawn; a label that prefers to end at its line (the as-of one, a band at the axis end) says so.
        shown = [(self._today.label, True)] if self._today.scene() is not None else []
        shown += [(label, label in self._end_labels) for _, label in self._bands]
        shown += [(line.label, True) for lines in self._named.values() for line in lines]
        return sorted(shown, key=lambda pair: pair[0].line.value())

    def _view_resized(self) -> None:
        self.place_mark_labels()
        self.fit()  # the names' rows are a larger share of a lower chart: keep the curves out of them

    def strip_share(self) -> float:
        """Return the share of the plot's height the time marks' names take at its top."""
        height = self.getPlotItem().getViewBox().height()
        return 0.0 if height <= 0 else min(0.4, self._strip / height)

    def free_top(self) -> float:
        """Return the highest value a curve may reach without running into the time marks' names."""
        low, high = self.getPlotItem().getViewBox().viewRange()[1]
        return high - self.strip_share() * (high - low)

    def show_values(self, low: float, high: float, padding: float) -> None:
        """Show values from low to high with some padding, and room above them for the time marks' names."""
        share = self.strip_share()
        # Where observations are marked, room for half a marker (`edge_room_px`) at the extremes:
        # p ≥ q / (1 − 2q), q = room / free height.
        height = self.getPlotItem().getViewBox().height() * (1 - share)
        marked = any(len(v) for v in getattr(self, "extra_values", {}).values())
        room = getattr(self, "edge_room_px", 0.0) / height if marked and height > 0 else 0.0
        if 0 < room < 0.4:
            padding = max(padding, room / (1 - 2 * room))
        margin = padding * (high - low)
        bottom, top = low - margin, high + margin
        self.getPlotItem().getViewBox().setYRange(bottom, (top - share * bottom) / (1 - share), padding=0)
