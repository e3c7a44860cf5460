"""Every table model passes Qt's own model tester."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from ui.panels.table_panel import indicator_frame
from ui.qtmodels.indicator_table_model import IndicatorTableModel
from ui.qtmodels.scenario_list_model import ScenarioListModel, family_order


def test_scenario_list_model(qtmodeltester, window):
    model = ScenarioListModel(window.session)
    qtmodeltester.check(model)
    window.scenarios.branch_action.trigger()
    qtmodeltester.check(model)


def test_indicator_table_model_with_values(qtmodeltester, window):
    model = IndicatorTableModel()
    frame, colors = indicator_frame(window.session)
    model.set_frame(frame, colors)
    assert model.rowCount() == 4 * 3 and model.columnCount() == 2 + len(window.session.choices.years)
    qtmodeltester.check(model)


def test_indicator_table_model_empty_and_reshaped(qtmodeltester):
    model = IndicatorTableModel()
    qtmodeltester.check(model)
    frame = pd.DataFrame([["GDP (USD bn)", "Base", 1.0, float("nan")]], columns=["Indicator", "Scenario", 2030.0, 2035.0])
    model.set_frame(frame, ["#ff0000"])
    assert model.data(model.index(0, 3)) == "undefined"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "2030"
    qtmodeltester.check(model)


def test_family_order_puts_children_under_parents(study):
    base, child, other = study.scenarios
    study.scenarios = [child, other, base]
    assert [(s.name, d) for s, d in family_order(study.scenarios)] == [("Other", 0), ("Base", 0), ("Child", 1)]
