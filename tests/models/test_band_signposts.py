"""Signposts that trigger when an observation leaves a scenario's 90 % Monte Carlo band (5th to 95th percentile)."""

from __future__ import annotations

import numpy as np
import pytest

from models.domain import TimeAxis
from models.tracking.observations import Actual, Condition, Signpost
from models.tracking.report import state_text
from models.tracking.signposts import evaluate, evaluate_all

AXIS = TimeAxis(0.0, 10.0, 1.0)
TIMES = AXIS.points()
# A band that widens over time: p5 = 10 − t, p95 = 50 + t, the quartiles and median between.
STATS = {"p5": 10 - TIMES, "p25": 20 + 0 * TIMES, "p50": 30 + 0 * TIMES, "p75": 40 + 0 * TIMES, "p95": 50 + TIMES}
WATCHED = "baseline-id"


def bands(scenario_id: str, variable: str):
    return (TIMES, STATS) if (scenario_id, variable) == (WATCHED, "unrest") else None


def signpost(scenario_id: str = WATCHED) -> Signpost:
    return Signpost("Unrest leaves the baseline", "unrest", Condition("outside_band", scenario=scenario_id), ["crisis-id"])


def state(*observed: Actual, scenario_id: str = WATCHED):
    return evaluate(signpost(scenario_id), list(observed), AXIS, bands)


def test_not_seen_without_observations_and_watching_while_inside_the_band():
    assert state().state == "not seen"
    assert state(Actual("unrest", 2.0, 30.0)).state == "watching"


@pytest.mark.parametrize("time, value", [(0.0, 50.0), (0.0, 10.0), (4.0, 54.0), (4.0, 6.0)])
def test_a_value_exactly_on_the_band_s_edge_is_still_inside(time, value):
    assert state(Actual("unrest", time, value)).state == "watching"


def test_the_first_observation_outside_triggers_and_says_on_which_side():
    result = state(Actual("unrest", 1.0, 45.0), Actual("unrest", 3.0, 53.5, "poll"), Actual("unrest", 5.0, 0.0))
    assert (result.state, result.time, result.side) == ("triggered", 3.0, "above")  # p95 at t = 3 is 53
    assert state_text(result) == "triggered at 3 (53.5 from poll, above the band)"
    below = state(Actual("unrest", 6.0, 3.9))  # p5 at t = 6 is 4
    assert (below.state, below.side) == ("triggered", "below")


def test_between_points_of_the_axis_the_band_s_edges_are_read_in_between():
    # p95 at t = 2.5 is 52.5: 52.4 is inside, 52.6 outside.
    assert state(Actual("unrest", 2.5, 52.4)).state == "watching"
    assert state(Actual("unrest", 2.5, 52.6)).state == "triggered"


def test_without_the_scenario_s_band_it_cannot_tell_and_says_so():
    result = state(Actual("unrest", 2.0, 99.0), scenario_id="other-id")
    assert result.state == "watching" and result.needs_band
    assert state_text(result) == "watching (latest 99 at 2); needs the scenario's Monte Carlo band to tell"
    assert evaluate_all([signpost()], [Actual("unrest", 2.0, 99.0)], AXIS).pop().needs_band  # no bands at all


def test_an_observation_off_the_axis_is_not_placed_in_the_band():
    assert state(Actual("unrest", 12.0, 1000.0)).state == "watching"


def test_the_condition_reads_with_the_scenario_s_name():
    assert signpost().condition.describe({WATCHED: "Baseline"}) == "outside Baseline's 90 % band"


def test_the_share_of_actuals_inside_each_scenario_s_band_counts_the_edge_as_inside():
    from models.tracking.bands import band_coverage

    observed = [Actual("unrest", 0.0, 50.0),  # on p95: inside
                Actual("unrest", 3.0, 53.5),  # above p95 (53): outside
                Actual("unrest", 6.0, 5.0),  # p5 is 4: inside
                Actual("unrest", 12.0, 30.0),  # off the axis: not placed
                Actual("other", 1.0, 30.0)]  # no band for it: not placed
    assert band_coverage(observed, [WATCHED, "other-id"], bands, AXIS) == {WATCHED: (2, 3)}
