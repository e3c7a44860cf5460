"""The sample study's diagram on the room's screen (G): every box in view and its type readable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_screen_sizes import open_room, sample_window, save  # noqa: F401 - the fixture is used by name

# Fitted to a projector, a box's 9 pt label should not shrink below about 6 pt (two-thirds of life size).
# At 1366×768 the sample's 48 boxes fit only at about half of life size under the levers (the room
# sees the whole model, smaller): measured, and said in docs/diagram-layout.md, not hidden here.
READABLE_ZOOM = {1366: 0.45, 1920: 0.6}


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_the_sample_diagram_on_the_rooms_screen_shows_every_box_readably(qtbot, sample_window, width, height):
    window = sample_window
    view = open_room(qtbot, window, width, height)
    qtbot.keyClick(view, Qt.Key.Key_G)
    diagram = view.diagram
    assert diagram is not None and diagram.isVisible()
    qtbot.wait(50)
    study = window.session.study
    drawn = {v.name for v in study.variables if not v.is_coefficient}
    assert set(diagram.nodes) == drawn
    shown = diagram.mapToScene(diagram.viewport().rect()).boundingRect()
    boxes = {name: item.mapRectToScene(item.box()) for name, item in diagram.nodes.items()}
    assert [name for name, box in boxes.items() if not shown.contains(box)] == []
    assert diagram.zoom() >= READABLE_ZOOM[width]
    # Lanes would make the drawing too tall for the strip above the levers: the room gets the compact one.
    assert diagram.regions == {}
    save(view, f"workshop-diagram-sample-{width}")
