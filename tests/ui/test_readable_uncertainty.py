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


def test_a_study_reopened_with_a_broken_equation_says_its_charts_are_empty(qtbot, tmp_path):
    from storage.repository import open_library
    from tests.ui.conftest import make_study
    from ui.main_window import MainWindow

    study = make_study()
    study.variable("growth").equation = "1 + revenue / 100 - unrst"  # saved with a typo
    library = open_library(tmp_path / "library.sqlite")
    library.save_study(study)
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.show()
    window.model_status.place()
    notice = window.charts.notice
    assert notice.isVisible()
    # It used to say "the charts show the last good results" over empty charts.
    assert "no results to chart yet" in notice.text() and "last good" not in notice.text()
    window.close()
    library.close()


def test_with_events_the_bands_say_the_line_is_the_run_without_chance(qtbot, tmp_path):
    from models.domain import Distribution, Effect, Event
    from storage.repository import open_library
    from tests.ui.conftest import make_study
    from ui.main_window import MainWindow

    study = make_study()
    study.variable("price").distribution = Distribution("normal", {"mean": 40.0, "sd": 5.0})
    study.events = [Event("Strike", 0.3, start=2026, duration=1, effects=[Effect("growth", "add", -2)])]
    library = open_library(tmp_path / "library.sqlite")
    library.save_study(study)
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.show()
    bar = window.uncertainty_bar
    bar.samples.setValue(200)
    bar.set_on(True)
    bar.worker.wait()
    qtbot.waitUntil(lambda: "samples" in bar.status.text())
    assert "without chance events" in bar.status.text()
    window.close()
    library.close()
