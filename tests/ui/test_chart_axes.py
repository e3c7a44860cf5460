"""Chart axes a room can read: value labels written out and grouped as the tables group them."""

from __future__ import annotations


def test_value_labels_group_thousands_and_keep_the_decimals_their_spacing_needs(qtbot, window):
    axis = window.charts.plots()[0].getPlotItem().getAxis("left")
    assert axis.tickStrings([0.0, 50_000.0, 100_000.0], 1.0, 50_000.0) == ["0", "50,000", "100,000"]
    assert axis.tickStrings([2e6, 4e6], 1.0, 2e6) == ["2,000,000", "4,000,000"]  # not 2e+06
    assert axis.tickStrings([0.5, 1.0, 1.5], 1.0, 0.5) == ["0.5", "1.0", "1.5"]
    assert axis.tickStrings([2025.0, 2030.0], 1.0, 5.0) == ["2025", "2030"]  # years and small values ungrouped
