"""Comparison: charts show differences from a reference, the horizon table and what differs."""

from __future__ import annotations

import numpy as np

from models.comparison import input_differences
from tests.ui.conftest import wait_results
from ui.compare.differences_dialog import DifferencesDialog
from ui.compare.horizon_table_dialog import HorizonTableDialog
from ui.main_window import MainWindow


def plotted(window, scenario_name: str, indicator: str) -> np.ndarray:
    """Return the y data a chart draws for a scenario."""
    scenario_id = window.session.study.scenario_named(scenario_name).id
    return np.array(window.charts.plot(indicator).curve(scenario_id).getData()[1], copy=True)


def test_difference_mode_draws_each_scenario_minus_the_reference_and_follows_edits(qtbot, window):
    session = window.session
    base = session.study.scenario_named("Base").id
    other = session.study.scenario_named("Other").id
    window.compare_bar.set_reference(base)
    window.compare_bar.set_mode("difference")
    assert np.all(plotted(window, "Base", "revenue") == 0)
    expected = session.series(other, "revenue") - session.series(base, "revenue")
    np.testing.assert_allclose(plotted(window, "Other", "revenue"), expected)
    assert window.charts.plot("revenue").getPlotItem().getAxis("left").labelText == "Δ from Base"

    # Moving the reference's own assumption moves every other difference curve.
    window.assumptions.row("price").spin.setValue(60)
    wait_results(qtbot, window)
    expected = session.series(other, "revenue") - session.series(base, "revenue")
    np.testing.assert_allclose(plotted(window, "Other", "revenue"), expected)

    window.compare_bar.set_mode("percent")
    values, reference = session.series(other, "revenue"), session.series(base, "revenue")
    np.testing.assert_allclose(plotted(window, "Other", "revenue"), (values - reference) / abs(reference) * 100)
    window.compare_bar.set_mode("values")
    np.testing.assert_allclose(plotted(window, "Other", "revenue"), values)


def test_comparison_choices_come_back_when_the_study_is_reopened(qtbot, window, library, study):
    other = study.scenario_named("Other").id
    window.compare_bar.set_reference(other)
    window.compare_bar.set_mode("percent")
    window.close()
    again = MainWindow(library, study.id)
    qtbot.addWidget(again)
    assert again.compare_bar.reference_id == other and again.compare_bar.mode == "percent"
    again.close()


def test_horizon_table_lists_each_scenario_at_the_years_with_its_difference(qtbot, window):
    session = window.session
    base = session.study.scenario_named("Base").id
    session.set_years([2030.0, 2035.0])
    dialog = HorizonTableDialog(session, base, window)
    qtbot.addWidget(dialog)
    frame = dialog.frame
    other = frame[(frame.scenario == "Other") & (frame.indicator == "Revenue") & (frame.year == 2035.0)].iloc[0]
    # Revenue is price * 2 * (1 + (t - 2025) / 10): at 2035 that is price * 4.
    assert other.value == 80.0 * 4 and other.difference == (80.0 - 40.0) * 4 and other.percent == 100.0
    texts = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert texts[:3] == ["Base", "Child", "Other"]
    assert dialog.table.item(texts.index("Other"), 5).text() == "+160 (+100.0 %)"


def test_what_differs_lists_the_inputs_two_scenarios_set_differently(qtbot, window):
    study = window.session.study
    base, child, other = (study.scenario_named(n).id for n in ("Base", "Child", "Other"))
    assert [d.name for d in input_differences(study, base, child)] == ["aid"]
    difference = input_differences(study, child, other)
    assert {(d.name, d.first, d.second) for d in difference} == {("price", "40", "80"), ("aid", "10", "5")}
    dialog = DifferencesDialog(study, base, base, window)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "Choose two different scenarios."
    dialog.second_box.setCurrentIndex(dialog.second_box.findData(child))
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Aid"
    assert dialog.table.item(0, 3).text() == "10\n(own value)"
