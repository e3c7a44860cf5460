"""Study file version 2: dates, actuals and signposts read, written, refused with their place, stored and merged."""

from __future__ import annotations

import copy
import json

import pytest

from models.domain import Horizon, StudyDates
from models.tracking.observations import Actual, Condition, Signpost
from storage.errors import InterchangeError
from storage.interchange import (
    parse_study_text,
    read_study_file,
    study_to_dict,
    write_study_file,
)
from storage.merge import import_study, merge_into
from storage.repository import open_library

BASELINE = "5b0c9f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"


def v2(doc: dict) -> dict:
    """Return the small study with every version-2 section filled in."""
    doc = copy.deepcopy(doc)
    doc["version"] = 2
    doc["scenarios"][0]["id"] = BASELINE
    doc["study"] |= {
        "as_of": 2026.25,
        "horizons": [{"name": "next 6 months", "start": 2026.25, "end": 2026.75},
                     {"name": "5–10 years", "start": 2028.25, "end": 2033.25}],
        "table_times": [2026.75, 2030.0],
        "actuals": [{"variable": "gdp_growth", "time": 2025.5, "value": 2.1, "source": "INE", "note": "first estimate"},
                    {"variable": "us_aid", "time": 2026.0, "value": 50}],
        "signposts": [{"id": "9f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b", "name": "Aid rises", "variable": "us_aid",
                       "condition": {"kind": "rising", "periods": 2}, "points_to": [BASELINE],
                       "owner": "Ana", "note": "watch the budget"}],
    }
    return doc


def problems_of(document: dict) -> list[str]:
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(document), "bad.json")
    return caught.value.problems


def test_a_version_2_file_reads_with_its_dates_actuals_and_signposts(doc):
    study = parse_study_text(json.dumps(v2(doc)))
    assert study.dates == StudyDates(2026.25, [Horizon("next 6 months", 2026.25, 2026.75),
                                              Horizon("5–10 years", 2028.25, 2033.25)], [2026.75, 2030.0])
    assert study.actuals == [Actual("gdp_growth", 2025.5, 2.1, "INE", "first estimate"), Actual("us_aid", 2026.0, 50.0)]
    assert study.signposts == [Signpost("Aid rises", "us_aid", Condition("rising", None, 2), [BASELINE], "Ana",
                                        "watch the budget", "9f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b")]


def test_a_study_without_version_2_sections_is_still_written_as_version_1(doc, tmp_path):
    study = parse_study_text(json.dumps(doc))
    written = study_to_dict(study)
    assert written["version"] == 1
    assert not {"as_of", "horizons", "table_times", "actuals", "signposts"} & written["study"].keys()


def test_a_version_2_study_writes_version_2_and_reads_back_the_same(doc, tmp_path):
    study = parse_study_text(json.dumps(v2(doc)))
    write_study_file(study, tmp_path / "out.json")
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["version"] == 2
    again = read_study_file(tmp_path / "out.json")
    assert (again.dates, again.actuals, again.signposts) == (study.dates, study.actuals, study.signposts)


def test_exporting_some_scenarios_drops_signpost_links_to_the_others(doc):
    study = parse_study_text(json.dumps(v2(doc)))
    unrest = study.scenario_named("Unrest").id
    written = study_to_dict(study, [unrest])
    assert written["study"]["signposts"][0]["points_to"] == []
    parse_study_text(json.dumps(written))  # and the file still reads


@pytest.mark.parametrize("break_it, expected", [
    (lambda s: s["actuals"][0].update(variable="gdp_grwth"),
     "study.actuals[0].variable: unknown variable 'gdp_grwth' — did you mean 'gdp_growth'?"),
    (lambda s: s["actuals"][1].update(time=2031.0), "study.actuals[1].time: 2031 is outside the time axis (2025–2030)"),
    (lambda s: s["actuals"].append(dict(s["actuals"][0])), "study.actuals[2]: the same variable, time and source as study.actuals[0]"),
    (lambda s: s["actuals"][0].update(value="2,1"), "study.actuals[0].value: should be a number, not text"),
    (lambda s: s["actuals"][0].update(unit="%"), "study.actuals[0].unit: unknown key"),
    (lambda s: s.update(as_of=2024.0), "study.as_of: 2024 is outside the time axis (2025–2030)"),
    (lambda s: s["table_times"].append(2040), "study.table_times[2]: 2040 is outside the time axis (2025–2030)"),
    (lambda s: s["horizons"][0].update(end=2026.0), "study.horizons[0].end: must be after start (2026.25), not 2026"),
    (lambda s: s["horizons"][1].update(start=2040, end=2041), "study.horizons[1]: 2040–2041 does not overlap the time axis"),
    (lambda s: s["signposts"][0].update(points_to=["Basline"]),
     "study.signposts[0].points_to[0]: unknown scenario 'Basline' — did you mean 'Baseline'?"),
    (lambda s: s["signposts"][0]["condition"].update(kind="above"),
     "study.signposts[0].condition.value: required for 'above' (the threshold)"),
    (lambda s: s["signposts"][0]["condition"].update(kind="sideways"), "study.signposts[0].condition.kind: should be"),
    (lambda s: s["signposts"][0]["condition"].update(periods=0), "study.signposts[0].condition.periods:"),
])
def test_a_bad_version_2_section_is_refused_with_its_place(doc, break_it, expected):
    document = v2(doc)
    break_it(document["study"])
    assert any(p.startswith(expected) for p in problems_of(document)), problems_of(document)


