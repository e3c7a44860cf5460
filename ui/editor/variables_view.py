"""The variables of a study in a sortable, filterable table, with add, duplicate, delete and move."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import copy
import functools

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.commands.variable import AddVariable, DeleteVariable, MoveVariable
from models.domain import Variable, new_id
from models.language.references import references
from ui.qtmodels.variable_table_model import IdRole, OrderRole, VariableTableModel
from ui.session.study_session import StudySession
from ui.i18n.text import fill

REFRESH_DELAY_MS = 150
NEW_VARIABLES = {
    "assumption": dict(value=0.0, min=0.0, max=100.0),
    "auxiliary": dict(equation="0"),
    "stock": dict(initial="0", equation="0"),
}


def free_name(wanted: str, taken: set[str]) -> str:
    """Return `wanted`, or `wanted_2`, `wanted_3`... whichever is not taken."""
    name, number = wanted, 2
    while name in taken:
        name, number = f"{wanted}_{number}", number + 1
    return name


class VariablesView(QWidget):
    """List a study's variables; add, duplicate, delete and reorder them through undoable commands."""

    current_changed = Signal(str)  # the selected variable's id ("" for none)
    variable_added = Signal(str)  # the new variable's name

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self.model = VariableTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(OrderRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(QCoreApplication.translate("VariablesView", "Filter variables by name, label, group or equation"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setAccessibleName(QCoreApplication.translate("VariablesView", "Variables"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.add_button = QToolButton(self)
        self.add_button.setText(QCoreApplication.translate("VariablesView", "Add ▾"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        for kind, text in (("assumption", QCoreApplication.translate("VariablesView", "&Assumption (a value you set)")), ("auxiliary", QCoreApplication.translate("VariablesView", "A&uxiliary (an equation)")),
                           ("stock", QCoreApplication.translate("VariablesView", "&Stock (accumulates its change)"))):
            menu.addAction(text, functools.partial(self.add, kind))
        self.add_button.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        for text, tip, slot in ((QCoreApplication.translate("VariablesView", "Duplicate"), QCoreApplication.translate("VariablesView", "Add a copy of the selected variable"), self.duplicate),
                                (QCoreApplication.translate("VariablesView", "Delete"), QCoreApplication.translate("VariablesView", "Delete the selected variable (asks first if others use it)"), self.delete),
                                ("▲", QCoreApplication.translate("VariablesView", "Move up"), lambda: self.move(-1)), ("▼", QCoreApplication.translate("VariablesView", "Move down"), lambda: self.move(1))):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def bind(self, session: StudySession) -> None:
        """Show this session's study and follow its edits."""
        self._session = session
        self.model.set_study(session.study)
        self._fit_columns()
        # The table is read, not watched: while someone types, it catches up when they pause.
        session.model_changed.connect(self._refresh_timer.start)
        session.undo_stack.indexChanged.connect(self._refresh_timer.start)

    def refresh(self) -> None:
        """Re-read the variables, keeping the selection on the same variable."""
        current = self.current_id()
        self.model.refresh()
        if current:
            self.select(current)

    def current_id(self) -> str:
        """Return the selected variable's id, or ""."""
        index = self.view.currentIndex()
        return index.data(IdRole) or "" if index.isValid() else ""

    def current(self) -> Variable | None:
        """Return the selected variable."""
        session, variable_id = self._session, self.current_id()
        if session is None or not variable_id:
            return None
        return next((v for v in session.study.variables if v.id == variable_id), None)

    def select(self, variable_id: str) -> None:
        """Select a variable by id (clearing the filter if it hides it)."""
        row = self.model.row_of(variable_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def select_name(self, name: str) -> None:
        """Select a variable by name."""
        if self._session is not None:
            found = next((v for v in self._session.study.variables if v.name == name), None)
            if found is not None:
                self.select(found.id)

    def add(self, kind: str) -> None:
        """Add a new variable of this kind after the selected one, in its group, and select it."""
        session = self._session
        if session is None:
            return
        selected = self.current()
        name = free_name(f"new_{kind}", {v.name for v in session.study.variables})
        variable = Variable(name, kind, group=selected.group if selected else "", **NEW_VARIABLES[kind])  # type: ignore[arg-type]
        index = session.study.variables.index(selected) + 1 if selected else len(session.study.variables)
        session.push(AddVariable(variable, index))
        self.refresh()
        self.select(variable.id)
        self.variable_added.emit(name)

    def duplicate(self) -> None:
        """Add a copy of the selected variable under a free name."""
        session, selected = self._session, self.current()
        if session is None or selected is None:
            return
        variable = copy.deepcopy(selected)
        variable.id = new_id()
        variable.name = free_name(f"{selected.name}_copy", {v.name for v in session.study.variables})
        variable.label = fill(QCoreApplication.translate("VariablesView", "%1 (copy)"), selected.label) if selected.label else ""
        session.push(AddVariable(variable, session.study.variables.index(selected) + 1, verb="Duplicate"))
        self.refresh()
        self.select(variable.id)
        self.variable_added.emit(variable.name)

    def delete(self) -> None:
        """Delete the selected variable, first listing what uses it and asking."""
        session, selected = self._session, self.current()
        if session is None or selected is None:
            return
        used = references(selected.name, session.study)
        if used:
            listed = "".join(f"<li>{item}</li>" for item in used)
            answer = QMessageBox.question(
                self, QCoreApplication.translate("VariablesView", "Delete variable"),
                fill(QCoreApplication.translate("VariablesView", "<p><b>%1</b> is used by:</p><ul>%2</ul><p>Equations that use it will show a problem until you change them. Delete it?</p>"), selected.title, listed),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        session.push(DeleteVariable(selected.name))

    def move(self, step: int) -> None:  # type: ignore[override]  # a row's move, not QWidget.move
        """Move the selected variable up or down the study's order (it stays in its group)."""
        session, selected = self._session, self.current()
        if session is None or selected is None:
            return
        index = session.study.variables.index(selected)
        if 0 <= index + step < len(session.study.variables):
            session.push(MoveVariable(selected.name, index + step))
            self.refresh()
            self.select(selected.id)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(IdRole) or "" if current.isValid() else "")

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 160))
