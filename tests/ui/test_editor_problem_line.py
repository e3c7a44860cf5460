"""A problem is said under its equation, never over the equation's last lines, however long the equation."""

from __future__ import annotations

from models.commands.scenario import SetEquation
from tests.ui.test_readme_screens import settle, window  # noqa: F401 - the sample study's window, by name


def test_the_problem_line_sits_below_the_sample_s_longest_equation(qtbot, window):
    editor = window.model_editor
    editor.dock.show()
    session = window.session
    equation = session.study.variable("gdp_growth").equation
    assert len(equation) > 350  # long enough to fill the box's twelve lines
    session.push(SetEquation("gdp_growth", "equation", equation.replace("inflows_share", "inflow_share", 1)))
    editor.variables.select_name("gdp_growth")
    settle(qtbot, window)
    window.problems_dock.hide()  # the editor's full height, as when it was seen drawn over
    qtbot.waitUntil(lambda: editor.dock.height() > window.height() * 0.8)
    settle(qtbot, window)
    form = editor.form
    box, said = form.equations["equation"], form.problem_labels["equation"]
    qtbot.waitUntil(lambda: bool(form.uses.text()))  # the uses are listed a moment later, and move rows again
    qtbot.wait(50)
    assert said.isVisible() and "inflow_share" in said.text()
    box_bottom = box.mapTo(form, box.rect().bottomLeft()).y()
    said_top = said.mapTo(form, said.rect().topLeft()).y()
    assert said_top > box_bottom
    assert said.height() >= said.heightForWidth(said.width())  # every line of it shown
