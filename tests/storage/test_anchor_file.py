"""Re-anchored scenarios in the study file (a version-2 key) and the library: kept exactly, refused with the place."""

from __future__ import annotations

import copy
import json

import pytest

from storage.errors import InterchangeError
from storage.interchange import parse_study_text, study_to_dict
from storage.merge import merge_into


def anchored(doc: dict) -> dict:
    """Return the small study with "Boom" re-anchored: gdp starts again at 104.5 in 2026.5."""
    doc = copy.deepcopy(doc)
    doc["version"] = 2
    doc["scenarios"][1]["anchors"] = {"gdp": {"time": 2026.5, "value": 104.5}}
    return doc


def test_anchors_read_write_and_make_the_file_version_2(doc):
    study = parse_study_text(json.dumps(anchored(doc)))
    assert study.scenario_named("Boom").anchors == {"gdp": (2026.5, 104.5)}
    assert study.scenario_named("Baseline").anchors == {}
    written = study_to_dict(study)
    assert written["version"] == 2
    assert written["scenarios"][1]["anchors"] == {"gdp": {"time": 2026.5, "value": 104.5}}
    assert "anchors" not in written["scenarios"][0]
    assert parse_study_text(json.dumps(written)).scenario_named("Boom").anchors == {"gdp": (2026.5, 104.5)}


def test_a_study_without_anchors_or_other_version_2_sections_stays_version_1(doc):
    assert study_to_dict(parse_study_text(json.dumps(doc)))["version"] == 1


@pytest.mark.parametrize("name, message", [
    ("us_aid", "scenarios[1].anchors.us_aid: 'us_aid' is an assumption; only a stock can be re-anchored"),
    ("gpd", "scenarios[1].anchors.gpd: unknown variable 'gpd'"),
])
def test_an_anchor_on_what_is_not_a_stock_is_refused_with_its_place(doc, name, message):
    document = anchored(doc)
    document["scenarios"][1]["anchors"] = {name: {"time": 2026.5, "value": 1.0}}
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(document), "bad.json")
    assert any(p.startswith(message) for p in caught.value.problems), caught.value.problems


def test_an_anchor_without_a_value_is_refused_with_its_place(doc):
    document = anchored(doc)
    del document["scenarios"][1]["anchors"]["gdp"]["value"]
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(document), "bad.json")
    assert any("scenarios[1].anchors.gdp.value" in p for p in caught.value.problems), caught.value.problems


def test_the_library_keeps_anchors_apart_from_assumption_settings(doc, library):
    study = parse_study_text(json.dumps(anchored(doc)))
    library.save_study(study)
    loaded = library.load_study(study.id)
    boom = loaded.scenario_named("Boom")
    assert boom.anchors == {"gdp": (2026.5, 104.5)}
    assert boom.overrides == study.scenario_named("Boom").overrides  # lithium_price only
    assert loaded == study


def test_a_colleague_s_re_anchored_scenario_is_a_difference_when_merged(doc):
    mine = parse_study_text(json.dumps(doc))
    theirs = parse_study_text(json.dumps(anchored(doc)))
    report = merge_into(mine, theirs)
    # Theirs comes in beside yours (and their child with it, following the parent it was made under).
    assert report.conflicts[0] == ("Boom", "Boom (imported)")
    assert mine.scenario_named("Boom").anchors == {}
    assert mine.scenario_named("Boom (imported)").anchors == {"gdp": (2026.5, 104.5)}
