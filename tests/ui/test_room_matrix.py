"""The 2×2 matrix on the room's screen: M shows it big, 1–4 pick a quadrant, F9 captures a variant of it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from models.foresight.domain import Axis, Matrix, Pole
from storage.repository import open_library
from storage.seed import seed_library_if_new
from tests.ui.conftest import make_study, wait_results
from tests.ui.screen_checks import labels_problems, plot_problems
from tests.ui.test_workshop import move, present
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
# Set PROSPECTIVA_SCREENSHOTS to a folder to keep the pictures (docs/screenshots/foresight/ comes from here).
SHOTS = os.environ.get("PROSPECTIVA_SCREENSHOTS")
READABLE_QUADRANT = 100  # px: a quadrant's chart shares a 1024×768 screen with three others and the levers


@pytest.fixture
def study():
    study = make_study()
    study.foresight.matrix = Matrix((Axis("d1", (Pole("Cheap", {"price": 20.0}), Pole("Dear", {"price": 90.0}))),
                                     Axis("d2", (Pole("Aid cut", {"aid": 1.0}), Pole("Aid up", {"aid": 15.0})))),
                                    reference=study.scenarios[0].id)
    return study


def _make_quadrants(window) -> dict[str, str]:
    window.foresight.matrix.bind(window.session)
    window.foresight.matrix.make_quadrants()
    return dict(window.session.study.foresight.matrix.quadrants)


def test_m_shows_the_matrix_the_keys_pick_a_quadrant_and_f9_captures_a_variant_of_it(qtbot, window):
    quadrants = _make_quadrants(window)
    session = window.session
    view = present(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.matrix.isVisible() and not view.pages.isVisible()
    titles = {n: q.title.text() for n, q in view.matrix.quadrants.items()}
    # Reading order: top row the second axis's second pole ("Aid up"), left column the first axis's first ("Cheap").
    assert titles == {1: "1  Cheap / Aid up", 2: "2  Dear / Aid up", 3: "3  Cheap / Aid cut", 4: "4  Dear / Aid cut"}
    count = len(session.study.scenarios)
    qtbot.keyClick(view, Qt.Key.Key_F9)  # nothing picked yet: the room is told, nothing is made
    assert len(session.study.scenarios) == count and "Pick a quadrant" in view.flash.text()
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert view.matrix.picked_scenario() == quadrants["11"]
    move(window, view, "unrest", 100)
    wait_results(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_F9)
    made = session.study.scenarios[-1] if session.study.scenarios[-1].parent_id == quadrants["11"] else next(
        s for s in session.study.scenarios if s.parent_id == quadrants["11"])
    assert made.overrides == {"unrest": 0.1}  # the room's change on top of the quadrant's poles
    assert made.name == "Proposal 1 — Dear / Aid up, lower unrest"
    explored = session.study.scenario_named("Base")
    assert "unrest" not in explored.overrides  # the explored scenario is back at its start, as after any capture
    # The variant inherits the quadrant's poles and adds the room's change.
    quadrant = session.study.scenario(quadrants["11"])
    assert quadrant.overrides == {"price": 90.0, "aid": 15.0}
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert made.id not in {s.id for s in session.study.scenarios}
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert not view.matrix.isVisible() and view.pages.isVisible()


def test_without_the_matrix_shown_the_number_keys_pick_nothing_and_f9_captures_as_before(qtbot, window):
    _make_quadrants(window)
    view = present(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert view.matrix.picked is None
    move(window, view, "price", 900)
    qtbot.keyClick(view, Qt.Key.Key_F9)
    made = window.session.study.scenario_named("Proposal 1 — higher price")
    assert made.parent_id == window.session.study.scenario_named("Base").id


@pytest.fixture
def sample_window(qtbot, tmp_path):
    library = open_library(tmp_path / "library.sqlite")
    seed_library_if_new(library, SAMPLE)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    library.close()


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1920, 1080)])
def test_the_rooms_matrix_is_readable_at_1024_and_1920(qtbot, sample_window, width, height):
    window = sample_window
    _make_quadrants(window)
    window.workshop.toggle_presentation()
    view = window.workshop.view
    qtbot.waitExposed(view)
    view.showNormal()
    qtbot.waitUntil(lambda: (view.resize(width, height), (view.width(), view.height()) == (width, height))[1], timeout=3000)
    view.toggle_matrix()
    view.pick_quadrant(2)
    scheduler = window.session.scheduler
    qtbot.waitUntil(lambda: scheduler.delivered == scheduler.requested, timeout=5000)
    QApplication.processEvents()
    qtbot.wait(50)
    if SHOTS:
        (Path(SHOTS) / "foresight").mkdir(parents=True, exist_ok=True)
        view.grab().save(str(Path(SHOTS) / "foresight" / f"room-matrix-{width}.png"))
    assert (view.width(), view.height()) == (width, height)  # the matrix fits the screen: the window did not grow
    problems = labels_problems(view)
    for quadrant in view.matrix.quadrants.values():
        assert quadrant.plot is not None, quadrant.title.text()
        # The quadrants' charts have no title of their own (the indicator is named once above them).
        problems += [p for p in plot_problems(quadrant.plot, READABLE_QUADRANT) if "title" not in p]
        assert "·" in quadrant.values.text() or ":" in quadrant.values.text()  # horizon values shown
    assert problems == []
    assert view.matrix.quadrants[1].title.font().pixelSize() >= 19  # 32 px at 1920, never below 60 %


def test_the_matrix_and_the_diagram_take_the_charts_place_one_at_a_time(qtbot, window):
    _make_quadrants(window)
    view = present(qtbot, window)
    qtbot.keyClick(view, Qt.Key.Key_M)
    qtbot.keyClick(view, Qt.Key.Key_G)  # the diagram replaces the matrix
    assert view.diagram is not None and view.diagram.isVisible()
    assert not view.matrix.isVisible() and not view.pages.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_M)  # and the matrix the diagram
    assert view.matrix.isVisible() and not view.diagram.isVisible() and not view.pages.isVisible()
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert view.pages.isVisible() and not view.matrix.isVisible() and not view.diagram.isVisible()
