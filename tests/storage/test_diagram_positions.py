"""Study file version 2, section diagram: kept box positions read, written, refused, stored, merged, upgraded."""

from __future__ import annotations

import copy
import json
import sqlite3

import pytest

from storage.errors import InterchangeError
from storage.interchange import parse_study_text, read_study_file, study_to_dict, write_study_file
from storage.merge import import_study, merge_into
from storage.merge_plan import plan_import


def placed(doc: dict, positions: dict) -> dict:
    """Return the small study with these kept positions."""
    doc = copy.deepcopy(doc)
    doc["version"] = 2
    doc["study"]["diagram"] = {"positions": positions}
    return doc


def problems_of(document: dict) -> list[str]:
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(document), "bad.json")
    return caught.value.problems


def test_kept_positions_survive_the_file_and_the_library_exactly(doc, tmp_path, library):
    study = parse_study_text(json.dumps(placed(doc, {"lithium_price": [12.5, -40.0], "us_aid": [300, 80.25]})))
    assert study.diagram_positions == {"lithium_price": (12.5, -40.0), "us_aid": (300.0, 80.25)}
    path = tmp_path / "out.json"
    write_study_file(study, path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["version"] == 2
    assert written["study"]["diagram"] == {"positions": {"lithium_price": [12.5, -40.0], "us_aid": [300.0, 80.25]}}
    assert read_study_file(path).diagram_positions == study.diagram_positions
    library.save_study(study)
    assert library.load_study(study.id).diagram_positions == study.diagram_positions


def test_a_study_without_positions_stays_version_1_and_a_version_1_file_with_them_is_refused(doc):
    assert study_to_dict(parse_study_text(json.dumps(doc)))["version"] == 1
    old = placed(doc, {"us_aid": [1, 2]})
    old["version"] = 1
    assert any(p.startswith("version: the study uses version-2 sections (diagram)") for p in problems_of(old))


def test_a_bad_position_is_refused_with_its_place(doc):
    assert any("study.diagram.positions.us_aidd: there is no variable 'us_aidd' (did you mean 'us_aid'?)" in p
               for p in problems_of(placed(doc, {"us_aidd": [1, 2]})))
    assert any(p.startswith("study.diagram.positions.us_aid") for p in problems_of(placed(doc, {"us_aid": [1]})))
    assert any(p.startswith("study.diagram.positions.us_aid") for p in problems_of(placed(doc, {"us_aid": ["1", 2]})))
    bad = placed(doc, {})
    bad["study"]["diagram"]["zoom"] = 2
    assert any(p.startswith("study.diagram.zoom") for p in problems_of(bad))


def test_an_import_takes_the_files_new_positions_and_keeps_yours_where_they_differ(doc, library):
    mine = parse_study_text(json.dumps(placed(doc, {"lithium_price": [0, 0]})))
    library.save_study(mine)
    theirs = parse_study_text(json.dumps(placed(doc, {"lithium_price": [50, 50], "us_aid": [10, 20]})))
    plan = plan_import(mine, theirs)
    assert plan.diagram == ["adds 1 diagram position from the file", "1 diagram position: yours kept, the file's differ"]
    report = import_study(library, theirs)
    assert "  - 1 diagram position from the file" in report.lines()
    stored = library.load_study(mine.id).diagram_positions
    assert stored == {"lithium_price": (0.0, 0.0), "us_aid": (10.0, 20.0)}
    replaced = copy.deepcopy(library.load_study(mine.id))
    merge_into(replaced, theirs, replace=True)
    assert replaced.diagram_positions == {"lithium_price": (50.0, 50.0), "us_aid": (10.0, 20.0)}
    again = import_study(library, theirs)  # the same file twice: nothing new to take
    assert not again.diagram_added


def test_a_library_from_before_diagram_positions_upgrades_and_can_then_keep_them(doc, tmp_path):
    from storage.migrations import migrate_library
    from storage.repository import open_library

    path = tmp_path / "old.sqlite3"
    migrate_library(path, None, target="0005")
    study = parse_study_text(json.dumps(placed(doc, {"us_aid": [1.5, 2.5]})))
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO studies VALUES (?, 'Old', '', 2025, 2030, 0.25, 'year', '2026-01-01', "
                       "'2026-01-01', NULL, NULL, NULL)", (study.id,))
    connection.commit()
    connection.close()
    with open_library(path) as library:  # upgrades 0005 -> head, after a backup
        assert library.backup_path == tmp_path / "old.sqlite3.bak-0005"
        assert library.load_study(study.id).diagram_positions == {}
        library.save_study(study)
        assert library.load_study(study.id).diagram_positions == {"us_aid": (1.5, 2.5)}
        library.delete_study(study.id)  # the positions go with their study
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM diagram_positions").fetchone()[0] == 0
    connection.close()
