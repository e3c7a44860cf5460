"""A long equation is shown whole and what is said under it stays under it, at every width the editor gets."""

from __future__ import annotations

import pytest

from models.commands.scenario import SetEquation
from tests.ui.test_readme_screens import settle, window  # noqa: F401 - the sample study's window, by name


def _box_and_said(window, qtbot):
    editor = window.model_editor
    form = editor.form
    qtbot.waitUntil(lambda: bool(form.uses.text()))  # the uses are listed a moment later, and move rows again
    box = form.equations["equation"]
    # The form takes its new height a layout pass after a new width or text (a frame or two on a loaded
    # machine): wait for the box to hold the lines it asks for at its width, then measure.
    qtbot.waitUntil(lambda: box.height() == box.heightForWidth(box.width()), timeout=2000)
    return form, box, form.problem_labels["equation"]


def _lines_shown(box) -> float:
    """How many text lines the box's inside holds, measured from its drawn height and its font."""
    inside = box.viewport().height() - 2 * box.document().documentMargin()
    return inside / box.fontMetrics().lineSpacing()


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
def test_the_problem_line_sits_below_the_sample_s_longest_equation_at_each_size(qtbot, window, size):
    window.resize(*size)
    editor = window.model_editor
    editor.dock.show()
    session = window.session
    equation = session.study.variable("gdp_growth").equation
    assert len(equation) > 350  # long enough to take many lines in the box
    session.push(SetEquation("gdp_growth", "equation", equation.replace("inflows_share", "inflow_share", 1)))
    editor.variables.select_name("gdp_growth")
    settle(qtbot, window)
    window.problems_dock.hide()  # the editor's full height, as when it was seen drawn over
    settle(qtbot, window)
    form, box, said = _box_and_said(window, qtbot)
    assert said.isVisible() and "inflow_share" in said.text()
    box_bottom = box.mapTo(form, box.rect().bottomLeft()).y()
    said_top = said.mapTo(form, said.rect().topLeft()).y()
    assert said_top > box_bottom
    assert said.height() >= said.heightForWidth(said.width())  # every line of what is said shown
    # The box holds the equation's lines (up to its twelve), counted at the width it has: none hidden.
    assert _lines_shown(box) >= min(12, box.wrapped_lines()) - 0.01


def test_narrowing_the_window_grows_the_box_and_moves_what_is_said_down_with_it(qtbot, window):
    window.resize(1920, 1080)  # the editor at its widest
    editor = window.model_editor
    editor.dock.show()
    session = window.session
    equation = session.study.variable("gdp_growth").equation
    session.push(SetEquation("gdp_growth", "equation", equation.replace("inflows_share", "inflow_share", 1)))
    editor.variables.select_name("gdp_growth")
    settle(qtbot, window)
    form, box, said = _box_and_said(window, qtbot)
    wide_lines = box.wrapped_lines()
    window.resize(1024, 768)  # the dock narrows: the same equation wraps onto more lines
    settle(qtbot, window)
    form, box, said = _box_and_said(window, qtbot)
    assert box.wrapped_lines() > wide_lines
    assert said.mapTo(form, said.rect().topLeft()).y() > box.mapTo(form, box.rect().bottomLeft()).y()
    assert _lines_shown(box) >= min(12, box.wrapped_lines()) - 0.01
