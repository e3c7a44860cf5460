"""Vertical coordinates in a layered layout: each column packed as near its neighbours as it can be.

A column's wanted heights come from its neighbours (numpy, per column); packing them in order and
apart is isotonic regression, solved by pool adjacent violators.
"""

from __future__ import annotations

import math

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


class Packer:
    """Packs columns of nodes: their order kept, apart by their heights, within lanes' bands if given."""

    def __init__(self, sizes: list[Size], band_of: list[lanes.Band] | None) -> None:
        self.height = np.array([s[1] for s in sizes], dtype=np.float64)
        self.band_of = band_of
        if band_of is not None:
            names = {band: k for k, band in enumerate(dict.fromkeys(band_of))}
            self.band = np.array([names[b] for b in band_of], dtype=np.int64)
            self.tops = np.array([b[0] for b in names], dtype=np.float64)
            self.bottoms = np.array([b[1] for b in names], dtype=np.float64)

    def place(self, column: IntArray, wanted: FloatArray, ys: FloatArray) -> None:
        """Pack a column; with lanes, pack each lane's run of boxes on its own and keep it inside its band."""
        if self.band_of is None:
            self._pack(column, wanted, ys, -math.inf, math.inf)
            return
        band = self.band[column]
        cuts = [0, *(np.flatnonzero(band[1:] != band[:-1]) + 1).tolist(), len(column)]
        for start, end in zip(cuts, cuts[1:]):
            b = int(band[start])
            self._pack(column[start:end], wanted[start:end], ys,
                       float(self.tops[b]) + lanes.LANE_LABEL, float(self.bottoms[b]) - lanes.LANE_PAD)

    def _pack(self, column: IntArray, wanted: FloatArray, ys: FloatArray, top: float, bottom: float) -> None:
        """Place nodes in order, apart, as near their wanted y as can be (least squares), between top and bottom."""
        if len(column) == 0:
            return
        height = self.height[column]
        gap = np.where((height[1:] == 0) | (height[:-1] == 0), DUMMY_GAP, NODE_GAP)
        offsets = np.concatenate(([0.0], np.cumsum((height[:-1] + height[1:]) / 2 + gap)))
        # With each node's separation taken off, "in order, apart" becomes "non-decreasing": the pool
        # adjacent violators algorithm finds the closest non-decreasing sequence in one pass.
        target = wanted - offsets
        if len(target) > 1 and bool(np.any(target[1:] < target[:-1])):
            target = _pool(target.tolist())
        # Kept within a band, the closest sequence is the free one clipped to the band (a known property
        # of isotonic regression under bounds): the first box's top and the last one's bottom set the limits.
        low = top + height[0] / 2
        high = bottom - height[-1] / 2 - offsets[-1]
        ys[column] = np.minimum(np.maximum(target, low), high) + offsets


def _pool(values: list[float]) -> FloatArray:
    """Return the closest non-decreasing sequence to `values` (pool adjacent violators, linear time)."""
    sums: list[float] = []
    counts: list[int] = []
    top = -math.inf  # the mean of the last block
    for value in values:
        if value >= top:  # most values are in order: a block of their own
            sums.append(value)
            counts.append(1)
            top = value
            continue
        total, count = value, 1
        while sums and sums[-1] / counts[-1] > total / count:
            total += sums.pop()
            count += counts.pop()
        sums.append(total)
        counts.append(count)
        top = total / count
    return np.repeat(np.array(sums) / np.array(counts), counts)


def vertical(columns: list[list[int]], links: tuple[IntArray, IntArray], sizes: list[Size],
             band_of: list[lanes.Band] | None = None) -> FloatArray:
    """Return each node's centre y: stacked in column order, then drawn toward its neighbours without overlapping."""
    packer = Packer(sizes, band_of)
    count = len(sizes)
    ys = np.zeros(count, dtype=np.float64)
    arrays = [np.array(c, dtype=np.int64) for c in columns]
    for column in arrays:
        packer.place(column, ys[column], ys)
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
        indices = range(1, len(columns)) if sweep % 2 == 0 else range(len(columns) - 2, -1, -1)
        # Early sweeps follow one side, as the order was made; later ones balance both sides,
        # which straightens the chains of bends that long edges pass through.
        ways = balanced if sweep >= ONE_SIDED_SWEEPS else rightward if sweep % 2 == 0 else leftward
        for i in indices:
            packer.place(arrays[i], ways.mean(i, ys, ys[arrays[i]]), ys)
    if band_of is None and len(ys):
        ys -= float(np.min(ys - packer.height / 2))
    return ys


def straighten(columns: list[list[int]], chains: list[list[int]], sizes: list[Size], ys: FloatArray,
               band_of: list[lanes.Band] | None = None) -> None:
    """Draw each long edge's bends toward the straight line between its ends, real nodes staying put if they can."""
    packer = Packer(sizes, band_of)
    bends = [(node, chain[0], chain[-1], k, len(chain) - 1) for chain in chains
             for k, node in enumerate(chain[1:-1], start=1)]
    node, first, last, step, steps = (np.array(v, dtype=np.int64) for v in zip(*bends)) if bends else (
        np.zeros(0, dtype=np.int64) for _ in range(5))
    arrays = [np.array(c, dtype=np.int64) for c in columns]
    for _ in range(2):
        wanted = ys.copy()
        wanted[node] = ys[first] + (ys[last] - ys[first]) * step / steps
        for column in arrays:
            packer.place(column, wanted[column], ys)
    if band_of is None and len(ys):
        ys -= float(np.min(ys - packer.height / 2))
