"""Crossing counts and column packing of the layered layout, against answers known by hand or by brute force."""

from __future__ import annotations

import itertools
import random

import numpy as np
from numpy.testing import assert_allclose

from models.diagram import lanes
from models.diagram.layout import layout
from models.diagram.ordering import _count_inversions, crossings
from models.diagram.placement import DUMMY_GAP, NODE_GAP, Packer, _pool


def _pairs_out_of_order(values: list[int]) -> int:
    return sum(1 for a, b in itertools.combinations(values, 2) if a > b)


def test_crossings_are_pairs_of_ends_out_of_order_whatever_the_mix():
    rng = random.Random(3)
    cases = [list(range(300)), list(range(300, 0, -1)), [rng.randrange(50) for _ in range(40)]]
    for _ in range(20):  # long edges keep their order, with a few swapped: the common case
        values = list(range(400))
        for _ in range(rng.randrange(1, 60)):
            i, j = rng.randrange(400), rng.randrange(400)
            values[i], values[j] = values[j], values[i]
        cases.append(values)
    cases += [[rng.randrange(30) for _ in range(rng.randrange(65, 300))] for _ in range(10)]  # many ties
    for values in cases:
        assert _count_inversions(np.array(values, dtype=np.int64)) == _pairs_out_of_order(values)


def test_two_columns_fully_crossed():
    # a0..a3 on the left, each to the b in the mirrored place: every pair of the four edges crosses.
    down = [[7], [6], [5], [4], [], [], [], []]
    assert crossings([[0, 1, 2, 3], [4, 5, 6, 7]], down) == 6
    names = ["a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3"]
    edges = [("a0", "b3"), ("a1", "b2"), ("a2", "b1"), ("a3", "b0")]
    assert layout(names, edges).crossings == 0  # reordering undoes all of them


def test_pooling_gives_the_closest_rising_sequence():
    assert_allclose(_pool([1.0, 3.0, 2.0, 4.0], [0]), [1.0, 2.5, 2.5, 4.0])
    assert_allclose(_pool([5.0, 1.0, 0.0], [0]), [2.0, 2.0, 2.0])
    # Two runs (lanes) are pooled apart: the second run's low values do not pull the first one down.
    assert_allclose(_pool([5.0, 1.0, 0.0, 4.0], [0, 2]), [3.0, 3.0, 0.0, 4.0])


def test_boxes_wanting_one_place_share_it_evenly():
    packer = Packer([[0, 1, 2]], [(100.0, 30.0), (100.0, 30.0), (0.0, 0.0)], None)
    ys = np.zeros(3)
    packer.place(0, np.array([100.0, 100.0, 100.0]), ys)
    # Box, box, bend: 30 + 18 apart, then 15 + 8; the three centred on 100 in the least-squares sense.
    step1, step2 = 30.0 + NODE_GAP, 15.0 + DUMMY_GAP
    first = 100.0 - (step1 + (step1 + step2)) / 3
    assert_allclose(ys, [first, first + step1, first + step1 + step2])


def test_a_lane_keeps_its_boxes_inside_its_band():
    band = (0.0, 200.0)
    other = (214.0, 400.0)
    packer = Packer([[0, 1]], [(100.0, 30.0), (100.0, 30.0)], [band, other])
    ys = np.zeros(2)
    packer.place(0, np.array([-500.0, 900.0]), ys)
    assert ys[0] - 15.0 == band[0] + lanes.LANE_LABEL  # pushed down to its band's top
    assert ys[1] + 15.0 == other[1] - lanes.LANE_PAD  # pushed up to its band's bottom
