"""PRIM finds a box that was put there, and says which of its limits matter."""

from __future__ import annotations

import numpy as np
import pytest

from models.explore.prim import Box, binomial_tail, peel, significance


def constructed(n: int = 20_000, seed: int = 3):
    """Three inputs uniform on [0, 1]; the futures of interest are exactly x0 < 0.3 and x1 > 0.6."""
    rng = np.random.default_rng(seed)
    inputs = {name: rng.uniform(0, 1, n) for name in ("x0", "x1", "x2")}
    interesting = (inputs["x0"] < 0.3) & (inputs["x1"] > 0.6)
    return inputs, interesting


def test_the_trajectory_finds_the_box_that_was_put_there():
    inputs, interesting = constructed()
    trajectory = peel(inputs, interesting)
    first = trajectory.boxes[0]
    assert (first.coverage, first.mass) == (1.0, 1.0)
    assert first.density == pytest.approx(0.3 * 0.4, abs=0.01)
    box = trajectory.best(min_coverage=0.8)
    assert box.density > 0.95 and box.coverage > 0.8
    limits = box.restricted(trajectory.bounds)
    assert set(limits) == {"x0", "x1"}  # the input that plays no part is left whole
    assert limits["x0"][1] == pytest.approx(0.3, abs=0.05)
    assert limits["x1"][0] == pytest.approx(0.6, abs=0.05)


def test_peeling_only_narrows_and_mass_falls_each_step():
    inputs, interesting = constructed(5_000)
    boxes = peel(inputs, interesting).boxes
    masses = [b.mass for b in boxes]
    assert masses == sorted(masses, reverse=True) and len(set(masses)) == len(masses)
    for wider, narrower in zip(boxes, boxes[1:]):
        for name, (lo, hi) in narrower.limits.items():
            assert wider.limits[name][0] <= lo <= hi <= wider.limits[name][1]
    assert boxes[-1].mass >= 0.05


def test_the_limits_that_matter_are_significant_and_a_chance_one_is_not():
    inputs, interesting = constructed()
    trajectory = peel(inputs, interesting)
    box = trajectory.best(min_coverage=0.8)
    loose = dict(box.limits)
    loose["x2"] = (0.0, 0.9)  # a restriction that only trims points at random
    with_chance = Box(loose, box.coverage, box.density, box.mass, box.points)
    p = significance(with_chance, inputs, interesting, trajectory.bounds)
    assert p["x0"] < 1e-6 and p["x1"] < 1e-6
    assert p["x2"] > 0.05


def test_binomial_tail_matches_hand_counts():
    assert binomial_tail(2, 3, 0.5) == pytest.approx(4 / 8)  # {HHT, HTH, THH, HHH}
    assert binomial_tail(0, 5, 0.3) == 1.0
    assert binomial_tail(5, 5, 0.3) == pytest.approx(0.3 ** 5)


def test_nothing_to_find_is_said_plainly():
    with pytest.raises(ValueError, match="no run meets the condition"):
        peel({"x": np.arange(10.0)}, np.zeros(10, dtype=bool))
