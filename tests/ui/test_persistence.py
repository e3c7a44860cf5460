"""Closing and reopening the library shows every change: values, scenarios and chart choices."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from storage.repository import open_library
from tests.ui.conftest import wait_results
from ui.main_window import MainWindow


def test_reopening_the_library_keeps_every_change(qtbot, library_path, library, study):
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    session = window.session
    window.assumptions.row("price").spin.setValue(75)
    window.scenarios.branch_action.trigger()
    window.assumptions.row("unrest").spin.setValue(0.9)
    window.scenarios.recolor("#aa00aa")
    branch = session.choices.selected
    other = session.study.scenario_named("Other").id
    model = window.scenarios.model
    model.setData(model.index(model.row_of(other)), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    session.set_indicators(["gdp", "growth"])
    session.set_years([2030.0, 2035.0])
    wait_results(qtbot, window)
    gdp_before = np.array(window.charts.plot("gdp").curve(branch).getData()[1], copy=True)
    window.close()
    library.close()

    reopened = open_library(library_path)
    try:
        again = MainWindow(reopened)  # no study id: the last-used one opens
        qtbot.addWidget(again)
        s = again.session
        assert s.study.id == study.id
        assert s.study.scenario_named("Base").overrides["price"] == 75
        child = s.study.scenario(branch)
        assert child.parent_id == s.study.scenario_named("Base").id
        assert child.overrides == {"unrest": 0.9} and child.color == "#aa00aa"
        assert s.choices.selected == branch
        assert other not in s.choices.shown
        assert s.choices.indicators == ["gdp", "growth"]
        assert s.choices.years == [2030.0, 2035.0]
        assert [p.name for p in again.charts.plots()] == ["gdp", "growth"]
        assert again.assumptions.row("unrest").value() == 0.9
        assert np.array_equal(again.charts.plot("gdp").curve(branch).getData()[1], gdp_before)
        again.close()
    finally:
        reopened.close()


def test_switching_studies_saves_the_first_and_keeps_choices_apart(qtbot, library, study):
    from tests.ui.conftest import make_study

    second = make_study()
    second.title = "Second study"
    library.save_study(second)
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.assumptions.row("price").spin.setValue(66)
    window.session.set_indicators(["gdp"])
    window.study_box.setCurrentIndex(window.study_box.findData(second.id))
    window.study_box.activated.emit(window.study_box.currentIndex())
    assert window.session.study.id == second.id
    assert [p.name for p in window.charts.plots()] != ["gdp"]
    assert window.undo_group.activeStack() is window.session.undo_stack and not window.undo_action.isEnabled()
    assert library.load_study(study.id).scenario_named("Base").overrides["price"] == 66
    window.open_study(study.id)
    assert [p.name for p in window.charts.plots()] == ["gdp"]
    window.close()
