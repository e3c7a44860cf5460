"""Model edits (variables, events, study settings) revert exactly; renames follow the parsed equations."""

from __future__ import annotations

import pytest

from models.commands.event import AddEvent, DeleteEvent, EditEvent, SwitchEvent
from models.commands.study import EditStudySettings, points_outside
from models.commands.variable import (
    AddVariable,
    DeleteVariable,
    EditVariable,
    MoveVariable,
    RenameVariable,
    TypeEquation,
)
from models.domain import Distribution, Effect, Event, Path, TimeAxis, Variable
from models.engine.compiled import compile_study
from models.language.references import references, rename_in_equation, used_by, uses
from tests.models.helpers import assert_round_trip_is_exact
from tests.ui.conftest import make_study


def with_event(study):
    study.events.append(Event("Shock", 0.5, 2027.0, 1.0, effects=[Effect("price", "multiply", 0.5)]))
    study.scenarios[0].events["Shock"] = True
    study.scenarios[2].overrides["price"] = Path(((2025.0, 10.0), (2040.0, 20.0)))
    return study


def commands(study):
    return [
        AddVariable(Variable("extra", "auxiliary", equation="price + 1"), 2),
        DeleteVariable("price"),
        RenameVariable("price", "lithium_price"),
        EditVariable("aid", {"label": "Foreign aid", "value": 7.0, "distribution": Distribution("normal", {"mean": 5, "sd": 1})}),
        EditVariable("revenue", {"kind": "stock", "initial": "0"}),
        MoveVariable("gdp", 0, group="Top"),
        TypeEquation("growth", "equation", "2 * revenu", gesture=1),
        AddEvent(Event("Boom", 0.2, 2030.0), 0),
        DeleteEvent(study.events[0].id),
        EditEvent(study.events[0].id, {"name": "Big shock", "effects": [Effect("aid", "add", 3.0)]}),
        SwitchEvent(study.scenarios[1].id, "Shock", False),
        SwitchEvent(study.scenarios[0].id, "Shock", None),
        EditStudySettings("New title", "*words*", TimeAxis(2026.0, 2030.0, 0.5)),
    ]


@pytest.mark.parametrize("index", range(len(commands(with_event(make_study())))))
def test_apply_revert_apply_is_exact(index):
    study = with_event(make_study())
    assert_round_trip_is_exact(study, commands(study)[index])


def test_rename_rewrites_only_real_references():
    text = "price * price2 + max(price, 1) - t_price / price"
    assert rename_in_equation(text, "price", "p") == "p * price2 + max(p, 1) - t_price / p"


def test_rename_in_text_that_does_not_parse_still_skips_functions():
    assert rename_in_equation("min(min * 2, ", "min", "low") == "min(low * 2, "


def test_rename_reaches_equations_scenario_values_and_effects_and_the_model_still_runs():
    study = with_event(make_study())
    RenameVariable("price", "lithium_price").apply(study)
    assert study.variable("revenue").equation == "lithium_price * 2 * (1 + (t - 2025) / 10)"
    assert "lithium_price" in study.scenarios[2].overrides and "price" not in study.scenarios[2].overrides
    assert study.events[0].effects[0].variable == "lithium_price"
    compile_study(study).run(study)


def test_uses_and_used_by_and_what_refers_to_a_variable():
    study = with_event(make_study())
    assert uses(study.variable("growth"), study) == ["unrest", "revenue"]
    assert used_by("revenue", study) == ["growth"]
    assert references("price", study) == [
        "the equation of Revenue", "an effect of the event 'Shock'", "the value in scenario 'Other'"]


def test_typing_merges_within_a_run_and_is_a_noop_when_back_at_the_start():
    study = make_study()
    first = TypeEquation("growth", "equation", "1 + revenue / 100 - unres", gesture=4)
    first.apply(study)
    back = TypeEquation("growth", "equation", "1 + revenue / 100 - unrest", gesture=4)
    back.apply(study)
    assert first.merge(back) and first.is_noop()
    assert not first.merge(TypeEquation("growth", "equation", "x", gesture=5))


def test_shrinking_the_time_axis_names_the_path_points_it_would_leave_out():
    study = with_event(make_study())
    assert points_outside(study, TimeAxis(2025.0, 2035.0, 1.0)) == ["price in 'Other': 1 point at 2040"]
    assert points_outside(study, TimeAxis(2025.0, 2040.0, 1.0)) == []


def test_a_study_value_edit_reruns_only_the_scenarios_that_do_not_override_it():
    study = make_study()
    overriding = study.scenarios[0]
    overriding.overrides["aid"] = 9.0
    change = EditVariable("aid", {"value": 7.0}).apply(study)
    expected = {s.id for s in study.scenarios if "aid" not in study.resolved_overrides(s.id)}
    assert change.values == expected and overriding.id not in change.values
    assert EditVariable("aid", {"min": 0.0}).apply(study).values == {s.id for s in study.scenarios}
