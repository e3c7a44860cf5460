"""Indicator values at chosen years for the shown scenarios, as a pandas-backed table model."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from models.formatting import format_column, format_time
from ui.plots.legend_bar import swatch
from ui.i18n.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    import pandas as pd

Index = QModelIndex | QPersistentModelIndex
LABEL_COLUMNS = ("Indicator", "Scenario")
# For the catalogue: lupdate finds only literal strings inside a translate call.
_TITLES = (QT_TRANSLATE_NOOP("IndicatorTableModel", "Indicator"), QT_TRANSLATE_NOOP("IndicatorTableModel", "Scenario"))
ValueRole = Qt.ItemDataRole.UserRole + 1
_ROLES = frozenset({
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.TextAlignmentRole, ValueRole,
})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class IndicatorTableModel(QAbstractTableModel):
    """Show a frame with one row per (indicator, scenario) and one column per year."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._frame: pd.DataFrame | None = None  # None until the first fill: pandas loads after start-up
        self._values = np.zeros((0, 0))
        self._labels: list[list[str]] = []
        self._texts: list[list[str]] = []
        self._colors: list[str] = []
        self._icons: dict[str, QIcon] = {}

    @property
    def frame(self) -> pd.DataFrame:
        """Return the table as a DataFrame (labels, then one column per year)."""
        if self._frame is None:
            import pandas as pd

            return pd.DataFrame(columns=list(LABEL_COLUMNS))
        return self._frame

    def set_frame(self, frame: pd.DataFrame, colors: list[str]) -> None:
        """Show a new frame; when only the numbers changed, say so without resetting views."""
        labels = frame[list(LABEL_COLUMNS)].astype(str).values.tolist()
        unchanged_rows = labels == self._labels and colors == self._colors
        if self._frame is not None and list(frame.columns) == list(self._frame.columns) and unchanged_rows:
            self._take(frame)
            if self._values.size:
                first, last = self.index(0, len(LABEL_COLUMNS)), self.index(len(frame) - 1, self.columnCount() - 1)
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole, ValueRole, Qt.ItemDataRole.ToolTipRole])
            return
        self.beginResetModel()
        self._labels = labels
        self._colors = list(colors)
        self._take(frame)
        self.endResetModel()

    def _take(self, frame: pd.DataFrame) -> None:
        # Views ask for many roles of every visible cell on each paint; answering from plain lists
        # instead of the frame keeps a repaint of the table well under a millisecond.
        self._frame = frame
        self._values = frame.iloc[:, len(LABEL_COLUMNS):].to_numpy(dtype=float)
        self._texts = block_texts(self._values, [label[0] for label in self._labels])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Return the number of (indicator, scenario) rows."""
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Return the label columns plus one per year."""
        return 0 if parent.isValid() else len(LABEL_COLUMNS if self._frame is None else self._frame.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a label or a formatted value; the raw number under ValueRole."""
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._labels) and 0 <= column < self.columnCount()):
            return None
        if column < len(LABEL_COLUMNS):
            text = self._labels[row][column]
            if role == Qt.ItemDataRole.DisplayRole:
                # An indicator is named once, on the first row of its group.
                return "" if column == 0 and row > 0 and text == self._labels[row - 1][0] else text
            if role == Qt.ItemDataRole.ToolTipRole:
                return text
            if role == Qt.ItemDataRole.DecorationRole and column == 1:
                return self._icon(self._colors[row])
            return None
        year = column - len(LABEL_COLUMNS)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][year]
        if role == ValueRole:
            return float(self._values[row, year])
        if role == Qt.ItemDataRole.ToolTipRole:
            return repr(float(self._values[row, year]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return column titles (labels, then years)."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.columnCount():
            return None
        title = LABEL_COLUMNS[section] if self._frame is None else self._frame.columns[section]
        if section < len(LABEL_COLUMNS):
            return self.tr(LABEL_COLUMNS[section])  # the frame's own column names stay English: files use them
        return title if isinstance(title, str) else format_time(float(title))

    def _icon(self, color: str) -> QIcon:
        if color not in self._icons:
            self._icons[color] = QIcon(swatch(color, 12))
        return self._icons[color]


def block_texts(values: np.ndarray, keys: list[str]) -> list[list[str]]:
    """Return the cells as text, each run of rows with one key (an indicator) sharing one number of decimals."""
    texts: list[list[str]] = [[] for _ in range(len(values))]
    start = 0
    while start < len(keys):
        stop = start
        while stop < len(keys) and keys[stop] == keys[start]:
            stop += 1
        block = values[start:stop]
        flat = format_column(block.ravel().tolist())
        width = block.shape[1] if block.ndim == 2 else 0
        for offset in range(stop - start):
            texts[start + offset] = flat[offset * width:(offset + 1) * width]
        start = stop
    return texts
