"""Proposals captured in a workshop get colours a reader tells apart from every scenario's, and are drawn in them."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from models.commands.scenario import SetAssumption
from tests.ui.conftest import wait_results
from tests.ui.test_screen_sizes import sample_window  # noqa: F401 - a window on the sample study, by name

# Two thin lines closer than this (CIE 1976 ΔE) read as one colour: the figure the palette promises to keep apart.
NEAR_TWIN = 20.0
# Machado, Oliveira and Fernandes (2009), deuteranopia at full severity, on linear RGB: a different
# simulation from the palette's own, so the test does not merely repeat its arithmetic.
MACHADO_DEUTAN = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881))


def linear_rgb(color: str) -> tuple[float, ...]:
    """Return a colour's linear-light sRGB channels (IEC 61966-2-1)."""
    q = QColor(color)
    return tuple(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (q.redF(), q.greenF(), q.blueF()))


def lab(rgb: tuple[float, ...]) -> tuple[float, float, float]:
    """Return CIELAB under D65 for linear sRGB."""
    r, g, b = (min(1.0, max(0.0, c)) for c in rgb)
    xyz = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b, 0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
           0.0193339 * r + 0.1191920 * g + 0.9503041 * b)
    white = (0.95047, 1.0, 1.08883)
    eps, kappa = 216 / 24389, 24389 / 27
    fx, fy, fz = (t ** (1 / 3) if t > eps else (kappa * t + 16) / 116 for t in (v / w for v, w in zip(xyz, white)))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def apart(first: str, second: str) -> float:
    """Return how far apart two line colours look, to normal vision and to a deuteranope, whichever is closer."""
    a, b = linear_rgb(first), linear_rgb(second)

    def deutan(rgb: tuple[float, ...]) -> tuple[float, ...]:
        return tuple(sum(m * c for m, c in zip(row, rgb)) for row in MACHADO_DEUTAN)

    return min(math.dist(lab(a), lab(b)), math.dist(lab(deutan(a)), lab(deutan(b))))


def test_the_measure_sees_a_near_twin_and_a_deuteranopes_confusion():
    # The palette's first failure: a captured proposal took "#b91c1c" beside a scenario in "#c0392b".
    assert apart("#b91c1c", "#c0392b") < NEAR_TWIN
    # Red and olive are far apart to most readers and close to a deuteranope.
    assert math.dist(lab(linear_rgb("#d62728")), lab(linear_rgb("#8c8c00"))) > 2 * NEAR_TWIN
    assert apart("#d62728", "#8c8c00") < 2 * NEAR_TWIN


def test_each_captured_proposal_gets_a_colour_apart_from_every_scenarios_and_is_drawn_in_it(qtbot, sample_window):
    window = sample_window
    session = window.session
    study = session.study
    explored = study.scenarios[0]
    session.choices.selected = explored.id
    assert window.workshop.ensure_controller() is not None  # the workshop starts on the selected scenario
    lever = next(v for v in study.variables if v.kind == "assumption" and v.min is not None and v.max is not None)
    before = {s.id: s.color for s in study.scenarios}
    captured = []
    for k in range(4):  # four proposals beside five scenarios: more than the projector colours keep apart
        # A different lever position each time: each capture is a proposal of its own.
        value = lever.min + (lever.max - lever.min) * (0.1 + 0.25 * k)
        session.push(SetAssumption(explored.id, lever.name, value))
        qtbot.keyClick(window, Qt.Key.Key_F9)  # Workshop ▸ Capture proposal
        qtbot.waitUntil(lambda: len(study.scenarios) == len(before) + len(captured) + 1)
        captured.append(next(s for s in study.scenarios if s.id not in before and s not in captured))
    wait_results(qtbot, window)
    colours = [s.color for s in study.scenarios]
    for proposal in captured:
        others = [c for s, c in zip(study.scenarios, colours) if s.id != proposal.id]
        nearest = min(apart(proposal.color, other) for other in others)
        assert nearest >= NEAR_TWIN, f"{proposal.name} in {proposal.color} is {nearest:.1f} from another scenario's colour"
        # The colour the reader sees is the one chosen: every chart draws the proposal's line in it.
        for plot in window.charts.plots():
            curve = plot.curve(proposal.id)
            assert curve is not None and curve.isVisible(), f"{proposal.name} has no line on {plot.name}"
            assert curve.opts["pen"].color().name() == QColor(proposal.color).name()
    assert {s.id: s.color for s in study.scenarios if s.id in before} == before  # nobody else's colour moved
