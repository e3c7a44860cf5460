"""Tracking scores and signpost states on constructed cases with known answers; actuals edits undo exactly."""

from __future__ import annotations

import copy
import math

import numpy as np
import pytest

from models.domain import Study, TimeAxis
from models.tracking.commands import (
    AddActuals,
    EditActual,
    RemoveActuals,
    RemoveSignpost,
    SetSignpost,
)
from models.tracking.observations import Actual, Condition, Signpost
from models.tracking.scores import track, variable_scale
from models.tracking.signposts import evaluate

TIMES = np.arange(2025.0, 2030.01, 0.25)
# Two variables in very different units: growth in %/yr, revenue in USD M. Three scenarios.
CURVES = {
    "low": {"growth": 1.0 + 0.1 * (TIMES - 2025), "revenue": 1000 + 100 * (TIMES - 2025)},
    "mid": {"growth": 2.0 + 0.2 * (TIMES - 2025), "revenue": 2000 + 300 * (TIMES - 2025)},
    "high": {"growth": 3.0 + 0.4 * (TIMES - 2025), "revenue": 5000 + 900 * (TIMES - 2025)},
}
SCENARIOS = list(CURVES)


def series(scenario_id: str, name: str):
    return CURVES[scenario_id].get(name)


def observed_from(scenario: str, times: list[float], shift: dict[str, float] | None = None) -> list[Actual]:
    shift = shift or {}
    return [Actual(name, t, float(np.interp(t, TIMES, CURVES[scenario][name])) + shift.get(name, 0.0), "test")
            for name in ("growth", "revenue") for t in times]


def test_actuals_taken_from_one_scenario_rank_it_first_with_zero_error():
    for scenario in SCENARIOS:
        result = track(observed_from(scenario, [2025.5, 2026.0, 2027.25]), TIMES, series, SCENARIOS)
        assert result.ranking[0].scenario_id == scenario
        assert result.ranking[0].error == pytest.approx(0.0, abs=1e-12)
        assert result.ranking[0].count == 6
        assert all(s.error > 0.1 for s in result.ranking[1:])


def test_noise_of_a_known_size_gives_the_expected_score():
    # Each observation is off the "mid" projection by exactly 0.3 of its variable's scale, half above
    # and half below: the RMS scaled error is 0.3 and the mean bias 0, whatever the units.
    scale = {n: variable_scale(np.vstack([CURVES[s][n] for s in SCENARIOS])) for n in ("growth", "revenue")}
    times = [2025.25, 2026.0, 2026.75, 2028.5]
    actuals = []
    for k, t in enumerate(times):
        sign = 1 if k % 2 == 0 else -1
        for name in ("growth", "revenue"):
            actuals.append(Actual(name, t, float(np.interp(t, TIMES, CURVES["mid"][name])) + sign * 0.3 * scale[name]))
    result = track(actuals, TIMES, series, SCENARIOS)
    mid = next(s for s in result.ranking if s.scenario_id == "mid")
    assert result.ranking[0].scenario_id == "mid"
    assert mid.error == pytest.approx(0.3)
    assert mid.bias == pytest.approx(0.0, abs=1e-12)


def test_the_scale_is_the_scenarios_typical_spread_so_units_do_not_matter():
    # Revenue in USD is 1000 times larger than in USD thousands: the scores are the same.
    actuals = observed_from("high", [2026.0, 2027.0], shift={"growth": 0.5})
    first = track(actuals, TIMES, series, SCENARIOS)
    scaled = {s: {"growth": c["growth"], "revenue": c["revenue"] * 1000} for s, c in CURVES.items()}
    rescaled = [Actual(a.variable, a.time, a.value * (1000 if a.variable == "revenue" else 1)) for a in actuals]
    second = track(rescaled, TIMES, lambda s, n: scaled[s].get(n), SCENARIOS)
    assert [s.scenario_id for s in first.ranking] == [s.scenario_id for s in second.ranking]
    assert [s.error for s in first.ranking] == pytest.approx([s.error for s in second.ranking])
    # Closed form of the scale: RMS over time of the population sd across the three scenarios.
    growth = np.vstack([CURVES[s]["growth"] for s in SCENARIOS])
    assert first.scales["growth"] == pytest.approx(math.sqrt(np.mean(np.var(growth, axis=0))))


