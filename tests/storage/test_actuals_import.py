"""Actuals come in from CSV, XLSX and pasted cells in the tidy shape; dates convert and problems name their place."""

from __future__ import annotations

import datetime as dt

import pytest

from models.domain import Study, TimeAxis, Variable
from models.tracking.observations import Actual
from storage.tracking.actuals_import import (
    NumberTextError,
    parse_number,
    read_actuals_cells,
    read_actuals_file,
)


@pytest.fixture
def study() -> Study:
    return Study("s", TimeAxis(2025.0, 2035.0, 0.25), variables=[
        Variable("gdp_growth", "auxiliary", label="GDP growth", unit="%/yr", equation="1"),
        Variable("us_aid", "assumption", unit="USD M/yr", value=100.0),
    ])


def test_a_csv_in_the_tidy_shape_reads_with_dates_and_quarters_converted(tmp_path, study):
    path = tmp_path / "actuals.csv"
    path.write_text("variable,time,value,source\n"
                    "gdp_growth,2026-03,-1.5,INE\n"
                    "us_aid,Q2 2026,50,USAID\n"
                    "GDP growth,2027.5,2.25,\n", encoding="utf-8")
    table = read_actuals_file(path, study)
    assert table.problems == []
    assert table.actuals() == [Actual("gdp_growth", 2026 + 2 / 12, -1.5, "INE"), Actual("us_aid", 2026.25, 50.0, "USAID"),
                               Actual("gdp_growth", 2027.5, 2.25, "")]
    assert table.conversions() == ["row 2: 2026-03 → 2026.17", "row 3: Q2 2026 → 2026.25"]


def test_a_semicolon_csv_from_a_european_spreadsheet_reads_decimal_commas(tmp_path, study):
    path = tmp_path / "actuals.csv"
    path.write_bytes("\ufeffvariable;time;value\ngdp_growth;2026;-1,5\nus_aid;2026;1.234,5\n".encode("utf-8"))
    assert read_actuals_file(path, study).actuals() == [Actual("gdp_growth", 2026.0, -1.5), Actual("us_aid", 2026.0, 1234.5)]


def test_an_xlsx_with_date_cells_reads_like_typed_dates(tmp_path, study):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["variable", "time", "value", "source"])
    sheet.append(["us_aid", dt.datetime(2026, 4, 1), 0.1, "sheet"])
    sheet.append(["gdp_growth", 2030, -3.8, "sheet"])
    book.save(tmp_path / "actuals.xlsx")
    table = read_actuals_file(tmp_path / "actuals.xlsx", study)
    assert table.problems == []
    assert table.actuals() == [Actual("us_aid", 2026.25, 0.1, "sheet"), Actual("gdp_growth", 2030.0, -3.8, "sheet")]


@pytest.mark.parametrize("row, problem", [
    ("gdp_grwth,2026,1", "row 2, variable: unknown variable 'gdp_grwth'"),
    ("gdp_growth,2036,1", "row 2, time: 2036 is outside the time axis (2025–2035)"),
    ("gdp_growth,Q1 2036,1", "row 2, time: 2036 (from 'Q1 2036') is outside the time axis (2025–2035)"),
    ("gdp_growth,soon,1", "row 2, time: 'soon' is not a time"),
    ("gdp_growth,2026,lots", "row 2, value: 'lots' is not a number"),
    ('gdp_growth,2026,"1,5"', "row 2, value: '1,5' is not a number (a decimal comma? this table uses a decimal point)"),
])
def test_a_bad_row_is_refused_with_its_place(tmp_path, study, row, problem):
    path = tmp_path / "bad.csv"
    path.write_text(f"variable,time,value\n{row}\n", encoding="utf-8")
    table = read_actuals_file(path, study)
    assert any(p.startswith(problem) for p in table.problems), table.problems


