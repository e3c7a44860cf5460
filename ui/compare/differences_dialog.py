"""What differs: the inputs (assumptions, paths, event switches) two scenarios set differently."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.comparison import input_differences
from models.domain import Study
from ui.i18n.text import counted, fill


class DifferencesDialog(QDialog):
    """List every input two chosen scenarios set differently, with where each setting comes from."""

    def __init__(self, study: Study, first_id: str, second_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("DifferencesDialog", "What differs between two scenarios"))
        self._study = study
        self.first_box, self.second_box = QComboBox(self), QComboBox(self)
        for box, chosen in ((self.first_box, first_id), (self.second_box, second_id)):
            for scenario in study.scenarios:
                box.addItem(scenario.name, scenario.id)
            box.setCurrentIndex(box.findData(chosen))
            box.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DifferencesDialog", "&Compare:"), self.first_box)
        form.addRow(QCoreApplication.translate("DifferencesDialog", "&with:"), self.second_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        """List the differences of the two chosen scenarios."""
        first, second = self.first_box.currentData(), self.second_box.currentData()
        names = self.first_box.currentText(), self.second_box.currentText()
        self.differences = input_differences(self._study, first, second) if first and second else []
        self.table.clear()
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("DifferencesDialog", "Input"), QCoreApplication.translate("DifferencesDialog", "Unit"), names[0], names[1]])
        self.table.setRowCount(len(self.differences))
        for row, difference in enumerate(self.differences):
            label = (fill(QCoreApplication.translate("DifferencesDialog", "event %1"), difference.label)
                     if difference.kind == "event" else difference.label)
            cells = [label, difference.unit,
                     _with_source(difference.first, difference.first_from),
                     _with_source(difference.second, difference.second_from)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 2 + (QHeaderView.ResizeMode.Stretch,) * 2):
            header.setSectionResizeMode(column, mode)
        self.table.resizeRowsToContents()
        if first == second:
            self.summary.setText(QCoreApplication.translate("DifferencesDialog", "Choose two different scenarios."))
        elif not self.differences:
            self.summary.setText(fill(QCoreApplication.translate("DifferencesDialog", "“%1” and “%2” set every input the same way."), names[0], names[1]))
        else:
            count = len(self.differences)
            self.summary.setText(fill(counted(self.tr("%n input(s) differ between “%1” and “%2”.", "", count), count), names[0], names[1]))


def _with_source(setting: str, source: str) -> str:
    return f"{setting}\n({source})" if source else setting
