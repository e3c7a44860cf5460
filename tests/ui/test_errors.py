"""A model that does not compile shows its problems and keeps the last good curves; bad numbers are marked."""

from __future__ import annotations

import numpy as np

from tests.ui.conftest import changed_keys, curves, wait_results
from models.commands import SetEquation


def test_broken_equation_shows_the_problem_and_keeps_the_previous_curves(qtbot, window):
    session = window.session
    before = curves(window)
    session.push(SetEquation("growth", "equation", "1 + revnue / 100"))
    assert not session.compiled_ok
    assert window.problems_dock.isVisible()
    messages = window.problems.messages()
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
    assert session.compiled_ok and not window.problems_dock.isVisible()
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
    assert "undefined or infinite" in window.charts.notice.text()
    low, high = plot.getPlotItem().getViewBox().viewRange()[1]
    assert np.isfinite(low) and np.isfinite(high)
