"""Scenarios: branching inherits and follows the parent; every scenario action is undoable."""

from __future__ import annotations

import copy

import numpy as np

from tests.ui.conftest import wait_results


def select(window, name: str) -> str:
    """Select a scenario in the list, as a click would, and return its id."""
    scenario_id = window.session.study.scenario_named(name).id
    view, model = window.scenarios.view, window.scenarios.model
    view.setCurrentIndex(model.index(model.row_of(scenario_id)))
    assert window.session.choices.selected == scenario_id
    return scenario_id


def series(window, scenario_id: str, name: str) -> np.ndarray:
    """Return the plotted y data of an indicator in a scenario."""
    return np.array(window.charts.plot(name).curve(scenario_id).getData()[1], copy=True)


def test_branch_inherits_and_follows_later_parent_changes_it_does_not_override(qtbot, window):
    session = window.session
    base = select(window, "Base")
    window.scenarios.branch_action.trigger()
    wait_results(qtbot, window)
    branch = session.choices.selected
    assert branch != base and session.study.scenario(branch).parent_id == base
    assert session.study.scenario(branch).overrides == {}
    for name in ("revenue", "growth", "stability", "gdp"):
        assert np.array_equal(series(window, branch, name), series(window, base, name))
    assert window.assumptions.row("price").origin.text() == "study value"

    # The branch's own value wins over the parent's...
    window.assumptions.row("price").spin.setValue(60)
    wait_results(qtbot, window)
    assert window.assumptions.row("price").origin.text() == "own value"
    # ...and a later parent change it does not override still reaches it.
    select(window, "Base")
    window.assumptions.row("price").spin.setValue(20)
    window.assumptions.row("unrest").spin.setValue(0.7)
    wait_results(qtbot, window)
    select(window, session.study.scenario(branch).name)
    assert window.assumptions.row("unrest").value() == 0.7
    assert window.assumptions.row("unrest").origin.text() == "from Base"
    assert window.assumptions.row("price").value() == 60
    assert np.array_equal(series(window, branch, "stability"), series(window, base, "stability"))
    assert not np.array_equal(series(window, branch, "revenue"), series(window, base, "revenue"))
    expected = session._compiled.run(session.study, [branch]).series(branch, "growth")
    assert np.array_equal(series(window, branch, "growth"), expected)


def test_reset_to_inherited(qtbot, window):
    select(window, "Child")
    aid = window.assumptions.row("aid")
    assert aid.origin.text() == "own value" and aid.reset.isEnabled()
    aid.reset.click()
    wait_results(qtbot, window)
    assert aid.value() == 5.0 and aid.origin.text() == "study value" and not aid.reset.isEnabled()
    child = window.session.study.scenario_named("Child").id
    base = window.session.study.scenario_named("Base").id
    assert np.array_equal(series(window, child, "stability"), series(window, base, "stability"))
    window.undo_action.trigger()
    assert aid.value() == 10.0


def test_every_scenario_action_is_undoable(qtbot, window):
    study = window.session.study
    panel = window.scenarios
    start = copy.deepcopy(study.scenarios)
    select(window, "Base")
    panel.new_action.trigger()
    panel.duplicate_action.trigger()
    panel.recolor("#123456")
    window.scenarios.model.setData(panel.view.currentIndex(), "Renamed")
    select(window, "Base")
    panel.delete_action.trigger()
    wait_results(qtbot, window)
    names = [s.name for s in study.scenarios]
    assert "Base" not in names and "Renamed" in names and "New scenario" in names
    # Deleting a parent keeps its child's values: the child takes over what it inherited.
    child = study.scenario_named("Child")
    assert child.parent_id is None
    assert window.session.undo_stack.count() == 5
    while window.session.undo_stack.canUndo():
        window.undo_action.trigger()
    assert study.scenarios == start
    assert [window.scenarios.model.scenario_at(r).name for r in range(window.scenarios.model.rowCount())] == ["Base", "Child", "Other"]
    while window.session.undo_stack.canRedo():
        window.redo_action.trigger()
    assert [s.name for s in study.scenarios] == names


def test_hiding_a_scenario_removes_it_from_charts_legend_and_table(qtbot, window):
    from PySide6.QtCore import Qt

    model = window.scenarios.model
    other = window.session.study.scenario_named("Other")
    model.setData(model.index(model.row_of(other.id)), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not window.charts.plot("gdp").curve(other.id).isVisible()
    assert "Other" not in window.charts.legend.names()
    assert "Other" not in set(window.table.model.frame["Scenario"])
    model.setData(model.index(model.row_of(other.id)), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.charts.plot("gdp").curve(other.id).isVisible()
