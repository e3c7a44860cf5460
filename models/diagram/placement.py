"""Vertical coordinates in a layered layout: each column packed as near its neighbours as it can be.

A column's wanted heights come from its neighbours (numpy, per column); packing them in order and
apart is isotonic regression, solved by pool adjacent violators. What packing a column needs besides
(its offsets, its lanes' limits) is worked out once: columns are packed again in every sweep.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models.diagram import lanes
from models.diagram.sides import sides

Size = tuple[float, float]
FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

NODE_GAP = 18.0  # between boxes of one column
DUMMY_GAP = 8.0  # an edge passing through a column takes less room than a box
VERTICAL_SWEEPS = 12
ONE_SIDED_SWEEPS = VERTICAL_SWEEPS - 4


@dataclass(frozen=True)
class _Column:
    """What packing one column needs that does not change while it is packed again and again."""

    nodes: IntArray
    offsets: FloatArray  # each node's least distance below the first node of its run (its lane's boxes)
    low: FloatArray  # the limits the run's band puts on each node, offsets taken off
    high: FloatArray
    inside: NDArray[np.bool_]  # True where a node follows one of its own run: only there may values be pooled
    starts: list[int]  # where each run begins


class Packer:
    """Packs columns of nodes: their order kept, apart by their heights, within lanes' bands if given.

    With lanes, each lane's run of boxes in a column is packed on its own and kept inside its band.
    """

    def __init__(self, columns: list[list[int]], sizes: list[Size], band_of: list[lanes.Band] | None) -> None:
        self.height = np.array([s[1] for s in sizes], dtype=np.float64)
        self.has_bands = band_of is not None
        if band_of is not None:
            numbers = {band: k for k, band in enumerate(dict.fromkeys(band_of))}
            band = np.array([numbers[b] for b in band_of], dtype=np.int64)
            tops = np.array([b[0] + lanes.LANE_LABEL for b in numbers], dtype=np.float64)
            bottoms = np.array([b[1] - lanes.LANE_PAD for b in numbers], dtype=np.float64)
        else:
            band = np.zeros(len(sizes), dtype=np.int64)
            tops, bottoms = np.array([-math.inf]), np.array([math.inf])
        self.columns = [self._column(np.array(c, dtype=np.int64), band, tops, bottoms) for c in columns]

    def _column(self, nodes: IntArray, band: IntArray, tops: FloatArray, bottoms: FloatArray) -> _Column:
        """Return a column's offsets and limits, run by run."""
        height = self.height[nodes]
        lane = band[nodes]
        inside = lane[1:] == lane[:-1]
        gap = np.where((height[1:] == 0) | (height[:-1] == 0), DUMMY_GAP, NODE_GAP)
        total = np.concatenate(([0.0], np.cumsum(np.where(inside, (height[:-1] + height[1:]) / 2 + gap, 0.0))))
        first = np.concatenate(([0], np.flatnonzero(~inside) + 1)).astype(np.int64)[:len(nodes)]
        last = np.concatenate((first[1:], [len(nodes)])).astype(np.int64) - 1
        run = np.cumsum(np.concatenate(([True], ~inside)))[:len(nodes)] - 1
        offsets = total[:len(nodes)] - total[first][run]
        # Kept within a band, the closest sequence is the free one clipped to the band (a known property
        # of isotonic regression under bounds): the first box's top and the last one's bottom set the limits.
        low = (tops[lane[first]] + height[first] / 2)[run]
        high = (bottoms[lane[first]] - height[last] / 2 - offsets[last])[run]
        return _Column(nodes, offsets, low, high, inside, first.tolist())

    def place(self, i: int, wanted: FloatArray, ys: FloatArray) -> None:
        """Place column i's nodes in order, apart, as near their wanted y as can be (least squares)."""
        column = self.columns[i]
        # With each node's separation taken off, "in order, apart" becomes "non-decreasing": the pool
        # adjacent violators algorithm finds the closest non-decreasing sequence in one pass.
        target = wanted - column.offsets
        if bool(np.any((target[1:] < target[:-1]) & column.inside)):
            target = _pool(target.tolist(), column.starts)
        ys[column.nodes] = np.minimum(np.maximum(target, column.low), column.high) + column.offsets


def _pool(values: list[float], starts: list[int]) -> FloatArray:
    """Return the closest non-decreasing sequence to each run of `values` (pool adjacent violators, linear time)."""
    sums: list[float] = []
    counts: list[int] = []
    bottom = 0  # the current run's first block: pooling stops there
    top = -math.inf  # the mean of the last block
    ahead = iter(starts[1:])
    next_run = next(ahead, len(values))
    for k, value in enumerate(values):
        if k == next_run:
            bottom, top = len(sums), -math.inf
            next_run = next(ahead, len(values))
        if value >= top:  # most values are in order: a block of their own
            sums.append(value)
            counts.append(1)
            top = value
            continue
        total, count = value, 1
        while len(sums) > bottom and sums[-1] / counts[-1] > total / count:
            total += sums.pop()
            count += counts.pop()
        sums.append(total)
        counts.append(count)
        top = total / count
    return np.repeat(np.array(sums) / np.array(counts), counts)


def vertical(packer: Packer, links: tuple[IntArray, IntArray]) -> FloatArray:
    """Return each node's centre y: stacked in column order, then drawn toward its neighbours without overlapping."""
    count = len(packer.height)
    ys = np.zeros(count, dtype=np.float64)
    arrays = [c.nodes for c in packer.columns]
    for i, column in enumerate(arrays):
        packer.place(i, ys[column], ys)
    left, right = links
    has_left = np.bincount(right, minlength=count) > 0  # a node with something on its left
    has_right = np.bincount(left, minlength=count) > 0
    # A source has nothing on its left: it follows what it feeds instead (and a sink what feeds it).
    rightward = sides(arrays, count, np.concatenate((right, left[~has_left[left]])),
                      np.concatenate((left, right[~has_left[left]])))
    leftward = sides(arrays, count, np.concatenate((left, right[~has_right[right]])),
                     np.concatenate((right, left[~has_right[right]])))
    balanced = sides(arrays, count, np.concatenate((right, left)), np.concatenate((left, right)))
    for sweep in range(VERTICAL_SWEEPS):
        indices = range(1, len(arrays)) if sweep % 2 == 0 else range(len(arrays) - 2, -1, -1)
        # Early sweeps follow one side, as the order was made; later ones balance both sides,
        # which straightens the chains of bends that long edges pass through.
        ways = balanced if sweep >= ONE_SIDED_SWEEPS else rightward if sweep % 2 == 0 else leftward
        for i in indices:
            packer.place(i, ways.mean(i, ys, ys[arrays[i]]), ys)
    if not packer.has_bands and len(ys):
        ys -= float(np.min(ys - packer.height / 2))
    return ys


def straighten(packer: Packer, chains: list[list[int]], ys: FloatArray) -> None:
    """Draw each long edge's bends toward the straight line between its ends, real nodes staying put if they can."""
    bends = [(node, chain[0], chain[-1], k, len(chain) - 1) for chain in chains
             for k, node in enumerate(chain[1:-1], start=1)]
    node, first, last, step, steps = (np.array(v, dtype=np.int64) for v in zip(*bends)) if bends else (
        np.zeros(0, dtype=np.int64) for _ in range(5))
    for _ in range(2):
        wanted = ys.copy()
        wanted[node] = ys[first] + (ys[last] - ys[first]) * step / steps
        for i, column in enumerate(packer.columns):
            packer.place(i, wanted[column.nodes], ys)
    if not packer.has_bands and len(ys):
        ys -= float(np.min(ys - packer.height / 2))
