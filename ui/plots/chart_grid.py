"""The chart area: a legend, a notice line and a grid of indicator plots."""

from __future__ import annotations

import math
from typing import Callable, Iterable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from models.domain import Horizon, Scenario, Study, Variable
from models.timeline import as_of, horizons
from ui.plots.indicator_plot import IndicatorPlot
from ui.plots.legend_bar import LegendBar

Series = Callable[[str, str], "np.ndarray | None"]


def time_marks(study: Study) -> tuple[float, tuple[Horizon, ...]]:
    """Return the study's as-of time and horizons, as the charts mark them."""
    return as_of(study), tuple(horizons(study))


def columns_for(count: int) -> int:
    """Return how many plots go side by side: one, two up to four, then three."""
    return 1 if count <= 1 else 2 if count <= 4 else 3


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
        self.empty = QLabel("No indicator is chosen. Use “Indicators…” (Ctrl+I) to pick what to chart.", self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.legend)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty, 1)
        layout.addLayout(self._grid, 1)

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
                plot = IndicatorPlot(variable, self._times, self, self._marks)
                plot.set_scenarios(self._scenarios)
                self._plots[variable.name] = plot
        self._order = wanted
        while self._grid.count():
            self._grid.takeAt(0)
        columns = columns_for(len(wanted))
        rows = math.ceil(len(wanted) / columns)
        for index, name in enumerate(wanted):
            self._grid.addWidget(self._plots[name], index // columns, index % columns)
        for column in range(3):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for row in range(max(rows, self._grid.rowCount())):
            self._grid.setRowStretch(row, 1 if row < rows else 0)
        self.empty.setVisible(not wanted)

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
