"""The library keeps whole studies and settings exactly, across closing and reopening."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path as FilePath

import pytest

from models.domain import (
    Distribution,
    Effect,
    Event,
    Path,
    Scenario,
    Study,
    TimeAxis,
    Variable,
)
from storage.connection import default_library_path
from storage.errors import LibraryError, StudyNotFound
from storage.repository import open_library


def make_study(variables: int = 30, scenarios: int = 4) -> Study:
    """Return a study shaped like a real one: assumptions, auxiliaries, a stock, events, branches."""
    items = [
        Variable(f"driver_{i}", "assumption", label=f"Driver {i}", unit="%", group="Drivers",
                 value=float(i), min=-10.0, max=100.0,
                 path=Path(((2025.0, float(i)), (2030.0, i + 2.5))) if i % 3 == 0 else None,
                 distribution=Distribution("uniform", {"low": -1.0, "high": 50.0}) if i % 4 == 0 else None)
        for i in range(variables // 2)
    ]
    items += [Variable(f"indicator_{i}", "auxiliary", equation=f"driver_{i} * 2 + 1", description="**bold**")
              for i in range(variables // 2 - 1)]
    items.append(Variable("level", "stock", initial="100", equation="driver_0 - level / 10"))
    events = [
        Event("Protests", 0.3, 2026.5, 0.5, "roads", [Effect("indicator_0", "add", -1.5),
                                                      Effect("driver_1", "multiply", 0.9)]),
        Event("Freeze", 0.1, 2027.0),
    ]
    root = Scenario("Baseline", "#1f77b4", "As *things* are", overrides={"driver_1": 3.0},
                    events={"Protests": True})
    branches = [
        Scenario(f"Branch {k}", "#ff7f0e", parent_id=root.id,
                 overrides={"driver_2": float(k), "driver_3": Path(((2025.0, 1.0), (2028.0, float(k))))},
                 events={"Protests": False, "Freeze": bool(k % 2)}, origin="colleague.json")
        for k in range(scenarios - 1)
    ]
    return Study("Test study", TimeAxis(2025.0, 2035.0, 0.25), "About *this*", items, events, [root, *branches])


def test_saved_study_loads_back_identical_after_reopening(tmp_path):
    study = make_study()
    with open_library(tmp_path / "lib.sqlite3") as library:
        library.save_study(study)
    with open_library(tmp_path / "lib.sqlite3") as library:
        assert library.load_study(study.id) == study


def test_order_of_variables_events_scenarios_and_overrides_is_kept(library):
    study = make_study()
    study.variables.reverse()
    study.events.reverse()
    study.scenarios.reverse()
    study.scenarios[0].overrides = {"driver_5": 1.0, "driver_2": 2.0, "driver_4": 3.0}
    library.save_study(study)
    loaded = library.load_study(study.id)
    assert [v.name for v in loaded.variables] == [v.name for v in study.variables]
    assert [e.name for e in loaded.events] == ["Freeze", "Protests"]
    assert [s.name for s in loaded.scenarios] == [s.name for s in study.scenarios]
    assert list(loaded.scenarios[0].overrides) == ["driver_5", "driver_2", "driver_4"]


def test_saving_again_replaces_the_stored_version(library):
    study = make_study()
    library.save_study(study)
    study.variables.pop(3)
    study.scenarios.pop()
    study.scenarios[0].overrides["driver_1"] = 99.0
    study.events[0].effects = []
    study.title = "Renamed"
    library.save_study(study)
    assert library.load_study(study.id) == study
    assert [s.title for s in library.list_studies()] == ["Renamed"]


def test_list_studies_shows_title_scenario_count_and_newest_first(library):
    first, second = make_study(scenarios=4), make_study(scenarios=2)
    second.title = "Second"
    library.save_study(first)
    library.save_study(second)
    summaries = library.list_studies()
    assert [(s.title, s.scenario_count) for s in summaries] == [("Second", 2), ("Test study", 4)]
    assert summaries[0].updated_at >= summaries[1].updated_at
    assert summaries[0].updated_at.tzinfo is not None


def test_delete_study_removes_it_and_only_it(library):
    keep, drop = make_study(), make_study()
    library.save_study(keep)
    library.save_study(drop)
    library.delete_study(drop.id)
    assert [s.id for s in library.list_studies()] == [keep.id]
    with pytest.raises(StudyNotFound, match="no study with id"):
        library.load_study(drop.id)
    assert library.load_study(keep.id) == keep


def test_a_failed_save_keeps_the_stored_version(library):
    study = make_study()
    library.save_study(study)
    broken = make_study()
    broken.id = study.id
    broken.variables[1].id = broken.variables[0].id  # two variables with one id cannot be stored
    with pytest.raises(LibraryError, match="stored version was kept"):
        library.save_study(broken)
    assert library.load_study(study.id) == study


def test_settings_survive_reopening_and_default_when_missing(tmp_path):
    with open_library(tmp_path / "lib.sqlite3") as library:
        assert library.get_setting("last_study") is None
        assert library.get_setting("chart", {"log": False}) == {"log": False}
        library.set_setting("last_study", "abc")
        library.set_setting("chart:abc", {"variables": ["gdp", "stability"], "band": 0.9})
        library.set_setting("last_study", "def")
    with open_library(tmp_path / "lib.sqlite3") as library:
        assert library.get_setting("last_study") == "def"
        assert library.get_setting("chart:abc") == {"variables": ["gdp", "stability"], "band": 0.9}
        library.set_setting("last_study", None)
        assert library.get_setting("last_study", "gone") == "gone"


def test_second_open_of_the_same_library_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with open_library(path):
        with pytest.raises(LibraryError, match="open in another Prospectiva window"):
            open_library(path)
    with open_library(path) as library:  # free again once the first one closed
        assert library.list_studies() == []


def test_open_creates_missing_folders_and_says_it_created_the_file(tmp_path):
    path = tmp_path / "deep" / "er" / "lib.sqlite3"
    with open_library(path) as library:
        assert library.created
    with open_library(path) as library:
        assert not library.created


def test_saving_after_each_step_of_a_drag_keeps_the_last_value(library):
    # How long each save takes is measured by benchmarks/library_save.py, not asserted here.
    study = make_study(variables=30, scenarios=6)
    library.save_study(study)
    for k in range(40):
        study.scenarios[1].overrides["driver_2"] = float(k)  # what a slider drag does
        library.save_study(study)
    loaded = library.load_study(study.id)
    assert loaded.scenarios[1].overrides["driver_2"] == 39.0
    assert loaded == study


def test_the_default_library_lives_in_the_users_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # where platformdirs looks on Linux
    path = default_library_path()
    assert path.name == "library.sqlite3"
    if sys.platform.startswith("linux"):
        assert path == tmp_path / "Prospectiva" / "library.sqlite3"


def test_the_last_save_survives_the_program_being_killed(tmp_path):
    path = tmp_path / "lib.sqlite3"
    script = (
        "import os, sys\n"
        "from tests.storage.test_library import make_study\n"
        "from storage.repository import open_library\n"
        "library = open_library(sys.argv[1])\n"
        "study = make_study()\n"
        "study.id = '7d9e8f00-0000-4000-8000-000000000001'\n"
        "library.save_study(study)\n"
        "study.title = 'Saved just before the crash'\n"
        "library.save_study(study)\n"
        "os._exit(9)  # no close, no checkpoint: the rows are only in the -wal file\n"
    )
    root = FilePath(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script, str(path)], cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 9
    assert (tmp_path / "lib.sqlite3-wal").exists()
    with open_library(path) as library:
        assert [s.title for s in library.list_studies()] == ["Saved just before the crash"]
