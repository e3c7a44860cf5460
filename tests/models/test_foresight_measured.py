"""A driver's measured effect from the tornado, on the team's 1-5 scale."""

from __future__ import annotations

import pytest

from models.engine.tornado import Bar, Tornado
from models.foresight.domain import Driver
from models.foresight.measured import measured_effects


def _bar(name: str, low: float, high: float) -> Bar:
    return Bar(name, name, 0.0, 1.0, low, high, True)


def test_the_largest_swing_is_five_no_swing_is_one_and_the_rest_in_proportion():
    result = Tornado("y", 2030.0, 10.0, [_bar("a", 8.0, 16.0), _bar("b", 9.0, 11.0), _bar("c", 10.0, 10.0)])
    drivers = [Driver("A", assumptions=["a"], id="A"), Driver("B", assumptions=["b"], id="B"),
               Driver("C", assumptions=["c"], id="C"), Driver("None", assumptions=["z"], id="N")]
    found = measured_effects(drivers, result)
    assert set(found) == {"A", "B", "C"}  # a driver with no uncertain assumption has nothing measured
    assert found["A"].rating == 5.0 and found["A"].effect == 8.0
    assert found["B"].rating == pytest.approx(1 + 4 * 2 / 8)  # a quarter of the largest swing: 2
    assert found["C"].rating == 1.0


def test_a_driver_moving_several_assumptions_takes_its_largest_swing():
    result = Tornado("y", 2030.0, 0.0, [_bar("a", -1.0, 1.0), _bar("b", -3.0, 0.0)])
    found = measured_effects([Driver("AB", assumptions=["a", "b"], id="AB")], result)
    assert (found["AB"].effect, found["AB"].assumption, found["AB"].rating) == (3.0, "b", 5.0)


def test_nothing_moves_and_every_measured_driver_rates_one():
    result = Tornado("y", 2030.0, 0.0, [_bar("a", 2.0, 2.0)])
    assert measured_effects([Driver("A", assumptions=["a"], id="A")], result)["A"].rating == 1.0
