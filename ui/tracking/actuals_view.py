"""The actuals table with its buttons: add, delete, paste from a spreadsheet, import a file, export them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.timeline import as_of
from models.tracking.commands import AddActuals, RemoveActuals
from models.tracking.observations import Actual
from storage.tracking.actuals_export import write_actuals_csv
from storage.tracking.actuals_import import read_actuals_cells, read_actuals_file
from ui.tracking.actuals_import_dialog import ActualsImportDialog
from ui.tracking.actuals_model import ActualsModel
from ui.i18n.text import counted, fill

TYPED = "typed"


def cells_of(text: str) -> list[list[str]]:
    """Return clipboard text from a spreadsheet as rows of cells (tab-separated lines)."""
    return [line.split("\t") for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


class ActualsView(QWidget):
    """Type, paste or import observations; every change is one undo step."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = None
        self.model = ActualsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths: sizing to contents would measure every row (10,000 observations) on each edit.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(("social_unrest__", "2026.25__", "-12,345.678__", "the brief's figure__")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(QCoreApplication.translate("ActualsView", "Add"), self)
        self.add_button.setToolTip(QCoreApplication.translate("ActualsView", "Add an observation of the first charted indicator at the study's as-of time"))
        self.delete_button = QPushButton(QCoreApplication.translate("ActualsView", "Delete"), self)
        self.paste_button = QPushButton(QCoreApplication.translate("ActualsView", "Paste"), self)
        self.paste_button.setToolTip(QCoreApplication.translate("ActualsView", "Paste rows copied from a spreadsheet: variable, time, value[, source[, note]] (with or without a header row)"))
        self.import_button = QPushButton(QCoreApplication.translate("ActualsView", "Import…"), self)
        self.import_button.setToolTip(QCoreApplication.translate("ActualsView", "Import a CSV or XLSX file with the columns variable, time, value[, source]"))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_selected)
        self.paste_button.clicked.connect(self.paste)
        self.import_button.clicked.connect(lambda: self.import_file())
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(self.tr("Save the actuals as CSV in the shape Import reads "
                                              "(variable, time, value, source, note)"))
        self.export_button.clicked.connect(lambda: self.export_file())
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.paste_button, self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.table.itemDelegate().closeEditor.connect(self._editor_closed)

    def bind(self, session) -> None:
        """Show and edit this session's actuals."""
        self._session = session
        self.model.bind(session)
        session.tracking_changed.connect(self.model.refresh)

    def _editor_closed(self, *_args) -> None:
        self.message.setText(self.model.problem)

    def add_row(self) -> None:
        """Add an observation to edit: the first charted indicator at the as-of time, valued as projected there."""
        session = self._session
        if session is None or not session.study.variables:
            return
        name = (session.choices.indicators or [session.study.variables[0].name])[0]
        time = as_of(session.study)
        taken = {a.key for a in session.study.actuals}
        while (name, round(time, 9), TYPED) in taken and time + session.study.time.step <= session.study.time.end:
            time += session.study.time.step
        session.push(AddActuals(actuals=[Actual(name, time, 0.0, TYPED)]))
        self.table.selectRow(len(session.study.actuals) - 1)
        self.table.edit(self.model.index(len(session.study.actuals) - 1, 2))

    def delete_selected(self) -> None:
        """Delete the selected observations (one undo step)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if self._session is not None and rows:
            self._session.push(RemoveActuals(positions=rows))

    def paste(self, text: str | None = None) -> bool:
        """Add the rows on the clipboard (or `text`); return whether anything was added."""
        if self._session is None:
            return False
        text = QGuiApplication.clipboard().text() if text is None else text
        table = read_actuals_cells(cells_of(text), self._session.study,
                                   decimal_comma=QLocale().decimalPoint() == ",", default_source=TYPED)
        if table.problems:
            listed = "; ".join(table.problems[:5])
            if len(table.problems) > 5:
                listed = fill(QCoreApplication.translate("ActualsView", "%1 (and %2 more)"), listed, len(table.problems) - 5)
            self.message.setText(fill(QCoreApplication.translate("ActualsView", "Nothing was pasted: %1"), listed))
            return False
        converted = table.conversions()
        self._session.push(AddActuals(actuals=table.actuals()))
        count = len(table.rows)
        if converted:
            self.message.setText(fill(counted(self.tr("Pasted %n observation(s); dates converted: %1.", "", count),
                                              count), ", ".join(converted)))
        else:
            self.message.setText(counted(self.tr("Pasted %n observation(s).", "", count), count))
        return True

    def export_file(self, path: Path | None = None) -> bool:
        """Save the study's actuals as CSV; return whether a file was written."""
        if self._session is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export actuals"), "actuals.csv", "CSV (*.csv)")
            if not chosen:
                return False
            path = Path(chosen)
        try:
            write_actuals_csv(self._session.study, path)
        except OSError as error:
            self.message.setText(self.tr("%1 could not be written: %2").replace("%1", path.name)
                                 .replace("%2", error.strerror or str(error)))
            return False
        self.message.setText(self.tr("Saved %1 observations to %2.").replace("%1", str(len(self._session.study.actuals)))
                             .replace("%2", path.name))
        return True

    def import_file(self, path: Path | None = None) -> bool:
        """Preview a CSV/XLSX file of actuals and add them if the user agrees; return whether they were added."""
        if self._session is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("ActualsView", "Import actuals"), "", QCoreApplication.translate("ActualsView", "Tables (*.csv *.xlsx);;All files (*)"))
            if not chosen:
                return False
            path = Path(chosen)
        table = read_actuals_file(path, self._session.study)
        dialog = ActualsImportDialog(path.name, table, self)
        if not dialog.exec() or table.problems:
            return False
        self._session.push(AddActuals(actuals=table.actuals()))
        self.message.setText(fill(counted(self.tr("Imported %n observation(s) from %1.", "", len(table.rows)), len(table.rows)), path.name))
        return True
