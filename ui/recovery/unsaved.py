"""Before a study's session goes (another study, or the window closing), save it or ask to lose its changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget
from ui.i18n.text import fill


def may_leave(parent: QWidget, session: Any, going: str) -> bool:
    """Save the session now; if that fails, ask whether to `going` ("Close anyway") and lose the unsaved changes."""
    session.close()
    if not session.autosave.dirty:
        return True
    answer = QMessageBox.warning(
        parent, "Prospectiva",
        fill(QCoreApplication.translate("Unsaved", "Your last changes to “%1” could not be saved: %2\n\n%3 and lose them?"), session.study.title, session.autosave.last_error, going),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
