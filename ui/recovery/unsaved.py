"""Before a study's session goes (another study, or the window closing), save it or ask to lose its changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget


def may_leave(parent: QWidget, session: Any, going: str) -> bool:
    """Save the session now; if that fails, ask whether to `going` ("Close anyway") and lose the unsaved changes."""
    session.close()
    if not session.autosave.dirty:
        return True
    answer = QMessageBox.warning(
        parent, "Prospectiva",
        f"Your last changes to “{session.study.title}” could not be saved: {session.autosave.last_error}\n\n"
        f"{going} and lose them?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
