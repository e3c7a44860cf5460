"""No study can stop the window: one that cannot be compiled, drawn or read is marked and explained."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from models.commands.scenario import SetEquation
from models.domain import Scenario, Variable
from storage.interchange import read_study_file
from storage.repository import open_library
from tests.ui.conftest import make_study, wait_results
from ui import app as app_module
from ui.compare.export_menu import export
from ui.main_window import MainWindow
from ui.plots.chart_grid import ChartGrid
from ui.session import study_session
from ui.session.view_settings import LAST_STUDY_KEY

TERMS = 250


def long_sum_study():
    """Return the small study plus an indicator summing `price` TERMS times (the generator's nesting limit)."""
    study = make_study()
    study.variables.append(Variable("long", "auxiliary", label="Long sum", equation=" + ".join(["price"] * TERMS)))
    return study


def library_with(path, *studies, last=None):
    """Save studies in a real library file, the last one (or `last`) remembered as last opened."""
    library = open_library(path)
    for study in studies:
        library.save_study(study)
    library.set_setting(LAST_STUDY_KEY, (last or studies[-1]).id)
    return library


def start(qtbot, library) -> MainWindow:
    """Open the window on the last study, as start-up does."""
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_long_sum_never_stops_the_window_and_is_either_projected_or_explained(qtbot, tmp_path):
    study = long_sum_study()
    library = library_with(tmp_path / "lib.sqlite", study)
    try:
        window = start(qtbot, library)
        assert window.session is not None and window.session.study.id == study.id
        if window.session.compiled_ok:
            wait_results(qtbot, window)
            price = window.session.series(study.scenarios[0].id, "price")
            np.testing.assert_allclose(window.session.series(study.scenarios[0].id, "long"), TERMS * price)
        else:
            assert window.problems_dock.isVisible()
            assert any(m.startswith("long.equation:") and "too long or too deeply nested" in m
                       for m in window.problems.messages())
        window.close()
    finally:
        library.close()


@pytest.fixture
def compiler_crashes_on_long_sums(monkeypatch):
    """Make compiling fail as Python's own compiler does on a deep tree, whatever the generator becomes."""
    real = study_session.compile_study

    def compile_study(study):
        if any(v.equation.count("+") >= 100 for v in study.variables):
            raise RecursionError("maximum recursion depth exceeded during compilation")
        return real(study)

    monkeypatch.setattr(study_session, "compile_study", compile_study)


def test_a_compiler_crash_is_a_problem_shown_and_fixing_the_equation_brings_the_charts(
        qtbot, tmp_path, compiler_crashes_on_long_sums):
    study = long_sum_study()
    library = library_with(tmp_path / "lib.sqlite", study)
    try:
        window = start(qtbot, library)
        session = window.session
        assert session is not None and not session.compiled_ok
        assert window.problems_dock.isVisible()
        [message] = window.problems.messages()
        assert message.startswith("The model could not be compiled") and "recursion" in message
        assert not window.study_box.currentText().startswith("⚠")  # it opened: only its model is broken

        session.push(SetEquation("long", "equation", f"{TERMS} * price"))
        assert session.compiled_ok
        wait_results(qtbot, window)
        base = study.scenarios[0].id
        np.testing.assert_allclose(session.series(base, "long"), TERMS * session.series(base, "price"))
        qtbot.waitUntil(lambda: not window.problems_dock.isVisible(), timeout=2000)
        window.close()
        assert library.load_study(study.id).variable("long").equation == f"{TERMS} * price"
    finally:
        library.close()


@pytest.fixture
def cursed_scenarios_cannot_be_drawn(monkeypatch):
    """Make the charts refuse a scenario named "Cursed", as pyqtgraph refuses a colour it cannot read."""
    real = ChartGrid.set_scenarios

    def set_scenarios(self, scenarios):
        if any(s.name == "Cursed" for s in scenarios):
            raise ValueError("Unable to convert Cursed's colour to QColor")
        return real(self, scenarios)

    monkeypatch.setattr(ChartGrid, "set_scenarios", set_scenarios)


def cursed_study():
    study = make_study()
    study.title = "Cursed study"
    study.scenarios.append(Scenario("Cursed", color="#000000"))
    return study


def test_a_study_that_cannot_be_drawn_is_marked_explained_exportable_and_deletable(
        qtbot, tmp_path, cursed_scenarios_cannot_be_drawn):
    good, bad = make_study(), cursed_study()
    library = library_with(tmp_path / "lib.sqlite", good, bad)
    try:
        window = start(qtbot, library)
        assert window.isVisible()
        assert window.study_box.currentText() == "⚠ Cursed study (could not be opened)"
        assert window.problems_dock.isVisible() and window.problems.retry.isVisible()
        assert "“Cursed study” could not be opened" in window.problems.summary.text()
        assert "while drawing it" in window.problems.summary.text()
        assert any("Unable to convert Cursed's colour" in m for m in window.problems.messages())
        assert window.charts.notice.isVisible() and "Cursed study" in window.charts.notice.text()
        assert not window.assumptions.isEnabled() and not window.scenarios.isEnabled()

        out = tmp_path / "rescued.json"
        export(window, "study", out)
        assert [s.name for s in read_study_file(out).scenarios] == ["Base", "Child", "Other", "Cursed"]

        window.model_editor.studies.delete_open_study()
        assert [s.id for s in library.list_studies()] == [good.id]
        assert window.session.study.id == good.id and window.assumptions.isEnabled()
        assert window.study_box.currentText() == "Small study" and not window.problems_dock.isVisible()
        window.close()
    finally:
        library.close()


def test_the_other_studies_still_open_and_the_broken_one_can_be_tried_again(
        qtbot, tmp_path, cursed_scenarios_cannot_be_drawn, monkeypatch):
    good, bad = make_study(), cursed_study()
    library = library_with(tmp_path / "lib.sqlite", good, bad)
    try:
        window = start(qtbot, library)
        window.open_study(good.id)
        assert window.session.study.id == good.id and window.charts.plots()
        labels = [window.study_box.itemText(i) for i in range(window.study_box.count())]
        assert "⚠ Cursed study (could not be opened)" in labels  # still marked while the window is open

        window.open_study(bad.id)
        monkeypatch.undo()  # "fixed": it can be drawn now
        window.problems.retry.click()
        assert window.session.study.id == bad.id and window.scenarios.isEnabled()
        assert window.study_box.currentText() == "Cursed study"
        assert {s.name for s in window.session.shown_scenarios()} <= {"Base", "Child", "Other", "Cursed"}
        window.close()
    finally:
        library.close()


def unreadable_library(path):
    """Return a library whose last study has a scenario's time path that is not JSON (a damaged row)."""
    good, bad = make_study(), make_study()
    bad.title = "Damaged study"
    library = library_with(path, good, bad)
    library.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE overrides SET value = NULL, path = '[[2025, ' WHERE study_id = ?", (bad.id,))
    connection.close()
    return good, bad


def test_a_study_that_cannot_be_read_is_marked_and_can_be_deleted(qtbot, tmp_path):
    good, _damaged = unreadable_library(tmp_path / "lib.sqlite")
    library = open_library(tmp_path / "lib.sqlite")
    try:
        window = start(qtbot, library)
        assert window.session is None
        assert window.study_box.currentText() == "⚠ Damaged study (could not be opened)"
        assert "reading it from the library" in window.problems.summary.text()
        assert any("cannot be exported or edited" in m for m in window.problems.messages())
        window.model_editor.studies.delete_open_study()
        assert [s.id for s in library.list_studies()] == [good.id]
        assert window.session.study.id == good.id
        window.close()
    finally:
        library.close()


def test_start_up_on_a_broken_last_study_shows_the_window(qapp, tmp_path):
    unreadable_library(tmp_path / "lib.sqlite")
    seen: list[str] = []

    def close() -> None:
        for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]:
            seen.append(window.study_box.currentText())
            window.close()  # the last window: the application quits

    QTimer.singleShot(0, close)
    assert app_module.run_gui(tmp_path / "lib.sqlite") == 0
    assert seen == ["⚠ Damaged study (could not be opened)"]
    # What went wrong is kept beside the library, traceback and all, for whoever helps the user.
    logged = (tmp_path / "lib.log").read_text(encoding="utf-8")
    assert "failed while reading it from the library" in logged and "JSONDecodeError" in logged


