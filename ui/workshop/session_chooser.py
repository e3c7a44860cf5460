"""A dialog to choose the session's levers (drivers the room may move) and its two to four charts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from models.domain import Study
from ui.session.choices import indicator_names
from ui.workshop.controller import MAX_INDICATORS, MAX_LEVERS
from ui.i18n.text import fill

NameRole = Qt.ItemDataRole.UserRole + 1
MIN_INDICATORS = 2


class SessionChooser(QDialog):
    """Tick up to five levers and two to four charts; OK stays off until the choice fits the room's screen."""

    def __init__(self, study: Study, levers: list[str], indicators: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SessionChooser", "Levers and charts for the room"))
        drivers = [v.name for v in study.variables if v.kind == "assumption"]
        self.levers = _checklist(study, drivers, levers, self.tr("Levers"), self)
        self.indicators = _checklist(study, indicator_names(study), indicators, self.tr("Charts"), self)
        self._least_charts = min(MIN_INDICATORS, self.indicators.count())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lever_label = QLabel(fill(QCoreApplication.translate("SessionChooser", "&Levers the room may move (up to %1):"), MAX_LEVERS), self)
        lever_label.setBuddy(self.levers)
        chart_label = QLabel(fill(QCoreApplication.translate("SessionChooser", "&Charts shown (%1 to %2):"), self._least_charts, MAX_INDICATORS), self)
        chart_label.setBuddy(self.indicators)
        layout = QGridLayout(self)
        layout.addWidget(lever_label, 0, 0)
        layout.addWidget(chart_label, 0, 1)
        layout.addWidget(self.levers, 1, 0)
        layout.addWidget(self.indicators, 1, 1)
        layout.addWidget(self.status, 2, 0, 1, 2)
        layout.addWidget(self.buttons, 3, 0, 1, 2)
        self.levers.itemChanged.connect(self._check)
        self.indicators.itemChanged.connect(self._check)
        self._check()
        self.resize(620, 460)

    def chosen_levers(self) -> list[str]:
        """Return the ticked levers in study order."""
        return _ticked(self.levers)

    def chosen_indicators(self) -> list[str]:
        """Return the ticked charts in study order."""
        return _ticked(self.indicators)

    def set_ticked(self, levers: list[str], indicators: list[str]) -> None:
        """Tick exactly these levers and charts."""
        for widget, names in ((self.levers, levers), (self.indicators, indicators)):
            for row in range(widget.count()):
                item = widget.item(row)
                item.setCheckState(Qt.CheckState.Checked if item.data(NameRole) in names else Qt.CheckState.Unchecked)

    def _check(self) -> None:
        levers, charts = len(self.chosen_levers()), len(self.chosen_indicators())
        problems = []
        if not 1 <= levers <= MAX_LEVERS:
            problems.append(fill(self.tr("Tick one to %1 levers (now %2)."), MAX_LEVERS, levers))
        if not self._least_charts <= charts <= MAX_INDICATORS:
            problems.append(fill(self.tr("Tick %1 to %2 charts (now %3)."), self._least_charts, MAX_INDICATORS, charts))
        self.status.setText(" ".join(problems) or fill(self.tr("%1 levers and %2 charts; remembered for this study's next sessions."), levers, charts))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)


def _checklist(study: Study, names: list[str], ticked: list[str], title: str, parent: QWidget) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(title)
    for name in names:
        variable = study.variable(name)
        unit = f" ({variable.unit})" if variable.unit else ""
        item = QListWidgetItem(f"{variable.title}{unit}")
        item.setData(NameRole, name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked)
        item.setToolTip(variable.description or variable.equation or "")
        widget.addItem(item)
    return widget


def _ticked(widget: QListWidget) -> list[str]:
    items = (widget.item(row) for row in range(widget.count()))
    return [item.data(NameRole) for item in items if item.checkState() == Qt.CheckState.Checked]
