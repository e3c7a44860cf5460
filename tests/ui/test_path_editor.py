"""The time-path editor: add, drag (one undo step, live charts), type and delete points; loose ends of edits."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from tests.ui.conftest import wait_results


def path_editor_of(window, name: str):
    editor = window.model_editor
    editor.dock.show()
    editor.variables.select_name(name)
    return editor.form.assumption.path


def test_dragging_a_path_point_re_projects_while_it_moves_and_undoes_in_one_step(qtbot, window):
    session = window.session
    session.set_indicators(["revenue"])
    wait_results(qtbot, window)
    base = session.study.scenario_named("Base").id
    curve = window.charts.plot("revenue").curve(base)
    flat = curve.getData()[1].copy()
    path = path_editor_of(window, "price")
    path.add_point(2025.1, 40.0)  # snaps to the first time step
    path.add_point(2030.0, 40.0)
    assert session.study.variable("price").path.points == ((2025.0, 40.0), (2030.0, 40.0))
    assert path.table.rowCount() == 2 and path.table.item(1, 0).text() == "2030"
    steps_before = session.undo_stack.count()
    path.begin_drag(1)
    seen = []
    for value in (50.0, 60.0, 70.0):
        path.drag_to(2030.4, value)  # 2030.4 snaps to 2030.5 on a quarter-year axis
        wait_results(qtbot, window)
        seen.append(curve.getData()[1][20])  # 2030
    path.end_drag()
    assert session.study.variable("price").path.points == ((2025.0, 40.0), (2030.5, 70.0))
    assert seen[0] < seen[1] < seen[2] and seen[0] > flat[20]
    assert session.undo_stack.count() == steps_before + 1
    window.undo_action.trigger()
    wait_results(qtbot, window)
    assert session.study.variable("price").path.points == ((2025.0, 40.0), (2030.0, 40.0))
    np.testing.assert_allclose(curve.getData()[1], flat)

    path.table.item(0, 1).setText("20")
    assert session.study.variable("price").path.points == ((2025.0, 20.0), (2030.0, 40.0))
    path.table.item(0, 1).setText("cheap")
    assert "not a number" in path.hint.text() and session.study.variable("price").path.points[0] == (2025.0, 20.0)
    path._select(0)
    path.setFocus()
    qtbot.keyClick(path, Qt.Key.Key_Delete)
    assert session.study.variable("price").path.points == ((2030.0, 40.0),)


def test_a_new_range_rebuilds_the_slider_and_a_new_label_retitles_the_chart(qtbot, window):
    session = window.session
    session.set_indicators(["stability", "gdp"])
    form = window.model_editor.form.assumption
    path_editor_of(window, "aid")
    form.numbers["max"].setText("50")
    form.numbers["max"].editingFinished.emit()
    assert window.assumptions.row("aid").high == 50.0
    assert window.assumptions.row("aid").spin.maximum() == 50.0
    window.model_editor.variables.select_name("stability")
    label = window.model_editor.form.texts["label"]
    label.setText("Political stability")
    label.editingFinished.emit()
    assert session.study.variable("stability").label == "Political stability"
    assert "Political stability" in window.charts.plot("stability").getPlotItem().titleLabel.text
    window.undo_action.trigger()
    assert "Political stability" not in window.charts.plot("stability").getPlotItem().titleLabel.text


def test_the_time_axis_labels_stay_apart_in_a_narrow_dock_and_round(qtbot, window):
    path = path_editor_of(window, "price")
    axis = path.plot.getPlotItem().getAxis("bottom")
    metrics = QFontMetrics(axis.font())
    for width in (100, 200, 400):
        levels = axis.tickValues(2024.8, 2035.2, width)
        spacing, labelled = levels[0]
        pixels_apart = spacing * width / 10.4
        assert len(labelled) >= 2 and pixels_apart > metrics.horizontalAdvance("2035")
        assert all(year == round(year) for year in labelled)
    assert path.plot.minimumHeight() >= 200
