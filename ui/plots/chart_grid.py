"""The chart area: a legend, a notice line and a grid of indicator plots."""

from __future__ import annotations

import math
from typing import Callable, Iterable

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.domain import Horizon, Scenario, Study, Variable
from models.timeline import as_of, horizons
from ui.plots.indicator_plot import IndicatorPlot
from ui.plots.legend_bar import LegendBar

Series = Callable[[str, str], "np.ndarray | None"]


def time_marks(study: Study) -> tuple[float, tuple[Horizon, ...]]:
    """Return the study's as-of time and horizons, as the charts mark them."""
    return as_of(study), tuple(horizons(study))


# Narrower or lower than this, ticks crowd and titles break into many lines: the grid scrolls instead.
MIN_PLOT_WIDTH = 280
MIN_PLOT_HEIGHT = 180
SPACING = 6


def columns_for(count: int, width: int | None = None) -> int:
    """Return how many plots go side by side: one, two up to four, then three; fewer if `width` is too narrow."""
    wanted = 1 if count <= 1 else 2 if count <= 4 else 3
    if width is None:
        return wanted
    return max(1, min(wanted, (width + SPACING) // (MIN_PLOT_WIDTH + SPACING)))


class ChartGrid(QWidget):
    """Lay out one IndicatorPlot per chosen indicator and keep their curves current."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._times = np.zeros(2)
        self._marks: tuple[float, tuple[Horizon, ...]] | None = None  # the study's as-of time and horizons
        self._plots: dict[str, IndicatorPlot] = {}
        self._order: list[str] = []
        self._scenarios: list[Scenario] = []
        self.legend = LegendBar(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("chartNotice")
        self.notice.hide()
        # The hover read-out: on its own line above the charts, so it never covers a curve.
        self.readout = QLabel(self)
        self.readout.setObjectName("chartReadout")
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setWordWrap(True)
        self.readout.setFixedHeight(2 * self.readout.fontMetrics().lineSpacing() + 4)
        self.readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._show_readout("")
        self.empty = QLabel(QCoreApplication.translate("ChartGrid", "No indicator is chosen. Use “Indicators…” (Ctrl+I) to pick what to chart."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._shape = (0, 0)
        # The plots sit in a scroll area: on a small screen they keep a readable size and the grid scrolls.
        self._inner = QWidget(self)
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._inner)
        self.scroll_area.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.notice)
        layout.addWidget(self.readout)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll_area, 1)

    def reset(self, times: np.ndarray, marks: tuple[float, tuple[Horizon, ...]] | None = None) -> None:
        """Drop every plot and start over on a new time axis and dates (another study was opened)."""
        for plot in self._plots.values():
            plot.setParent(None)
            plot.deleteLater()
        self._plots.clear()
        self._times = times
        self._marks = marks
        self.set_indicators([])

    def set_times(self, times: np.ndarray, marks: tuple[float, tuple[Horizon, ...]] | None = None) -> bool:
        """Rebuild the plots on a new time axis or dates (the study's changed); return whether either was new."""
        marks = self._marks if marks is None else marks
        if np.array_equal(times, self._times) and marks == self._marks:
            return False
        variables = [plot.variable for plot in self.plots()]
        self.reset(times, marks)
        self.set_indicators(variables)
        self.set_scenarios(self._scenarios)
        return True

    def set_indicators(self, variables: Iterable[Variable]) -> None:
        """Show one plot per variable, in order, reusing the plots already there."""
        variables = list(variables)
        wanted = [v.name for v in variables]
        for name in list(self._plots):
            if name not in wanted:
                plot = self._plots.pop(name)
                plot.setParent(None)
                plot.deleteLater()
        for variable in variables:
            if variable.name not in self._plots:
                plot = IndicatorPlot(variable, self._times, self._inner, self._marks)
                plot.setMinimumSize(0, 0)
                plot.readout_outside = True
                plot.readout_changed.connect(self._show_readout)
                plot.set_scenarios(self._scenarios)
                self._plots[variable.name] = plot
        self._order = wanted
        self._shape = (0, 0)
        self._arrange()
        self.empty.setVisible(not wanted)
        self.scroll_area.setVisible(bool(wanted))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-arrange the plots when the visible area changes size."""
        if event.type() == QEvent.Type.Resize:
            self._arrange()
        return False

    def _arrange(self) -> None:
        viewport = self.scroll_area.viewport()
        count = len(self._order)
        columns = columns_for(count, viewport.width())
        rows = math.ceil(count / columns) if count else 0
        height = max(MIN_PLOT_HEIGHT, (viewport.height() - SPACING * (rows - 1)) // rows) if rows else 0
        self._inner.setMinimumHeight(rows * height + SPACING * (rows - 1) if rows else 0)
        if (columns, rows) == self._shape and self._grid.count() == count:
            return
        self._shape = (columns, rows)
        while self._grid.count():
            self._grid.takeAt(0)
        for index, name in enumerate(self._order):
            self._grid.addWidget(self._plots[name], index // columns, index % columns)
        for column in range(max(3, self._grid.columnCount())):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(max(rows, self._grid.rowCount())):
            self._grid.setRowStretch(row, 1 if row < rows else 0)

    def _show_readout(self, text: str) -> None:
        if text:
            self.readout.setText(text)
        else:
            self.readout.setText("<span style='color:gray'>" + self.tr("Point at a chart to read its values here.") + "</span>")

    def columns(self) -> int:
        """Return how many plots stand side by side now."""
        return self._shape[0]

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """Show these scenarios on every plot and in the legend."""
        self._scenarios = list(scenarios)
        self.legend.set_scenarios(self._scenarios)
        for plot in self._plots.values():
            plot.set_scenarios(self._scenarios)

    def refresh(self, scenario_ids: Iterable[str], series: Series) -> int:
        """Give new results to the shown curves of these scenarios; return how many were redrawn."""
        shown = {s.id for s in self._scenarios}
        redrawn = 0
        for scenario_id in scenario_ids:
            if scenario_id not in shown:
                continue
            for name, plot in self._plots.items():
                redrawn += plot.set_series(scenario_id, series(scenario_id, name))
        if redrawn:
            for plot in self._plots.values():
                plot.fit()
        return redrawn

    def refresh_all(self, series: Series) -> None:
        """Give every shown curve its current results and re-fit every plot."""
        self.refresh([s.id for s in self._scenarios], series)
        for plot in self._plots.values():
            plot.fit(force=True)

    def hold_axes(self) -> None:
        """Keep every plot's axes still until release_axes."""
        for plot in self._plots.values():
            plot.hold_axes()

    def release_axes(self) -> None:
        """Let the axes follow the data again."""
        for plot in self._plots.values():
            plot.release_axes()

    def set_notice(self, text: str | None) -> None:
        """Show a line above the charts (why they are not current), or hide it."""
        self.notice.setText(text or "")
        self.notice.setVisible(bool(text))

    def plots(self) -> list[IndicatorPlot]:
        """Return the plots in display order."""
        return [self._plots[name] for name in self._order]

    def plot(self, name: str) -> IndicatorPlot:
        """Return the plot of an indicator."""
        return self._plots[name]
