"""Numbers and times read the same in the table, the axes, the workbook and the brief."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from models.engine.compiled import compile_study
from storage.workbook import scenario_sheet
from ui.compare.report import brief_html
from ui.plots.value_ticks import ValueTicks
from ui.qtmodels.indicator_table_model import IndicatorTableModel

M = "\u2212"


def test_the_value_table_gives_an_indicator_one_number_of_decimals_and_dates_for_years(qtbot):
    model = IndicatorTableModel()
    frame = pd.DataFrame(
        [["Debt (USD bn)", "Base", 7988.0, 21112.0], ["Debt (USD bn)", "Other", 10.5, 20.0],
         ["Growth (%/yr)", "Base", -0.3496, -1.479], ["Growth (%/yr)", "Other", 0.25, 2.0]],
        columns=["Indicator", "Scenario", 2026.75, 2031.0],
    )
    model.set_frame(frame, ["#000000", "#111111", "#000000", "#111111"])
    texts = [[model.data(model.index(r, c)) for c in (2, 3)] for r in range(4)]
    assert texts == [["7,988", "21,112"], ["10", "20"], [f"{M}0.350", f"{M}1.479"], ["0.250", "2.000"]]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (2, 3)]
    assert headers == ["Q4 2026", "2031"]


def test_axis_ticks_use_the_true_minus_sign():
    axis = ValueTicks("left")
    assert axis.tickStrings([-2.0, 0.0, 2.0], 1.0, 2.0) == [f"{M}2", "0", "2"]


def test_the_workbook_names_each_time_as_a_date_beside_the_number(study):
    projection = compile_study(study).run(study)
    sheet = scenario_sheet(study, projection, study.scenarios[0].id)
    rows = dict(zip(sheet["time"], sheet["date"]))
    assert rows[2025.0] == "2025" and rows[2025.5] == "Q3 2025" and rows[2026.75] == "Q4 2026"


def test_the_brief_heads_its_tables_with_dates_and_gives_a_row_one_number_of_decimals(qtbot, study):
    projection = compile_study(study).run(study)
    base, _, other = study.scenarios
    html, _ = brief_html(study, projection, [base.id, other.id], base.id, ["revenue", "growth"], [2026.75, 2030.0])
    assert "<th align='left' style='background:#e6e6e6'>Q4 2026</th>" in html
    assert "2026.75" not in html
    # Revenue at the two years is price * 2 * (1 + (t - 2025) / 10) for price 40: 94 and 120.
    assert "<td align='right'>94.0</td><td align='right'>120.0</td>" in html
