"""Scenario colours that stay apart: for normal vision and for deuteranopes."""

from __future__ import annotations

from models.palette import NEAR_TWIN, distance, distinct_color, is_near_twin
from models.workshop import PROJECTOR_COLORS, projector_color


def test_identical_colours_are_zero_apart_and_black_and_white_far():
    assert distance("#1f77b4", "#1f77b4") == 0
    assert distance("#000000", "#ffffff") > 99  # CIELAB lightness runs 0..100


def test_red_and_green_that_deuteranopes_confuse_count_as_near():
    # Pure red and a green of similar lightness are far apart in normal vision, close for a deuteranope.
    assert distance("#d62728", "#8c8c00") < NEAR_TWIN * 2


def test_a_new_colour_is_never_a_near_twin_while_a_candidate_is_free():
    used = ["#1f77b4"]
    for _ in range(6):
        color = distinct_color(used)
        assert color not in used and not is_near_twin(color, used), (color, used)
        used.append(color)


def test_a_capture_never_takes_a_near_twin_of_a_colour_in_the_room():
    # "#b91c1c" (the palette's red) sits beside the scenario that is already "#c0392b" red.
    used = ["#c0392b", "#1f77b4"]
    color = projector_color(used)
    assert color in PROJECTOR_COLORS and min(distance(color, u) for u in used) >= NEAR_TWIN



def test_captures_beside_five_scenarios_stay_apart_after_the_projector_colours_run_out():
    # The sample study's five colours: the eight projector colours leave no free one by the third capture.
    used = ["#1f77b4", "#2ca02c", "#17becf", "#d62728", "#9467bd"]
    assert all(is_near_twin(c, used + ["#be185d", "#7e22ce"]) for c in PROJECTOR_COLORS)
    for _ in range(4):
        color = projector_color(used)
        assert not is_near_twin(color, used), (color, used)
        used.append(color)
