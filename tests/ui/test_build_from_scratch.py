"""A study built from nothing in the window projects exactly as the same study read from a file, and survives a restart."""

from __future__ import annotations

import json

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout

from models.engine.compiled import compile_study
from storage.interchange import read_study_file
from storage.merge import import_study
from storage.repository import open_library
from tests.ui.conftest import wait_results

LAKE = {
    "format": "prospectiva-study",
    "version": 1,
    "study": {
        "title": "Lake",
        "time": {"start": 2025.0, "end": 2035.0, "step": 1.0, "unit": "year"},
        "variables": [
            {"name": "rainfall", "kind": "assumption", "unit": "hm3/yr", "value": 10, "min": 0, "max": 50,
             "path": [[2025, 10], [2030, 20]]},
            {"name": "outflow", "kind": "auxiliary", "equation": "water / 10"},
            {"name": "water", "kind": "stock", "initial": "50", "equation": "rainfall - outflow"},
        ],
        "events": [
            {"name": "Drought", "probability": 0.2, "start": 2028, "duration": 2,
             "effects": [{"variable": "rainfall", "op": "multiply", "value": 0.5}]},
        ],
    },
    "scenarios": [
        {"name": "Base", "parent": None},
        {"name": "Dry years", "parent": "Base", "assumptions": {"rainfall": 5}, "events": {"Drought": True}},
    ],
}


def add_variable(editor, kind: str, name: str):
    """Pick a kind from the Add menu and name the new variable."""
    menu = editor.variables.add_button.menu()
    next(a for a in menu.actions() if a.text().replace("&", "").lower().startswith(kind)).trigger()
    form = editor.form
    form.name.setText(name)
    form.name.editingFinished.emit()
    return form


def finish(edit, text: str) -> None:
    """Type a value into a line edit and leave it."""
    edit.setText(text)
    edit.editingFinished.emit()


def projection_by_name(study) -> dict[tuple[str, str], np.ndarray]:
    """Return every series of the study's projection, keyed by (scenario name, variable name)."""
    projection = compile_study(study).run(study)
    return {(s.name, name): projection.series(s.id, name) for s in study.scenarios for name in projection.names}


def build_lake_in_the_window(qtbot, window) -> None:
    """Build the Lake study through the model editor, the events tab, the path table and the scenario panel."""
    window.model_editor.studies.new_study("Lake")
    editor = window.model_editor
    editor.dock.show()
    form = add_variable(editor, "assumption", "rainfall")
    finish(form.texts["unit"], "hm3/yr")
    for key, text in (("max", "50"), ("value", "10")):
        finish(form.assumption.numbers[key], text)
    path = form.assumption.path
    path.add_point(2026.2, 12.0)  # what a double-click on the plot does; snaps to 2026
    path.add_point(2031.0, 18.0)
    path.table.item(0, 0).setText("2025")  # exact values typed in the side table
    path.table.item(0, 1).setText("10")
    path.table.item(1, 0).setText("2030")
    path.table.item(1, 1).setText("20")
    form = add_variable(editor, "stock", "water")
    form.equations["initial"].setPlainText("50")
    form.equations["equation"].setPlainText("rainfall - outflow")
    form = add_variable(editor, "auxiliary", "outflow")
    form.equations["equation"].setPlainText("water / 10")

    panel = window.scenarios
    panel.branch_action.trigger()
    panel.rename_action.trigger()
    name_edit = QApplication.focusWidget()
    name_edit.selectAll()
    qtbot.keyClicks(name_edit, "Dry years")
    qtbot.keyClick(name_edit, Qt.Key.Key_Return)
    window.assumptions.row("rainfall").spin.setValue(5)

    editor.tabs.setCurrentWidget(editor.events)
    editor.events.add_button.click()
    event = editor.events.form
    finish(event.name, "Drought")
    for spin, value in ((event.probability, 20), (event.start, 2028), (event.duration, 2)):
        spin.setValue(value)
        spin.editingFinished.emit()
    event.add_effect.click()
    variable, operation, value = (event.effects.cellWidget(0, c) for c in range(3))
    variable.setCurrentText("rainfall")
    variable.activated.emit(variable.currentIndex())
    value.setValue(0.5)
    value.editingFinished.emit()
    child_row = [s.name for s in window.session.study.scenarios].index("Dry years")
    switch = event.switches.itemAt(child_row, QFormLayout.ItemRole.FieldRole).widget()
    switch.setCurrentIndex(switch.findData(True))
    switch.activated.emit(switch.currentIndex())
    wait_results(qtbot, window)


def test_a_study_built_in_the_window_projects_as_the_same_study_read_from_a_file_and_survives_a_restart(
        qtbot, window, library_path, tmp_path):
    build_lake_in_the_window(qtbot, window)
    built = window.session.study
    assert window.session.problems == []
    assert [s.name for s in built.scenarios] == ["Base", "Dry years"]
    dry = built.scenario_named("Dry years")
    assert dry.overrides == {"rainfall": 5.0} and dry.events == {"Drought": True}
    shown = window.charts.plot("water").curve(dry.id).getData()[1]

    file = tmp_path / "lake.json"
    file.write_text(json.dumps(LAKE), encoding="utf-8")
    other = open_library(tmp_path / "other.sqlite")
    report = import_study(other, read_study_file(file))
    imported = other.load_study(report.study_id)
    other.close()
    expected = projection_by_name(imported)
    from_window = projection_by_name(built)
    assert from_window.keys() == expected.keys()
    for key, values in expected.items():
        np.testing.assert_array_equal(from_window[key], values, err_msg=str(key))
    np.testing.assert_array_equal(shown, expected[("Dry years", "water")])
    # The drought halves the child's rainfall only while it lasts; the base follows its path.
    np.testing.assert_array_equal(expected[("Dry years", "rainfall")], [5, 5, 5, 2.5, 2.5, 5, 5, 5, 5, 5, 5])
    np.testing.assert_array_equal(expected[("Base", "rainfall")], [10, 12, 14, 16, 18, 20, 20, 20, 20, 20, 20])

    study_id = built.id
    window.close()
    window.library.close()
    reopened = open_library(library_path)
    stored = reopened.load_study(study_id)
    reopened.close()
    after_restart = projection_by_name(stored)
    for key, values in expected.items():
        np.testing.assert_array_equal(after_restart[key], values, err_msg=str(key))
