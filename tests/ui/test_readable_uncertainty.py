"""Reading differences and uncertainty: never the reference against itself, rates in percentage points."""

from __future__ import annotations

import numpy as np

from ui.compare.differences_dialog import DifferencesDialog


def test_what_differs_never_opens_on_the_reference_against_itself(qtbot, window, monkeypatch):
    monkeypatch.setattr(DifferencesDialog, "exec", lambda self: 0)
    session = window.session
    base = session.study.scenario_named("Base")
    assert window.compare_bar.reference_id in (None, base.id)
    session.select(base.id)  # the selected scenario is the reference (the default on a fresh study)
    window.show_differences()
    dialog = window.differences_dialog
    qtbot.addWidget(dialog)
    first, second = dialog.first_box.currentData(), dialog.second_box.currentData()
    assert first == base.id and second != first


def plotted(window, scenario: str, name: str) -> np.ndarray:
    """Return the y values a chart draws for a scenario."""
    scenario_id = window.session.study.scenario_named(scenario).id
    return np.array(window.charts.plot(name).curve(scenario_id).getData()[1])


def test_a_rate_is_compared_in_percentage_points_not_percent(qtbot, window):
    session = window.session
    base, other = session.study.scenario_named("Base").id, session.study.scenario_named("Other").id
    window.compare_bar.set_reference(base)
    window.compare_bar.set_mode("percent")
    # Growth is in %/yr: a % of a % is meaningless (it spiked to −350 % where growth crossed zero).
    growth = session.series(other, "growth") - session.series(base, "growth")
    np.testing.assert_allclose(plotted(window, "Other", "growth"), growth)
    assert window.charts.plot("growth").getPlotItem().getAxis("left").labelText == "percentage points vs Base"
    # Revenue (USD M/yr) stays a % difference.
    revenue, reference = session.series(other, "revenue"), session.series(base, "revenue")
    np.testing.assert_allclose(plotted(window, "Other", "revenue"), (revenue - reference) / abs(reference) * 100)
    assert window.charts.plot("revenue").getPlotItem().getAxis("left").labelText == "% vs Base"


def test_a_reference_that_crosses_zero_gets_a_plain_difference():
    from models.comparison import percent_misleads

    assert percent_misleads("USD bn", np.array([2.0, 0.5, -1.0]))
    assert not percent_misleads("USD bn", np.array([2.0, 0.5, 1.0]))
    assert percent_misleads("%/yr", np.array([2.0, 3.0]))