def test_observations_off_the_axis_or_of_unknown_variables_are_skipped_and_said():
    actuals = observed_from("low", [2026.0]) + [Actual("growth", 2031.0, 1.0), Actual("nothing", 2026.0, 1.0)]
    result = track(actuals, TIMES, series, SCENARIOS)
    assert [(a.variable, why) for a, why in result.skipped] == [("growth", "outside the time axis"),
                                                               ("nothing", "no projection of 'nothing'")]
    assert result.ranking[0].count == 2


def test_the_observation_that_separates_scenarios_most_weighs_most():
    # In 2025 growth is 1, 2, 3 (scenarios close together); in 2030 revenue is 1500, 3500, 9500 (far apart).
    actuals = [Actual("growth", 2025.0, 2.0), Actual("revenue", 2030.0, 8000.0)]
    result = track(actuals, TIMES, series, SCENARIOS)
    assert [w.actual for w in result.weights] == [actuals[1], actuals[0]]
    assert [w.closest for w in result.weights] == ["high", "mid"]
    scale = result.scales["revenue"]
    assert result.weights[0].spread == pytest.approx((8000 - 1500) / scale - (9500 - 8000) / scale)


AXIS = TimeAxis(2025.0, 2030.0, 0.25)


def above(threshold: float) -> Signpost:
    return Signpost("Unrest", "unrest", Condition("above", threshold), ["s1"], "Ana", "", "0f0e0d0c-0b0a-4908-8706-050403020100")


def test_a_signpost_is_not_seen_then_watching_then_triggered():
    signpost = above(60)
    assert evaluate(signpost, [], AXIS).state == "not seen"
    assert evaluate(signpost, [Actual("other", 2025.0, 99)], AXIS).state == "not seen"
    assert evaluate(signpost, [Actual("unrest", 2025.0, 50)], AXIS).state == "watching"
    state = evaluate(signpost, [Actual("unrest", 2025.25, 61, "poll"), Actual("unrest", 2025.0, 50), Actual("unrest", 2025.5, 70)], AXIS)
    assert (state.state, state.time, state.observation) == ("triggered", 2025.25, Actual("unrest", 2025.25, 61, "poll"))
    assert state.latest == Actual("unrest", 2025.5, 70)


def test_a_value_exactly_at_the_threshold_has_not_crossed_it():
    assert evaluate(above(60), [Actual("unrest", 2025.0, 60.0)], AXIS).state == "watching"
    below = Signpost("Calm", "unrest", Condition("below", 20), [])
    assert evaluate(below, [Actual("unrest", 2025.0, 20.0)], AXIS).state == "watching"
    assert evaluate(below, [Actual("unrest", 2025.0, 19.999)], AXIS).state == "triggered"


def test_rising_needs_consecutive_periods_and_a_missing_period_breaks_the_run():
    rising = Signpost("Up", "unrest", Condition("rising", periods=2), [])
    steady = [Actual("unrest", 2025.0, 1), Actual("unrest", 2025.25, 2), Actual("unrest", 2025.5, 3)]
    state = evaluate(rising, steady, AXIS)
    assert (state.state, state.time) == ("triggered", 2025.5)
    gap = [Actual("unrest", 2025.0, 1), Actual("unrest", 2025.25, 2), Actual("unrest", 2025.75, 3)]  # 2025.5 missing
    assert evaluate(rising, gap, AXIS).state == "watching"
    flat = [Actual("unrest", 2025.0, 1), Actual("unrest", 2025.25, 2), Actual("unrest", 2025.5, 2)]  # equal is not rising
    assert evaluate(rising, flat, AXIS).state == "watching"
    falling = Signpost("Down", "unrest", Condition("falling", periods=1), [])
    assert evaluate(falling, [Actual("unrest", 2025.0, 5), Actual("unrest", 2025.25, 4)], AXIS).time == 2025.25


def test_two_observations_in_one_period_count_as_their_mean():
    rising = Signpost("Up", "unrest", Condition("rising", periods=1), [])
    # Mean of 2025.25 is 1.5, below the 2.0 before it: not rising.
    actuals = [Actual("unrest", 2025.0, 2.0), Actual("unrest", 2025.25, 1.0, "a"), Actual("unrest", 2025.25, 2.0, "b")]
    assert evaluate(rising, actuals, AXIS).state == "watching"
    actuals[1] = Actual("unrest", 2025.25, 3.0, "a")  # mean 2.5
    assert evaluate(rising, actuals, AXIS).state == "triggered"


