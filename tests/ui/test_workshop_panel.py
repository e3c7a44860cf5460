"""The facilitator's Workshop panel: votes typed by keyboard, replay on the room's screen, the lever choice, the spread."""

from __future__ import annotations

import csv
import math

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.commands.scenario import SetAssumption
from tests.ui.conftest import wait_results
from ui.main_window import MainWindow
from ui.workshop.proposal_model import NOTE
from ui.workshop.session_chooser import SessionChooser


def set_lever(window, name: str, value: float, gesture: int) -> None:
    """Move an assumption of the explored scenario as one finished gesture, and log it."""
    session, controller = window.session, window.workshop.controller
    session.push(SetAssumption(controller.workshop.scenario_id, name, value, label=name.title(), gesture=gesture))
    session.scheduler.flush()
    controller.flush_log()


def capture(window, changes: dict[str, float]):
    """Set the levers as the room proposes, then capture them."""
    for gesture, (name, value) in enumerate(changes.items(), start=window.session.undo_stack.count() + 1):
        set_lever(window, name, value, gesture)
    return window.workshop.controller.capture()


def type_keys(qtbot, keys: list) -> None:
    """Type keys into whatever has the focus, letting queued editor commits run between them."""
    for key in [k for item in keys for k in (item if isinstance(item, str) else [item])]:
        widget = QApplication.focusWidget()
        assert widget is not None
        if isinstance(key, str):
            qtbot.keyClicks(widget, key)
        else:
            qtbot.keyClick(widget, key)
        QApplication.processEvents()


def start(qtbot, window):
    """Start a session on the selected scenario and return the panel."""
    window.workshop.ensure_controller()
    panel = window.workshop.panel
    qtbot.waitUntil(panel.isVisible)
    return panel


def test_votes_typed_by_keyboard_are_stored_at_once_and_charted_after_a_reopen(qtbot, window, library, study):
    panel = start(qtbot, window)
    first = capture(window, {"price": 91.0})
    second = capture(window, {"aid": 2.0})
    window.activateWindow()
    panel.proposals.start_voting()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.proposals)
    type_keys(qtbot, ["12", Qt.Key.Key_Tab, "4", Qt.Key.Key_Return, "7", Qt.Key.Key_Tab, "15", Qt.Key.Key_Return])
    workshop_id = window.workshop.controller.workshop.id
    stored = {p.scenario_id: p.votes for p in library.proposals(workshop_id)}
    assert stored == {first.scenario_id: {"plausibility": 12, "desirability": 4},
                      second.scenario_id: {"plausibility": 7, "desirability": 15}}
    assert panel.vote_chart.bars() == [(1, {"plausibility": 12, "desirability": 4}), (2, {"plausibility": 7, "desirability": 15})]
    window.close()

    reopened = MainWindow(library, study.id)
    qtbot.addWidget(reopened)
    reopened.show()
    panel = start(qtbot, reopened)
    model = panel.proposal_model
    assert [[model.index(r, c).data() for c in (0, 3, 4)] for r in range(model.rowCount())] == [["1", "12", "4"], ["2", "7", "15"]]
    assert panel.vote_chart.bars() == [(1, {"plausibility": 12, "desirability": 4}), (2, {"plausibility": 7, "desirability": 15})]
    reopened.close()


def test_a_note_edited_in_place_is_stored_on_one_line(qtbot, window, library):
    panel = start(qtbot, window)
    proposal = capture(window, {"unrest": 0.9})
    model = panel.proposal_model
    assert model.setData(model.index(0, NOTE), "  the room\nloved it ")
    (stored,) = library.proposals(window.workshop.controller.workshop.id)
    assert stored.scenario_id == proposal.scenario_id and stored.note == "the room loved it"
    assert model.index(0, NOTE).data() == "the room loved it"


def test_replay_steps_through_logged_states_on_the_rooms_screen_and_returns_to_live_untouched(qtbot, window):
    panel = start(qtbot, window)
    session = window.session
    base_id = session.study.scenario_named("Base").id
    set_lever(window, "price", 90.0, 1)
    wait_results(qtbot, window)
    at_first_step = session.series(base_id, "revenue").copy()
    set_lever(window, "price", 20.0, 2)
    set_lever(window, "aid", 15.0, 3)
    wait_results(qtbot, window)
    live_overrides = dict(session.study.scenario(base_id).overrides)
    live_curve = session.series(base_id, "revenue").copy()
    undo_state = (session.undo_stack.count(), session.undo_stack.index())
    saved_text = window.library.load_study(session.study.id).scenario(base_id).overrides

    log = panel.log
    assert log.list.count() == 3
    assert log.start_replay(0)
    view = window.workshop.view
    assert view is not None and view.title.text().startswith("Replay: step 1 of 3")
    revenue = next(p for p in view.plots() if p.name == "revenue")
    np.testing.assert_allclose(revenue.curve(base_id).getData()[1], at_first_step)
    assert view.levers.controls["price"].value.text().startswith("90 USD/t")
    assert not view.levers.controls["price"].slider.isEnabled()
    log.list.setFocus()
    qtbot.keyClick(log.list, Qt.Key.Key_Down)
    assert log.replay.index == 1 and view.levers.controls["price"].value.text().startswith("20 USD/t")
    assert log.step(1) and not log.step(1)  # the last step, then the end of the log
    np.testing.assert_allclose(revenue.curve(base_id).getData()[1], live_curve)
    assert log.step(-2) and log.replay.index == 0
    assert session.study.scenario(base_id).overrides == live_overrides  # the study never moved
    assert (session.undo_stack.count(), session.undo_stack.index()) == undo_state

    qtbot.mouseClick(log.replay_button, Qt.MouseButton.LeftButton)  # "Back to live"
    assert log.replay is None and view.title.text() == "Exploring: Base"
    np.testing.assert_allclose(revenue.curve(base_id).getData()[1], live_curve)
    assert view.levers.controls["price"].slider.isEnabled()
    assert view.levers.controls["price"].value.text().startswith("20 USD/t")
    assert window.library.load_study(session.study.id).scenario(base_id).overrides == saved_text
    assert [e.kind for e in window.workshop.controller.log()] == ["change", "change", "change"]  # replay logs nothing


