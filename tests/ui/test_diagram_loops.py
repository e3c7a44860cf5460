"""Loops beside the diagram, live changes on it and kept positions, in a real window on the small study."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from models.commands.scenario import SetAssumption, SetEquation
from tests.ui.conftest import wait_results
from tests.ui.test_diagram import open_diagram
from ui.diagram.view import FADED
from ui.main_window import MainWindow


def test_the_loops_are_listed_with_their_polarity_and_choosing_one_highlights_it(qtbot, window):
    view = open_diagram(qtbot, window)
    wait_results(qtbot, window)
    loops = window.diagram.loop_list
    # gdp grows by gdp * growth / 100 with growth > 0: the one loop, reinforcing.
    assert [(loop.name, loop.variables) for loop in loops.loops] == [("R1", ("gdp",))]
    # Stability now falls as GDP rises and lifts growth: GDP → stability (−) → growth (+) → GDP (+) balances.
    window.session.push(SetEquation("stability", "equation", "1 - unrest + aid / 100 - gdp / 1000"))
    window.session.push(SetEquation("growth", "equation", "1 + revenue / 100 - unrest + stability"))
    wait_results(qtbot, window)
    assert {(loop.name, frozenset(loop.variables)) for loop in loops.loops} == {
        ("R1", frozenset({"gdp"})), ("B1", frozenset({"growth", "stability", "gdp"}))}
    assert "1 reinforcing, 1 balancing" in loops.summary.text()
    loops.list.setCurrentRow([loop.name for loop in loops.loops].index("B1"))
    assert view.highlighted is not None and view.highlighted.name == "B1"
    assert {name for name, item in view.nodes.items() if item.opacity() == 1.0} == {"growth", "stability", "gdp"}
    assert view.nodes["price"].opacity() == FADED
    bold = {(e.source.node.name, e.target.node.name) for e in view.edges if e.pen().widthF() > 2}
    assert bold == {("gdp", "stability"), ("stability", "growth"), ("growth", "gdp")}
    loops.list.setCurrentRow(-1)
    assert all(item.opacity() == 1.0 for item in view.nodes.values())


def test_boxes_show_how_far_the_selected_scenario_ends_from_the_reference_and_follow_a_slider(qtbot, window):
    view = open_diagram(qtbot, window)
    session = window.session
    base, child, _other = session.study.scenarios
    session.select(child.id)  # aid 10 against the base's 5
    wait_results(qtbot, window)
    assert view.nodes["stability"].change.direction == 1
    assert view.nodes["price"].change is None and view.nodes["growth"].change is None  # unmoved: no badge
    # stability = 1 − 0.3 + aid/100: 0.8 against 0.75 at the base, +6.7 %.
    assert view.nodes["stability"].change.text == "+6.7 %"
    session.push(SetAssumption(child.id, "aid", 0.0))
    wait_results(qtbot, window)
    assert view.nodes["stability"].change.direction == -1
    session.select(base.id)  # the reference itself: nothing to compare
    assert all(item.change is None for item in view.nodes.values())


def drag(qtbot, view, name: str, by: QPoint) -> tuple[float, float]:
    item = view.nodes[name]
    start = view.mapFromScene(item.pos())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + by)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + by)
    return item.pos().x(), item.pos().y()


def test_a_dragged_box_is_kept_with_the_study_undone_in_one_step_and_there_after_reopening(qtbot, library, study):
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.show()
    view = open_diagram(qtbot, window)
    laid_out = (view.nodes["aid"].pos().x(), view.nodes["aid"].pos().y())
    moved = drag(qtbot, view, "aid", QPoint(40, 60))
    assert moved != laid_out and window.session.study.diagram_positions == {"aid": moved}
    window.undo_action.trigger()
    assert window.session.study.diagram_positions == {}
    assert (view.nodes["aid"].pos().x(), view.nodes["aid"].pos().y()) == laid_out
    window.redo_action.trigger()
    assert (view.nodes["aid"].pos().x(), view.nodes["aid"].pos().y()) == moved
    window.close()  # saves
    again = MainWindow(library, study.id)
    qtbot.addWidget(again)
    again.show()
    view = open_diagram(qtbot, again)
    assert (view.nodes["aid"].pos().x(), view.nodes["aid"].pos().y()) == moved
    again.close()


def test_the_sample_diagram_with_a_loop_chosen_and_a_scenario_against_the_reference_at_1366(qtbot, library):
    from storage.interchange import read_study_file
    from tests.ui.test_diagram import SAMPLE, SHOTS

    study = read_study_file(SAMPLE)
    library.save_study(study)
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.show()
    window.diagram.dock.setFloating(True)
    window.diagram.dock.resize(1366, 768)
    view = open_diagram(qtbot, window)
    window.session.select(study.scenarios[1].id)
    wait_results(qtbot, window)
    loops = window.diagram.loop_list
    assert (len(loops.loops), sum(loop.polarity == "R" for loop in loops.loops)) == (80, 65)
    loops.list.setCurrentRow(next(k for k, loop in enumerate(loops.loops) if len(loop.variables) == 4))
    chosen = loops.chosen()
    assert chosen is not None and all(view.nodes[name].opacity() == 1.0 for name in chosen.variables)
    assert any(item.change is not None for item in view.nodes.values())
    assert view.zoom() >= 0.6  # the fitted drawing's labels stay readable in the floated dock
    if SHOTS:
        window.diagram.dock.grab().save(str(Path(SHOTS) / "diagram-loops-1366.png"))
    window.close()


def test_every_xmile_model_of_the_conformance_suite_is_laid_out_without_overlapping_boxes(qtbot):
    import itertools

    import pytest

    from storage.errors import InterchangeError
    from storage.model_files import read_model_file
    from tests.models.test_loops import ROOT
    from ui.diagram.view import DiagramView

    suites = [folder / "conformance" / "sdxorg-test-models" for folder in (ROOT.parent / "shared", ROOT.parent.parent / "shared")]
    suite = next((p for p in suites if p.exists()), None)
    if suite is None:
        pytest.skip("the shared SDXorg conformance suite is not beside the repository")
    view = DiagramView()
    qtbot.addWidget(view)
    view.set_coefficients_shown(True)  # every variable, constants included
    drawn = 0
    for path in sorted(suite.rglob("*.xmile")):
        try:
            study = read_model_file(path)
        except InterchangeError:
            continue  # refused with its reasons: the conformance tests check those
        view.show_study(study)
        boxes = {name: item.mapRectToScene(item.box()) for name, item in view.nodes.items()}
        assert len(boxes) == len(study.variables)
        assert [(a, b) for a, b in itertools.combinations(boxes, 2) if boxes[a].intersects(boxes[b])] == [], path.name
        drawn += 1
    assert drawn >= 20


def test_finding_a_variable_selects_its_box_and_shows_its_equation_and_values(qtbot, window):
    view = open_diagram(qtbot, window)
    wait_results(qtbot, window)
    search = window.diagram.search
    search.setText("STAB")  # any case, part of the title
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert [item.node.name for item in view.nodes.values() if item.isSelected()] == ["stability"]
    details = window.diagram.details.text.text()
    assert "Stability" in details and "1 - unrest + aid / 100" in details
    # stability = 1 − 0.3 + 5/100 = 0.75 all along in the base scenario.
    assert "0.75 at the start, 0.75 at the end" in details
    assert window.diagram.details.sparkline.values is not None
    search.setText("zzz")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # nothing matches: the selection stays
    assert view.nodes["stability"].isSelected()
