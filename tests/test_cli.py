"""The command line: the same engine and library as the GUI, plain messages, no tracebacks."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"


def run_main(*argv: str) -> int:
    """Run the command line in-process and return its exit code."""
    return main.main(list(argv))


def test_run_prints_tidy_csv_for_every_scenario(capsys):
    assert run_main("run", str(SAMPLE)) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    study = json.loads(SAMPLE.read_text(encoding="utf-8"))
    assert list(rows[0]) == ["scenario", "variable", "time", "value"]
    assert {r["scenario"] for r in rows} == {s["name"] for s in study["scenarios"]}
    axis = study["study"]["time"]
    assert len(rows) == len(study["scenarios"]) * len(study["study"]["variables"]) * (round((axis["end"] - axis["start"]) / axis["step"]) + 1)


def test_run_with_samples_prints_percentiles_reproducibly(capsys):
    args = ("run", str(SAMPLE), "--scenario", "Tentative pivot", "--samples", "200", "--seed", "4")
    assert run_main(*args) == 0
    first = capsys.readouterr().out
    assert run_main(*args) == 0
    assert capsys.readouterr().out == first
    header = first.splitlines()[0]
    assert header == "scenario,variable,time,mean,p5,p25,p50,p75,p95"


def test_unknown_scenario_is_named_with_the_choices(capsys):
    assert run_main("run", str(SAMPLE), "--scenario", "Nope") == 1
    err = capsys.readouterr().err
    assert "unknown scenario 'Nope'" in err and '"Tentative pivot"' in err


REFUSED = {
    "not-json.json": ("{nope", "not valid JSON"),
    "other-format.json": ('{"format": "spreadsheet", "version": 1, "study": {}, "scenarios": []}', "format"),
    "newer.json": ('{"format": "prospectiva-study", "version": 9, "study": {}, "scenarios": []}', "newer Prospectiva"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_check_refuses_bad_files_with_a_message_and_no_traceback(tmp_path, name):
    text, expected = REFUSED[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "check", str(path)], capture_output=True, text=True)
    assert done.returncode == 1
    assert expected in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_check_names_the_place_of_a_bad_reference(tmp_path, capsys):
    study = json.loads(SAMPLE.read_text(encoding="utf-8"))
    study["scenarios"][1]["assumptions"]["no_such_driver"] = 1
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(study), encoding="utf-8")
    assert run_main("check", str(path)) == 1
    assert "scenarios[1].assumptions.no_such_driver" in capsys.readouterr().err


def test_check_accepts_the_sample(capsys):
    assert run_main("check", str(SAMPLE)) == 0
    assert "ok" in capsys.readouterr().out


def test_check_prints_unit_warnings_with_their_place_and_still_succeeds(tmp_path, capsys):
    from models.domain import Scenario, Study, TimeAxis, Variable
    from storage.interchange import write_study_file

    study = Study("Units", TimeAxis(2025, 2030, 1), variables=[
        Variable("revenue", "assumption", unit="USD M/yr", value=1),
        Variable("output", "assumption", unit="t/yr", value=2),
        Variable("total", "auxiliary", unit="USD M/yr", equation="revenue + output"),  # money plus tonnes
    ], scenarios=[Scenario("Base")])
    path = tmp_path / "mixed.json"
    write_study_file(study, path)
    assert run_main("check", str(path)) == 0
    out = capsys.readouterr()
    assert "1 unit warning" in out.out and "warnings" not in out.out
    assert "total.equation: adds t/yr to USD M/yr" in out.err


def test_import_list_export_round_trip(tmp_path, capsys):
    db = str(tmp_path / "library.sqlite3")
    assert run_main("--db", db, "import", str(SAMPLE)) == 0
    assert run_main("--db", db, "import", str(SAMPLE)) == 0
    assert "Nothing changed" in capsys.readouterr().out
    assert run_main("--db", db, "list") == 0
    assert "Bolivia: the Paz Pivot" in capsys.readouterr().out
    out = tmp_path / "copy.json"
    assert run_main("--db", db, "export", "bolivia: the paz pivot", "--out", str(out)) == 0
    assert run_main("check", str(out)) == 0
    csv_out = tmp_path / "projection.csv"
    assert run_main("--db", db, "export", "Bolivia: the Paz Pivot", "--out", str(csv_out), "--scenario", "Reform dividend") == 0
    scenarios = {row["scenario"] for row in csv.DictReader(csv_out.open(encoding="utf-8"))}
    assert scenarios == {"Reform dividend"}


def test_export_neutralises_formula_like_names(tmp_path):
    study = json.loads(SAMPLE.read_text(encoding="utf-8"))
    study["scenarios"] = [dict(study["scenarios"][0], name="=HYPERLINK(\"http://x\")")]
    study["study"].pop("signposts")  # they point to the scenarios left out
    source = tmp_path / "formula.json"
    source.write_text(json.dumps(study), encoding="utf-8")
    db = str(tmp_path / "library.sqlite3")
    assert run_main("--db", db, "import", str(source)) == 0
    out = tmp_path / "p.csv"
    assert run_main("--db", db, "export", study["study"]["title"], "--out", str(out)) == 0
    first = next(csv.DictReader(out.open(encoding="utf-8")))
    assert first["scenario"].startswith("'=")


def test_a_file_that_is_not_a_library_is_refused_and_untouched(tmp_path, capsys):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"my notes, not a database")
    assert run_main("--db", str(path), "list") == 2
    assert "not a Prospectiva library" in capsys.readouterr().err
    assert path.read_bytes() == b"my notes, not a database"


def test_export_xlsx_writes_a_sheet_per_scenario_a_comparison_and_the_inputs(tmp_path):
    import pandas as pd

    db = str(tmp_path / "library.sqlite3")
    assert run_main("--db", db, "import", str(SAMPLE)) == 0
    out = tmp_path / "study.xlsx"
    assert run_main("--db", db, "export", "Bolivia: the Paz Pivot", "--out", str(out), "--reference", "Reform dividend") == 0
    sheets = pd.read_excel(out, sheet_name=None, engine="openpyxl")
    assert {"Tentative pivot", "Comparison", "Inputs"} <= set(sheets)
    comparison = sheets["Comparison"]
    assert set(comparison["reference"]) == {"Reform dividend"}
    # The years the sample study stores for its table (the ends of its two horizons), as the window shows.
    stored = json.loads(SAMPLE.read_text(encoding="utf-8"))["study"]["table_times"]
    assert sorted(set(comparison["year"])) == sorted(stored)
    own = comparison[comparison["scenario"] == "Reform dividend"]
    assert (own["difference"] == 0).all()


def test_a_copy_imported_on_the_command_line_is_named_from_its_file_as_in_the_window(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite")
    assert run_main("--db", db, "import", str(SAMPLE)) == 0
    edited = json.loads(SAMPLE.read_text(encoding="utf-8"))
    scenario = edited["scenarios"][0]
    scenario.setdefault("assumptions", {})
    first_assumption = next(v["name"] for v in edited["study"]["variables"] if v["kind"] == "assumption")
    scenario["assumptions"][first_assumption] = next(
        v for v in edited["study"]["variables"] if v["name"] == first_assumption)["min"]
    path = tmp_path / "colleague.json"
    path.write_text(json.dumps(edited), encoding="utf-8")
    capsys.readouterr()
    assert run_main("--db", db, "import", str(path)) == 0
    out = capsys.readouterr().out
    assert f'"{scenario["name"]} (from colleague.json)"' in out
    assert "(imported)" not in out


@pytest.mark.parametrize("suffix", ["pdf", "csv", "xlsx", "json", "html"])
def test_an_export_into_a_folder_that_does_not_exist_fails_with_its_name_and_writes_nothing(tmp_path, capsys, suffix):
    db = str(tmp_path / "library.sqlite3")
    assert run_main("--db", db, "import", str(SAMPLE)) == 0
    capsys.readouterr()
    out = tmp_path / "missing-folder" / f"x.{suffix}"
    assert run_main("--db", db, "export", "Bolivia: the Paz Pivot", "--out", str(out)) != 0
    said = capsys.readouterr()
    assert "wrote" not in said.out and "missing-folder" in said.err and "Traceback" not in said.err
    assert not out.exists() and not out.parent.exists()
