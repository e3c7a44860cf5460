"""The engine against closed forms: stocks, built-ins, events and scenario inheritance."""

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from models.domain import Effect, Event, Path, Scenario, Variable
from models.engine.compiled import ModelError, compile_study
from tests.models.helpers import aux, run_one, study_of

T = np.arange(0.0, 11.0)


def test_euler_growth_matches_the_closed_form():
    study = study_of(
        Variable("r", "assumption", value=0.1, min=0, max=1),
        Variable("pop", "stock", initial="100", equation="pop * r"),
        step=0.5,
    )
    assert_allclose(run_one(study, "pop"), 100 * 1.05 ** np.arange(21))


def test_stock_reads_rates_of_the_same_step():
    # inflow depends on the stock; Euler uses the value at the start of the step
    study = study_of(Variable("s", "stock", initial="1", equation="inflow"), aux("inflow", "s"))
    assert_allclose(run_one(study, "s"), 2.0 ** T)


@pytest.mark.parametrize("equation, expected", [
    ("step(5, 3)", np.where(T >= 3, 5.0, 0.0)),
    ("ramp(2, 3)", np.maximum(0, 2 * (T - 3))),
    ("ramp(2, 3, 6)", np.clip(2 * (T - 3), 0, 6)),
    ("pulse(4, 2)", np.where(T == 2, 4.0, 0.0)),
    ("pulse(4, 2, 3)", np.where((T >= 2) & (T < 5), 4.0, 0.0)),
    ("lookup(t, 0, 0, 4, 8, 10, 8)", np.interp(T, [0, 4, 10], [0, 8, 8])),
    ("lookup(t - 5, 0, 1, 1, 2)", np.interp(T - 5, [0, 1], [1, 2])),
    ("if(t > 4, 1, -1)", np.where(T > 4, 1.0, -1.0)),
    ("clip(t, 2, 7)", np.clip(T, 2, 7)),
    ("min(t, 3, 9) + max(t, 5)", np.minimum(T, 3) + np.maximum(T, 5)),
    ("round(t / 4) + floor(t / 3) + ceil(t / 3)", np.floor(T / 4 + 0.5) + np.floor(T / 3) + np.ceil(T / 3)),
    ("exp(ln(t + 1)) + log10(100) + sqrt(16) + abs(-t)", (T + 1) + 2 + 4 + T),
    ("(t > 2 and t < 6) + (t < 2 or t > 8) + (not (t == 5))", 1.0 * ((T > 2) & (T < 6)) + 1.0 * ((T < 2) | (T > 8)) + 1.0 * (T != 5)),
    ("1 + 2^2*3 - 2^3^2 + -2^2", np.full(T.shape, 1 + 12 - 512 - 4.0)),
])
def test_built_in_functions(equation, expected):
    assert_allclose(run_one(study_of(aux("y", equation)), "y"), expected)


def test_prev_is_the_value_one_step_ago_and_starts_from_its_input():
    study = study_of(aux("x", "t * t"), aux("p", "prev(x)"), aux("q", "prev(x, -1)"))
    assert_allclose(run_one(study, "p"), np.concatenate([[0.0], T[:-1] ** 2]))
    assert_allclose(run_one(study, "q"), np.concatenate([[-1.0], T[:-1] ** 2]))


def test_prev_breaks_a_cycle():
    study = study_of(aux("count", "prev(count, 0) + 1"))
    assert_allclose(run_one(study, "count"), T + 1)


def test_delay_returns_the_input_tau_ago_then_its_initial_value():
    study = study_of(aux("x", "10 * t"), aux("d", "delay(x, 3)"), aux("e", "delay(x, 3, 7)"), step=0.5)
    times = np.arange(0, 10.5, 0.5)
    assert_allclose(run_one(study, "d"), np.where(times >= 3, 10 * (times - 3), 0.0))
    assert_allclose(run_one(study, "e"), np.where(times >= 3, 10 * (times - 3), 7.0))


def test_smooth_follows_a_step_exponentially():
    study = study_of(aux("x", "step(1, 0.5)"), aux("s", "smooth(x, 2)"), step=0.25, end=20)
    values = run_one(study, "s")
    n = np.arange(values.size)
    # the input turns 1 at index 2; from the next step each step closes dt/tau = 1/8 of the gap
    assert_allclose(values, np.where(n >= 2, 1 - (1 - 0.125) ** (n - 2), 0.0), atol=1e-12)


