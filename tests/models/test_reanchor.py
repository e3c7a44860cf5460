""""Start from the latest actuals": which observations a re-anchored child starts from, and its projection."""

from __future__ import annotations

import numpy as np

from models.domain import Scenario, StudyDates, Variable
from models.engine.compiled import compile_study
from models.tracking.observations import Actual
from models.tracking.reanchor import latest_observed_stocks, reanchor_command
from tests.models.helpers import assert_round_trip_is_exact, aux, study_of


def _study(actuals, as_of=2030.0):
    study = study_of(
        Variable("inflow", "assumption", value=5.0),
        Variable("pop", "stock", initial="100", equation="inflow"),
        aux("double", "pop * 2"),
        start=2025.0, end=2035.0, scenarios=[Scenario("Base"), Scenario("Other")],
    )
    study.actuals = actuals
    study.dates = StudyDates(as_of=as_of)
    return study


ACTUALS = [
    Actual("pop", 2027.0, 50.0, "census"),
    Actual("pop", 2029.0, 60.0, "census"),
    Actual("pop", 2029.0, 70.0, "survey"),  # two sources the same year: their mean, 65
    Actual("pop", 2031.0, 99.0, "census"),  # after the as-of date: left aside
    Actual("double", 2028.0, 1.0),  # computed, not a stock: not set
]


def test_each_stock_starts_from_its_latest_observation_up_to_the_as_of_date():
    found = latest_observed_stocks(_study(ACTUALS))
    assert found.anchors == {"pop": (2029.0, 65.0)}
    assert found.not_stocks == ["double"]
    assert found.after_as_of == 1


def test_without_an_as_of_date_the_latest_observation_of_all_is_used():
    assert latest_observed_stocks(_study(ACTUALS, as_of=None)).anchors == {"pop": (2031.0, 99.0)}


def test_the_child_continues_from_what_happened_and_the_step_undoes_exactly():
    study = _study(ACTUALS)
    command = reanchor_command(study, study.scenarios[0].id)
    assert command is not None
    assert_round_trip_is_exact(study, command)
    child = study.scenarios[1]  # right after its parent
    assert child.parent_id == study.scenarios[0].id and child.name == "Base – from actuals"
    assert "65" in child.narrative and "2029" in child.narrative
    times = study.time.points()
    pop = compile_study(study).run(study).series(child.id, "pop")
    np.testing.assert_allclose(pop, np.where(times < 2029, 100 + 5 * (times - 2025), 65 + 5 * (times - 2029)))


def test_a_second_re_anchoring_gets_a_name_of_its_own():
    study = _study(ACTUALS)
    reanchor_command(study, study.scenarios[0].id).apply(study)
    second = reanchor_command(study, study.scenarios[0].id)
    assert second.scenario.name == "Base – from actuals 2"


def test_nothing_to_start_from_when_no_stock_was_observed():
    study = _study([Actual("double", 2028.0, 1.0)])
    assert reanchor_command(study, study.scenarios[0].id) is None


def test_deleting_a_re_anchored_parent_leaves_its_children_their_start():
    from models.commands.scenario import DeleteScenario

    study = _study(ACTUALS)
    reanchor_command(study, study.scenarios[0].id).apply(study)
    child = study.scenarios[1]
    grandchild = Scenario("Faster", parent_id=child.id, overrides={"inflow": 8.0})
    study.scenarios.append(grandchild)
    before = compile_study(study).run(study).series(grandchild.id, "pop")
    assert_round_trip_is_exact(study, DeleteScenario(child.id))
    np.testing.assert_allclose(compile_study(study).run(study).series(grandchild.id, "pop"), before)


def test_renaming_or_deleting_a_re_anchored_stock_takes_its_start_along_and_undo_brings_it_back():
    from models.commands.variable import DeleteVariable, RenameVariable

    study = _study(ACTUALS)
    reanchor_command(study, study.scenarios[0].id).apply(study)
    child = study.scenarios[1]
    rename = RenameVariable("pop", "people")
    assert_round_trip_is_exact(study, rename)
    assert child.anchors == {"people": (2029.0, 65.0)}
    times = study.time.points()
    people = compile_study(study).run(study).series(child.id, "people")
    np.testing.assert_allclose(people[times >= 2029], 65 + 5 * (times[times >= 2029] - 2029))
    delete = DeleteVariable("people")
    delete.apply(study)
    assert child.anchors == {}
    delete.revert(study)
    assert child.anchors == {"people": (2029.0, 65.0)}



def test_what_differs_names_the_stock_a_child_starts_again():
    from models.comparison import input_differences

    study = _study(ACTUALS)
    reanchor_command(study, study.scenarios[0].id).apply(study)
    base, child = study.scenarios[0], study.scenarios[1]
    [difference] = input_differences(study, base.id, child.id)
    assert (difference.kind, difference.name, difference.first, difference.second) == \
        ("start", "pop", "—", "starts again at 65 in 2029")
    assert (difference.first_from, difference.second_from) == ("", "own value")
