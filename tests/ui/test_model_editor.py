"""The model editor: build a model through the window, rename, break and fix equations, delete, undo."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from models.domain import Scenario, Study, TimeAxis, Variable
from models.engine.compiled import compile_study
from storage.repository import open_library
from tests.ui.conftest import changed_keys, curves, wait_results
from ui.main_window import MainWindow


def editor_on(window):
    window.model_editor.dock.show()
    return window.model_editor


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def add(qtbot, editor, kind: str, name: str):
    editor.variables.add(kind)
    form = editor.form
    form.name.setFocus()
    form.name.setText(name)
    form.name.editingFinished.emit()
    return form


def test_teacup_built_in_the_editor_matches_the_same_model_compiled_directly_and_survives_a_restart(qtbot, library_path):
    library = open_library(library_path)
    library.save_study(Study("Teacup", TimeAxis(0.0, 30.0, 1.0), scenarios=[Scenario("Base")]))
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    editor = editor_on(window)
    form = add(qtbot, editor, "assumption", "room_temperature")
    form.assumption.numbers["value"].setText("20")
    form.assumption.numbers["value"].editingFinished.emit()
    form = add(qtbot, editor, "stock", "teacup_temperature")
    form.equations["initial"].setPlainText("90")
    form.equations["equation"].setPlainText("-(teacup_temperature - room_temperature) / 10")
    wait_results(qtbot, window)
    study = window.session.study
    assert window.session.problems == []
    shown = window.charts.plot("teacup_temperature").curve(study.scenarios[0].id).getData()[1]
    expected = compile_study(study).run(study).series(study.scenarios[0].id, "teacup_temperature")
    np.testing.assert_allclose(shown, expected)
    assert shown[0] == 90 and abs(shown[-1] - 20) < 5  # cooling towards the room
    window.close()
    library.close()

    reopened = open_library(library_path)
    stored = reopened.load_study(study.id)
    assert stored.variable("teacup_temperature").equation == "-(teacup_temperature - room_temperature) / 10"
    assert stored.variable("room_temperature").value == 20.0
    reopened.close()


def test_a_typo_is_underlined_with_the_suggestion_the_charts_keep_the_last_good_results_and_the_text_is_kept(qtbot, window):
    wait_results(qtbot, window)
    before = curves(window)
    editor = editor_on(window)
    editor.variables.select_name("growth")
    equation = editor.form.equations["equation"]
    equation.setFocus()
    equation.moveCursor(QTextCursor.MoveOperation.End)
    for _ in range(3):
        qtbot.keyClick(equation, Qt.Key.Key_Left)
    qtbot.keyClick(equation, Qt.Key.Key_Delete)  # "unrest" becomes "unrst"
    message = editor.form.problem_labels["equation"].text()
    assert "unknown name 'unrst'" in message and "did you mean 'unrest'" in message and "Column 21" in message
    assert equation.highlighter.problems == [(20, 5)]
    assert window.session.study.variable("growth").equation == "1 + revenue / 100 - unrst"
    after = curves(window)
    assert all(np.array_equal(before[k], after[k], equal_nan=True) for k in before)
    qtbot.keyClicks(equation, "e")
    assert editor.form.problem_labels["equation"].isHidden() and equation.highlighter.problems == []
    type_into(qtbot, equation, "2 + revenue / 100 - unrest")
    wait_results(qtbot, window)
    assert changed_keys(before, curves(window)) >= {("growth", s.id) for s in window.session.shown_scenarios()}
    window.undo_action.trigger()
    wait_results(qtbot, window)
    assert window.session.study.variable("growth").equation == "1 + revenue / 100 - unrest"


def test_rename_reaches_every_reference_and_undoes_in_one_step(qtbot, window):
    session = window.session
    base, child, other = session.study.scenarios
    editor = editor_on(window)
    editor.variables.select_name("price")
    depth = session.undo_stack.index()
    editor.form.name.setText("lithium_price")
    editor.form.name.editingFinished.emit()
    study = session.study
    assert study.variable("revenue").equation.startswith("lithium_price * 2")
    assert "lithium_price" in other.overrides and "price" not in other.overrides
    assert "lithium_price" in [v.name for v in study.variables]
    assert session.problems == []
    assert session.undo_stack.index() == depth + 1
    window.undo_action.trigger()
    assert study.variable("revenue").equation.startswith("price * 2") and "price" in other.overrides
    assert editor.form.name.text() == "price"


def test_a_name_that_cannot_be_used_is_refused_with_the_reason(qtbot, window):
    editor = editor_on(window)
    editor.variables.select_name("price")
    editor.form.name.setText("max")
    editor.form.name.editingFinished.emit()
    assert "cannot be a name" in editor.form.name_problem.text()
    assert editor.form.name.text() == "price"


def _answer(button: QMessageBox.StandardButton, seen: list[str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.button(button).click()
    else:
        QTimer.singleShot(20, lambda: _answer(button, seen))


def test_deleting_a_used_variable_lists_its_users_and_asks_first(qtbot, window):
    session = window.session
    editor = editor_on(window)
    editor.variables.select_name("unrest")
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _answer(QMessageBox.StandardButton.No, seen))
    editor.variables.delete()
    assert "Growth" in seen[0] and "Stability" in seen[0]
    assert "unrest" in [v.name for v in session.study.variables]
    QTimer.singleShot(0, lambda: _answer(QMessageBox.StandardButton.Yes, seen))
    editor.variables.delete()
    assert "unrest" not in [v.name for v in session.study.variables]
    assert any("unknown name 'unrest'" in str(p) for p in session.problems)
    window.undo_action.trigger()
    assert "unrest" in [v.name for v in session.study.variables] and session.problems == []


def test_uses_and_used_by_links_select_that_variable(qtbot, window):
    editor = editor_on(window)
    editor.variables.select_name("growth")
    qtbot.waitUntil(lambda: "revenue" in editor.form.uses.text() and "gdp" in editor.form.used_by.text(), timeout=1000)
    editor.form.uses.linkActivated.emit("revenue")
    assert editor.form.variable().name == "revenue"
    assert editor.variables.view.currentIndex().data(Qt.ItemDataRole.DisplayRole) is not None


def test_an_equation_adding_money_to_tonnes_is_warned_under_it_as_typing_pauses_and_the_warning_goes_when_fixed(qtbot, library_path):
    library = open_library(library_path)
    library.save_study(Study("Units", TimeAxis(0.0, 10.0, 1.0), variables=[
        Variable("revenue", "assumption", unit="USD M", value=1.0),
        Variable("output", "assumption", unit="t", value=2.0),
        Variable("costs", "assumption", unit="USD M", value=0.5),
        Variable("total", "auxiliary", unit="USD M", equation="revenue"),
    ], scenarios=[Scenario("Base")]))
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    editor = editor_on(window)
    editor.variables.select_name("total")
    warning = editor.form.unit_labels["equation"]
    editor.form.equations["equation"].setPlainText("revenue + output")
    qtbot.waitUntil(lambda: warning.isVisible())
    assert "adds t to USD M" in warning.text() and "column 9" in warning.text()
    assert editor.form.problem_labels["equation"].isHidden()  # a warning, not an error: the model still runs
    editor.form.equations["equation"].setPlainText("revenue + costs")
    qtbot.waitUntil(lambda: not warning.isVisible())
    window.close()
    library.close()
