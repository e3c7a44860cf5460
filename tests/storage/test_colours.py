"""A scenario colour is #RRGGBB: anything else is refused with its place, and an old library's bad colour is drawn in a palette colour."""

from __future__ import annotations

import json

import pytest

from models.colours import PALETTE, colour_problems, drawn_colour, is_hex_colour
from storage.errors import InterchangeError
from storage.interchange import parse_study_text

NOT_COLOURS = ["banana", "red", "#fff", "#12345g", "#1234567", "1f77b4", "rgb(1,2,3)", "#00ff00\"><script>alert(1)</script>",
               "#00ff00\n", " #00ff00", ""]


@pytest.mark.parametrize("colour", NOT_COLOURS)
def test_a_colour_that_is_not_rrggbb_is_refused_at_its_place(doc, colour):
    doc["scenarios"][2]["color"] = colour
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(doc), "bad.json")
    assert [p for p in caught.value.problems if p.startswith("scenarios[2].color: should be a colour written #RRGGBB")]


def test_the_refusal_shows_the_bad_colour_with_its_control_characters_escaped(doc):
    doc["scenarios"][0]["color"] = "\x1b[31mred"
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(doc), "bad.json")
    assert "\x1b" not in str(caught.value) and "'\\x1b[31mred'" in str(caught.value)


@pytest.mark.parametrize("colour", ["#1F77B4", "#00ff00", "#000000"])
def test_both_cases_of_hex_digits_are_accepted(doc, colour):
    doc["scenarios"][1]["color"] = colour
    study = parse_study_text(json.dumps(doc))
    assert study.scenarios[1].color == colour


def test_a_bad_colour_is_drawn_in_the_same_palette_colour_every_time():
    assert not is_hex_colour("banana") and is_hex_colour("#A0b1C2")
    first = drawn_colour("banana", "scenario-1")
    assert first in PALETTE and drawn_colour("blue", "scenario-1") == first
    assert drawn_colour("#A0B1C2", "scenario-1") == "#A0B1C2"


def test_a_stored_bad_colour_is_reported_by_name(doc, library):
    study = parse_study_text(json.dumps(doc))
    study.scenarios[3].color = "banana"  # as an older version could store it
    library.save_study(study)
    loaded = library.load_study(study.id)
    [problem] = colour_problems(loaded)
    assert "'Unrest'" in problem and "'banana'" in problem and drawn_colour("banana", loaded.scenarios[3].id) in problem


def test_check_and_import_refuse_a_colour_that_is_not_one_with_its_place(doc, write_doc, tmp_path, capsys):
    import main

    doc["scenarios"][1]["color"] = "banana"
    path = write_doc(doc)
    assert main.main(["check", str(path)]) == 1
    assert main.main(["--db", str(tmp_path / "lib.sqlite3"), "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("scenarios[1].color: should be a colour written #RRGGBB") == 2 and "'banana'" in err


def test_a_study_with_a_stored_bad_colour_exports_a_file_that_reads_back(doc, tmp_path):
    from storage.interchange import read_study_file, write_study_file

    study = parse_study_text(json.dumps(doc))
    study.scenarios[0].color = "banana"
    write_study_file(study, tmp_path / "out.json")
    again = read_study_file(tmp_path / "out.json")
    assert again.scenarios[0].color == drawn_colour("banana", study.scenarios[0].id)
    assert [s.color for s in again.scenarios[1:]] == [s.color for s in study.scenarios[1:]]
