"""Names and titles from files reach the terminal with their control characters escaped."""

from __future__ import annotations

import json
from pathlib import Path

import main

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bolivia-paz-pivot.json"
TITLE = "Evil\x1b[31m title\x00 \rover\u202eturned"
SCENARIO = "Red\x1b[2J scenario\nsecond line"
SHOWN_TITLE = "Evil\\x1b[31m title\\x00 \\x0dover\\u202eturned"
SHOWN_SCENARIO = "Red\\x1b[2J scenario\\x0asecond line"


def hostile_file(tmp_path: Path) -> Path:
    study = json.loads(SAMPLE.read_text(encoding="utf-8"))
    study["study"]["title"] = TITLE
    study["scenarios"][0]["name"] = SCENARIO
    for scenario in study["scenarios"]:
        if scenario.get("parent") == json.loads(SAMPLE.read_text(encoding="utf-8"))["scenarios"][0]["name"]:
            scenario["parent"] = SCENARIO
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(study), encoding="utf-8")
    return path


def no_controls(text: str) -> bool:
    return not any(c in text for c in "\x00\x1b\r\u202e")


def test_check_list_and_import_print_escapes_not_control_characters(tmp_path, capsys):
    path = hostile_file(tmp_path)
    db = str(tmp_path / "library.sqlite3")
    assert main.main(["check", str(path)]) == 0
    assert main.main(["--db", db, "import", str(path)]) == 0
    assert main.main(["--db", db, "list"]) == 0
    out = capsys.readouterr().out
    assert no_controls(out)
    assert out.count(SHOWN_TITLE) == 3 and SHOWN_SCENARIO in out


def test_errors_naming_studies_and_scenarios_are_escaped(tmp_path, capsys):
    path = hostile_file(tmp_path)
    db = str(tmp_path / "library.sqlite3")
    assert main.main(["--db", db, "import", str(path)]) == 0
    capsys.readouterr()
    assert main.main(["--db", db, "export", "nope", "--out", str(tmp_path / "x.json")]) == 1
    assert main.main(["run", str(path), "--scenario", "nope"]) == 1
    err = capsys.readouterr().err
    assert no_controls(err) and SHOWN_TITLE in err and SHOWN_SCENARIO in err


def test_run_escapes_names_on_a_terminal_and_keeps_them_in_a_file(tmp_path, capsys, monkeypatch):
    path = hostile_file(tmp_path)
    monkeypatch.setattr("sys.stdout.isatty", lambda: True, raising=False)
    assert main.main(["run", str(path), "--scenario", SCENARIO]) == 0
    assert no_controls(capsys.readouterr().out)
    out = tmp_path / "run.csv"
    assert main.main(["run", str(path), "--scenario", SCENARIO, "--out", str(out)]) == 0
    assert "\x1b[2J" in out.read_bytes().decode("utf-8")  # the data itself is unchanged
