"""Importing a study merges it into the library without clobbering the user's work."""

from __future__ import annotations

import copy
import json

from models.domain import Scenario
from storage.interchange import parse_study_text
from storage.merge import import_study
from tests.storage.conftest import STUDY_ID


def study_of(doc):
    return parse_study_text(json.dumps(doc))


def test_a_new_study_is_added_with_all_its_scenarios(library, doc):
    report = import_study(library, study_of(doc), origin="colleague.json")
    assert report.new_study and report.changed
    assert report.added == ["Baseline", "Boom", "Boom and freeze", "Unrest"]
    assert 'Added the new study "Bolivia: a small test" with 4 scenarios' in str(report)
    expected = study_of(doc)
    for scenario in expected.scenarios:
        scenario.origin = "colleague.json"  # the library remembers where they came from
    assert library.load_study(STUDY_ID) == expected
    assert [s.title for s in library.list_studies()] == ["Bolivia: a small test"]


def test_importing_the_same_file_twice_changes_nothing(library, doc):
    import_study(library, study_of(doc))
    before = library.load_study(STUDY_ID)
    updated = library.list_studies()[0].updated_at
    report = import_study(library, study_of(doc))
    assert not report.changed
    assert report.identical == ["Baseline", "Boom", "Boom and freeze", "Unrest"]
    assert "Nothing changed." in str(report)
    assert library.load_study(STUDY_ID) == before
    assert library.list_studies()[0].updated_at == updated


def test_a_new_scenario_in_the_file_is_added_beside_the_local_ones(library, doc):
    import_study(library, study_of(doc))
    local = library.load_study(STUDY_ID)
    local.scenarios.append(Scenario("Mine only", overrides={"us_aid": 1.0}))
    library.save_study(local)
    doc["scenarios"].append({"name": "Reform", "parent": "Baseline", "assumptions": {"us_aid": 300}})
    report = import_study(library, study_of(doc))
    assert report.added == ["Reform"]
    stored = library.load_study(STUDY_ID)
    assert [s.name for s in stored.scenarios] == ["Baseline", "Boom", "Boom and freeze", "Unrest", "Mine only", "Reform"]
    assert stored.scenario_named("Reform").parent_id == stored.scenario_named("Baseline").id


def test_an_edited_scenario_comes_in_beside_the_local_one(library, doc):
    import_study(library, study_of(doc))
    doc["scenarios"][1]["assumptions"]["lithium_price"] = 35000
    report = import_study(library, study_of(doc))
    assert report.conflicts == [("Boom", "Boom (imported)"), ("Boom and freeze", "Boom and freeze (imported)")]
    assert 'came in beside yours:\n  - "Boom" as "Boom (imported)"' in str(report)
    stored = library.load_study(STUDY_ID)
    assert stored.scenario_named("Boom").overrides["lithium_price"] == 30000  # the user's is untouched
    theirs = stored.scenario_named("Boom (imported)")
    assert theirs.overrides["lithium_price"] == 35000
    assert theirs.id != stored.scenario_named("Boom").id
    # The child of the edited scenario follows the sender's version, to show what the sender saw.
    child = stored.scenario_named("Boom and freeze (imported)")
    assert child.parent_id == theirs.id
    assert stored.resolved_overrides(child.id)["lithium_price"][0] == 35000


def test_importing_an_edited_file_twice_adds_its_copies_once(library, doc):
    import_study(library, study_of(doc))
    doc["scenarios"][3]["narrative"] = "Their view"
    import_study(library, study_of(doc))
    after_first = library.load_study(STUDY_ID)
    report = import_study(library, study_of(doc))
    assert not report.changed
    assert library.load_study(STUDY_ID) == after_first
    assert [s.name for s in after_first.scenarios].count("Unrest (imported)") == 1


def test_replace_overwrites_the_local_scenario_instead(library, doc):
    import_study(library, study_of(doc))
    doc["scenarios"][1]["assumptions"]["lithium_price"] = 35000
    report = import_study(library, study_of(doc), replace=True)
    assert report.replaced == ["Boom"]
    stored = library.load_study(STUDY_ID)
    assert stored.scenario_named("Boom").overrides["lithium_price"] == 35000
    assert len(stored.scenarios) == 4


