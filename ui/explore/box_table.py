"""The chosen box, assumption by assumption: its range against the slider's, and how likely it is by chance alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models.domain import Study
from models.explore.ensemble import Ensemble
from models.explore.prim import Box, Trajectory, significance
from models.formatting import format_value, localise
from ui.i18n.text import QT_TRANSLATE_NOOP, fill, people_number

COLUMNS = (QT_TRANSLATE_NOOP("BoxTable", "Assumption"), QT_TRANSLATE_NOOP("BoxTable", "Unit"), QT_TRANSLATE_NOOP("BoxTable", "In the box"), QT_TRANSLATE_NOOP("BoxTable", "Slider range"), QT_TRANSLATE_NOOP("BoxTable", "Share of range"), QT_TRANSLATE_NOOP("BoxTable", "By chance alone"))
TIPS = (
    QT_TRANSLATE_NOOP("BoxTable", "The assumption the box narrows"),
    QT_TRANSLATE_NOOP("BoxTable", "Its unit"),
    QT_TRANSLATE_NOOP("BoxTable", "The values the box keeps"),
    QT_TRANSLATE_NOOP("BoxTable", "The values the ensemble drew it from (its slider's range)"),
    QT_TRANSLATE_NOOP("BoxTable", "How much of the slider's range the box keeps"),
    (QT_TRANSLATE_NOOP("BoxTable", "How likely the box would be this dense if this restriction were lifted and it helped only by luck (a quasi-p-value: small means the restriction matters)")),
)


def chance_text(p: float) -> str:
    """Return a quasi-p-value as people read it."""
    return localise("< 0.001") if p < 0.001 else people_number(p, ".2g")


class BoxTable(QTableWidget):
    """List each assumption a box narrows, with its range, the slider's range and its significance."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([QCoreApplication.translate("BoxTable", title) for title in COLUMNS])
        for column, tip in enumerate(TIPS):
            title = self.horizontalHeaderItem(column)
            if title is not None:
                title.setToolTip(QCoreApplication.translate("BoxTable", tip))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(QCoreApplication.translate("BoxTable", "Assumptions the box narrows"))
        self.names: list[str] = []  # the variable of each row

    def show_box(self, study: Study, box: Box | None, ensemble: Ensemble | None, trajectory: Trajectory | None) -> None:
        """Fill the table from a box of this trajectory (None: empty it)."""
        self.setRowCount(0)
        self.names = []
        if box is None or ensemble is None or trajectory is None:
            return
        limits = box.restricted(trajectory.bounds)
        chance = significance(box, ensemble.columns(), ensemble.interesting, trajectory.bounds)
        # The most telling restriction first: the one least likely to help by luck.
        order = sorted(limits, key=lambda name: (chance[name], name))
        self.setRowCount(len(order))
        for row, name in enumerate(order):
            variable = study.variable(name)
            low, high = limits[name]
            whole_low, whole_high = trajectory.bounds[name]
            share = (high - low) / (whole_high - whole_low) if whole_high > whole_low else 1.0
            span = QCoreApplication.translate("BoxTable", "%1 to %2")
            cells = (variable.title, variable.unit, fill(span, format_value(low, trim=True), format_value(high, trim=True)),
                     fill(span, format_value(whole_low, trim=True), format_value(whole_high, trim=True)),
                     people_number(share, ".0%"), chance_text(chance[name]))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
            self.names.append(name)
