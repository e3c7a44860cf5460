"""Study file version 2: drivers, objectives, actors, the matrix and the box read, written, refused, stored, merged."""

from __future__ import annotations

import copy
import json

import pytest

from models.foresight.domain import Judgement
from storage.errors import InterchangeError
from storage.interchange import (
    parse_study_text,
    read_study_file,
    study_to_dict,
    write_study_file,
)
from storage.merge import import_study, merge_into

BASELINE = "5b0c9f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"


def foresight(doc: dict) -> dict:
    """Return the small study with every foresight section filled in."""
    doc = copy.deepcopy(doc)
    doc["version"] = 2
    doc["scenarios"][0]["id"] = BASELINE
    doc["study"] |= {
        "drivers": [{"id": "lithium", "name": "Lithium boom", "category": "economic", "impact": 5, "uncertainty": 4,
                     "assumptions": ["lithium_price"], "source": "the brief"},
                    {"id": "aid", "name": "US aid", "category": "political", "impact": 3, "uncertainty": 5,
                     "assumptions": ["us_aid"]}],
        "objectives": [{"id": "o-reform", "name": "Market reform"}],
        "actors": [{"id": "us", "name": "United States", "influence": 5, "positions": {"o-reform": 2},
                    "motivation": "counter outside influence", "source": "the brief, stakeholders", "drivers": ["aid"]},
                   {"id": "gov", "name": "Government", "influence": 4, "positions": {"Market reform": 1}}],
        "matrix": {"axes": [{"driver": "lithium", "poles": [{"label": "Bust", "assumptions": {"lithium_price": 8000}},
                                                            {"label": "Boom", "assumptions": {"lithium_price": 30000}}]},
                            {"driver": "aid", "poles": [{"label": "Aid cut", "assumptions": {"us_aid": 20}},
                                                        {"label": "Aid surge", "assumptions": {"us_aid": 300}}]}],
                   "reference": BASELINE, "quadrants": {"00": "Boom"}},
        "morphology": {
            "descriptors": [{"id": "price", "name": "Price", "variants": [
                {"id": "p-low", "name": "Low", "assumptions": {"lithium_price": 8000}},
                {"id": "p-high", "name": "High", "assumptions": {"lithium_price": 30000}}]},
                {"id": "aid-d", "name": "Aid", "variants": [
                    {"id": "a-low", "name": "Cut", "assumptions": {"us_aid": 20}},
                    {"id": "a-high", "name": "Surge", "assumptions": {"us_aid": 300}}]}],
            "consistency": [{"first": "p-low", "second": "a-high", "score": 2, "assessor": "Ana"},
                            {"first": "p-high", "second": "a-low", "score": -3}]},
    }
    return doc


def problems_of(document: dict) -> list[str]:
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(document), "bad.json")
    return caught.value.problems


def test_the_foresight_sections_read_into_the_study(doc):
    study = parse_study_text(json.dumps(foresight(doc)))
    layer = study.foresight
    assert [d.name for d in layer.drivers] == ["Lithium boom", "US aid"]
    assert layer.actors[1].positions == {"o-reform": 1}  # a hand-written file may name the objective
    assert layer.actors[0].drivers == ["aid"]
    assert layer.matrix.quadrants == {"00": study.scenario_named("Boom").id}
    assert layer.matrix.axes[1].poles[1].assumptions == {"us_aid": 300}
    assert layer.morphology.consistency("a-high", "p-low") == 2
    assert layer.morphology.judgements[0] == Judgement("p-low", "a-high", 2, "Ana")


def test_file_and_library_round_trip_keep_the_layer_exactly(doc, tmp_path, library):
    study = parse_study_text(json.dumps(foresight(doc)))
    path = tmp_path / "out.json"
    write_study_file(study, path)
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 2
    assert read_study_file(path).foresight == study.foresight
    library.save_study(study)
    assert library.load_study(study.id).foresight == study.foresight


def test_a_study_without_the_layer_stays_version_1_and_a_version_1_file_using_it_is_refused(doc):
    plain = parse_study_text(json.dumps(doc))
    assert study_to_dict(plain)["version"] == 1
    old = foresight(doc)
    old["version"] = 1
    assert any(p.startswith("version: the study uses version-2 sections (drivers, objectives, actors, matrix, morphology)")
               for p in problems_of(old))


def test_every_refusal_names_its_place(doc):
    bad = foresight(doc)
    study = bad["study"]
    study["drivers"][0]["assumptions"] = ["lithium_prise"]
    study["drivers"][1]["impact"] = 7
    study["actors"][0]["positions"] = {"o-reform": 3}
    study["actors"][1]["drivers"] = ["nope"]
    study["matrix"]["axes"][1]["poles"][0]["assumptions"] = {"lithium_price": 9000}
    study["matrix"]["quadrants"] = {"11": "Nowhere"}
    study["morphology"]["consistency"].append({"first": "p-low", "second": "p-high", "score": 1})
    study["morphology"]["consistency"].append({"first": "p-low", "second": "a-zzz", "score": 4})
    problems = problems_of(bad)
    text = "\n".join(problems)
    assert "study.drivers[1].impact" in text
    assert 'study.actors[0].positions["o-reform"]' in text
    assert "study.morphology.consistency[3].score" in text
    assert len(problems) == 3  # the shapes are checked first, the references only once they are right
    # the checks that need the whole study come once the shapes are right
    bad["study"]["drivers"][1]["impact"] = 3
    bad["study"]["actors"][0]["positions"] = {"o-reform": 2}
    bad["study"]["morphology"]["consistency"][3]["score"] = 1
    problems = problems_of(bad)
    expected = [
        "study.drivers[0].assumptions[0]: 'lithium_prise' is not an assumption of the model — did you mean 'lithium_price'?",
        "study.actors[1].drivers[0]: unknown driver 'nope'",
        "study.matrix.axes[1].poles[0].assumptions.lithium_price: already set by axis 0",
        "study.matrix.quadrants.11: unknown scenario 'Nowhere'",
        "study.morphology.consistency[2]: 'p-low' and 'p-high' are variants of one descriptor",
        "study.morphology.consistency[3].second: unknown variant 'a-zzz'",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)


