"""The study's actuals as an editable table: each typed cell is one undoable edit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from models.timeline import TimeTextError, parse_time
from models.tracking.commands import EditActual
from storage.tracking.actuals_import import NumberTextError, parse_number
from ui.plots.timeline import format_year
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, fill, people_number

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (QT_TRANSLATE_NOOP("ActualsModel", "Variable"), QT_TRANSLATE_NOOP("ActualsModel", "Time"),
           QT_TRANSLATE_NOOP("ActualsModel", "Value"), QT_TRANSLATE_NOOP("ActualsModel", "Source"),
           QT_TRANSLATE_NOOP("ActualsModel", "Note"))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def locale_number(value: float) -> str:
    """Return a number as the user's locale writes it, with every significant digit."""
    return QLocale().toString(float(value), "g", 12)


class ActualsModel(QAbstractTableModel):
    """Show the open study's observations; edits go through the session as commands."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self.problem = ""  # why the last typed cell was refused, for the view to say

    def bind(self, session: StudySession) -> None:
        """Show this session's study."""
        self.beginResetModel()
        self._session = session
        self.endResetModel()

    def refresh(self) -> None:
        """Show the actuals as they are now (after an edit, an undo or an import)."""
        self.beginResetModel()
        self.endResetModel()

    def _actuals(self) -> list:
        return self._session.study.actuals if self._session is not None else []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actuals())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ActualsModel", COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._session is None or not index.isValid() or not 0 <= index.row() < len(self._actuals()):
            return None
        actual = self._actuals()[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                return actual.variable
            if column == 1:
                return format_year(actual.time) if role == Qt.ItemDataRole.DisplayRole else f"{actual.time:g}"
            if column == 2:
                return locale_number(actual.value)
            return actual.source if column == 3 else actual.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            try:
                variable = self._session.study.variable(actual.variable)
            except KeyError:
                return QCoreApplication.translate("ActualsModel", "No such variable in the model: this observation is not used.")
            return f"{variable.title}" + (f" ({variable.unit})" if variable.unit else "")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._session is None:
            return False
        study = self._session.study
        actual = study.actuals[index.row()]
        text = str(value).strip()
        try:
            changed = self._changed(actual, index.column(), text)
        except (TimeTextError, NumberTextError, ValueError) as error:
            column = QCoreApplication.translate("ActualsModel", COLUMNS[index.column()]).lower()
            self.problem = fill(QCoreApplication.translate("ActualsModel", "Row %1, %2: %3"), index.row() + 1, column, error)
            return False
        self.problem = ""
        if changed == actual:
            return False
        self._session.push(EditActual(position=index.row(), actual=changed))
        return True

    def _changed(self, actual, column: int, text: str):
        assert self._session is not None  # setData asks only while a study is open
        study = self._session.study
        if column == 0:
            names = {v.name for v in study.variables}
            by_label = {v.label.casefold(): v.name for v in study.variables if v.label}
            name = text if text in names else by_label.get(text.casefold())
            if name is None:
                raise ValueError(fill(QCoreApplication.translate("ActualsModel", "no variable '%1'"), text))
            return replace(actual, variable=name)
        if column == 1:
            time = parse_time(text, study.time.unit)[0]
            if not study.time.start - 1e-9 <= time <= study.time.end + 1e-9:
                raise ValueError(fill(QCoreApplication.translate("ActualsModel", "%1 is outside the time axis (%2–%3)"),
                                      people_number(time, "g"), people_number(study.time.start, "g"), people_number(study.time.end, "g")))
            return replace(actual, time=time)
        if column == 2:
            return replace(actual, value=parse_number(text, QLocale().decimalPoint() == ","))
        return replace(actual, source=text) if column == 3 else replace(actual, note=text)
