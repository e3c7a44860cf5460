"""Import with a preview: new, identical and conflicting items, a choice per item, one undo step."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from models.domain import Scenario
from storage.interchange import write_study_file
from ui.sharing.import_flow import apply_import, preview


def their_file(study, path):
    """Write a colleague's version: one scenario changed, one new, one new under a name already taken."""
    theirs = copy.deepcopy(study)
    theirs.scenario_named("Other").overrides["price"] = 90.0
    theirs.scenario_named("Child").name = "Kid"  # a rename alone is the owner's choice, not a difference
    theirs.scenarios.append(Scenario("Theirs", color="#9467bd", overrides={"unrest": 0.6}))
    theirs.scenarios.append(Scenario("Child", color="#8c564b", overrides={"aid": 1.0}))
    write_study_file(theirs, path)
    return path


def state(session):
    """Return what the user sees of the scenarios: names with their settings."""
    return [(s.name, dict(s.overrides), s.parent_id) for s in session.study.scenarios]


@pytest.mark.parametrize("choice", ["beside", "replace", "skip"])
def test_each_choice_does_exactly_that_and_undoes_in_one_step(qtbot, window, study, tmp_path, choice):
    session = window.session
    before = state(session)
    dialog = preview(window, their_file(study, tmp_path / "theirs.json"))
    qtbot.addWidget(dialog)
    assert [(i.name, i.status) for i in dialog.plan.items] == [
        ("Base", "identical"), ("Kid", "identical"), ("Other", "conflict"), ("Theirs", "new"), ("Child", "name taken")]
    assert "price" in dialog.plan.items[2].detail
    other_id = study.scenario_named("Other").id
    dialog.choose(other_id, choice)
    steps = session.undo_stack.count()
    apply_import(window, dialog)

    names = [s.name for s in session.study.scenarios]
    assert names[:3] == ["Base", "Child", "Other"] and "Theirs" in names and "Child (from theirs.json)" in names
    mine = session.study.scenario(other_id)
    if choice == "beside":
        assert mine.overrides["price"] == 80.0
        assert session.study.scenario_named("Other (from theirs.json)").overrides["price"] == 90.0
    else:
        assert mine.overrides["price"] == (90.0 if choice == "replace" else 80.0)
        assert "Other (from theirs.json)" not in names
    theirs = session.study.scenario_named("Theirs")
    assert theirs.origin.startswith("theirs.json, 20") and theirs.id in session.choices.shown

    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert state(session) == before
    session.undo_stack.redo()
    assert "Theirs" in [s.name for s in session.study.scenarios]


def test_importing_the_same_file_twice_changes_nothing(qtbot, window, study, tmp_path):
    path = their_file(study, tmp_path / "theirs.json")
    first = preview(window, path)
    qtbot.addWidget(first)
    apply_import(window, first)
    after = state(window.session)
    steps = window.session.undo_stack.count()
    again = preview(window, path)
    qtbot.addWidget(again)
    assert {i.status for i in again.plan.items} == {"identical"}
    message = apply_import(window, again)
    assert "Nothing changed." in message
    assert state(window.session) == after and window.session.undo_stack.count() == steps


def test_a_differing_model_can_come_in_as_a_separate_study(qtbot, window, library, study, tmp_path):
    theirs = copy.deepcopy(study)
    theirs.variable("revenue").equation = "price * 3"
    write_study_file(theirs, tmp_path / "model.json")
    dialog = preview(window, tmp_path / "model.json")
    qtbot.addWidget(dialog)
    assert any("equation differs" in d for d in dialog.plan.model_differences)
    dialog.choose_model("separate")
    apply_import(window, dialog)
    titles = sorted(s.title for s in library.list_studies())
    assert titles == ["Small study", "Small study (from model.json)"]
    assert window.session.study.variable("revenue").equation == "price * 3"
    assert library.load_study(study.id).variable("revenue").equation != "price * 3"


def close_next_modal(seen: list[str], accept: bool) -> None:
    """Once the next modal window is up, note its text and accept or close it."""
    def act():
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, act)
            return
        seen.append(getattr(modal, "informativeText", lambda: modal.windowTitle())())
        modal.accept() if accept else modal.close()
    QTimer.singleShot(0, act)


def test_a_file_dropped_on_the_window_is_previewed_and_imported(qtbot, window, study, tmp_path):
    path = their_file(study, tmp_path / "dropped.json")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    seen: list[str] = []
    close_next_modal(seen, accept=True)
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the pointer shows the file can be dropped
    # Qt delivers a drop only inside a platform drag, which an offscreen test cannot start: hand it to the window's filter.
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    assert window.drop_filter.eventFilter(window, drop)
    assert seen == ["Import dropped.json"]
    assert "Theirs" in [s.name for s in window.session.study.scenarios]


