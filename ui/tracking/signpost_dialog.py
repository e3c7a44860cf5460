"""Add or edit a signpost: its name, the condition on a variable, the scenarios it points to, owner and note."""

from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from models.domain import Study
from models.tracking.observations import CONDITION_KINDS, Condition, Signpost


class SignpostDialog(QDialog):
    """Edit one signpost; `signpost()` returns it as entered."""

    def __init__(self, study: Study, signpost: Signpost | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SignpostDialog", "Signpost"))
        self._original = copy.deepcopy(signpost) if signpost is not None else None
        self.name = QLineEdit(signpost.name if signpost else "", self)
        self.variable = QComboBox(self)
        for variable in study.variables:
            self.variable.addItem(f"{variable.title} ({variable.name})", variable.name)
        if signpost is not None:
            self.variable.setCurrentIndex(max(self.variable.findData(signpost.variable), 0))
        self.kind = QComboBox(self)
        labels = {"above": self.tr("above a threshold"), "below": self.tr("below a threshold"),
                  "rising": self.tr("rising for periods in a row"), "falling": self.tr("falling for periods in a row"),
                  "outside_band": self.tr("outside a scenario's 90 % band")}
        for kind in CONDITION_KINDS:
            self.kind.addItem(labels.get(kind, kind), kind)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(-1e12, 1e12)
        self.threshold.setDecimals(3)
        self.periods = QSpinBox(self)
        self.periods.setRange(1, 1000)
        self.band = QComboBox(self)  # whose 90 % band an "outside_band" signpost watches
        for scenario in study.scenarios:
            self.band.addItem(scenario.name, scenario.id)
        self.band.setToolTip(self.tr("Triggers when an observation falls outside this scenario's 90 % Monte Carlo "
                                     "band (below its 5th or above its 95th percentile); needs uncertainty on"))
        if signpost is not None:
            self.kind.setCurrentIndex(self.kind.findData(signpost.condition.kind))
            self.threshold.setValue(signpost.condition.value or 0.0)
            self.periods.setValue(signpost.condition.periods or 1)
            self.band.setCurrentIndex(max(self.band.findData(signpost.condition.scenario), 0))
        self.points_to = QListWidget(self)
        for scenario in study.scenarios:
            item = QListWidgetItem(scenario.name, self.points_to)
            item.setData(Qt.ItemDataRole.UserRole, scenario.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            pointed = signpost is not None and scenario.id in signpost.points_to
            item.setCheckState(Qt.CheckState.Checked if pointed else Qt.CheckState.Unchecked)
        self.points_to.setMaximumHeight(110)
        self.owner = QLineEdit(signpost.owner if signpost else "", self)
        self.note = QLineEdit(signpost.note if signpost else "", self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._check)
        self.kind.currentIndexChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("SignpostDialog", "&Name:"), self.name)
        form.addRow(QCoreApplication.translate("SignpostDialog", "&Variable:"), self.variable)
        form.addRow(QCoreApplication.translate("SignpostDialog", "&Condition:"), self.kind)
        form.addRow(QCoreApplication.translate("SignpostDialog", "&Threshold:"), self.threshold)
        form.addRow(QCoreApplication.translate("SignpostDialog", "For &periods in a row:"), self.periods)
        form.addRow(QCoreApplication.translate("SignpostDialog", "&Band of:"), self.band)
        form.addRow(QCoreApplication.translate("SignpostDialog", "Points &to:"), self.points_to)
        form.addRow(QCoreApplication.translate("SignpostDialog", "&Owner:"), self.owner)
        form.addRow(QCoreApplication.translate("SignpostDialog", "N&ote:"), self.note)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        kind = self.kind.currentData()
        self.threshold.setEnabled(kind in ("above", "below"))
        self.periods.setEnabled(kind in ("rising", "falling"))
        self.band.setEnabled(kind == "outside_band")
        ready = bool(self.name.text().strip()) and (kind != "outside_band" or self.band.count() > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def signpost(self) -> Signpost:
        """Return the signpost as entered (keeping the edited one's id)."""
        kind = self.kind.currentData()
        if kind in ("above", "below"):
            condition = Condition(kind, self.threshold.value(), None)
        elif kind == "outside_band":
            condition = Condition(kind, scenario=self.band.currentData())
        else:
            condition = Condition(kind, None, self.periods.value())
        points = [self.points_to.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.points_to.count())
                  if self.points_to.item(k).checkState() == Qt.CheckState.Checked]
        made = Signpost(self.name.text().strip(), self.variable.currentData(), condition, points,
                        self.owner.text().strip(), self.note.text().strip())
        if self._original is not None:
            made.id = self._original.id
        return made
