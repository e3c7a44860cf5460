"""The Events tab: add an event, give it an effect and a switch, see the band and the shock, undo."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QFormLayout

from tests.ui.conftest import wait_results


def test_an_event_built_in_the_events_tab_shocks_the_chart_shows_its_band_and_undoes(qtbot, window):
    window.model_editor.dock.show()
    session = window.session
    session.set_indicators(["revenue", "stability"])
    wait_results(qtbot, window)
    base = session.study.scenario_named("Base")
    before = window.charts.plot("revenue").curve(base.id).getData()[1].copy()
    view = window.model_editor.events
    window.model_editor.tabs.setCurrentWidget(view)
    event = view.add()
    form = view.form
    form.name.setText("Price crash")
    form.name.editingFinished.emit()
    form.start.setValue(2028.0)
    form.start.editingFinished.emit()
    form.duration.setValue(2.0)
    form.duration.editingFinished.emit()
    form.add_effect.click()
    variable, operation, value = (form.effects.cellWidget(0, c) for c in range(3))
    variable.setCurrentText("revenue")
    variable.activated.emit(variable.currentIndex())
    value.setValue(0.5)
    value.editingFinished.emit()
    box = form.switches.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
    box.setCurrentIndex(box.findData(True))
    box.activated.emit(box.currentIndex())
    wait_results(qtbot, window)
    assert session.study.events[-1].name == "Price crash" and base.events == {"Price crash": True}
    after = window.charts.plot("revenue").curve(base.id).getData()[1]
    times = session.times
    inside = (times >= 2028.0) & (times < 2030.0)
    np.testing.assert_allclose(after[inside], before[inside] * 0.5)
    np.testing.assert_allclose(after[~inside], before[~inside])
    qtbot.waitUntil(lambda: window.charts.plot("revenue").event_bands() == [(2028.0, 2030.0, "Price crash")])
    assert window.charts.plot("stability").event_bands() == []
    assert view.list.currentItem().text().startswith("Price crash")

    for _ in range(7):  # switch, value, variable, effect, duration, start, name
        window.undo_action.trigger()
    assert session.study.events[-1].name == "New event" and base.events == {}
    window.undo_action.trigger()
    assert event not in session.study.events
    wait_results(qtbot, window)
    np.testing.assert_allclose(window.charts.plot("revenue").curve(base.id).getData()[1], before)
    qtbot.waitUntil(lambda: window.charts.plot("revenue").event_bands() == [])
    assert not form.isEnabled()
