"""Workshop mode: the room's screen, one-key captures, the session log, votes, and a kill that loses nothing."""

from __future__ import annotations

import csv
import os
import textwrap
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from models.engine.compiled import compile_study
from models.workshop import study_at
from storage.repository import open_library
from storage.workshop_export import write_workshop_csvs
from tests.ui.conftest import library_killed_after, wait_results

SHOTS = os.environ.get("PROSPECTIVA_SCREENSHOTS")


def present(qtbot, window):
    """Enter the presentation view on the selected scenario and return it."""
    window.workshop.toggle_presentation()
    view = window.workshop.view
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    return view


def move(window, view, name: str, position: int) -> None:
    """Move a lever of the room's screen as a finished drag."""
    slider = view.levers.controls[name].slider
    slider.setSliderDown(True)
    slider.setValue(position)
    slider.setSliderDown(False)
    window.session.scheduler.flush()


def test_f5_enters_the_presentation_full_screen_and_escape_leaves(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F5)
    view = window.workshop.view
    assert view is not None
    qtbot.waitUntil(lambda: bool(view.windowState() & Qt.WindowState.WindowFullScreen))
    assert view.title.text() == "Exploring: Base"
    assert [p.name for p in view.plots()] == window.session.choices.indicators[:4]
    assert list(view.levers.controls) == ["price", "aid", "unrest"]
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.view is None)


def test_a_lever_on_the_rooms_screen_moves_its_charts_and_undo_there_takes_it_back(qtbot, window):
    view = present(qtbot, window)
    base = window.session.study.scenario_named("Base")
    before = np.array(view.plots()[0].curve(base.id).getData()[1], copy=True)
    move(window, view, "price", 900)
    wait_results(qtbot, window)
    assert base.overrides["price"] == 91.0
    assert view.levers.controls["price"].value.text() == "91 USD/t\nvery high"
    assert not np.array_equal(view.plots()[0].curve(base.id).getData()[1], before)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_results(qtbot, window)
    assert "price" not in base.overrides
    np.testing.assert_array_equal(view.plots()[0].curve(base.id).getData()[1], before)


def test_capture_makes_a_child_with_exactly_the_changed_overrides_stored_at_once(qtbot, window):
    view = present(qtbot, window)
    session = window.session
    base = session.study.scenario_named("Base")
    move(window, view, "price", 900)
    move(window, view, "unrest", 100)
    wait_results(qtbot, window)
    explored = np.array(view.plots()[0].curve(base.id).getData()[1], copy=True)
    qtbot.keyClick(view, Qt.Key.Key_F9)
    child = session.study.scenario_named("Proposal 1 — higher price, lower unrest")
    assert child.parent_id == base.id and child.overrides == {"price": 91.0, "unrest": 0.1}
    assert base.overrides == {}  # the explored scenario is back where the session began
    stored = window.library.load_study(session.study.id)
    assert stored.scenario(child.id).overrides == {"price": 91.0, "unrest": 0.1}
    wait_results(qtbot, window)
    np.testing.assert_allclose(view.plots()[0].curve(child.id).getData()[1], explored)
    legend = QTextDocument()
    legend.setHtml(view.legend.text())
    assert "Proposal 1 — higher price" in legend.toPlainText().replace("\xa0", " ")
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert child.id not in {s.id for s in session.study.scenarios}
    assert base.overrides == {"price": 91.0, "unrest": 0.1}
    assert window.workshop.controller.proposals() == []


def test_nothing_changed_captures_nothing(qtbot, window):
    view = present(qtbot, window)
    count = len(window.session.study.scenarios)
    qtbot.keyClick(view, Qt.Key.Key_F9)
    assert len(window.session.study.scenarios) == count
    assert view.flash.text().startswith("Nothing to capture")


