"""How a drawing of a graph is judged, computed from box centres the same way for every layout.

Used by benchmarks/diagram_libraries.py: columns, crossings between adjacent columns, overlapping
boxes (every box DEFAULT_SIZE), the share of edges drawn left to right, and the drawing's extent.
"""

from __future__ import annotations

import numpy as np

from models.diagram.layout import DEFAULT_SIZE

Point = tuple[float, float]
W, H = DEFAULT_SIZE


def columns_of(placed: dict[str, Point]) -> tuple[dict[str, int], list[float]]:
    """Return each node's column and each column's x: centres closer than half a box width share one."""
    order = sorted(placed, key=lambda n: placed[n][0])
    column: dict[str, int] = {}
    xs: list[list[float]] = []
    for name in order:
        x = placed[name][0]
        if not xs or x - xs[-1][0] >= W / 2:
            xs.append([x])
        else:
            xs[-1].append(x)
        column[name] = len(xs) - 1
    return column, [sum(c) / len(c) for c in xs]


def crossings(placed: dict[str, Point], edges: list[tuple[str, str]]) -> int:
    """Return pairs of straight edge segments that cross between adjacent columns."""
    column, xs = columns_of(placed)
    gaps: list[list[tuple[float, float]]] = [[] for _ in range(max(len(xs) - 1, 0))]
    for a, b in edges:
        ca, cb = column[a], column[b]
        if ca == cb:
            continue
        (xa, ya), (xb, yb) = placed[a], placed[b]
        if ca > cb:
            ca, cb, xa, ya, xb, yb = cb, ca, xb, yb, xa, ya
        for g in range(ca, cb):
            left = ya + (yb - ya) * (xs[g] - xa) / (xb - xa) if g > ca else ya
            right = ya + (yb - ya) * (xs[g + 1] - xa) / (xb - xa) if g + 1 < cb else yb
            gaps[g].append((left, right))
    total = 0
    for segments in gaps:
        if len(segments) < 2:
            continue
        ends = np.array(segments)
        before = ends[:, 0][:, None] - ends[:, 0][None, :]
        after = ends[:, 1][:, None] - ends[:, 1][None, :]
        total += int(np.count_nonzero(before * after < 0)) // 2  # a shared end is no crossing
    return total


def overlaps(placed: dict[str, Point]) -> int:
    """Return pairs of DEFAULT_SIZE boxes that share some area."""
    centres = np.array(list(placed.values()))
    dx = np.abs(centres[:, 0][:, None] - centres[:, 0][None, :])
    dy = np.abs(centres[:, 1][:, None] - centres[:, 1][None, :])
    touching = (dx < W - 1e-6) & (dy < H - 1e-6)
    return int(np.count_nonzero(np.triu(touching, k=1)))


def direction(placed: dict[str, Point], edges: list[tuple[str, str]], stocks: frozenset[str]) -> tuple[float, int, int]:
    """Return the share of edges drawn left to right, the number drawn right to left, and how many of those end at a stock."""
    column, _ = columns_of(placed)
    forward = sum(1 for a, b in edges if column[b] > column[a])
    back = [(a, b) for a, b in edges if column[b] < column[a]]
    return forward / max(len(edges), 1), len(back), sum(1 for _, b in back if b in stocks)


def extent(placed: dict[str, Point]) -> str:
    """Return the drawing's width x height in px, boxes included."""
    xs = [x for x, _ in placed.values()]
    ys = [y for _, y in placed.values()]
    return f"{max(xs) - min(xs) + W:.0f}x{max(ys) - min(ys) + H:.0f}"


# --- install size --------------------------------------------------------------------------------
