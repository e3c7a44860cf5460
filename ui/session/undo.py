"""The one QUndoCommand: an adapter that runs a domain command through the session."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from models.commands.base import Change, Command
from models.domain import Study

_MERGEABLE = 1  # QUndoStack only tries to merge commands whose id() is the same and not -1


class UndoableEdit(QUndoCommand):
    """Apply a domain command on redo, revert it on undo, and report each change."""

    def __init__(self, command: Command, study: Study, changed: Callable[[Change], None]):
        super().__init__(command.text)
        self.command = command
        self._study = study
        self._changed = changed

    def redo(self) -> None:
        """Apply the command (QUndoStack.push calls this at once)."""
        self._changed(self.command.apply(self._study))
        # Some commands only know their wording once they have seen the study.
        self.setText(self.command.text)

    def undo(self) -> None:
        """Revert the command."""
        self._changed(self.command.revert(self._study))

    def id(self) -> int:
        """Return the merge id shared by every command that may merge."""
        return _MERGEABLE if self.command.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Fold a later edit of the same gesture into this one; drop it when back at the start."""
        if not isinstance(other, UndoableEdit) or not self.command.merge(other.command):
            return False
        self.setObsolete(self.command.is_noop())
        return True


def push(stack: QUndoStack, edit: UndoableEdit) -> None:
    """Push an edit, folding it into the top command when QUndoStack would merge them.

    QUndoStack deletes a command it merged, but PySide6 keeps that command's Python wrapper as a
    child of the stack's wrapper for good: a leak of one command per slider step. Folding here, by
    the same rules (same id, no redo steps to discard, not at the clean state), never hands the
    stack a command it would delete. A fold back to the start makes the top command obsolete; an
    undo then drops it, as QUndoStack itself does after a merge.
    """
    index = stack.index()
    top = stack.command(index - 1) if index > 0 else None
    if (
        isinstance(top, UndoableEdit)
        and index == stack.count()
        and index != stack.cleanIndex()
        and edit.id() != -1
        and top.id() == edit.id()
        and top.command.merge_key == edit.command.merge_key
    ):
        edit.redo()
        top.mergeWith(edit)
        if top.isObsolete():
            stack.undo()
        return
    stack.push(edit)
