"""The proposals table, built for fast vote entry: digits, Tab to the other count, Enter to the next proposal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.workshop.proposal_model import (
    NAME,
    NOTE,
    NUMBER,
    VOTE_COLUMNS,
    ProposalTableModel,
)

FIRST_VOTE, LAST_VOTE = min(VOTE_COLUMNS), max(VOTE_COLUMNS)
MAX_COUNT = 99999
Hint = QAbstractItemDelegate.EndEditHint


class CountDelegate(QStyledItemDelegate):
    """Edit a vote count as digits only, the old count selected so the first digit replaces it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """Return a line edit that accepts whole numbers."""
        editor = QLineEdit(parent)
        editor.setValidator(QIntValidator(0, MAX_COUNT, editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Show the stored count, selected."""
        assert isinstance(editor, QLineEdit)  # made by createEditor
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()


class ProposalTable(QTableView):
    """Type the room's counts without the mouse: 12 Tab 4 Enter moves on to the next proposal."""

    def __init__(self, model: ProposalTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(QCoreApplication.translate("ProposalTable", "Proposals"))
        self.setItemDelegateForColumn(FIRST_VOTE, CountDelegate(self))
        self.setItemDelegateForColumn(LAST_VOTE, CountDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        for column in (NUMBER, *VOTE_COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        model.modelReset.connect(self._start_at_first_vote)

    def start_voting(self) -> None:
        """Put the cursor on the first count of the first proposal still missing one, ready for digits."""
        model = self.model()
        if not model.rowCount():
            return
        missing = [r for r in range(model.rowCount()) if any(not model.index(r, c).data() for c in VOTE_COLUMNS)]
        self.setFocus()
        self.setCurrentIndex(model.index(missing[0] if missing else 0, FIRST_VOTE))

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        """After a count: Tab goes to the other count, Enter to the next proposal's first count."""
        column, row = self.currentIndex().column(), self.currentIndex().row()
        if column not in VOTE_COLUMNS or hint not in (Hint.EditNextItem, Hint.EditPreviousItem, Hint.SubmitModelCache):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, Hint.NoHint)
        if hint == Hint.SubmitModelCache:
            target = (row + 1, FIRST_VOTE)
        elif hint == Hint.EditNextItem:
            target = (row, LAST_VOTE) if column == FIRST_VOTE else (row + 1, FIRST_VOTE)
        else:
            target = (row, FIRST_VOTE) if column == LAST_VOTE else (row - 1, LAST_VOTE)
        if 0 <= target[0] < self.model().rowCount():
            index = self.model().index(*target)
            self.setCurrentIndex(index)
            if hint != Hint.SubmitModelCache:
                self.edit(index)

    def _start_at_first_vote(self) -> None:
        rows = self.model().rowCount()
        if rows:
            self.setCurrentIndex(self.model().index(rows - 1, FIRST_VOTE))