def test_a_study_that_cannot_be_drawn_is_not_put_on_the_room_screen(qtbot, tmp_path, cursed_scenarios_cannot_be_drawn):
    library = library_with(tmp_path / "lib.sqlite", cursed_study())
    try:
        window = start(qtbot, library)
        window.workshop.toggle_presentation()
        assert window.workshop.room_view() is None
        assert "could not be opened" in window.statusBar().currentMessage()
        window.close()
    finally:
        library.close()


def test_a_window_that_cannot_be_built_says_so_instead_of_a_traceback(qapp, tmp_path, monkeypatch):
    library = library_with(tmp_path / "lib.sqlite", make_study())
    library.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    monkeypatch.setattr(MainWindow, "_restore_geometry", lambda self: 1 / 0)  # a setting the window cannot use
    assert app_module.run_gui(tmp_path / "lib.sqlite") == 1
    assert len(shown) == 1 and "The window could not be opened on" in shown[0] and "division by zero" in shown[0]
    assert str(tmp_path / "lib.log") in shown[0] and "ZeroDivisionError" in (tmp_path / "lib.log").read_text(encoding="utf-8")


def test_a_study_that_cannot_be_drawn_can_be_edited_in_the_model_editor_and_reopened(
        qtbot, tmp_path, cursed_scenarios_cannot_be_drawn, monkeypatch):
    study = cursed_study()
    library = library_with(tmp_path / "lib.sqlite", study)
    try:
        window = start(qtbot, library)
        assert window.unopened.shown is not None
        window.model_editor.dock.show()
        window.model_editor.variables.select_name("growth")
        equation = window.model_editor.form.equations["equation"]
        assert equation.toPlainText() == "1 + revenue / 100 - unrest"
        equation.setPlainText("2 + revenue / 100 - unrest")  # as typed
        assert window.session.study.variable("growth").equation == "2 + revenue / 100 - unrest"
        assert window.problems.summary.text().startswith("<b>“Cursed study” could not be opened")
        monkeypatch.undo()  # whatever stopped the charts is fixed
        window.problems.retry.click()
        assert window.unopened.shown is None and window.charts.plots()
        assert window.session.study.variable("growth").equation == "2 + revenue / 100 - unrest"
        window.close()
        assert library.load_study(study.id).variable("growth").equation == "2 + revenue / 100 - unrest"
    finally:
        library.close()


def test_a_study_whose_session_cannot_be_made_can_be_exported_from_the_command_line(
        qtbot, tmp_path, monkeypatch, capsys):
    import main

    study = make_study()
    library = library_with(tmp_path / "lib.sqlite", make_study(), study)
    real = study_session.load_view_settings

    def load_view_settings(shown_library, shown_study):
        if shown_study.id == study.id:
            raise TypeError("view settings of another age")
        return real(shown_library, shown_study)

    monkeypatch.setattr(study_session, "load_view_settings", load_view_settings)
    try:
        window = start(qtbot, library)
        assert window.session is None and "(while preparing it)" in window.problems.summary.text()
        hint = next(m for m in window.problems.messages() if "python main.py export" in m)
        window.close()
    finally:
        library.close()
    out = tmp_path / "copy.json"
    argv = hint.split(": ", 1)[1].split()[2:]  # what the user would type after "python main.py"
    argv = [a if a != "FILE.json" else str(out) for a in argv]
    assert main.main(["--db", str(tmp_path / "lib.sqlite"), *argv]) == 0
    assert read_study_file(out).id == study.id