def test_a_matrix_needs_two_axes_of_two_poles_and_a_descriptor_two_to_five_variants(doc):
    bad = foresight(doc)
    bad["study"]["matrix"]["axes"][1]["poles"].pop()
    bad["study"]["morphology"]["descriptors"][0]["variants"] = bad["study"]["morphology"]["descriptors"][0]["variants"][:1]
    problems = problems_of(bad)
    assert "study.matrix.axes[1].poles: an axis has exactly two poles, not 1" in problems
    assert "study.morphology.descriptors[0].variants: a descriptor has 2 to 5 variants, not 1" in problems


def test_a_pole_outside_its_assumptions_range_is_refused(doc):
    bad = foresight(doc)
    bad["study"]["matrix"]["axes"][0]["poles"][1]["assumptions"]["lithium_price"] = 90000
    assert any(p.startswith("study.matrix.axes[0].poles[1].assumptions.lithium_price: 90000 is outside")
               for p in problems_of(bad))


def test_two_colleagues_assessments_merge_and_their_disagreement_stays_visible(doc, library):
    mine = parse_study_text(json.dumps(foresight(doc)))
    library.save_study(mine)
    theirs_doc = foresight(doc)
    box = theirs_doc["study"]["morphology"]
    box["consistency"] = [{"first": "p-low", "second": "a-high", "score": -1, "assessor": "Ben"},  # Ana said +2
                          {"first": "p-high", "second": "a-low", "score": 1},  # unnamed, yours said -3
                          {"first": "p-high", "second": "a-high", "score": 3, "assessor": "Ben"}]
    theirs_doc["study"]["drivers"][0]["impact"] = 2  # their rating of a driver you both have
    theirs_doc["study"]["drivers"].append({"id": "crime", "name": "Organised crime", "category": "social",
                                           "impact": 4, "uncertainty": 4})
    report = import_study(library, parse_study_text(json.dumps(theirs_doc)), origin="ben.json")
    merged = library.load_study(mine.id).foresight
    assert merged.morphology.scores(frozenset(("p-low", "a-high"))) == {"Ana": 2, "Ben": -1}
    assert merged.morphology.disagreement("p-low", "a-high") == 3
    assert merged.morphology.scores(frozenset(("p-high", "a-low"))) == {"": -3, "ben.json": 1}
    assert merged.morphology.consistency("p-high", "a-high") == 3
    assert merged.driver("lithium").impact == 5  # yours kept
    assert [d.name for d in merged.drivers] == ["Lithium boom", "US aid", "Organised crime"]
    assert 'driver "Lithium boom": yours kept, the file\'s differs' in report.foresight_kept
    assert "3 consistency judgements" in report.foresight_added
    again = import_study(library, parse_study_text(json.dumps(theirs_doc)), origin="ben.json")
    assert not again.foresight_added  # importing the same file twice adds nothing the second time


def test_replacing_takes_the_files_versions(doc):
    mine = parse_study_text(json.dumps(foresight(doc)))
    theirs_doc = foresight(doc)
    theirs_doc["study"]["drivers"][0]["impact"] = 2
    merge_into(mine, parse_study_text(json.dumps(theirs_doc)), replace=True)
    assert mine.foresight.driver("lithium").impact == 2


def test_a_partial_export_keeps_only_the_chosen_quadrants(doc):
    study = parse_study_text(json.dumps(foresight(doc)))
    written = study_to_dict(study, [study.scenario_named("Unrest").id])
    assert written["study"]["matrix"]["quadrants"] == {}
    assert "reference" not in written["study"]["matrix"]


def test_a_library_from_before_the_foresight_layer_upgrades_and_can_then_store_it(doc, tmp_path):
    import sqlite3

    from models.foresight.domain import Foresight
    from storage.migrations import migrate_library
    from storage.repository import open_library

    path = tmp_path / "old.sqlite3"
    migrate_library(path, None, target="0004")
    study = parse_study_text(json.dumps(foresight(doc)))
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO studies VALUES (?, 'Old', '', 2025, 2030, 0.25, 'year', '2026-01-01', "
                       "'2026-01-01', NULL, NULL, NULL)", (study.id,))
    connection.commit()
    connection.close()
    with open_library(path) as library:  # upgrades 0004 -> head, after a backup
        assert library.backup_path == tmp_path / "old.sqlite3.bak-0004"
        assert library.load_study(study.id).foresight == Foresight()
        library.save_study(study)
        assert library.load_study(study.id).foresight == study.foresight
        library.delete_study(study.id)  # the layer goes with its study
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT count(*) FROM foresight").fetchone()[0] == 0
    connection.close()


def test_the_import_preview_says_what_the_foresight_layer_would_add_and_keep(doc):
    from storage.merge_plan import plan_import

    mine = parse_study_text(json.dumps(foresight(doc)))
    theirs_doc = foresight(doc)
    theirs_doc["study"]["drivers"][0]["impact"] = 2
    theirs_doc["study"]["objectives"].append({"id": "o-new", "name": "Peace"})
    plan = plan_import(mine, parse_study_text(json.dumps(theirs_doc)))
    assert plan.foresight == ['adds objective "Peace"', 'driver "Lithium boom": yours kept, the file\'s differs']
    assert mine.foresight.driver("lithium").impact == 5  # a preview changes nothing
