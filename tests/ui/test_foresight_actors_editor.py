"""Actors and objectives edited in the Actors tab: added, renamed, re-rated, linked and removed, each one undoable step."""

from __future__ import annotations

import pytest

from models.foresight.domain import Actor, Driver, Objective
from tests.ui.conftest import make_study


@pytest.fixture
def study():
    study = make_study()
    layer = study.foresight
    layer.drivers = [Driver("Price of lithium", id="d-price"), Driver("Aid", id="d-aid")]
    layer.objectives = [Objective("Reform", id="o1"), Objective("Lithium sovereignty", id="o2")]
    layer.actors = [Actor("US", 5, {"o1": 2, "o2": -1}, id="us"), Actor("Government", 4, {"o1": 1, "o2": 2}, id="gov")]
    return study


@pytest.fixture
def actors(window):
    window.foresight.resize(1366, 768)
    window.foresight.show_tab("actors")
    return window.foresight.actors


def test_an_actor_is_added_renamed_re_rated_and_each_step_undone(window, actors):
    layer = lambda: window.session.study.foresight  # noqa: E731 - the layer object is swapped by each edit
    editor = actors.editor
    editor.add_actor_button.click()
    assert [a.name for a in layer().actors] == ["US", "Government", "New actor"]
    assert actors.positions.columnCount() == 4  # three actors and the weight column
    editor.actors.item(2, 0).setText("Brazil")
    editor.actors.item(2, 1).setText("4")
    assert (layer().actors[2].name, layer().actors[2].influence) == ("Brazil", 4)
    assert actors.positions.horizontalHeaderItem(2).text() == "Brazil (4)"
    editor.actors.item(2, 1).setText("9")
    assert "not an influence" in actors.problem.text() and layer().actors[2].influence == 4
    assert editor.actors.item(2, 1).text() == "4"
    window.undo_action.trigger()  # the influence
    window.undo_action.trigger()  # the name
    assert layer().actors[2].name == "New actor"
    window.undo_action.trigger()  # the actor itself
    assert [a.name for a in layer().actors] == ["US", "Government"]
    window.redo_action.trigger()
    assert [a.name for a in layer().actors] == ["US", "Government", "New actor"]


def test_an_actor_is_linked_to_the_drivers_it_moves_by_name(window, actors):
    editor = actors.editor
    editor.actors.item(0, 2).setText("aid, Price of lithium")
    assert window.session.study.foresight.actors[0].drivers == ["d-aid", "d-price"]
    editor.actors.item(0, 2).setText("Weather")
    assert "No driver is called “Weather”" in actors.problem.text()
    assert window.session.study.foresight.actors[0].drivers == ["d-aid", "d-price"]
    window.undo_action.trigger()
    assert window.session.study.foresight.actors[0].drivers == []


def test_removing_an_objective_takes_the_positions_on_it_and_undo_brings_both_back(window, actors):
    editor = actors.editor
    editor.objectives.selectRow(1)
    editor.remove_objective_button.click()
    layer = window.session.study.foresight
    assert [o.name for o in layer.objectives] == ["Reform"]
    assert [a.positions for a in layer.actors] == [{"o1": 2}, {"o1": 1}]
    assert actors.positions.rowCount() == 1
    window.undo_action.trigger()
    layer = window.session.study.foresight
    assert [o.name for o in layer.objectives] == ["Reform", "Lithium sovereignty"]
    assert [a.positions for a in layer.actors] == [{"o1": 2, "o2": -1}, {"o1": 1, "o2": 2}]
    assert actors.relations.item(0, 1).text() == "0"  # agree on reform (+1.5), oppose on sovereignty (−1.5)


def test_an_objective_is_added_renamed_and_an_actor_removed(window, actors):
    editor = actors.editor
    editor.add_objective_button.click()
    editor.objectives.item(2, 0).setText("Keep crime down")
    editor.objectives.item(2, 1).setText("Organised crime along the borders")
    layer = window.session.study.foresight
    assert (layer.objectives[2].name, layer.objectives[2].description) == ("Keep crime down", "Organised crime along the borders")
    assert actors.positions.verticalHeaderItem(2).text() == "Keep crime down"
    editor.objectives.item(2, 0).setText("")
    assert "needs a name" in actors.problem.text()
    editor.actors.selectRow(0)
    editor.remove_actor_button.click()
    assert [a.name for a in window.session.study.foresight.actors] == ["Government"]
    for _ in range(4):
        window.undo_action.trigger()
    layer = window.session.study.foresight
    assert [a.name for a in layer.actors] == ["US", "Government"] and len(layer.objectives) == 2
