"""With Monte Carlo on, the impact map shows each linked driver's measured effect beside the team's rating."""

from __future__ import annotations

import pytest

from models.domain import Distribution
from models.foresight.domain import Driver
from tests.ui.conftest import make_study


@pytest.fixture
def study():
    """Stability = 1 − unrest + aid/100: unrest moves it, price does not, aid has no distribution."""
    study = make_study()
    for variable in study.variables:
        if variable.name == "unrest":
            variable.distribution = Distribution("uniform", {"low": 0.1, "high": 0.5})
        if variable.name == "price":
            variable.distribution = Distribution("uniform", {"low": 20.0, "high": 60.0})
    study.foresight.drivers = [Driver("Price", impact=5, uncertainty=4, assumptions=["price"], id="d-price"),
                               Driver("Unrest", impact=2, uncertainty=3, assumptions=["unrest"], id="d-unrest"),
                               Driver("Aid", impact=3, uncertainty=2, assumptions=["aid"], id="d-aid")]
    return study


def test_the_switch_waits_for_monte_carlo_and_the_marks_show_the_measured_effect(window, qtbot):
    foresight = window.foresight
    foresight.resize(1366, 768)
    foresight.show_tab("drivers")
    effects, chart = foresight.drivers.effects, foresight.drivers.map
    assert not effects.switch.isEnabled()  # Monte Carlo is off: nothing to measure with
    window.uncertainty_bar.toggle.setChecked(True)
    foresight.hide()
    foresight.show_tab("drivers")  # coming back to the window, it sees Monte Carlo on
    assert effects.switch.isEnabled()
    effects.indicator.setCurrentIndex(effects.indicator.findData("stability"))
    effects.switch.setChecked(True)
    effects.wait()
    qtbot.waitUntil(lambda: bool(chart.measured_points()), timeout=30_000)
    # Unrest swings stability by 0.32 (uniform 0.1–0.5: 0.14 to 0.46), the largest: 5. Price does not move it: 1.
    # Aid has no distribution, so nothing is measured for it. Each mark sits in its driver's column.
    assert chart.measured_points() == {"d-unrest": pytest.approx((3.3, 5.0)), "d-price": pytest.approx((4.3, 1.0))}
    assert effects.measured["d-unrest"].effect == pytest.approx(0.32)
    assert "2 of 3 drivers" in effects.status.text()
    effects.switch.setChecked(False)
    assert chart.measured_points() == {}
