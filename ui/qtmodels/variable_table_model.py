"""The study's variables as a table: group, name, label, kind, unit, and value or equation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from models.domain import Study, Variable
from ui.editor.typed_numbers import show_number
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

COLUMNS = (QT_TRANSLATE_NOOP("VariableTableModel", "Group"), QT_TRANSLATE_NOOP("VariableTableModel", "Name"),
           QT_TRANSLATE_NOOP("VariableTableModel", "Label"), QT_TRANSLATE_NOOP("VariableTableModel", "Kind"),
           QT_TRANSLATE_NOOP("VariableTableModel", "Unit"), QT_TRANSLATE_NOOP("VariableTableModel", "Value or equation"))
# A variable's kind as people read it; the study keeps the English key.
KIND_NAMES = {"assumption": QT_TRANSLATE_NOOP("VariableKind", "assumption"),
              "auxiliary": QT_TRANSLATE_NOOP("VariableKind", "auxiliary"),
              "stock": QT_TRANSLATE_NOOP("VariableKind", "stock")}


def kind_name(kind: str) -> str:
    """Return a variable kind in the interface's language."""
    return QCoreApplication.translate("VariableKind", KIND_NAMES.get(kind, kind))
IdRole = Qt.ItemDataRole.UserRole  # the variable's stable id
OrderRole = Qt.ItemDataRole.UserRole + 1  # sorts by group, then the study's own order

_Index = QModelIndex | QPersistentModelIndex


def definition(variable: Variable) -> str:
    """Return what defines a variable, in one line: its value, path, equation or stock equations."""
    if variable.kind == "assumption":
        if variable.path is not None:
            points = ", ".join(f"{show_number(t)} → {show_number(v)}" for t, v in variable.path.points)
            return fill(QCoreApplication.translate("VariableTableModel", "path: %1"), points)
        return "" if variable.value is None else show_number(variable.value)
    if variable.kind == "stock":
        return fill(QCoreApplication.translate("VariableTableModel", "start %1; change %2"), variable.initial, variable.equation)
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
            return QCoreApplication.translate("VariableTableModel", COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, tooltip, id or sort key."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        variable = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (variable.group, variable.name, variable.label, kind_name(variable.kind), variable.unit,
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
