"""Every slider rounds alike: the assumption panel's row and the room's lever give one value per position."""

from __future__ import annotations

from models.domain import Variable
from ui.panels.assumption_row import AssumptionRow
from ui.workshop.lever_strip import LeverControl


def test_the_panel_row_and_the_workshop_lever_give_the_same_value_at_every_position(qtbot, window):
    row = window.assumptions.row("price")  # 10 to 100: a step of 1, shown to one decimal
    lever = LeverControl(window.session, "price")
    qtbot.addWidget(lever)
    # 10 + 90 * 0.337 = 40.33, which the spin box shows as 40.3
    assert row.value_at(337) == lever.value_at(337) == 40.3
    assert all(row.value_at(p) == lever.value_at(p) for p in range(0, 1001, 7))


def test_a_wide_range_rounds_to_whole_units_and_a_narrow_one_to_thousandths(qtbot):
    wide = AssumptionRow(Variable("t", "assumption", value=12_000.0, min=0.0, max=40_000.0))
    narrow = AssumptionRow(Variable("u", "assumption", value=0.5, min=0.0, max=1.0))
    qtbot.addWidget(wide)
    qtbot.addWidget(narrow)
    assert wide.value_at(123) == 4920.0 and wide.value_at(1) == 40.0  # step 500: whole units
    assert narrow.value_at(123) == 0.123 and narrow.position_of(0.1234) == 123  # step 0.01: thousandths
