"""The diagram's change badges: the percentage from the reference, its direction and depth."""

from __future__ import annotations

from models.diagram.change import change


def test_changes_read_as_percentages_of_the_reference_with_their_direction():
    assert (change(0.8, 0.75).text, change(0.8, 0.75).direction) == ("+6.7 %", 1)
    assert (change(50, 100).text, change(50, 100).direction, change(50, 100).strength) == ("−50 %", -1, 1.0)
    small = change(100.02, 100)
    assert small.direction == 1 and small.text == "+0.02 %"  # a small change is never shown as 0.0 %
    assert change(3, 3).direction == 0
    assert change(2, 0).text == "+2" and change(2, 0).direction == 1  # no percentage of zero: the difference
    assert change(float("nan"), 1) is None