def test_a_different_scenario_with_a_taken_name_gets_a_unique_name(library, doc):
    import_study(library, study_of(doc))
    for k, other_id in enumerate(["9e2d1c4b-0000-4000-8000-00000000abcd", "9e2d1c4b-0000-4000-8000-00000000abce"]):
        doc["scenarios"][3]["id"] = other_id  # another scenario called "Unrest", not ours
        report = import_study(library, study_of(doc))
        expected = "Unrest (imported)" if k == 0 else "Unrest (imported 2)"
        assert report.renamed == [("Unrest", expected)]
        assert f'"Unrest" as "{expected}"' in str(report)
    names = [s.name for s in library.load_study(STUDY_ID).scenarios]
    assert names == ["Baseline", "Boom", "Boom and freeze", "Unrest", "Unrest (imported)", "Unrest (imported 2)"]


def test_a_locally_renamed_scenario_is_recognised_as_the_same(library, doc):
    import_study(library, study_of(doc))
    local = library.load_study(STUDY_ID)
    local.scenario_named("Boom").name = "Lithium boom"
    library.save_study(local)
    report = import_study(library, study_of(doc))
    assert not report.changed
    assert "Lithium boom" in report.identical


def test_model_differences_are_reported_and_the_local_model_kept(library, doc):
    import_study(library, study_of(doc))
    doc["study"]["variables"][2]["equation"] = "2 + lithium_price / 10000"
    doc["study"]["variables"][1]["max"] = 900
    doc["study"]["variables"].append({"name": "unrest", "kind": "assumption", "value": 1})
    doc["study"]["events"][0]["probability"] = 0.6
    report = import_study(library, study_of(doc))
    text = str(report)
    assert "Your model was kept" in text
    # Yours "1.5 + lithium_price / 10000 + us_aid / 1000", the file's "2 + lithium_price / 10000": the changed tokens.
    assert ("variable 'gdp_growth': equation differs in 2 places (yours → file): [1.5 → 2] + lithium_price / …; "
            "… lithium_price / 10000 [+ us_aid / 1000 → ∅]") in text
    assert "variable 'us_aid': max differs" in text
    assert "variable 'unrest' is in the file but not in your model" in text
    assert "event 'Mass protests': probability differs" in text
    stored = library.load_study(STUDY_ID)
    assert stored.variable("gdp_growth").equation.startswith("1.5")
    assert [v.name for v in stored.variables] == ["lithium_price", "us_aid", "gdp_growth", "gdp"]


def test_replace_takes_the_files_model(library, doc):
    import_study(library, study_of(doc))
    doc["study"]["variables"][2]["equation"] = "2 + lithium_price / 10000"
    report = import_study(library, study_of(doc), replace=True)
    assert report.model_replaced and "The model was replaced" in str(report)
    assert library.load_study(STUDY_ID).variable("gdp_growth").equation == "2 + lithium_price / 10000"


def test_settings_of_assumptions_the_local_model_lacks_are_left_out_and_said(library, doc):
    import_study(library, study_of(doc))
    theirs = copy.deepcopy(doc)
    theirs["study"]["variables"].append({"name": "coca_price", "kind": "assumption", "value": 3})
    theirs["scenarios"].append({"name": "Coca", "assumptions": {"coca_price": 5, "us_aid": 7}})
    report = import_study(library, study_of(theirs))
    assert report.added == ["Coca"]
    assert any("coca_price" in line and "no such assumption" in line for line in report.dropped)
    assert library.load_study(STUDY_ID).scenario_named("Coca").overrides == {"us_aid": 7.0}


def test_a_copy_beside_yours_gets_a_colour_of_its_own(library, doc):
    import_study(library, study_of(doc))
    doc["scenarios"][1]["assumptions"]["lithium_price"] = 35000
    import_study(library, study_of(doc))
    stored = library.load_study(STUDY_ID)
    mine, theirs = stored.scenario_named("Boom"), stored.scenario_named("Boom (imported)")
    assert theirs.color.lower() != mine.color.lower()
    others = [s.color for s in stored.scenarios if s.id != theirs.id]
    from models.palette import NEAR_TWIN, distance

    assert min(distance(theirs.color, c) for c in others) >= NEAR_TWIN
    again = import_study(library, study_of(doc))  # the same file again: its copy is already here
    assert not again.changed