def test_a_unit_that_does_not_match_the_variable_is_refused_with_the_place(study):
    table = read_actuals_cells([["variable", "time", "value", "unit"], ["gdp_growth", "2026", "1", "%/yr"],
                                ["us_aid", "2026", "50", "USD bn"]], study)
    assert table.problems == ["row 3, unit: 'USD bn', but us_aid is in 'USD M/yr'"]


def test_unknown_columns_and_missing_ones_are_named(study):
    assert read_actuals_cells([["scenario", "variable", "time"]], study).problems == [
        "column 1 'scenario': not a column of actuals (use variable, time, value, source, note, unit)",
        "(header): the column 'value' is missing"]


def test_the_same_figure_twice_in_one_table_is_refused(study):
    table = read_actuals_cells([["variable", "time", "value"], ["us_aid", "2026", "1"], ["us_aid", "2026.0", "2"]], study)
    assert table.problems == ["row 3: the same variable, time and source as row 2"]


def test_pasted_cells_without_a_header_read_in_the_locale_decimal_comma(study):
    table = read_actuals_cells([["gdp_growth", "Q3 2026", "2,5", "INE"]], study, decimal_comma=True, default_source="typed")
    assert table.actuals() == [Actual("gdp_growth", 2026.5, 2.5, "INE")]
    table = read_actuals_cells([["gdp_growth", "2026", "−0,5"]], study, decimal_comma=True, default_source="typed")
    assert table.actuals() == [Actual("gdp_growth", 2026.0, -0.5, "typed")]


def test_numbers_in_both_notations():
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("1.234,5", decimal_comma=True) == 1234.5
    assert parse_number("2.5", decimal_comma=True) == 2.5
    assert parse_number("−3.8") == -3.8
    with pytest.raises(NumberTextError):
        parse_number("nan")


def test_the_workbook_carries_the_actuals_in_the_shape_they_are_imported_in(tmp_path):
    import pandas as pd

    from models.engine.compiled import compile_study
    from storage.interchange import read_study_file
    from storage.workbook import write_study_workbook
    from tests.test_cli import SAMPLE

    study = read_study_file(SAMPLE)
    ids = [s.id for s in study.scenarios]
    path = tmp_path / "book.xlsx"
    write_study_workbook(study, compile_study(study).run(study), path, ids, ids[0], ["social_unrest"], [2030.0])
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets["Actuals"].columns) == ["variable", "time", "value", "source", "note"]
    assert len(sheets["Actuals"]) == 3
    tracking = sheets["Tracking"]
    assert list(tracking[tracking["what"] == "scenario"]["name"])[-1] == "Great-power contest"
    # The sheet reads back as the same actuals: the round trip a colleague would make.
    frame = sheets["Actuals"].fillna("")
    cells = [list(frame.columns)] + [[repr(c) if isinstance(c, float) else str(c) for c in row] for row in frame.values.tolist()]
    assert read_actuals_cells(cells, study).actuals() == study.actuals


def test_the_workbook_states_a_band_signpost_from_its_own_run(tmp_path):
    from models.engine.compiled import compile_study
    from models.tracking.observations import Actual, Condition, Signpost
    from storage.interchange import read_study_file
    from storage.tracking.tables import tracking_sheets
    from tests.test_cli import SAMPLE

    study = read_study_file(SAMPLE)
    pivot = study.scenarios[0]
    # Social unrest is an index of 0–100: 1000 lies outside any band.
    study.actuals.append(Actual("social_unrest", 2026.0, 1000.0, "poll"))
    study.signposts = [Signpost("Unrest leaves the pivot's band", "social_unrest", Condition("outside_band", scenario=pivot.id))]
    ids = [s.id for s in study.scenarios]
    tracking = tracking_sheets(study, compile_study(study).run(study), ids)["Tracking"]
    state = tracking[tracking["what"] == "signpost"]["state"].iloc[0]
    assert state == "triggered at 2026 (1000 from poll, above the band)"
