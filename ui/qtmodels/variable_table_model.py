"""The study's variables as a table: group, name, label, kind, unit, and value or equation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models.domain import Study, Variable

COLUMNS = ("Group", "Name", "Label", "Kind", "Unit", "Value or equation")
IdRole = Qt.ItemDataRole.UserRole  # the variable's stable id
OrderRole = Qt.ItemDataRole.UserRole + 1  # sorts by group, then the study's own order

_Index = QModelIndex | QPersistentModelIndex


def definition(variable: Variable) -> str:
    """Return what defines a variable, in one line: its value, path, equation or stock equations."""
    if variable.kind == "assumption":
        if variable.path is not None:
            return "path: " + ", ".join(f"{t:g} → {v:g}" for t, v in variable.path.points)
        return "" if variable.value is None else f"{variable.value:g}"
    if variable.kind == "stock":
        return f"start {variable.initial}; change {variable.equation}"
    return variable.equation


class VariableTableModel(QAbstractTableModel):
    """Show every variable of a study; the study is re-read on `refresh`."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._study: Study | None = None
        self._rows: list[Variable] = []

    def set_study(self, study: Study | None) -> None:
        """Show this study's variables."""
        self._study = study
        self.refresh()

    def refresh(self) -> None:
        """Re-read the variables (after any edit of the model)."""
        self.beginResetModel()
        self._rows = list(self._study.variables) if self._study is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        """Return the number of variables."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, tooltip, id or sort key."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        variable = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (variable.group, variable.name, variable.label, variable.kind, variable.unit,
                    definition(variable))[index.column()]
        if role == IdRole:
            return variable.id
        if role == OrderRole:
            column = index.column()
            if column == 0:
                return f"{variable.group.lower()}\x00{index.row():06d}"
            return str(self.data(index)).lower()
        return None

    def row_of(self, variable_id: str) -> int:
        """Return the row of a variable, or -1."""
        return next((row for row, v in enumerate(self._rows) if v.id == variable_id), -1)
