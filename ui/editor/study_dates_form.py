"""The study's own dates in Study settings: as of, the horizons and the table times."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain import Horizon, Study, StudyDates, TimeAxis
from models.timeline import TimeTextError, as_of, horizons, table_times
from ui.editor.typed_times import read_time, show_time, show_times, split_times
from ui.i18n.text import fill


class StudyDatesForm(QWidget):
    """Edit as of, horizons and table times; empty fields mean "not set" (defaults from the axis)."""

    changed = Signal()

    def __init__(self, study: Study, parent: QWidget | None = None):
        super().__init__(parent)
        self._unit = study.time.unit
        dates = study.dates
        unit = self._unit
        self.as_of = QLineEdit("" if dates.as_of is None else show_time(dates.as_of, unit), self)
        self.as_of.setPlaceholderText(fill(QCoreApplication.translate("StudyDatesForm", "not set: %1 (the axis start)"), show_time(as_of(study), unit)))
        self.as_of.setAccessibleName(self.tr("As of"))
        self.table_times = QLineEdit(show_times(dates.table_times, unit), self)
        self.table_times.setPlaceholderText(fill(self.tr("not set: %1"), show_times(table_times(study), unit)))
        self.table_times.setAccessibleName(self.tr("Table times"))
        self.horizons = QTableWidget(0, 3, self)
        self.horizons.setHorizontalHeaderLabels([self.tr("Horizon"), self.tr("From", "horizon start"), self.tr("To", "horizon end")])
        self.horizons.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.horizons.verticalHeader().hide()
        self.horizons.setMaximumHeight(110)
        for horizon in dates.horizons or horizons(study):
            self._add_row(horizon.name, show_time(horizon.start, unit), show_time(horizon.end, unit))
        self._stored_horizons = bool(dates.horizons)
        add, remove = QPushButton(self.tr("Add horizon"), self), QPushButton(self.tr("Remove horizon"), self)
        add.clicked.connect(self._add_new_row)
        remove.clicked.connect(self._remove_row)
        for edit in (self.as_of, self.table_times):
            edit.textChanged.connect(self.changed)
        self.horizons.itemChanged.connect(self._horizon_edited)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&As of:"), self.as_of)
        form.addRow(self.tr("Table &times:"), self.table_times)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.horizons)
        layout.addLayout(buttons)

    def _add_row(self, name: str, start: str, end: str) -> None:
        row = self.horizons.rowCount()
        self.horizons.insertRow(row)
        for column, text in enumerate((name, start, end)):
            self.horizons.setItem(row, column, QTableWidgetItem(text))

    def _add_new_row(self) -> None:
        self._add_row(self.tr("new horizon"), "", "")
        self.changed.emit()

    def _cell_text(self, row: int, column: int) -> str:
        item = self.horizons.item(row, column)
        return item.text() if item is not None else ""

    def _remove_row(self) -> None:
        row = self.horizons.currentRow()
        if row >= 0:
            self.horizons.removeRow(row)
            self._stored_horizons = True
            self.changed.emit()

    def _horizon_edited(self) -> None:
        self._stored_horizons = True
        self.changed.emit()

    def _parts(self, axis: TimeAxis) -> tuple[StudyDates, str]:
        """Return the dates as entered and the first problem, if any."""
        unit = axis.unit
        dates = StudyDates()
        try:
            if self.as_of.text().strip():
                dates.as_of = read_time(self.as_of.text(), unit)
        except TimeTextError as error:
            return dates, fill(self.tr("As of: %1."), error)
        for text in split_times(self.table_times.text()):
            try:
                dates.table_times.append(read_time(text, unit))
            except TimeTextError as error:
                return dates, fill(self.tr("Table times: %1."), error)
        dates.table_times = sorted(set(dates.table_times))
        if self._stored_horizons:
            for row in range(self.horizons.rowCount()):
                name, start, end = (self._cell_text(row, c) for c in range(3))
                try:
                    horizon = Horizon(name.strip(), read_time(start, unit), read_time(end, unit))
                except TimeTextError as error:
                    return dates, fill(self.tr("Horizon %1: %2."), row + 1, error)
                if not horizon.name:
                    return dates, fill(self.tr("Horizon %1 needs a name."), row + 1)
                if horizon.end <= horizon.start:
                    return dates, fill(self.tr("Horizon “%1” must end after it starts."), horizon.name)
                dates.horizons.append(horizon)
        inside = [(self.tr("As of (%1) is outside the time axis (%2–%3)."), dates.as_of)] if dates.as_of is not None else []
        inside += [(self.tr("A table time (%1) is outside the time axis (%2–%3)."), t) for t in dates.table_times]
        for sentence, time in inside:
            if not axis.start - 1e-9 <= time <= axis.end + 1e-9:
                return dates, fill(sentence, show_time(time, unit), show_time(axis.start, unit), show_time(axis.end, unit))
        return dates, ""

    def dates(self) -> StudyDates:
        """Return the dates as entered."""
        return self._parts(TimeAxis(-1e18, 1e18, 1.0, self._unit))[0]

    def problem(self, axis: TimeAxis) -> str:
        """Return why the dates cannot be taken on this axis, or an empty string."""
        self._unit = axis.unit
        return self._parts(axis)[1]