def test_the_log_replays_every_state_the_session_went_through(qtbot, window):
    view = present(qtbot, window)
    session = window.session
    base_id = session.study.scenario_named("Base").id
    seen = []
    for name, position in (("price", 700), ("aid", 800), ("price", 200)):
        move(window, view, name, position)
        window.workshop.controller.flush_log()
        seen.append((dict(session.study.scenario(base_id).overrides), session.series(base_id, "revenue").copy()))
    window.workshop.controller.capture()
    seen.append(({}, None))
    log = window.workshop.controller.log()
    assert [e.kind for e in log] == ["change", "change", "change", "capture"]
    assert [e.state for e in log] == [state for state, _ in seen]
    for entry, (_, revenue) in zip(log[:3], seen):
        replayed = study_at(session.study, base_id, entry.state)
        projection = compile_study(replayed).run(replayed, scenario_ids=[base_id])
        np.testing.assert_allclose(projection.series(base_id, "revenue"), revenue)


def test_votes_and_notes_persist_and_export(qtbot, window, library_path, tmp_path):
    view = present(qtbot, window)
    controller = window.workshop.controller
    move(window, view, "aid", 900)
    proposal = controller.capture()
    controller.set_vote(proposal.scenario_id, "plausibility", 12)
    controller.set_vote(proposal.scenario_id, "desirability", 4)
    controller.set_note(proposal.scenario_id, "=cmd|' /C calc'!A0  room liked it")
    (stored,) = window.library.proposals(controller.workshop.id)
    assert stored.votes == {"plausibility": 12, "desirability": 4}
    paths = write_workshop_csvs(tmp_path / "out", window.session.study, controller.proposals(), controller.log(), [], 2026.0)
    rows = list(csv.DictReader(paths[0].open(encoding="utf-8")))
    assert rows[0]["plausibility"] == "12" and rows[0]["desirability"] == "4"
    assert rows[0]["note"].startswith("'=")  # a spreadsheet shows it as text, never runs it
    assert rows[0]["changes"] == "Aid = 18"


CHILD = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, sys.argv[2])
    from PySide6.QtWidgets import QApplication
    from storage.repository import open_library
    from ui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(open_library(sys.argv[1]))
    window.show()
    window.workshop.toggle_presentation()
    slider = window.workshop.view.levers.controls["price"].slider
    slider.setSliderDown(True)  # mid-drag: nothing is saved on release
    slider.setValue(900)
    window.workshop.controller.capture()
    os.kill(os.getpid(), 9)
    """
)


def test_a_process_killed_right_after_a_capture_keeps_the_capture(tmp_path):
    path = library_killed_after(tmp_path, CHILD)
    library = open_library(path)
    try:
        study = library.load_study(library.list_studies()[0].id)
        proposal = study.scenario_named("Proposal 1 — higher price")
        assert proposal.overrides == {"price": 91.0}
        assert study.scenario_named("Base").overrides == {}
        workshop = library.latest_workshop(study.id, study.scenario_named("Base").id)
        assert [p.scenario_id for p in library.proposals(workshop.id)] == [proposal.id]
        assert library.workshop_log(workshop.id)[-1].kind == "capture"
    finally:
        library.close()


def test_g_shows_the_rooms_diagram_and_a_lever_then_badges_what_it_moved(qtbot, window):
    view = present(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_G)
    diagram = view.diagram
    assert diagram is not None and diagram.isVisible() and not view.pages.isVisible()
    assert set(diagram.nodes) == {v.name for v in window.session.study.variables}
    assert all(item.change is None for item in diagram.nodes.values())  # nothing moved yet
    move(window, view, "price", 900)
    wait_results(qtbot, window)
    # price feeds revenue, growth and gdp; stability does not use it.
    moved = {name for name, item in diagram.nodes.items() if item.change is not None}
    assert moved == {"price", "revenue", "growth", "gdp"}
    assert all(diagram.nodes[name].change.direction == 1 for name in moved)
    if SHOTS:
        view.grab().save(str(Path(SHOTS) / "workshop-diagram.png"))
    qtbot.keyClick(view, Qt.Key.Key_G)
    assert view.pages.isVisible() and not diagram.isVisible()
