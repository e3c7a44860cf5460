"""The room's charts in pages: as many as fit at a readable height, the rest one key away."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from ui.workshop.presentation_plot import PresentationPlot
from ui.i18n.text import fill

# Below these a chart's ticks crowd and its curve flattens: a second page is better than a squashed chart.
MIN_CHART_HEIGHT = 200
MIN_CHART_WIDTH = 320
SPACING = 16


def page_shape(count: int, width: int, height: int, min_height: int = MIN_CHART_HEIGHT) -> tuple[int, int]:
    """Return (columns, charts per page) for `count` charts in an area: two columns at most, rows at least `min_height` tall."""
    if count <= 0:
        return 1, 0
    columns = 1 if count == 1 or width < 2 * MIN_CHART_WIDTH + SPACING else 2
    rows_fit = max(1, (height + SPACING) // (min_height + SPACING))
    return columns, min(count, rows_fit * columns)


class ChartPages(QWidget):
    """Lay the room's charts out a page at a time; PgDn and PgUp turn the page."""

    page_changed = Signal(str)  # "charts 1–2 of 4", or "" when every chart fits

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._plots: list[PresentationPlot] = []
        self._page = 0
        self._shape = (1, 0)
        self.min_height = MIN_CHART_HEIGHT
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(MIN_CHART_HEIGHT)

    def set_plots(self, plots: list[PresentationPlot]) -> None:
        """Show these charts, from the first page."""
        self._plots = list(plots)
        for plot in self._plots:
            plot.setMinimumSize(0, 0)
        self._page = 0
        self._shape = (1, 0)
        self._lay_out()

    def set_min_height(self, pixels: int) -> None:
        """Set the height below which charts move to another page."""
        self.min_height = pixels
        self.setMinimumHeight(pixels)
        self._lay_out()

    def shown(self) -> list[PresentationPlot]:
        """Return the charts on the current page."""
        _, per_page = self._shape
        return self._plots[self._page * per_page:(self._page + 1) * per_page] if per_page else []

    def pages(self) -> int:
        """Return how many pages the charts take."""
        _, per_page = self._shape
        return math.ceil(len(self._plots) / per_page) if per_page else 1

    def turn(self, step: int) -> None:
        """Show the next (+1) or previous (-1) page, wrapping round."""
        if self.pages() > 1:
            self._page = (self._page + step) % self.pages()
            self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit as many charts as stay readable."""
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        shape = page_shape(len(self._plots), self.width(), self.height(), self.min_height)
        if shape != self._shape:
            self._shape = shape
            self._page = min(self._page, self.pages() - 1)
            self._place()

    def _place(self) -> None:
        columns, per_page = self._shape
        while self._grid.count():
            self._grid.takeAt(0)
        shown = self.shown()
        for plot in self._plots:
            plot.setVisible(plot in shown)
        for index, plot in enumerate(shown):
            self._grid.addWidget(plot, index // columns, index % columns)
        rows = math.ceil(len(shown) / columns) if shown else 0
        for row in range(max(rows, self._grid.rowCount())):
            self._grid.setRowStretch(row, 1 if row < rows else 0)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        if per_page and per_page < len(self._plots):
            first = self._page * per_page + 1
            last = first + len(shown) - 1
            span = f"{first}" if first == last else f"{first}–{last}"
            self.page_changed.emit(fill(QCoreApplication.translate("ChartPages", "charts %1 of %2 · PgDn more"), span, len(self._plots)))
        else:
            self.page_changed.emit("")
