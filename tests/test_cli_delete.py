"""`main.py delete STUDY`: asks on a terminal (or --yes), says what it deleted, refuses what is unclear."""

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from models.domain import Scenario, Study, TimeAxis, Variable
from storage.repository import open_library

ROOT = Path(__file__).resolve().parents[1]


def small(title: str) -> Study:
    variables = [Variable("x", "assumption", value=1.0, min=0.0, max=2.0),
                 Variable("y", "auxiliary", equation="2 * x")]
    scenarios = [Scenario("Base", overrides={"x": 1.5}), Scenario("Low", overrides={"x": 0.5})]
    return Study(title, TimeAxis(2025.0, 2030.0, 1.0), variables=variables, scenarios=scenarios)


@pytest.fixture
def db(tmp_path) -> Path:
    """A real library file holding two studies."""
    path = tmp_path / "library.sqlite"
    with open_library(path) as library:
        library.save_study(small("Keep me"))
        library.save_study(small("Drop me"))
    return path


def titles(db: Path) -> list[str]:
    with open_library(db) as library:
        return sorted(s.title for s in library.list_studies())


class Terminal(io.StringIO):
    """Standard input typed by a person at a terminal."""

    def isatty(self) -> bool:
        return True


def test_yes_deletes_by_title_and_says_what_it_deleted(db, capsys):
    assert main.main(["--db", str(db), "delete", "drop ME", "--yes"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('deleted "Drop me" (2 scenarios, id ') and out.endswith(")\n")
    assert titles(db) == ["Keep me"]


@pytest.mark.parametrize(("answer", "deleted"), [("y\n", True), ("yes\n", True), ("n\n", False), ("\n", False), ("", False)])
def test_on_a_terminal_it_asks_and_only_yes_deletes(db, capsys, monkeypatch, answer, deleted):
    monkeypatch.setattr(sys, "stdin", Terminal(answer))
    code = main.main(["--db", str(db), "delete", "Drop me"])
    captured = capsys.readouterr()
    assert captured.out.startswith('Delete "Drop me" (2 scenarios') and "This cannot be undone. [y/N] " in captured.out
    if deleted:
        assert code == 0 and titles(db) == ["Keep me"]
    else:
        assert code == 1 and "nothing was deleted" in captured.err and titles(db) == ["Drop me", "Keep me"]


def test_without_a_terminal_or_yes_nothing_is_deleted(db):
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "delete", "Drop me"],
                          check=False, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "--yes" in done.stderr and "Traceback" not in done.stderr
    assert titles(db) == ["Drop me", "Keep me"]


def test_an_unknown_or_ambiguous_study_is_bad_input(db, capsys):
    assert main.main(["--db", str(db), "delete", "Nope", "--yes"]) == 1
    assert 'no study "Nope"' in capsys.readouterr().err
    with open_library(db) as library:
        twin = small("Keep me")
        library.save_study(twin)
    assert main.main(["--db", str(db), "delete", "keep me", "--yes"]) == 1
    err = capsys.readouterr().err
    assert '2 studies are titled "keep me"' in err and twin.id in err
    assert main.main(["--db", str(db), "delete", twin.id, "--yes"]) == 0
    assert titles(db) == ["Drop me", "Keep me"]


def test_a_study_too_damaged_to_load_can_still_be_deleted(db, capsys):
    with open_library(db) as library:
        damaged = next(s.id for s in library.list_studies() if s.title == "Drop me")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE overrides SET value = NULL, path = '[[2025, ' WHERE study_id = ?", (damaged,))
    connection.close()
    assert main.main(["--db", str(db), "delete", "Drop me", "--yes"]) == 0
    assert titles(db) == ["Keep me"]


def test_a_file_that_is_not_a_library_is_exit_code_2(tmp_path, capsys):
    bad = tmp_path / "not-a-library.sqlite"
    bad.write_bytes(b"not SQLite at all" * 100)
    assert main.main(["--db", str(bad), "delete", "Anything", "--yes"]) == 2
    assert "is not a Prospectiva library" in capsys.readouterr().err
