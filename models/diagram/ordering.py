"""The order of nodes within each column of a layered layout: barycentre sweeps that keep the fewest crossings.

Long edges pass through a column as a bend each, so a model of a few hundred variables has columns of
hundreds of nodes and sweeps over a hundred thousand of them: the barycentres are computed with numpy,
column by column, and crossings are counted for all columns at once.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models.diagram.sides import Sides, adjacent

IntArray = NDArray[np.int64]
SMALL = 64  # up to this many edges between two columns, every pair is compared at once
MOSTLY_IN_ORDER = 0.75  # beyond this share of ends out of order, a Fenwick tree counts them


@dataclass(frozen=True)
class Frame:
    """The columns' members, fixed, and their edges to the next column and to the one before, grouped by column."""

    members: list[IntArray]
    down: Sides
    up: Sides
    count: int


def frame(columns: list[list[int]], links: tuple[IntArray, IntArray], count: int) -> Frame:
    """Return the columns' members and edges; `links` are the edges' steps from one column to the next."""
    members = [np.array(c, dtype=np.int64) for c in columns]
    source, target = links
    # An edge that a cycle left pointing elsewhere than the next column counts for neither.
    return Frame(members, adjacent(members, count, source, target, 1), adjacent(members, count, target, source, -1),
                 count)


class Ordering:
    """Columns reordered by barycentre sweeps, and the crossings between adjacent columns counted."""

    def __init__(self, fixed: Frame, columns: list[list[int]], lane: list[int] | None = None) -> None:
        self.members, self.down, self.up = fixed.members, fixed.down, fixed.up
        self.lane = np.array(lane if lane is not None else [0] * fixed.count, dtype=np.int64)
        self.position = np.zeros(fixed.count, dtype=np.int64)  # each node's index in its column now
        self.columns = [np.array(c, dtype=np.int64) for c in columns]
        for column in self.columns:
            self.position[column] = np.arange(len(column))
        # Every edge between adjacent columns: its near and far node and the column it leaves.
        self._near = np.concatenate([m[o] for m, o in zip(self.members, self.down.owner)] or [np.zeros(0, np.int64)])
        self._far = np.concatenate(self.down.other or [np.zeros(0, np.int64)])
        self._pair = np.repeat(np.arange(len(self.members), dtype=np.int64), [len(o) for o in self.down.owner])
        self._width = max((len(m) for m in self.members), default=0) + 1

    def sweep(self, leftward: bool) -> None:
        """Reorder every column by its neighbours' positions in the column before it (after it, sweeping left)."""
        indices = range(len(self.columns) - 2, -1, -1) if leftward else range(1, len(self.columns))
        side = self.down if leftward else self.up
        for i in indices:
            fixed = len(self.columns[i + 1 if leftward else i - 1])
            members = self.members[i]
            here = self.position[members]
            # A node with no neighbour there keeps its place relative to the others.
            key = side.mean(i, self.position, here * fixed / max(len(members), 1))
            column = members[np.lexsort((here, key, self.lane[members]))]
            self.columns[i] = column
            self.position[column] = np.arange(len(column))

    def crossings(self) -> int:
        """Return how many edges between adjacent columns cross: inversions of far ends in near-end order."""
        # All pairs of columns at once: each pair's ends are raised above every earlier pair's, so
        # ends of different pairs are never out of order and only crossings within a pair count.
        width = self._width
        key = (self._pair * width + self.position[self._near]) * width + self.position[self._far]
        key.sort()
        return _count_inversions(key // (width * width) * width + key % width)

    def result(self) -> list[list[int]]:
        """Return the columns as lists of node numbers."""
        return [c.tolist() for c in self.columns]


def order(fixed: Frame, columns: list[list[int]], sweeps: int, lane: list[int] | None = None,
          ) -> tuple[list[list[int]], int]:
    """Reorder each column by the barycentre of its neighbours, sweeping both ways; keep the best found.

    With lanes, a column is ordered within each lane only: the lanes keep their order.
    """
    state = Ordering(fixed, columns, lane)
    best, best_count = state.result(), state.crossings()
    for sweep in range(sweeps):
        if best_count == 0:
            break
        state.sweep(leftward=sweep % 2 == 1)
        found = state.crossings()
        if found < best_count:
            best, best_count = state.result(), found
    return best, best_count


def crossings(columns: list[list[int]], down: list[list[int]]) -> int:
    """Return how many edges between adjacent columns cross (inversions counted with a Fenwick tree)."""
    total = 0
    for left, right in itertools.pairwise(columns):
        where = {node: i for i, node in enumerate(right)}
        ends = [pos for _, pos in sorted((i, where[n]) for i, node in enumerate(left) for n in down[node] if n in where)]
        total += _inversions(ends, len(right))
    return total


def _count_inversions(ends: IntArray) -> int:
    """Return how many pairs of `ends` are out of order: fast when most are in order, as long edges keep them."""
    if len(ends) <= SMALL:
        return int(np.count_nonzero(np.triu(ends[:, None] > ends[None, :], 1)))
    # An end at least as high as all before it (a record) lies below none of them; the records rise, so
    # those before a later, lower end that lie above it are counted with a binary search. What is left
    # is the lower ends among themselves: the same question on fewer ends.
    late = np.concatenate(([False], ends[1:] < np.maximum.accumulate(ends)[:-1]))
    lower = ends[late]
    if len(lower) > len(ends) * MOSTLY_IN_ORDER:
        return _inversions(ends.tolist(), int(ends.max()) + 1)
    records = ends[~late]
    before = np.cumsum(~late)[late]  # records ahead of each lower end
    above = before - np.minimum(np.searchsorted(records, lower, side="right"), before)
    return int(above.sum()) + _count_inversions(lower)


def _inversions(ends: list[int], size: int) -> int:
    """Return how many pairs of `ends` (positions below `size`) are out of order, with a Fenwick tree."""
    total = 0
    tree = [0] * (size + 1)
    for seen, pos in enumerate(ends):
        above = 0  # ends already seen that lie at or before pos
        k = pos + 1
        while k > 0:
            above += tree[k]
            k -= k & -k
        total += seen - above
        k = pos + 1
        while k <= size:
            tree[k] += 1
            k += k & -k
    return total
