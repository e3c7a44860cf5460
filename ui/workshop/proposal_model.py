"""A session's proposals as a table: number, name, an editable note and the room's vote counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from models.workshop import CRITERIA, Proposal
from ui.workshop.controller import WorkshopController
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

Index = QModelIndex | QPersistentModelIndex
NUMBER, NAME, NOTE = 0, 1, 2
VOTE_COLUMNS = {3 + k: criterion for k, criterion in enumerate(CRITERIA)}  # column -> criterion
# "Plausible: 12" reads as a count of people, which is what is typed.
CRITERION_HEADERS = {"plausibility": QT_TRANSLATE_NOOP("ProposalTableModel", "Plausible"),
                     "desirability": QT_TRANSLATE_NOOP("ProposalTableModel", "Desirable")}
HEADERS = ("#", QT_TRANSLATE_NOOP("ProposalTableModel", "Proposal"), QT_TRANSLATE_NOOP("ProposalTableModel", "Note"),
           *(CRITERION_HEADERS.get(c, c.capitalize()) for c in CRITERIA))


def header(column: int) -> str:
    """Return a column's title in the interface's language."""
    return QCoreApplication.translate("ProposalTableModel", HEADERS[column])
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ProposalTableModel(QAbstractTableModel):
    """Show the session's proposals; a note or vote typed in a cell is stored at once."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._controller: WorkshopController | None = None
        self._rows: list[Proposal] = []

    def bind(self, controller: WorkshopController | None) -> None:
        """Show another session's proposals (None shows none)."""
        if self._controller is not None:
            self._controller.proposals_changed.disconnect(self.refresh)
        self._controller = controller
        if controller is not None:
            controller.proposals_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Follow the session; only the changed cells repaint when the same proposals are listed."""
        rows = self._controller.proposals() if self._controller is not None else []
        if [p.scenario_id for p in rows] == [p.scenario_id for p in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        # A reset would close an editor that is open in the table, so it is kept for real changes of rows.
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def proposal(self, row: int) -> Proposal:
        """Return the proposal shown in a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Return how many proposals are listed."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        """Return the number of columns."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return header(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Let the note and the votes be typed in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NOTE or index.column() in VOTE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, its edit value, tooltip or alignment."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        proposal, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == NUMBER:
                return str(proposal.number)
            if column == NAME:
                return proposal.name.split(" — ", 1)[-1]
            if column == NOTE:
                return proposal.note
            count = proposal.votes.get(VOTE_COLUMNS[column])
            return "" if count is None else str(count)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (NUMBER, NAME):
                return proposal.name
            if column == NOTE:
                return proposal.note or QCoreApplication.translate("ProposalTableModel", "Type a one-line note")
            return fill(QCoreApplication.translate("ProposalTableModel", "%1: how many in the room (type a number)"), header(column))
        if role == Qt.ItemDataRole.TextAlignmentRole and (column == NUMBER or column in VOTE_COLUMNS):
            return _RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store a typed note or vote count in the library at once."""
        if self._controller is None or role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        proposal, column = self._rows[index.row()], index.column()
        if column == NOTE:
            self._controller.set_note(proposal.scenario_id, str(value))
            return True
        if column in VOTE_COLUMNS:
            text = str(value).strip()
            if not text.isdigit():
                return False
            self._controller.set_vote(proposal.scenario_id, VOTE_COLUMNS[column], int(text))
            return True
        return False
