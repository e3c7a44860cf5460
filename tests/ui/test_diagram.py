"""The model diagram in a real window: drawn from the equations, kept in step with edits, linked to the editor."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent

from models.commands.scenario import SetEquation
from storage.interchange import read_study_file
from ui.diagram.items import NodeItem
from ui.diagram.view import DiagramView

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "bolivia-paz-pivot.json"
SHOTS = os.environ.get("PROSPECTIVA_SCREENSHOTS")


def open_diagram(qtbot, window) -> DiagramView:
    window.diagram.action.trigger()
    qtbot.waitUntil(window.diagram.dock.isVisible)
    return window.diagram.view


def _holds_a_number(variable) -> bool:
    try:
        float(variable.equation)
    except ValueError:
        return False
    return variable.kind == "auxiliary"


def arrows(view: DiagramView) -> set[tuple[str, str]]:
    return {(e.source.node.name, e.target.node.name) for e in view.edges}


def test_every_variable_is_a_box_and_every_use_an_arrow(qtbot, window):
    view = open_diagram(qtbot, window)
    assert set(view.nodes) == {v.name for v in window.session.study.variables}
    # Read off the small study's equations by hand (gdp's own use of gdp is no arrow).
    assert arrows(view) == {
        ("price", "revenue"), ("revenue", "growth"), ("unrest", "growth"), ("unrest", "stability"),
        ("aid", "stability"), ("growth", "gdp"),
    }
    assert view.nodes["gdp"].node.kind == "stock" and view.nodes["price"].node.kind == "assumption"
    xs = {name: item.pos().x() for name, item in view.nodes.items()}
    assert xs["price"] < xs["revenue"] < xs["growth"]


def test_the_diagram_follows_an_equation_edit_and_its_undo(qtbot, window):
    view = open_diagram(qtbot, window)
    window.session.push(SetEquation("stability", "equation", "1 - unrest + aid / 100 + price / 1000"))
    assert ("price", "stability") in arrows(view)
    window.undo_action.trigger()
    assert ("price", "stability") not in arrows(view)


def test_clicking_a_box_selects_its_variable_in_the_editor(qtbot, window):
    view = open_diagram(qtbot, window)
    item = view.nodes["growth"]
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.pos()))
    assert item.isSelected()
    assert window.model_editor.variables.current().name == "growth"


def test_double_clicking_a_box_opens_the_editor_on_it(qtbot, window):
    view = open_diagram(qtbot, window)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(view.nodes["aid"].pos()))
    assert window.model_editor.dock.isVisible()
    assert window.model_editor.variables.current().name == "aid"


def test_zoom_keys_and_ctrl_wheel_change_the_scale_and_fit_shows_everything(qtbot, window):
    view = open_diagram(qtbot, window)
    view.setFocus()
    start = view.zoom()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < start
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > start
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(centre, view.mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    before = view.zoom()
    view.wheelEvent(wheel)
    assert view.zoom() < before
    view.scale(3, 3)
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in view.nodes.values():
        assert shown.contains(item.sceneBoundingRect())


def test_a_dragged_box_stays_where_it_was_put_when_the_model_changes(qtbot, window):
    view = open_diagram(qtbot, window)
    item = view.nodes["aid"]
    start = view.mapFromScene(item.pos())
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    end = start + QPoint(40, 60)
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = (item.pos().x(), item.pos().y())
    assert moved != (0.0, 0.0) and view.pinned == {"aid": moved}
    window.session.push(SetEquation("stability", "equation", "1 - unrest + aid / 50"))
    assert view.nodes["aid"] is not item  # drawn afresh
    assert (view.nodes["aid"].pos().x(), view.nodes["aid"].pos().y()) == moved


def test_the_sample_study_lays_out_without_overlapping_boxes_at_1366(qtbot):
    view = DiagramView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show_study(read_study_file(SAMPLE))
    view.show()
    qtbot.waitExposed(view)
    rects = {name: item.sceneBoundingRect() for name, item in view.nodes.items()}
    # The coefficients (an auxiliary holding one number, with its unit) are left out unless asked for.
    assert len(rects) == sum(1 for v in read_study_file(SAMPLE).variables if not _holds_a_number(v)) == 48
    assert [(a, b) for a, b in itertools.combinations(rects, 2) if rects[a].intersects(rects[b])] == []
    # Fitted, the whole model is on screen and its type is still readable (at least 60 % of life size).
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert all(shown.contains(r) for r in rects.values())
    assert view.zoom() >= 0.6
    assert all(isinstance(view.nodes[n], NodeItem) for n in rects)
    # Each group is a region holding exactly its own variables' boxes, its name clear of them.
    study = read_study_file(SAMPLE)
    groups = {v.name: v.group for v in study.variables}
    assert set(view.regions) == set(groups.values()) - {""}
    for name in rects:
        box = view.nodes[name].mapRectToScene(view.nodes[name].box())
        holding = [g for g, region in view.regions.items() if region.sceneBoundingRect().intersects(box)]
        assert holding == [groups[name]], name
    for region in view.regions.values():
        assert not any(region.mapRectToScene(region.label_rect()).intersects(item.mapRectToScene(item.box()))
                       for item in view.nodes.values())
    if SHOTS:
        view.grab().save(str(Path(SHOTS) / "diagram-1366.png"))


def test_unit_warnings_are_listed_in_the_problems_dock_and_follow_edits(qtbot, window):
    window.problems_dock.show()
    # Worked out from the small study's units: growth = 1 + revenue / 100 - unrest takes an index
    # from USD M/yr at its "-" (offset 18); stability = 1 - unrest + aid / 100 adds USD M/yr to an index at its "+".
    assert window.problems.messages() == [
        "Units: growth.equation: subtracts index from USD M/yr (column 19)",
        "Units: stability.equation: adds USD M/yr to index (column 12)",
    ]
    assert "compiles, with 2 unit warnings" in window.problems.summary.text()
    window.session.push(SetEquation("stability", "equation", "100 - unrest"))
    assert window.problems.messages() == ["Units: growth.equation: subtracts index from USD M/yr (column 19)"]
    window.undo_action.trigger()
    assert len(window.problems.messages()) == 2
    window.model_status.place()  # what the settle timer does after an edit: the dock the user opened stays
    assert window.problems_dock.isVisible()
    # A broken model lists its errors alone; the warnings come back with the fix.
    window.session.push(SetEquation("stability", "equation", "1 - unrest +"))
    assert window.problems.messages() and not any(m.startswith("Units:") for m in window.problems.messages())
    window.undo_action.trigger()
    assert len(window.problems.messages()) == 2


def test_coefficients_are_left_out_until_ticked_and_never_offered_as_charts(qtbot, window):
    from models.commands.variable import AddVariable
    from models.domain import Variable
    from ui.session.choices import indicator_names

    view = open_diagram(qtbot, window)
    toggle = window.diagram.coefficients
    assert not toggle.isVisible()  # the small study has none: nothing to offer
    # growth's "1 + revenue / 100" written the declared-unit way: the 100 becomes a named coefficient.
    window.session.push(AddVariable(Variable("revenue_scale", "auxiliary", unit="USD M/yr", equation="100"), 0))
    window.session.push(SetEquation("growth", "equation", "1 + revenue / revenue_scale - unrest"))
    assert toggle.isVisible() and toggle.text() == "Coefficients (1)"
    assert "revenue_scale" not in view.nodes and ("revenue", "growth") in arrows(view)
    toggle.setChecked(True)
    assert ("revenue_scale", "growth") in arrows(view)
    toggle.setChecked(False)
    assert "revenue_scale" not in view.nodes
    # A constant is no indicator: it is not offered as a chart, a table row or a chance question.
    assert "revenue_scale" not in indicator_names(window.session.study)
    assert "growth" in indicator_names(window.session.study)