def test_version_2_sections_in_a_file_that_says_version_1_are_refused(doc):
    document = v2(doc)
    document["version"] = 1
    assert problems_of(document) == [
        "version: the study uses version-2 sections (as_of, horizons, table_times, actuals, signposts) "
        "but the file says version 1"]


def test_a_signpost_may_name_its_scenario_in_a_hand_written_file(doc):
    document = v2(doc)
    document["study"]["signposts"][0]["points_to"] = ["Unrest"]
    study = parse_study_text(json.dumps(document))
    assert study.signposts[0].points_to == [study.scenario_named("Unrest").id]


def test_the_library_stores_dates_actuals_and_signposts(doc, tmp_path):
    study = parse_study_text(json.dumps(v2(doc)))
    with open_library(tmp_path / "lib.sqlite3") as library:
        library.save_study(study)
    with open_library(tmp_path / "lib.sqlite3") as library:
        loaded = library.load_study(study.id)
    assert (loaded.dates, loaded.actuals, loaded.signposts) == (study.dates, study.actuals, study.signposts)


def test_actuals_from_two_colleagues_merge_without_duplicates_and_nothing_is_clobbered(doc, tmp_path):
    mine = parse_study_text(json.dumps(v2(doc)))
    theirs_doc = v2(doc)
    theirs_doc["study"]["actuals"] = [
        {"variable": "gdp_growth", "time": 2025.5, "value": 2.1, "source": "INE", "note": "first estimate"},  # the same
        {"variable": "us_aid", "time": 2026.0, "value": 55},  # the same figure, another value: mine is kept
        {"variable": "gdp_growth", "time": 2025.75, "value": 1.9, "source": "INE"},  # new
    ]
    theirs_doc["study"]["signposts"][0]["owner"] = "Ben"
    theirs = parse_study_text(json.dumps(theirs_doc))
    with open_library(tmp_path / "lib.sqlite3") as library:
        library.save_study(mine)
        report = import_study(library, theirs)
        merged = library.load_study(mine.id)
    assert merged.actuals == [Actual("gdp_growth", 2025.5, 2.1, "INE", "first estimate"), Actual("us_aid", 2026.0, 50.0),
                              Actual("gdp_growth", 2025.75, 1.9, "INE")]
    assert merged.signposts[0].owner == "Ana"
    assert "1 actual" in report.tracking_added
    assert any("yours 50 kept, the file says 55" in line for line in report.tracking_kept)
    assert any("signpost \"Aid rises\": yours kept" in line for line in report.tracking_kept)


def test_merging_the_same_file_twice_adds_nothing_the_second_time(doc):
    mine = parse_study_text(json.dumps(doc))
    theirs = parse_study_text(json.dumps(v2(doc)))
    first = merge_into(mine, theirs)
    assert first.tracking_added and len(mine.actuals) == 2 and mine.dates == theirs.dates
    second = merge_into(mine, theirs)
    assert second.tracking_added == [] and second.tracking_kept == [] and len(mine.actuals) == 2


def test_a_library_from_before_tracking_upgrades_keeping_its_study_which_can_then_track(doc, tmp_path):
    import sqlite3

    from storage.migrations import migrate_library

    path = tmp_path / "lib.sqlite3"
    study = parse_study_text(json.dumps(doc))
    migrate_library(path, None, target="0003")
    with open_library(path) as library:  # upgrades 0003 -> head, after a backup
        assert library.backup_path == tmp_path / "lib.sqlite3.bak-0003"
    # An old copy of the app stored a study with no dates: put one in the old backup and upgrade that.
    old = tmp_path / "old.sqlite3"
    migrate_library(old, None, target="0003")
    connection = sqlite3.connect(old)
    connection.execute("INSERT INTO studies VALUES (?, 'Old', '', 2025, 2030, 0.25, 'year', '2026-01-01', '2026-01-01')",
                       (study.id,))
    connection.commit()
    connection.close()
    with open_library(old) as library:
        loaded = library.load_study(study.id)
        assert (loaded.dates, loaded.actuals, loaded.signposts) == (StudyDates(), [], [])
        loaded.actuals.append(Actual("x", 2026.0, 1.0))
        loaded.dates = StudyDates(2026.0)
        library.save_study(loaded)
        again = library.load_study(study.id)
    assert again.actuals == [Actual("x", 2026.0, 1.0)] and again.dates.as_of == 2026.0


def test_the_import_preview_says_what_tracking_the_file_adds_without_changing_anything(doc):
    from storage.merge_plan import plan_import

    mine = parse_study_text(json.dumps(doc))
    theirs = parse_study_text(json.dumps(v2(doc)))
    plan = plan_import(mine, theirs)
    assert plan.tracking == ["adds the study's dates (as of, horizons, table times)", "adds 2 actuals",
                             'adds signpost "Aid rises"']
    assert mine.actuals == [] and mine.signposts == []
