"""A study's view settings live in one record that goes with the study; settings kept the old way carry over."""

from __future__ import annotations

import sqlite3

from models.domain import Scenario, Study, TimeAxis, Variable
from storage.repository import open_library


def small_study(title: str) -> Study:
    """Return a one-variable, one-scenario study."""
    return Study(title, TimeAxis(2025.0, 2030.0, 1.0),
                 variables=[Variable("x", "assumption", value=1.0, min=0.0, max=2.0)],
                 scenarios=[Scenario("Base", color="#1f77b4")])


def stored_keys(path) -> set[str]:
    """Return every key in the library's settings table, read straight from the file."""
    with sqlite3.connect(path) as connection:
        return {key for (key,) in connection.execute("SELECT key FROM settings")}


def test_view_settings_are_kept_per_study_and_deleted_with_their_study(tmp_path):
    path = tmp_path / "library.sqlite"
    first, second = small_study("First"), small_study("Second")
    with open_library(path) as library:
        library.save_study(first)
        library.save_study(second)
        library.save_view_settings(first.id, {"indicators": ["x"], "comparison": {"mode": "percent"}})
        library.save_view_settings(second.id, {"indicators": []})
        library.set_setting("last_study", first.id)
        library.save_study(first)  # saving the study again must not touch its settings
        assert library.view_settings(first.id) == {"indicators": ["x"], "comparison": {"mode": "percent"}}
        library.delete_study(first.id)
        assert library.view_settings(first.id) is None
        assert library.view_settings(second.id) == {"indicators": []}
    keys = stored_keys(path)
    assert not any(first.id in key for key in keys if key != "last_study")
    assert any(second.id in key for key in keys)


def test_settings_kept_in_the_four_old_keys_become_one_record_once(tmp_path):
    path = tmp_path / "library.sqlite"
    study = small_study("Old")
    with open_library(path) as library:
        library.save_study(study)
        # What a library written by the previous version holds for a study it has shown.
        library.set_setting(f"view:{study.id}", {"indicators": ["x"], "shown": [], "years": [2026.0], "selected": None})
        library.set_setting(f"compare:{study.id}", {"reference": None, "mode": "difference"})
        library.set_setting(f"uncertainty:{study.id}", {"on": True, "samples": 2500})
        library.set_setting(f"workshop_choice:{study.id}", {"levers": ["x"], "indicators": []})
    with open_library(path) as library:
        expected = {
            "indicators": ["x"], "shown": [], "years": [2026.0], "selected": None,
            "comparison": {"reference": None, "mode": "difference"},
            "uncertainty": {"on": True, "samples": 2500},
            "workshop": {"levers": ["x"], "indicators": []},
        }
        assert library.view_settings(study.id) == expected
        assert library.view_settings(study.id) == expected  # read again: now from the one record
    assert {key for key in stored_keys(path) if study.id in key} == {f"view_settings:{study.id}"}


def test_a_deleted_study_takes_settings_stored_the_old_way_too(tmp_path):
    path = tmp_path / "library.sqlite"
    study = small_study("Never reopened")
    with open_library(path) as library:
        library.save_study(study)
        library.set_setting(f"compare:{study.id}", {"reference": None, "mode": "percent"})
        library.set_setting(f"view:{study.id}", {"indicators": ["x"]})
        library.delete_study(study.id)
    assert not any(study.id in key for key in stored_keys(path))