def test_division_by_zero_and_overflow_give_inf_or_nan_not_errors():
    study = study_of(aux("a", "1 / (t - 2)"), aux("b", "0 / (t - 2)"), aux("c", "exp(1000) + 9^9^9^9"),
                     aux("d", "sqrt(t - 5) + ln(t - 1)"), aux("e", "(-8)^(1/3)"))
    projection = compile_study(study).run(study)
    sid = study.scenarios[0].id
    assert math.isinf(projection.series(sid, "a")[2]) and projection.series(sid, "a")[3] == 1.0
    assert math.isnan(projection.series(sid, "b")[2])
    assert np.isinf(projection.series(sid, "c")).all()
    assert np.isnan(projection.series(sid, "d")[:5]).all() and np.isfinite(projection.series(sid, "d")[5:]).all()
    assert np.isnan(projection.series(sid, "e")).all()


def test_path_is_linear_between_points_and_flat_outside():
    study = study_of(Variable("p", "assumption", value=0, path=Path(((2, 10), (6, 30)))))
    assert_allclose(run_one(study, "p"), np.interp(T, [2, 6], [10, 30]))


def _event_study(**switches):
    base = Scenario("Base", events=switches)
    study = study_of(
        Variable("price", "assumption", value=10, min=0, max=100),
        aux("revenue", "price * 2"),
        scenarios=[base],
    )
    study.events = [Event("shock", 0.3, start=3, duration=2, effects=[
        Effect("price", "multiply", 0.5), Effect("revenue", "add", -1)])]
    return study


def test_event_on_applies_its_effects_only_while_active():
    revenue = run_one(_event_study(shock=True), "revenue")
    active = (T >= 3) & (T < 5)
    assert_allclose(revenue, np.where(active, 10 * 0.5 * 2 - 1, 20.0))


def test_event_off_or_unmentioned_changes_nothing_in_a_deterministic_run():
    assert_allclose(run_one(_event_study(shock=False), "revenue"), np.full(11, 20.0))
    assert_allclose(run_one(_event_study(), "revenue"), np.full(11, 20.0))


def test_event_with_default_duration_lasts_one_step():
    study = _event_study(shock=True)
    study.events[0].duration = None
    assert_allclose(run_one(study, "price"), np.where(T == 3, 5.0, 10.0))


def test_three_generations_inherit_and_override():
    grandparent = Scenario("A", overrides={"x": 2.0, "y": 3.0}, events={"shock": True})
    parent = Scenario("B", parent_id=grandparent.id, overrides={"y": 5.0})
    child = Scenario("C", parent_id=parent.id, overrides={"z": Path(((0, 0), (10, 10)))})
    study = study_of(
        Variable("x", "assumption", value=1), Variable("y", "assumption", value=1),
        Variable("z", "assumption", value=1), aux("total", "x * 100 + y * 10 + z"),
        scenarios=[grandparent, parent, child],
    )
    study.events = [Event("shock", 1, start=0, duration=100, effects=[Effect("total", "add", 1000)])]
    projection = compile_study(study).run(study)
    assert_allclose(projection.series(grandparent.id, "total"), np.full(11, 1231.0))
    assert_allclose(projection.series(parent.id, "total"), np.full(11, 1251.0))
    assert_allclose(projection.series(child.id, "total"), 1250.0 + T)
    # a later change to the grandparent reaches the grandchild where it is not overridden
    grandparent.overrides["x"] = 4.0
    assert_allclose(compile_study(study).run(study).series(child.id, "total"), 1450.0 + T)


def test_a_broken_model_reports_every_problem():
    study = study_of(aux("a", "b + c"), aux("b", "a * 2"), aux("c", "lithum"), Variable("lithium", "assumption", value=1))
    with pytest.raises(ModelError) as caught:
        compile_study(study)
    assert any("unknown name 'lithum'" in str(p) and "did you mean 'lithium'" in str(p) for p in caught.value.problems)


def test_values_change_without_recompiling():
    study = study_of(Variable("r", "assumption", value=1), aux("y", "r * t"))
    model = compile_study(study)
    study.variables[0].value = 3
    assert model.fits(study)
    assert_allclose(model.run(study).series(study.scenarios[0].id, "y"), 3 * T)
    study.variables[1].equation = "r + t"
    assert not model.fits(study)


def test_results_become_a_tidy_frame():
    study = study_of(Variable("r", "assumption", value=2), aux("y", "r * t"), end=2)
    frame = compile_study(study).run(study).to_frame(study)
    assert list(frame.columns) == ["scenario", "variable", "time", "value"]
    assert frame.query("variable == 'y'")["value"].tolist() == [0.0, 2.0, 4.0]
