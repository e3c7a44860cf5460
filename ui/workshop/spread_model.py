"""How the room's proposals set each lever, as a table: proposals touching it, min, max, mean."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from models.domain import Study
from models.workshop import LeverSpread
from ui.plots.timeline import format_value
from ui.i18n.text import QT_TRANSLATE_NOOP, counted, fill

Index = QModelIndex | QPersistentModelIndex
HEADERS = (QT_TRANSLATE_NOOP("SpreadTableModel", "Lever"), QT_TRANSLATE_NOOP("SpreadTableModel", "Proposals"),
           QT_TRANSLATE_NOOP("SpreadTableModel", "Min"), QT_TRANSLATE_NOOP("SpreadTableModel", "Max"),
           QT_TRANSLATE_NOOP("SpreadTableModel", "Mean"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SpreadTableModel(QAbstractTableModel):
    """One row per lever; a lever no proposal set shows dashes, not zeros."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self._tips: list[str] = []

    def set_spread(self, study: Study, spread: list[LeverSpread]) -> None:
        """Show the spread of the session's proposals."""
        self.beginResetModel()
        self._rows, self._tips = [], []
        for row in spread:
            variable = study.variable(row.name)
            unit = f" ({variable.unit})" if variable.unit else ""
            numbers = [format_value(x, trim=True) if row.count else "–" for x in (row.low, row.high, row.mean)]
            self._rows.append([f"{variable.title}{unit}", str(row.count), *numbers])
            self._tips.append(fill(counted(self.tr("%n proposal(s) set %1 themselves", "", row.count),
                                           row.count), variable.title))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Return how many levers are listed."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("SpreadTableModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, tooltip or alignment."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return _RIGHT
        return None
