"""CSV and XLSX exports keep hostile text as text: no record starts with a formula, no cell becomes one."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

import main
from storage.tables import projection_csv, write_projection_xlsx

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "bolivia-paz-pivot.json"
CR_FORMULA = "Q3 plan\r=cmd|' /C calc'!A0"


def records(text: str) -> list[list[str]]:
    """Read CSV as a spreadsheet does: quoted fields may hold line breaks; a bare CR or LF ends a record."""
    return list(csv.reader(io.StringIO(text, newline="")))


def tidy(*names: str) -> pd.DataFrame:
    return pd.DataFrame({"scenario": list(names), "variable": ["gdp"] * len(names),
                         "time": [2025.0] * len(names), "value": [1.5] * len(names)})


def test_a_carriage_return_cannot_start_a_record_with_a_formula():
    rows = records(projection_csv(tidy(CR_FORMULA, "Plain")))
    assert [r[0] for r in rows] == ["scenario", CR_FORMULA, "Plain"]
    assert not [r for r in rows if r[0].startswith(("=", "+", "-", "@"))]


@pytest.mark.parametrize("name", ['a, b', 'say "hi"', "two\nlines", "cr\ronly", "crlf\r\nend", "=1+1", "\r=1+1", "\n@SUM(A1)"])
def test_every_name_comes_back_from_the_csv_as_one_field(name):
    [header, row] = records(projection_csv(tidy(name)))
    expected = "'" + name if name.startswith(("=", "\r", "\n")) else name
    assert header == ["scenario", "variable", "time", "value"] and row == [expected, "gdp", "2025", "1.5"]


def test_numbers_stay_unquoted_and_exact():
    frame = tidy("A")
    frame["value"] = [1 / 3]
    text = projection_csv(frame)
    assert text == "scenario,variable,time,value\nA,gdp,2025,0.3333333333\n"


def test_the_workbook_keeps_formula_like_text_as_text_without_an_apostrophe(tmp_path):
    frame = tidy("=HYPERLINK(\"http://x\")", "+1", "plain")
    write_projection_xlsx({"Sheet": frame}, tmp_path / "p.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "p.xlsx")["Sheet"]
    cells = {c.value: c for c in sheet["A"][1:]}
    assert set(cells) == {"=HYPERLINK(\"http://x\")", "+1", "plain"}
    assert all(c.data_type == "s" for c in cells.values())
    assert cells["+1"].quotePrefix and cells["=HYPERLINK(\"http://x\")"].quotePrefix and not cells["plain"].quotePrefix


def test_control_characters_in_names_do_not_break_the_workbook(tmp_path):
    name = "Esc\x1b[31m and nul\x00"
    write_projection_xlsx({name: tidy(name)}, tmp_path / "p.xlsx")
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    [sheet] = book
    assert "\x1b" not in sheet.title and sheet["A2"].value == "Esc\\x1b[31m and nul\\x00"


def test_run_and_export_write_the_carriage_return_name_safely(tmp_path):
    study = json.loads(SAMPLE.read_text(encoding="utf-8"))
    study["scenarios"] = [dict(study["scenarios"][0], name=CR_FORMULA)]
    study["study"].pop("signposts", None)  # they point to the scenarios left out
    source = tmp_path / "cr.json"
    source.write_text(json.dumps(study), encoding="utf-8")
    out = tmp_path / "run.csv"
    assert main.main(["run", str(source), "--out", str(out)]) == 0
    db = str(tmp_path / "library.sqlite3")
    assert main.main(["--db", db, "import", str(source)]) == 0
    exported = tmp_path / "export.csv"
    assert main.main(["--db", db, "export", study["study"]["title"], "--out", str(exported)]) == 0
    for path in (out, exported):
        rows = records(path.read_bytes().decode("utf-8"))
        assert {r[0] for r in rows[1:]} == {CR_FORMULA}


def test_sheets_whose_names_differ_only_in_case_or_collide_all_survive(tmp_path):
    write_projection_xlsx([("Comparison", tidy("a")), ("comparison", tidy("b")), ("Comparison", tidy("c"))], tmp_path / "p.xlsx")
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    assert book.sheetnames == ["Comparison", "comparison (2)", "Comparison (3)"]
    assert [sheet["A2"].value for sheet in book] == ["a", "b", "c"]
