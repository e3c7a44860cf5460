"""Before actuals from a file are stored: how many, each date's conversion, or every problem with its place."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from storage.tracking.actuals_import import ActualsTable

SHOWN = 200  # lines of conversions or problems listed; the rest are counted


class ActualsImportDialog(QDialog):
    """Show what an import of actuals would add; only a table without problems can be accepted."""

    def __init__(self, name: str, table: ActualsTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Import actuals from {name}")
        count = len(table.rows)
        if table.problems:
            summary = (f"<b>{name} cannot be imported</b>: {len(table.problems)} problem"
                       f"{'' if len(table.problems) == 1 else 's'}. Nothing was stored.")
            lines = table.problems
        else:
            converted = table.conversions()
            summary = (f"<b>{count} observation{'' if count == 1 else 's'}</b> of "
                       f"{len({r.actual.variable for r in table.rows})} variables will be added. "
                       + (f"{len(converted)} dates were converted to the study's time axis:" if converted
                          else "Every time was already on the study's axis."))
            lines = converted
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        more = [f"… and {len(lines) - SHOWN} more"] if len(lines) > SHOWN else []
        self.details.setPlainText("\n".join(lines[:SHOWN] + more))
        self.details.setVisible(bool(lines))
        buttons = QDialogButtonBox(self)
        if table.problems:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Ok).setText("Add them")
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 320 if lines else 140)
