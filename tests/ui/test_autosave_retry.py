"""A failed save is tried again, sooner first and then less often, and the window says so until it succeeds."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import make_study
from ui.session.autosave import RETRY_LONGEST_MS, Autosaver

REFUSE = "CREATE TRIGGER refuse_saves BEFORE INSERT ON studies BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"


def test_retries_back_off_from_half_a_second_doubling_up_to_half_a_minute(qtbot):
    outcomes = [False] * 9 + [True]  # nine failures, then the disk is back

    def save() -> None:
        if not outcomes.pop(0):
            raise OSError("disk I/O error")

    saver = Autosaver(save)
    waits: list[int] = []
    saver.failed.connect(lambda _why, wait: waits.append(wait))
    saver.mark_dirty()
    for _ in range(9):
        saver.flush()
        assert saver.dirty and saver.retrying
    assert waits == [500, 1000, 2000, 4000, 8000, 16000, RETRY_LONGEST_MS, RETRY_LONGEST_MS, RETRY_LONGEST_MS]
    with qtbot.waitSignal(saver.saved):
        saver.flush()
    assert not saver.dirty and not saver.retrying
    saver.mark_dirty()  # after a success the back-off starts over
    outcomes.append(False)
    with qtbot.waitSignal(saver.failed) as failed:
        pass
    assert failed.args == ["disk I/O error", 500]


def test_a_library_that_refuses_saves_is_retried_until_it_accepts(qtbot, window, library, study):
    with library._engine.begin() as connection:  # the library holds its file exclusively: change it through it
        connection.exec_driver_sql(REFUSE)
    window.assumptions.row("price").spin.setValue(90)
    qtbot.waitUntil(lambda: "retrying in 1 s" in window.save_status.text(), timeout=5000)
    message = window.save_status.text()
    assert window.save_status.isVisible()
    assert message.startswith("Not saved – retrying in 1 s:") and "the disk is full" in message
    window.statusBar().showMessage("Wrote a file", 1)  # another message comes and goes: the failure stays said
    qtbot.wait(50)
    assert window.save_status.isVisible() and window.save_status.text().startswith("Not saved")
    assert "price" not in library.load_study(study.id).scenario_named("Base").overrides  # the stored version is kept
    assert window.session.autosave.dirty

    with library._engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER refuse_saves")
    qtbot.waitUntil(lambda: not window.session.autosave.dirty, timeout=5000)
    assert window.statusBar().currentMessage() == "All changes saved" and not window.save_status.isVisible()
    assert library.load_study(study.id).scenario_named("Base").overrides["price"] == 90.0


@pytest.fixture
def answers(monkeypatch):
    """Answer the 'lose them?' question from a list, remembering what was asked."""
    asked: list[str] = []
    replies: list[QMessageBox.StandardButton] = []

    def warning(parent, title, text, *args):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked, replies


def test_switching_study_while_saves_fail_asks_and_no_keeps_the_changes(qtbot, window, library, study, answers):
    asked, replies = answers
    other = make_study()
    other.title = "Another study"
    library.save_study(other)
    window.reload_study_list()
    with library._engine.begin() as connection:
        connection.exec_driver_sql(REFUSE)
    window.assumptions.row("price").spin.setValue(90)
    replies.append(QMessageBox.StandardButton.No)
    assert not window.open_study(other.id)
    assert "could not be saved: " in asked[0] and "the disk is full" in asked[0]
    assert asked[0].endswith("Open the other study anyway and lose them?")
    assert window.session.study.id == study.id and window.study_box.currentText() == "Small study"
    assert window.session.study.scenario_named("Base").overrides["price"] == 90.0  # still there, still retried

    with library._engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER refuse_saves")
    assert window.open_study(other.id) and len(asked) == 1  # saved on the way: nothing to ask
    assert library.load_study(study.id).scenario_named("Base").overrides["price"] == 90.0


def test_closing_while_saves_fail_asks_first(qtbot, window, library, study, answers):
    asked, replies = answers
    with library._engine.begin() as connection:
        connection.exec_driver_sql(REFUSE)
    window.assumptions.row("price").spin.setValue(90)
    replies.append(QMessageBox.StandardButton.No)
    assert not window.close()
    assert asked[0].endswith("Close anyway and lose them?") and window.isVisible()
    with library._engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER refuse_saves")
    assert window.close() and len(asked) == 1
    assert library.load_study(study.id).scenario_named("Base").overrides["price"] == 90.0