def test_leaving_the_rooms_screen_ends_a_replay(qtbot, window):
    panel = start(qtbot, window)
    set_lever(window, "price", 90.0, 1)
    assert panel.log.start_replay(0)
    window.workshop.view.close()
    assert panel.log.replay is None and panel.log.replay_button.text() == "&Replay"


def test_the_lever_and_chart_choice_changes_the_rooms_screen_and_is_remembered_for_the_study(qtbot, window, library, study):
    panel = start(qtbot, window)
    view = window.workshop.room_view()
    dialog = SessionChooser(session_study := window.session.study, ["price"], [], panel)
    dialog.set_ticked(["aid", "unrest"], ["growth"])
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "Tick 2 to 4 charts" in dialog.status.text()
    dialog.set_ticked(["aid", "unrest"], ["growth", "stability", "gdp"])
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    window.workshop.controller.set_choice(dialog.chosen_levers(), dialog.chosen_indicators())
    assert list(view.levers.controls) == ["aid", "unrest"]
    assert [p.name for p in view.plots()] == ["growth", "stability", "gdp"]
    assert session_study is window.session.study
    window.close()

    reopened = MainWindow(library, study.id)
    qtbot.addWidget(reopened)
    reopened.show()
    reopened.session.select(reopened.session.study.scenario_named("Other").id)  # a new session
    controller = reopened.workshop.ensure_controller()
    assert controller.workshop.scenario_id == reopened.session.study.scenario_named("Other").id
    assert controller.workshop.levers == ["aid", "unrest"]
    assert controller.workshop.indicators == ["growth", "stability", "gdp"]
    reopened.close()


def test_the_spread_table_shows_min_max_mean_and_count_per_lever(qtbot, window, tmp_path):
    panel = start(qtbot, window)
    capture(window, {"price": 91.0, "aid": 2.0})
    capture(window, {"price": 55.0})
    capture(window, {"price": 70.0, "aid": 18.0})
    model = panel.spread_model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    # price: 91, 55, 70 -> min 55, max 91, mean 72; aid: 2, 18 -> mean 10; unrest untouched.
    assert rows == [
        ["Price (USD/t)", "3", "55", "91", "72"],
        ["Aid (USD M/yr)", "2", "2", "18", "10"],
        ["Unrest (index)", "0", "–", "–", "–"],
    ]
    paths = panel.export_to(tmp_path / "out")
    assert [p.name for p in paths] == ["proposals.csv", "log.csv", "spread.csv"]
    spread_rows = list(csv.DictReader(paths[2].open(encoding="utf-8")))
    assert [(r["lever"], r["proposals_touching"], r["mean"]) for r in spread_rows] == [("Price", "3", "72"), ("Aid", "2", "10"), ("Unrest", "0", "")]
    assert math.isclose(float(spread_rows[0]["min"]), 55.0)


def test_table_models_pass_the_model_tester(qtbot, qtmodeltester, window):
    panel = start(qtbot, window)
    capture(window, {"price": 91.0})
    qtmodeltester.check(panel.proposal_model)
    qtmodeltester.check(panel.spread_model)


def test_the_scenario_brief_ends_with_the_sessions_proposals_votes_spread_and_log(qtbot, window, tmp_path):
    from ui.compare.export_menu import export

    start(qtbot, window)
    proposal = capture(window, {"price": 91.0})
    controller = window.workshop.controller
    controller.set_vote(proposal.scenario_id, "plausibility", 23)
    controller.set_note(proposal.scenario_id, "<b>bold</b> claim")
    export(window, "html", tmp_path / "brief.html")
    text = (tmp_path / "brief.html").read_text(encoding="utf-8")
    workshop = text[text.index("<h2 style='page-break-before: always'>Workshop</h2>"):]
    assert "Proposal 1 — higher price" in workshop and "<td align='right'>23</td>" in workshop
    assert "&lt;b&gt;bold&lt;/b&gt; claim" in workshop  # a note is text, never markup
    assert "How the proposals set each lever" in workshop and "Captured &#x27;Proposal 1" in workshop
