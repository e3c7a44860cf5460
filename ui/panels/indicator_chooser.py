"""A dialog to choose which indicators get a chart, grouped as in the study."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.domain import Study
from ui.session.choices import indicator_names

NameRole = Qt.ItemDataRole.UserRole + 1


class IndicatorChooser(QDialog):
    """Tick the indicators to chart; the study's order is kept."""

    def __init__(self, study: Study, chosen: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("IndicatorChooser", "Indicators to chart"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("IndicatorChooser", "Indicators"))
        group = None
        for name in indicator_names(study):
            variable = study.variable(name)
            if variable.group != group:
                group = variable.group
                header = QListWidgetItem(group or QCoreApplication.translate("IndicatorChooser", "Other"))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
            unit = f" ({variable.unit})" if variable.unit else ""
            item = QListWidgetItem(f"{variable.title}{unit}")
            item.setData(NameRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(variable.description or variable.equation)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        none = QPushButton(QCoreApplication.translate("IndicatorChooser", "Clear all"), self)
        none.clicked.connect(lambda: self._tick_all(False))
        buttons.addButton(none, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("IndicatorChooser", "Each ticked indicator gets a chart (Space ticks the highlighted one)."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def chosen(self) -> list[str]:
        """Return the ticked indicators in study order."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [item.data(NameRole) for item in items if item.data(NameRole) and item.checkState() == Qt.CheckState.Checked]

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            if self.list.item(row).data(NameRole):
                self.list.item(row).setCheckState(state)
