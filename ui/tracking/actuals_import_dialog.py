"""Before actuals from a file are stored: how many, each date's conversion, or every problem with its place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from storage.tracking.actuals_import import ActualsTable
from ui.i18n.text import counted, fill

SHOWN = 200  # lines of conversions or problems listed; the rest are counted


class ActualsImportDialog(QDialog):
    """Show what an import of actuals would add; only a table without problems can be accepted."""

    def __init__(self, name: str, table: ActualsTable, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(fill(QCoreApplication.translate("ActualsImportDialog", "Import actuals from %1"), name))
        count = len(table.rows)
        if table.problems:
            problems = len(table.problems)
            summary = fill(counted(self.tr("<b>%1 cannot be imported</b>: %n problem(s). Nothing was stored.", "", problems), problems), name)
            lines = table.problems
        else:
            converted = table.conversions()
            variables = len({r.actual.variable for r in table.rows})
            summary = fill(counted(self.tr("<b>%n observation(s)</b> of %1 variables will be added.", "", count), count), variables)
            summary += " " + (counted(self.tr("%n date(s) were converted to the study's time axis:", "", len(converted)), len(converted))
                              if converted else self.tr("Every time was already on the study's axis."))
            lines = converted
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        more = [fill(self.tr("… and %1 more"), len(lines) - SHOWN)] if len(lines) > SHOWN else []
        self.details.setPlainText("\n".join(lines[:SHOWN] + more))
        self.details.setVisible(bool(lines))
        buttons = QDialogButtonBox(self)
        if table.problems:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
            buttons.rejected.connect(self.reject)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("ActualsImportDialog", "Add them"))
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(self.accept)
            buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 320 if lines else 140)