def test_a_broken_file_shows_every_problem_and_changes_nothing(qtbot, window, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "prospectiva-study", "version": 1, "study": {"title": 5}, "scenarios": 3}', encoding="utf-8")
    before = state(window.session)
    seen: list[str] = []
    close_next_modal(seen, accept=False)
    assert preview(window, path) is None
    assert "study" in seen[0] and "scenarios" in seen[0]
    assert state(window.session) == before


def test_the_preview_lists_a_child_that_comes_in_with_its_parent_and_the_import_does_just_that(qtbot, window, study, tmp_path):
    theirs = copy.deepcopy(study)
    theirs.scenario_named("Base").overrides["price"] = 55.0  # the parent differs; its child "Child" is as mine
    write_study_file(theirs, tmp_path / "theirs.json")
    dialog = preview(window, tmp_path / "theirs.json")
    qtbot.addWidget(dialog)
    assert [(i.name, i.status) for i in dialog.plan.items] == [
        ("Base", "conflict"), ("Child", "follows parent"), ("Other", "identical")]
    announced = dialog.outcome.toPlainText()
    assert '"Base" as "Base (from theirs.json)"' in announced
    assert '"Child" as "Child (from theirs.json)"' in announced  # it said "1 differing" and then added 2
    before = {s.name for s in window.session.study.scenarios}
    apply_import(window, dialog)
    added = {s.name for s in window.session.study.scenarios} - before
    assert added == {"Base (from theirs.json)", "Child (from theirs.json)"}
    copy_ = window.session.study.scenario_named("Child (from theirs.json)")
    assert copy_.parent_id == window.session.study.scenario_named("Base (from theirs.json)").id


def test_skipping_the_child_changes_what_the_preview_announces(qtbot, window, study, tmp_path):
    theirs = copy.deepcopy(study)
    theirs.scenario_named("Base").overrides["price"] = 55.0
    write_study_file(theirs, tmp_path / "theirs.json")
    dialog = preview(window, tmp_path / "theirs.json")
    qtbot.addWidget(dialog)
    dialog.choose(study.scenario_named("Child").id, "skip")
    assert "Child (from theirs.json)" not in dialog.outcome.toPlainText()
    assert '"Child"' in dialog.outcome.toPlainText().split("Skipped")[1]


def test_what_an_import_did_stays_in_the_status_bar_when_the_save_follows(qtbot, window):
    window.statusBar().showMessage("Added “Theirs” from theirs.json.", 15000)
    window.session.autosave.saved.emit()
    assert window.statusBar().currentMessage() == "Added “Theirs” from theirs.json."


def test_the_receiver_sees_the_senders_scenarios_on_the_senders_model_as_the_preview_says(qtbot, window, library, study, tmp_path):
    theirs = copy.deepcopy(study)
    theirs.variable("revenue").equation = "price * 3"  # their model: revenue no longer grows with time
    theirs.scenarios.append(Scenario("Theirs", color="#9467bd", overrides={"price": 90.0}))
    write_study_file(theirs, tmp_path / "model.json")
    dialog = preview(window, tmp_path / "model.json")
    qtbot.addWidget(dialog)
    choices = {b.property("choice"): b for b in dialog._model_group.buttons()}
    # The choice says what it gives, before anything is imported.
    assert "their model" in choices["separate"].toolTip()
    dialog.choose_model("separate")
    told = dialog.outcome.toPlainText()
    assert "Small study (from model.json)" in told  # the title the study will have, not the file's
    assert all(f'"{s.name}"' in told for s in theirs.scenarios)
    apply_import(window, dialog)
    session = window.session
    assert session.study.title == "Small study (from model.json)"
    assert [s.name for s in session.study.scenarios] == [s.name for s in theirs.scenarios]
    scheduler = session.scheduler
    qtbot.waitUntil(lambda: scheduler.delivered == scheduler.requested, timeout=3000)
    mine = library.load_study(study.id)
    assert mine.variable("revenue").equation == study.variable("revenue").equation  # yours untouched
    # Their "Theirs" on their model: 90 × 3 at every time, where yours would grow from 180.
    revenue = session.series(session.study.scenario_named("Theirs").id, "revenue")
    assert revenue is not None and abs(revenue - 270.0).max() < 1e-9
