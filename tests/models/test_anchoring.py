"""Re-anchoring: stocks start again at observed values, and the projection continues from there (closed forms)."""

from __future__ import annotations

import numpy as np
import pytest

from models.domain import Scenario, Variable
from models.engine.compiled import compile_study
from tests.models.helpers import aux, study_of


def _inflow_study(anchors=None, step=1.0):
    """A stock that starts at 100 and gains 5 a year, its double, and a stock that grows 10 % a year."""
    base = Scenario("Base")
    child = Scenario("From what happened", parent_id=base.id, anchors=anchors or {})
    return study_of(
        Variable("inflow", "assumption", value=5.0),
        Variable("pop", "stock", initial="100", equation="inflow"),
        aux("double", "pop * 2"),
        Variable("debt", "stock", initial="10", equation="0.1 * debt"),
        start=2025.0, end=2035.0, step=step, scenarios=[base, child],
    )


def _series(study, scenario, name):
    return compile_study(study).run(study).series(study.scenarios[scenario].id, name)


def test_without_anchors_nothing_changes():
    study = _inflow_study()
    times = study.time.points()
    np.testing.assert_allclose(_series(study, 1, "pop"), 100 + 5 * (times - 2025))


def test_a_constant_inflow_re_anchored_continues_from_the_observed_value():
    # Anchored at t = 2030 to 40: from then on pop = 40 + 5 (t − 2030); before, 100 + 5 (t − 2025).
    study = _inflow_study({"pop": (2030.0, 40.0)})
    times = study.time.points()
    expected = np.where(times < 2030, 100 + 5 * (times - 2025), 40 + 5 * (times - 2030))
    np.testing.assert_allclose(_series(study, 1, "pop"), expected)
    np.testing.assert_allclose(_series(study, 1, "double"), 2 * expected)  # what reads the stock follows it
    # The parent is not re-anchored.
    np.testing.assert_allclose(_series(study, 0, "pop"), 100 + 5 * (times - 2025))


def test_a_stock_that_feeds_on_itself_grows_from_the_anchor():
    # Euler with step 1: debt(i + 1) = 1.1 debt(i); anchored at 2028 to 20, debt = 20 · 1.1^(t − 2028) after.
    study = _inflow_study({"debt": (2028.0, 20.0)})
    times = study.time.points()
    expected = np.where(times < 2028, 10 * 1.1 ** (times - 2025), 20 * 1.1 ** (times - 2028))
    np.testing.assert_allclose(_series(study, 1, "debt"), expected)
    # The other stock is not anchored: it goes on as it was.
    np.testing.assert_allclose(_series(study, 1, "pop"), 100 + 5 * (times - 2025))


def test_on_a_quarterly_axis_the_rate_is_per_time_unit():
    study = _inflow_study({"pop": (2026.5, 0.0)}, step=0.25)
    times = study.time.points()
    pop = _series(study, 1, "pop")
    after = times >= 2026.5
    np.testing.assert_allclose(pop[after], 5 * (times[after] - 2026.5))


def test_two_stocks_anchored_at_different_times_each_restart_at_theirs():
    study = _inflow_study({"pop": (2027.0, 0.0), "debt": (2031.0, 1.0)})
    times = study.time.points()
    np.testing.assert_allclose(_series(study, 1, "pop"), np.where(times < 2027, 100 + 5 * (times - 2025), 5 * (times - 2027)))
    np.testing.assert_allclose(_series(study, 1, "debt"), np.where(times < 2031, 10 * 1.1 ** (times - 2025), 1.1 ** (times - 2031)))


def test_a_child_of_a_re_anchored_scenario_keeps_the_anchor_and_its_own_assumptions():
    study = _inflow_study({"pop": (2030.0, 40.0)})
    grandchild = Scenario("Faster", parent_id=study.scenarios[1].id, overrides={"inflow": 8.0})
    study.scenarios.append(grandchild)
    times = study.time.points()
    expected = np.where(times < 2030, 100 + 8 * (times - 2025), 40 + 8 * (times - 2030))
    np.testing.assert_allclose(_series(study, 2, "pop"), expected)


@pytest.mark.parametrize("time, index", [(2030.4, 5), (2030.6, 6), (2020.0, 0)])
def test_an_anchor_off_the_axis_applies_at_the_nearer_point(time, index):
    study = _inflow_study({"pop": (time, 0.0)})
    pop = _series(study, 1, "pop")
    assert pop[index] == 0.0
    assert pop[index - 1] != 0.0 if index else True


def test_an_anchor_after_the_end_does_nothing_and_one_at_the_end_sets_the_last_point():
    times = _inflow_study().time.points()
    np.testing.assert_allclose(_series(_inflow_study({"pop": (2040.0, 0.0)}), 1, "pop"), 100 + 5 * (times - 2025))
    pop = _series(_inflow_study({"pop": (2035.0, 7.0)}), 1, "pop")
    assert pop[-1] == 7.0
    np.testing.assert_allclose(pop[:-1], 100 + 5 * (times[:-1] - 2025))


def test_a_variable_named_like_the_restart_start_does_not_clash():
    study = _inflow_study({"pop": (2030.0, 40.0)})
    study.variables.append(Variable("restart_pop", "assumption", value=123.0))
    times = study.time.points()
    np.testing.assert_allclose(_series(study, 1, "pop")[times >= 2030], 40 + 5 * (times[times >= 2030] - 2030))
    np.testing.assert_allclose(_series(study, 1, "restart_pop"), 123.0)
