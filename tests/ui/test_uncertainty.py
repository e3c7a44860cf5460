"""Fan charts: bands around each shown scenario, following slider drags, marked while they catch up."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF

from models.domain import Distribution
from tests.ui.conftest import make_study, wait_results
from ui.main_window import MainWindow


@pytest.fixture
def study():
    """Return the small study with symmetric uncertainty on price and aid."""
    study = make_study()
    study.variable("price").distribution = Distribution("normal", {"mean": 40.0, "sd": 5.0})
    study.variable("aid").distribution = Distribution("uniform", {"low": 2.0, "high": 8.0})
    return study


def _switch_on(qtbot, window, samples: int = 1_000) -> None:
    bar = window.uncertainty_bar
    bar.samples.setValue(samples)
    bar.set_on(True)
    bar.worker.wait()


def test_bands_surround_every_shown_scenario_line(qtbot, window):
    window.uncertainty_bar.all_fans.setChecked(True)  # by default only the selected one and the reference
    _switch_on(qtbot, window)
    bar = window.uncertainty_bar
    for plot in window.charts.plots():
        for scenario in window.session.shown_scenarios():
            line = np.asarray(plot.curve(scenario.id).getData()[1])
            band = bar.fans(plot.name).drawn(scenario.id)
            assert band is not None
            assert np.all(band["p5"] <= band["p25"] + 1e-9) and np.all(band["p75"] <= band["p95"] + 1e-9)
            assert np.all(band["p5"] <= line + 1e-6) and np.all(line <= band["p95"] + 1e-6), plot.name
    assert "1,000 samples" in bar.status.text()


def test_a_slider_moves_the_line_at_once_and_the_bands_follow_marked_as_updating(qtbot, window):
    _switch_on(qtbot, window)
    bar = window.uncertainty_bar
    base = window.session.study.scenario_named("Base")
    before = bar.fans("revenue").drawn(base.id)["p50"].copy()
    row = window.assumptions.row("price")
    row.slider.setSliderDown(True)
    row.slider.setValue(row.slider.maximum())
    wait_results(qtbot, window)
    line = np.asarray(window.charts.plot("revenue").curve(base.id).getData()[1])
    if bar.worker.busy:  # the usual case: the bands are still being sampled for the new value
        assert bar.fans("revenue").is_stale(base.id)
        assert "Updating" in bar.status.text()
    bar.worker.wait()
    row.slider.setSliderDown(False)
    after = bar.fans("revenue").drawn(base.id)
    assert not bar.fans("revenue").is_stale(base.id) and "Updating" not in bar.status.text()
    assert after["p50"][-1] > before[-1] * 1.5  # the fan moved with the price
    assert np.all(after["p5"] <= line + 1e-6) and np.all(line <= after["p95"] + 1e-6)


def test_switching_off_hides_the_bands_and_the_choice_is_remembered(qtbot, window, library, study):
    _switch_on(qtbot, window, samples=600)
    base = window.session.study.scenario_named("Base").id
    first = window.uncertainty_bar.fans("revenue").drawn(base)
    window.uncertainty_bar.set_on(False)
    assert window.uncertainty_bar.fans("revenue").drawn(base) is None
    window.uncertainty_bar.set_on(True)
    window.close()
    again = MainWindow(library, study.id)
    qtbot.addWidget(again)
    again.uncertainty_bar.worker.wait()
    assert again.uncertainty_bar.on and again.uncertainty_bar.samples.value() == 600
    second = again.uncertainty_bar.fans("revenue").drawn(base)
    for stat in first:  # the same seed gives the same picture
        assert np.array_equal(first[stat], second[stat])
    again.close()


def test_hovering_shows_the_percentiles_at_that_time(qtbot, window):
    _switch_on(qtbot, window)
    plot = window.charts.plot("revenue")
    view = plot.getPlotItem().getViewBox()
    point = view.mapViewToScene(QPointF(2030.0, float(np.mean(view.viewRange()[1]))))
    plot.scene().sigMouseMoved.emit(point)
    text = window.charts.readout.text()
    assert "median" in text and "90 %" in text and "Revenue, 2030" in text
    # The read-out sits on its own line above the charts: nothing is drawn over the curves.
    assert not plot._readout.isVisible()
    assert not window.charts.readout.geometry().intersects(window.charts.scroll_area.geometry())


def test_bands_are_not_drawn_over_differences(qtbot, window):
    _switch_on(qtbot, window)
    base = window.session.study.scenario_named("Base").id
    window.compare_bar.set_mode("difference")
    assert window.uncertainty_bar.fans("revenue").drawn(base) is None
    assert "differences" in window.uncertainty_bar.status.text()


def test_a_switch_to_a_dark_palette_redraws_the_medians_for_the_dark_background(qtbot, window):
    from PySide6.QtGui import QColor, QPalette

    _switch_on(qtbot, window)
    plot = window.charts.plots()[0]
    layer = window.uncertainty_bar.fans(plot.name)._layer
    light = layer._styles[0][2].color().lightness()
    dark = QPalette(window.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    window.setPalette(dark)
    qtbot.waitUntil(lambda: layer._styles[0][2].color().lightness() < light - 10)  # a tenth of the background shows


def test_a_fan_fills_its_bands_and_leaves_a_gap_where_the_samples_are_not_numbers(qtbot):
    from ui.plots.fan_bands import _paths

    times = np.arange(5.0)
    stats = {"p5": np.zeros(5), "p25": np.full(5, 1.0), "p50": np.full(5, 2.0), "p75": np.full(5, 3.0), "p95": np.full(5, 4.0)}
    rings, inner, median, rect = _paths(times, stats)
    assert rings.contains(QPointF(1.5, 0.5)) and rings.contains(QPointF(1.5, 3.5))  # the 90 % band outside the 50 %
    assert inner.contains(QPointF(1.5, 2.5)) and not rings.contains(QPointF(1.5, 2.5))
    assert not rings.contains(QPointF(1.5, 4.5)) and not inner.contains(QPointF(1.5, 4.5))
    assert (rect.top(), rect.bottom()) == (0.0, 4.0)

    stats["p95"][3:] = np.nan  # an overflow in some samples from time 3 on
    stats["p50"][3:] = np.nan
    rings, inner, median, rect = _paths(times, stats)
    assert rings.boundingRect().right() == 2.0 and inner.boundingRect().right() == 2.0
    assert median.boundingRect().right() == 2.0


def test_by_default_only_the_selected_scenario_and_the_reference_get_bands(qtbot, window):
    session, bar = window.session, window.uncertainty_bar
    base, child, other = (session.study.scenario_named(n) for n in ("Base", "Child", "Other"))
    window.compare_bar.set_reference(base.id)
    session.select(other.id)
    _switch_on(qtbot, window)
    qtbot.waitUntil(lambda: bar.fans("revenue").drawn(other.id) is not None)
    fans = bar.fans("revenue")
    assert fans.drawn(base.id) is not None and fans.drawn(other.id) is not None
    assert fans.drawn(child.id) is None  # shown, but as its line alone: five bands blur into one cloud
    assert window.charts.plot("revenue").curve(child.id).isVisible()
    bar.all_fans.setChecked(True)
    bar.worker.wait()
    qtbot.waitUntil(lambda: bar.fans("revenue").drawn(child.id) is not None)


def test_during_a_drag_bands_wait_for_the_band_frame_and_the_release_brings_the_newest(qtbot, window, monkeypatch):
    # A band frame longer than the test: during the drag the fans stay as they were, marked as updating.
    monkeypatch.setattr("ui.uncertainty.uncertainty_bar.BAND_FRAME", 3600.0)
    _switch_on(qtbot, window)
    bar = window.uncertainty_bar
    base = window.session.study.scenario_named("Base")
    before = bar.fans("revenue").drawn(base.id)["p50"].copy()
    row = window.assumptions.row("price")
    row.slider.setSliderDown(True)
    for position in (row.slider.maximum() - 10, row.slider.maximum()):
        row.slider.setValue(position)
        wait_results(qtbot, window)
    bar.worker.wait()
    assert np.array_equal(bar.fans("revenue").drawn(base.id)["p50"], before)
    assert bar.fans("revenue").is_stale(base.id) and "Updating" in bar.status.text()
    row.slider.setSliderDown(False)
    bar.worker.wait()
    after = bar.fans("revenue").drawn(base.id)
    assert not bar.fans("revenue").is_stale(base.id) and "Updating" not in bar.status.text()
    assert after["p50"][-1] > before[-1] * 1.5  # the fan moved with the price once the drag ended


def test_a_slider_held_still_in_a_drag_gets_its_current_bands_within_a_band_frame(qtbot, window, monkeypatch):
    monkeypatch.setattr("ui.uncertainty.uncertainty_bar.BAND_FRAME", 0.05)
    _switch_on(qtbot, window)
    bar = window.uncertainty_bar
    base = window.session.study.scenario_named("Base")
    before = bar.fans("revenue").drawn(base.id)["p50"].copy()
    row = window.assumptions.row("price")
    row.slider.setSliderDown(True)
    row.slider.setValue(row.slider.maximum())
    wait_results(qtbot, window)
    bar.worker.wait()
    qtbot.waitUntil(lambda: not bar.fans("revenue").is_stale(base.id), timeout=5000)  # still held
    assert bar.fans("revenue").drawn(base.id)["p50"][-1] > before[-1] * 1.5
    row.slider.setSliderDown(False)
