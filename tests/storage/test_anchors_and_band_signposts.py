"""Version-2 additions kept exactly and refused with the place: re-anchored scenarios and band signposts."""

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


BAND = {"id": "6a1f2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b", "name": "Growth leaves Baseline's band", "variable": "gdp_growth",
        "condition": {"kind": "outside_band", "scenario": "Baseline"}, "points_to": ["Unrest"], "owner": "Ana"}


def with_band(doc: dict, **condition) -> dict:
    doc = copy.deepcopy(doc)
    doc["version"] = 2
    doc["study"]["signposts"] = [copy.deepcopy(BAND)]
    doc["study"]["signposts"][0]["condition"].update(condition)
    return doc


def test_a_band_signpost_names_its_scenario_by_name_or_id_and_comes_back_with_the_id(doc):
    study = parse_study_text(json.dumps(with_band(doc)))
    signpost = study.signposts[0]
    baseline = study.scenario_named("Baseline").id
    assert (signpost.condition.kind, signpost.condition.scenario) == ("outside_band", baseline)
    written = study_to_dict(study)["study"]["signposts"][0]
    assert written["condition"] == {"kind": "outside_band", "scenario": baseline}
    again = parse_study_text(json.dumps(study_to_dict(study)))
    assert again.signposts == study.signposts


@pytest.mark.parametrize("condition, message", [
    ({"scenario": "Basline"}, "study.signposts[0].condition.scenario: unknown scenario 'Basline' — did you mean 'Baseline'?"),
    ({"scenario": None}, "study.signposts[0].condition.scenario: required for 'outside_band' (whose band)"),
])
def test_a_band_signpost_without_a_known_scenario_is_refused_with_its_place(doc, condition, message):
    document = with_band(doc, **condition)
    if condition["scenario"] is None:
        del document["study"]["signposts"][0]["condition"]["scenario"]
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(document), "bad.json")
    assert message in caught.value.problems


def test_the_library_keeps_band_signposts_beside_threshold_ones(doc, library):
    document = with_band(doc)
    document["study"]["signposts"].append({"name": "Aid above 120", "variable": "us_aid",
                                           "condition": {"kind": "above", "value": 120}, "points_to": ["Boom"]})
    study = parse_study_text(json.dumps(document))
    library.save_study(study)
    assert library.load_study(study.id).signposts == study.signposts


def test_a_band_signpost_goes_out_only_with_the_scenario_it_watches(doc):
    study = parse_study_text(json.dumps(with_band(doc)))
    unrest = study.scenario_named("Unrest").id
    assert "signposts" not in study_to_dict(study, [unrest])["study"]
    assert len(study_to_dict(study, [study.scenario_named("Boom").id])["study"]["signposts"]) == 1  # Baseline comes as its parent


def test_merging_a_band_signpost_on_a_scenario_you_do_not_have_leaves_it_out_and_says_so(doc):
    from storage.tracking.merge import merge_tracking

    theirs = parse_study_text(json.dumps(with_band(doc)))
    mine = parse_study_text(json.dumps(doc))
    mine.scenarios = [s for s in mine.scenarios if s.name != "Baseline"]
    result = merge_tracking(mine, theirs)
    assert mine.signposts == []
    assert result.kept == ['signpost "Growth leaves Baseline\'s band": not added, it watches the band of a scenario you do not have']


def test_an_anchor_on_what_is_no_longer_a_stock_is_not_written_to_the_file(doc):
    study = parse_study_text(json.dumps(anchored(doc)))
    study.variable("gdp").kind = "auxiliary"
    study.variable("gdp").equation = "100"
    document = study_to_dict(study)
    assert all("anchors" not in s for s in document["scenarios"])
    parse_study_text(json.dumps(document))  # reads back: nothing refers to a stock that is not there


def test_anchors_in_a_file_that_says_version_1_are_refused_with_the_place(doc):
    document = anchored(doc)
    document["version"] = 1
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(document), "old.json")
    assert "scenarios[1].anchors: re-anchoring is version 2, but the file says version 1" in caught.value.problems
