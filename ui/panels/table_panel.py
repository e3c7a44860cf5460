"""The value table: chosen indicators at chosen years for the shown scenarios."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.plots.colours import scenario_hex
from ui.editor.typed_times import read_time, show_time, show_times, split_times
from ui.qtmodels.indicator_table_model import LABEL_COLUMNS, IndicatorTableModel
from ui.session.study_session import StudySession
from ui.i18n.text import fill

if TYPE_CHECKING:
    import pandas as pd


def indicator_frame(session: StudySession) -> tuple[pd.DataFrame, list[str]]:
    """Return the table's frame (labels, then a column per year) and each row's scenario colour."""
    import pandas as pd  # loaded with the first table, after the window is up

    years = session.choices.years
    records, colors = [], []
    for name in session.choices.indicators:
        variable = session.study.variable(name)
        unit = f" ({variable.unit})" if variable.unit else ""
        for scenario in session.shown_scenarios():
            series = session.series(scenario.id, name)
            values = np.interp(years, session.times, series) if series is not None else np.full(len(years), np.nan)
            records.append([variable.title + unit, scenario.name, *values])
            colors.append(scenario_hex(scenario))
    return pd.DataFrame(records, columns=[*LABEL_COLUMNS, *years]), colors


def parse_years(text: str, start: float, end: float, unit: str = "year") -> list[float] | None:
    """Return the times typed ("2031, Q2 2036"; years alone may be split by spaces) if all lie within the study, else None."""
    parts = split_times(text)
    if len(parts) == 1 and len(parts[0].split()) > 1 and not any(c.isalpha() or c == "-" for c in parts[0]):
        parts = parts[0].split()  # "2030 2035": years typed with spaces between
    try:
        years = [read_time(part, unit) for part in parts]
    except ValueError:
        return None
    if not years or any(not start - 1e-9 <= y <= end + 1e-9 for y in years):
        return None
    return sorted(set(years))


class TablePanel(QWidget):
    """Show the value table with a field to choose its years."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self.model = IndicatorTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        # Fitted when the rows or columns change, not on every new value: fitting reads every cell.
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.model.modelReset.connect(self.fit_columns)
        self.view.viewport().installEventFilter(self)
        self.view.horizontalHeader().setMinimumSectionSize(self.view.fontMetrics().horizontalAdvance("0000000.0"))
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.years = QLineEdit(self)
        self.years.setPlaceholderText(self.tr("e.g. 2027.5, 2031, 2035"))
        self.years.setToolTip(self.tr("Years shown as columns, separated by commas"))
        self.years.editingFinished.connect(self._years_edited)
        years_label = QLabel(self.tr("&Years:"), self)
        years_label.setBuddy(self.years)
        self.message = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Values at chosen years</b>"), self))
        top.addStretch(1)
        top.addWidget(self.message)
        top.addWidget(years_label)
        top.addWidget(self.years, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def fit_columns(self) -> None:
        """Fit columns to their contents, narrowing the name columns (their text wraps) so every year stays in view."""
        view = self.view
        view.resizeColumnsToContents()
        count = self.model.columnCount()
        if count < 3:
            return
        years = sum(view.columnWidth(c) for c in range(2, count))
        room = view.viewport().width() - years
        names = [view.columnWidth(0), view.columnWidth(1)]
        if sum(names) > room:
            floor = view.fontMetrics().horizontalAdvance("Organised-crime")
            share = max(floor, room // 2)
            for column, width in enumerate(names):
                view.setColumnWidth(column, min(width, share))
        view.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-fit the columns when the table's width changes."""
        if isinstance(event, QResizeEvent) and event.size().width() != event.oldSize().width():
            self.fit_columns()
        return False

    def bind(self, session: StudySession) -> None:
        """Show a session's values from the next refresh on (the window decides when: see MainWindow)."""
        self._session = session

    def refresh(self) -> None:
        """Recompute the table from the session's current results and choices."""
        if self._session is None:
            return
        frame, colors = indicator_frame(self._session)
        self.model.set_frame(frame, colors)
        if not self.years.hasFocus():
            self.years.setText(show_times(self._session.choices.years, self._session.study.time.unit))

    def _years_edited(self) -> None:
        if self._session is None:
            return
        axis = self._session.study.time
        years = parse_years(self.years.text(), axis.start, axis.end, axis.unit)
        if years is None:
            self.message.setText(fill(QCoreApplication.translate("TablePanel", "Times must lie from %1 to %2 and read as a year, a quarter (Q2 2031) or a number."),
                                      show_time(axis.start, axis.unit), show_time(axis.end, axis.unit)))
            return
        self.message.clear()
        if years != self._session.choices.years:
            self._session.set_years(years)
