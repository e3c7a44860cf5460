"""The comparison table: charted indicators at the table years, each scenario against the reference."""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.comparison import horizon_table
from ui.plots.colours import scenario_hex
from ui.plots.timeline import format_time, format_value
from ui.session.study_session import StudySession
from ui.i18n.text import fill


def comparison_frame(session: StudySession, reference_id: str | None) -> pd.DataFrame:
    """Return the tidy comparison of the charted indicators and shown scenarios at the table years."""
    shown = [s.id for s in session.shown_scenarios()]
    if reference_id is not None and reference_id not in shown:
        shown.insert(0, reference_id)
    return horizon_table(session.study, session.series, session.times, session.choices.indicators,
                         session.choices.years, shown, reference_id)


def difference_text(difference: float, percent: float) -> str:
    """Return a signed difference with its percentage, e.g. "+1.25 (+3.1 %)"."""
    if math.isnan(difference):
        return "—"
    if difference == 0:
        return "same"
    sign = "+" if difference > 0 else "−"
    text = f"{sign}{format_value(abs(difference), trim=True)}"
    if math.isfinite(percent):
        text += f" ({sign}{abs(percent):.1f} %)"
    return text


class HorizonTableDialog(QDialog):
    """Show each scenario's value at each year, and how far it is from the reference."""

    def __init__(self, session: StudySession, reference_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("HorizonTableDialog", "Compare at horizons"))
        self.frame = comparison_frame(session, reference_id)
        reference = session.study.scenario(reference_id).name if reference_id else None
        years = list(session.choices.years)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        headers = [QCoreApplication.translate("HorizonTableDialog", "Indicator"), QCoreApplication.translate("HorizonTableDialog", "Scenario")]
        for year in years:
            headers += [format_time(year), fill(QCoreApplication.translate("HorizonTableDialog", "vs %1"), reference) if reference
                        else QCoreApplication.translate("HorizonTableDialog", "difference")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        groups = list(self.frame.groupby(["indicator", "scenario"], sort=False))
        self.table.setRowCount(len(groups))
        colors = {s.name: scenario_hex(s) for s in session.study.scenarios}
        bold = QFont(self.font())
        bold.setBold(True)
        for row, ((indicator, scenario), part) in enumerate(groups):
            unit = part["unit"].iloc[0]
            cells = [f"{indicator} ({unit})" if unit else indicator, scenario]
            for _, record in part.iterrows():
                cells.append(format_value(record["value"]))
                cells.append("reference" if scenario == reference else difference_text(record["difference"], record["percent"]))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 1:
                    item.setForeground(QBrush(QColor(colors.get(scenario, "#000000"))))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(fill(QCoreApplication.translate("HorizonTableDialog", "Each scenario at the table years; differences are from the reference, “%1”. Change the years under the value table."), reference) if reference else QCoreApplication.translate("HorizonTableDialog", "The study has no scenario yet."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(min(1200, 260 + 200 * len(years) * 2), 480)