def study_with_actuals() -> Study:
    study = Study("s", AXIS)
    study.actuals = [Actual("a", 2025.0, 1.0, "x"), Actual("b", 2025.5, 2.0)]
    study.signposts = [above(60)]
    return study


@pytest.mark.parametrize("command", [
    lambda: AddActuals(actuals=[Actual("a", 2025.0, 5.0, "x"), Actual("c", 2026.0, 3.0)]),
    lambda: RemoveActuals(positions=[0]),
    lambda: EditActual(position=1, actual=Actual("b", 2025.75, 2.5, "y", "typed")),
    lambda: SetSignpost(signpost=Signpost("New", "a", Condition("falling", periods=3), [])),
    lambda: RemoveSignpost(signpost_id=study_with_actuals().signposts[0].id),
])
def test_every_tracking_edit_reverts_exactly(command):
    study = study_with_actuals()
    before = copy.deepcopy(study)
    edit = command()
    change = edit.apply(study)
    assert change.tracking
    assert (study.actuals, study.signposts) != (before.actuals, before.signposts)
    edit.revert(study)
    assert study == before


def test_adding_the_same_figure_again_replaces_it_in_place():
    study = study_with_actuals()
    AddActuals(actuals=[Actual("a", 2025.0, 5.0, "x")]).apply(study)
    assert study.actuals == [Actual("a", 2025.0, 5.0, "x"), Actual("b", 2025.5, 2.0)]


def test_renaming_a_variable_renames_its_actuals_and_signposts_and_undo_puts_them_back():
    from models.commands.variable import RenameVariable
    from models.domain import Variable

    study = study_with_actuals()
    study.variables = [Variable("unrest", "assumption", value=1.0), Variable("a", "assumption", value=0.0)]
    before = copy.deepcopy(study)
    rename = RenameVariable("unrest", "social_unrest")
    study.actuals.append(Actual("unrest", 2026.0, 61.0))
    before.actuals.append(Actual("unrest", 2026.0, 61.0))
    assert rename.apply(study).tracking
    assert study.actuals[-1].variable == "social_unrest" and study.signposts[0].variable == "social_unrest"
    assert study.actuals[0].variable == "a"
    rename.revert(study)
    assert study == before


def test_deleting_a_variable_takes_its_actuals_and_signposts_and_undo_brings_them_back():
    from models.commands.variable import DeleteVariable
    from models.domain import Variable

    study = study_with_actuals()
    study.variables = [Variable("unrest", "assumption", value=1.0), Variable("a", "assumption", value=0.0)]
    study.actuals.append(Actual("unrest", 2026.0, 61.0))
    before = copy.deepcopy(study)
    delete = DeleteVariable("unrest")
    delete.apply(study)
    assert [a.variable for a in study.actuals] == ["a", "b"] and study.signposts == []
    delete.revert(study)
    assert study == before


def test_an_actual_s_percentile_in_a_band_is_read_between_its_edges():
    from models.tracking.bands import band_percentile, describe_percentile

    times = np.array([2025.0, 2026.0])
    # The band widens over time: at 2025.5 its edges are the mean of the two columns.
    stats = {"p5": np.array([0.0, 2.0]), "p25": np.array([2.0, 4.0]), "p50": np.array([4.0, 6.0]),
             "p75": np.array([6.0, 8.0]), "p95": np.array([8.0, 10.0])}
    assert band_percentile(5.0, 2025.5, times, stats) == pytest.approx(50.0)  # the median there
    assert band_percentile(4.0, 2025.5, times, stats) == pytest.approx(37.5)  # halfway from p25 (3) to p50 (5)
    assert band_percentile(1.0, 2025.5, times, stats) == pytest.approx(5.0)  # exactly at p5
    assert band_percentile(0.5, 2025.5, times, stats) == -math.inf
    assert band_percentile(9.5, 2025.5, times, stats) == math.inf
    assert describe_percentile(37.5) == "38th percentile"
    assert describe_percentile(-math.inf) == "below the 90 % band"
    assert describe_percentile(11.0) == "11th percentile" and describe_percentile(22.0) == "22nd percentile"
