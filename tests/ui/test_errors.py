"""A model that does not compile shows its problems and keeps the last good curves; bad numbers are marked."""

from __future__ import annotations

import numpy as np

from models.commands.scenario import SetEquation
from tests.ui.conftest import changed_keys, curves, wait_results
from ui.editor.model_status import SETTLE_MS


def test_broken_equation_shows_the_problem_and_keeps_the_previous_curves(qtbot, window):
    session = window.session
    before = curves(window)
    session.push(SetEquation("growth", "equation", "1 + revnue / 100"))
    assert not session.compiled_ok
    messages = window.problems.messages()  # listed at once; the dock opens once edits pause
    qtbot.waitUntil(window.problems_dock.isVisible)
    assert len(messages) == 1 and "growth.equation" in messages[0] and "revnue" in messages[0] and "revenue" in messages[0]
    assert window.charts.notice.isVisible() and "last good" in window.charts.notice.text()
    assert not changed_keys(before, curves(window))
    # Moving a driver while the model is broken changes the value but cannot move the curves.
    window.assumptions.row("price").spin.setValue(90)
    wait_results(qtbot, window)
    assert not changed_keys(before, curves(window))
    # Fixing it (here: undoing the edit) brings the charts up to date with everything since.
    # The top step is the price change, below it the broken equation: undo both.
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.compiled_ok
    qtbot.waitUntil(lambda: not window.problems_dock.isVisible())
    assert not window.charts.notice.isVisible()
    assert not changed_keys(before, curves(window))
    session.undo_stack.redo()  # the broken equation again
    session.undo_stack.redo()  # the price change, while broken
    session.push(SetEquation("growth", "equation", "1 + revenue / 100 - unrest"))
    wait_results(qtbot, window)
    assert session.compiled_ok
    assert ("revenue", session.choices.selected) in changed_keys(before, curves(window))


def test_non_finite_values_break_the_line_and_are_marked(qtbot, window):
    session = window.session
    session.push(SetEquation("stability", "equation", "1 / (t - 2030)"))
    wait_results(qtbot, window)
    plot = window.charts.plot("stability")
    base = session.choices.selected
    x, y = plot.curve(base).getData()
    at = int(np.where(np.isclose(x, 2030.0))[0][0])
    assert np.isnan(y[at]) and np.isfinite(np.delete(y, at)).all()
    assert plot.curve(base).opts["connect"] == "finite"
    marks_x, _ = plot._marks[base].getData()
    assert list(marks_x) == [2030.0]
    qtbot.waitUntil(lambda: "undefined or infinite" in window.charts.notice.text())
    low, high = plot.getPlotItem().getViewBox().viewRange()[1]
    assert np.isfinite(low) and np.isfinite(high)


def test_a_problem_fixed_while_typing_never_moves_the_charts(qtbot, window):
    # Each key press is an edit; the dock and notice wait for a pause, so the layout holds still.
    session = window.session
    qtbot.wait(2 * SETTLE_MS)
    sizes = [plot.size() for plot in window.charts.plots()]
    session.push(SetEquation("growth", "equation", "1 + revnue / 100"))
    qtbot.wait(SETTLE_MS // 10)  # the next key comes before the pause
    assert not window.problems_dock.isVisible()
    assert [plot.size() for plot in window.charts.plots()] == sizes
    session.push(SetEquation("growth", "equation", "1 + revenue / 100"))
    qtbot.wait(2 * SETTLE_MS)
    assert session.compiled_ok and not window.problems_dock.isVisible()
    assert not window.charts.notice.isVisible()
    assert [plot.size() for plot in window.charts.plots()] == sizes
