"""Exports carry the Monte Carlo spread when asked: percentile columns beside each value, in CSV and XLSX."""

import csv
from pathlib import Path

import openpyxl

import main

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bolivia-paz-pivot.json"
TITLE = "Bolivia: the Paz Pivot"


def _library(tmp_path) -> str:
    db = str(tmp_path / "library.sqlite3")
    assert main.main(["--db", db, "import", str(SAMPLE)]) == 0
    return db


def test_csv_export_with_samples_has_percentile_columns_around_the_values(tmp_path):
    db = _library(tmp_path)
    out = tmp_path / "spread.csv"
    assert main.main(["--db", db, "export", TITLE, "--out", str(out), "--scenario", "Tentative pivot", "--samples", "300"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == ["scenario", "variable", "time", "value", "mean", "p5", "p25", "p50", "p75", "p95"]
    growth = [r for r in rows if r["variable"] == "gdp_growth"]
    assert all(float(r["p5"]) <= float(r["p50"]) <= float(r["p95"]) for r in growth)
    assert any(float(r["p95"]) - float(r["p5"]) > 0.1 for r in growth)  # a real spread, not a copy of the value


def test_xlsx_export_with_samples_has_the_same_columns_per_scenario_sheet(tmp_path):
    db = _library(tmp_path)
    out = tmp_path / "spread.xlsx"
    assert main.main(["--db", db, "export", TITLE, "--out", str(out), "--samples", "200", "--seed", "3"]) == 0
    book = openpyxl.load_workbook(out)
    header = [cell.value for cell in next(book.worksheets[0].iter_rows(max_row=1))]
    assert header == ["variable", "time", "value", "mean", "p5", "p25", "p50", "p75", "p95"]
    assert len(book.worksheets) == 5
