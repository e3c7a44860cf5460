"""Each column's edges toward its neighbours, as arrays: the column-by-column sums a layered layout needs, in numpy.

The ordering takes means of neighbours' positions and the placement means of their heights, column by
column, over a hundred thousand bend points in a large model: grouping the edges by column once lets
each mean be one `bincount` instead of a loop.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class Sides:
    """Per column: each edge's own node (its index in the column), the node at its far end, and each node's degree."""

    owner: list[IntArray]
    other: list[IntArray]
    degree: list[IntArray]

    def mean(self, i: int, values: FloatArray | IntArray, otherwise: FloatArray) -> FloatArray:
        """Return the mean of `values` over each node's neighbours in column i, or `otherwise` where it has none."""
        degree = self.degree[i]
        sums = np.bincount(self.owner[i], weights=values[self.other[i]], minlength=len(degree))
        return np.where(degree > 0, sums / np.maximum(degree, 1), otherwise)


def place_of(columns: list[IntArray], count: int) -> tuple[IntArray, IntArray]:
    """Return each node's column and its index in that column."""
    column_of = np.zeros(count, dtype=np.int64)
    slot = np.zeros(count, dtype=np.int64)
    for i, column in enumerate(columns):
        column_of[column] = i
        slot[column] = np.arange(len(column))
    return column_of, slot


def sides(columns: list[IntArray], count: int, near: IntArray, far: IntArray) -> Sides:
    """Group the edges from `near` to `far` nodes by the column of their near end."""
    column_of, slot = place_of(columns, count)
    by_column = np.argsort(column_of[near], kind="stable")
    near, far = near[by_column], far[by_column]
    bounds = np.searchsorted(column_of[near], np.arange(len(columns) + 1))
    owner = [slot[near[lo:hi]] for lo, hi in zip(bounds[:-1], bounds[1:])]
    other = [far[lo:hi] for lo, hi in zip(bounds[:-1], bounds[1:])]
    degree = [np.bincount(o, minlength=len(c)) for o, c in zip(owner, columns)]
    return Sides(owner, other, degree)


def adjacent(columns: list[IntArray], count: int, near: IntArray, far: IntArray, step: int) -> Sides:
    """Group by column the edges whose far end lies `step` columns from the near one (the others count for nothing)."""
    column_of, _ = place_of(columns, count)
    keep = column_of[far] == column_of[near] + step
    return sides(columns, count, near[keep], far[keep])
