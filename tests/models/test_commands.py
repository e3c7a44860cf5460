"""Every edit command, applied then reverted, leaves the study exactly as it was; re-applied, as it became."""

from __future__ import annotations

import pytest

from models.commands.scenario import (
    AddScenario,
    DeleteScenario,
    RecolorScenario,
    RenameScenario,
    ResetAssumption,
    SetAssumption,
    SetEquation,
)
from models.domain import Path, Scenario
from tests.models.helpers import assert_round_trip_is_exact
from tests.ui.conftest import make_study


def commands(study):
    base, child, other = study.scenarios
    return [
        SetAssumption(base.id, "price", 55.0, label="Price"),
        SetAssumption(child.id, "aid", 12.0),
        SetAssumption(other.id, "price", Path(((2025.0, 10.0), (2030.0, 90.0)))),
        ResetAssumption(child.id, "aid"),
        ResetAssumption(base.id, "price"),  # nothing to reset: still exact
        AddScenario(Scenario("New", parent_id=base.id), 1),
        DeleteScenario(base.id),
        RenameScenario(other.id, "Renamed"),
        RecolorScenario(child.id, "#000000"),
        SetEquation("growth", "equation", "2 * revenue"),
        SetEquation("gdp", "initial", "50"),
    ]


@pytest.mark.parametrize("index", range(len(commands(make_study()))))
def test_apply_revert_apply_is_exact(index):
    study = make_study()
    assert_round_trip_is_exact(study, commands(study)[index])


def test_set_assumption_merges_within_a_gesture_and_is_a_noop_when_back_at_the_start():
    study = make_study()
    base = study.scenarios[0]
    base.overrides["price"] = 50.0
    first = SetAssumption(base.id, "price", 60.0, gesture=1)
    first.apply(study)
    later = SetAssumption(base.id, "price", 70.0, gesture=1)
    later.apply(study)
    assert first.merge(later) and first.value == 70.0 and not first.is_noop()
    other_gesture = SetAssumption(base.id, "price", 50.0, gesture=2)
    assert not first.merge(other_gesture)
    back = SetAssumption(base.id, "price", 50.0, gesture=1)
    back.apply(study)
    assert first.merge(back) and first.is_noop()
    first.revert(study)
    assert base.overrides["price"] == 50.0


def test_deleting_a_parent_keeps_what_its_children_inherited():
    study = make_study()
    base, child, _ = study.scenarios
    base.overrides["unrest"] = 0.9
    DeleteScenario(base.id).apply(study)
    assert child.parent_id is None and child.overrides == {"unrest": 0.9, "aid": 10.0}


def test_only_descendants_that_inherit_a_changed_assumption_follow_it():
    study = make_study()
    base, child, _ = study.scenarios  # the child sets its own aid
    grandchild = Scenario("Grandchild", parent_id=child.id)
    study.scenarios.append(grandchild)
    change = SetAssumption(base.id, "aid", 7.0).apply(study)
    assert change.inputs == {"aid"}
    # The base's aid reaches neither the child nor, through it, the grandchild; its price reaches both.
    assert study.followers(base.id, change.inputs) == []
    assert study.followers(base.id, frozenset({"price"})) == [child, grandchild]
    assert study.followers(base.id, frozenset({"aid", "price"})) == [child, grandchild]
    assert study.followers(base.id) == [child, grandchild]  # any other change reaches every descendant
