"""Moving a driver re-projects exactly the indicators that depend on it; undo and redo are exact."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from tests.ui.conftest import changed_keys, curves, dependents, wait_results


def test_slider_changes_only_dependent_indicators_of_the_edited_family(qtbot, window):
    session = window.session
    base = session.study.scenario_named("Base")
    child = session.study.scenario_named("Child")
    assert session.choices.selected == base.id
    before = curves(window)
    row = window.assumptions.row("price")
    with qtbot.waitSignal(session.result_ready):
        row.slider.setValue(row.slider.value() + 100)
    after = curves(window)
    charted = {p.name for p in window.charts.plots()}
    expected = {(name, s) for name in dependents(session.study, "price") & charted for s in (base.id, child.id)}
    assert changed_keys(before, after) == expected
    assert expected  # the test means something only if some curve moved
    assert session.study.scenario(base.id).overrides["price"] == row.value()


def test_undo_restores_exact_curves_and_redo_brings_them_back(qtbot, window):
    before = curves(window)
    row = window.assumptions.row("unrest")
    row.spin.setValue(0.8)
    wait_results(qtbot, window)
    moved = curves(window)
    assert changed_keys(before, moved)
    assert window.undo_action.text().replace("&", "") == "Undo Change Unrest"
    window.undo_action.trigger()
    wait_results(qtbot, window)
    assert not changed_keys(before, curves(window))
    assert row.value() == 0.3
    assert "unrest" not in window.session.study.scenario_named("Base").overrides
    window.redo_action.trigger()
    wait_results(qtbot, window)
    assert not changed_keys(moved, curves(window))
    assert row.value() == 0.8


def test_a_drag_is_one_undo_step_and_holds_the_axes(qtbot, window):
    stack = window.session.undo_stack
    row = window.assumptions.row("price")
    gdp = window.charts.plot("gdp")
    before = curves(window)
    y_range = gdp.getPlotItem().getViewBox().viewRange()[1]
    row.slider.setSliderDown(True)
    for position in range(row.slider.value(), 1001, 50):
        row.slider.setValue(position)
        wait_results(qtbot, window)
        assert gdp.getPlotItem().getViewBox().viewRange()[1] == y_range
    free_top = gdp.free_top()  # the highest value below the time marks' names, with the axes held
    row.slider.setSliderDown(False)
    assert stack.count() == 1
    high = float(np.nanmax(gdp.curve(window.session.choices.selected).getData()[1]))
    assert high > free_top  # the curve left the free part of the view during the drag...
    assert gdp.free_top() >= high  # ...and the axes followed on release
    window.undo_action.trigger()
    wait_results(qtbot, window)
    assert not changed_keys(before, curves(window))
    assert stack.count() == 1 and stack.index() == 0


def test_key_presses_on_one_slider_are_one_step_and_another_slider_starts_a_new_one(qtbot, window):
    stack = window.session.undo_stack
    price, aid = window.assumptions.row("price"), window.assumptions.row("aid")
    price.slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(price.slider, Qt.Key.Key_Right)
    assert stack.count() == 1
    assert price.value() == 40.0 + 3 * 0.9  # 1 % of the 10–100 range per key press
    qtbot.keyClick(aid.slider, Qt.Key.Key_Right)
    assert stack.count() == 2
    assert window.undo_action.text().replace("&", "") == "Undo Change Aid"


def test_a_drag_back_to_the_start_leaves_nothing_to_undo(qtbot, window):
    row = window.assumptions.row("price")
    row.slider.setValue(row.slider.value() + 10)  # a first, separate step gives the slider an own value
    start = row.slider.value()
    row.slider.setSliderDown(True)
    row.slider.setValue(start + 100)
    row.slider.setValue(start)
    row.slider.setSliderDown(False)
    assert window.session.undo_stack.count() == 1


def test_changes_are_saved_within_a_second_without_release(qtbot, window, library):
    session = window.session
    qtbot.keyClick(window.assumptions.row("aid").slider, Qt.Key.Key_Right)
    assert session.autosave.dirty
    qtbot.waitUntil(lambda: not session.autosave.dirty, timeout=1000)
    stored = library.load_study(session.study.id)
    assert stored.scenario_named("Base").overrides["aid"] == window.assumptions.row("aid").value()


def test_slider_release_saves_at_once(qtbot, window, library):
    row = window.assumptions.row("unrest")
    row.slider.setSliderDown(True)
    row.slider.setValue(900)
    row.slider.setSliderDown(False)
    assert not window.session.autosave.dirty
    assert library.load_study(window.session.study.id).scenario_named("Base").overrides["unrest"] == 0.9


def test_table_follows_results(qtbot, window):
    table = window.table.model
    row = window.assumptions.row("price")
    with qtbot.waitSignal(window.session.result_ready):
        row.spin.setValue(90)
    window.table.refresh()
    base = window.session.study.scenario_named("Base")
    frame = table.frame
    revenue = frame[(frame["Indicator"].str.startswith("Revenue")) & (frame["Scenario"] == "Base")]
    year = window.session.choices.years[0]
    expected = np.interp(year, window.session.times, window.session.series(base.id, "revenue"))
    assert revenue[year].iloc[0] == expected


def test_a_long_drag_keeps_no_command_per_step(qtbot, window):
    import gc

    from ui.session.undo import UndoableEdit

    row = window.assumptions.row("price")
    row.slider.setSliderDown(True)
    for position in range(200, 800):
        row.slider.setValue(position)
    row.slider.setSliderDown(False)
    gc.collect()
    alive = [o for o in gc.get_objects() if isinstance(o, UndoableEdit)]
    assert window.session.undo_stack.count() == 1 and len(alive) <= 2
