"""A layered layout in causal order (Sugiyama): layers by longest path, barycentre ordering, then coordinates.

Feedback runs through stocks, so an edge into a stock that closes a cycle is reversed for layering:
the stock then stands left of the variables its value feeds, and the rest reads left to right.
Positions a user dragged are data: the layout places everything else and keeps those exactly.
Given the variables' groups, each group keeps a horizontal lane of its own (models/diagram/lanes.py).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from models.diagram import lanes
from models.diagram.acyclic import feedback_edges
from models.diagram.ordering import frame, order
from models.diagram.placement import DUMMY_GAP, NODE_GAP, Packer, straighten, vertical
from models.diagram.sides import IntArray

Point = tuple[float, float]
Size = tuple[float, float]

DEFAULT_SIZE: Size = (120.0, 36.0)
LAYER_GAP = 70.0  # between columns: room for arrowheads
SWEEPS = 8
__all__ = ["DEFAULT_SIZE", "DUMMY_GAP", "LAYER_GAP", "NODE_GAP", "Layout", "layout"]


@dataclass(frozen=True)
class Layout:
    """Where each node goes: centres, sizes, layers, and the bends of edges spanning several layers."""

    positions: dict[str, Point]
    sizes: dict[str, Size]
    layers: dict[str, int]
    routes: dict[tuple[str, str], list[Point]]  # the bend points between the two ends, in drawing order
    feedback: frozenset[tuple[str, str]]  # edges drawn against the reading direction
    crossings: int  # between adjacent layers, bends included, before pinned nodes are moved
    regions: dict[str, lanes.Region] = field(default_factory=dict)  # group -> its lane around its boxes

    def bounds(self) -> tuple[float, float, float, float]:
        """Return left, top, right, bottom around every node."""
        if not self.positions:
            return 0.0, 0.0, 0.0, 0.0
        boxes = [(x - self.sizes[n][0] / 2, y - self.sizes[n][1] / 2, x + self.sizes[n][0] / 2,
                  y + self.sizes[n][1] / 2) for n, (x, y) in self.positions.items()]
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                max(b[3] for b in boxes))


def layout(
    nodes: Sequence[str],
    edges: Iterable[tuple[str, str]],
    stocks: Iterable[str] = (),
    sizes: Mapping[str, Size] | None = None,
    pinned: Mapping[str, Point] | None = None,
    sweeps: int = SWEEPS,
    groups: Mapping[str, str] | None = None,
) -> Layout:
    """Lay out a directed graph left to right; `pinned` centres are kept as given, `groups` get a lane each."""
    index = {name: i for i, name in enumerate(nodes)}
    given = sizes or {}
    size = [given.get(name, DEFAULT_SIZE) for name in nodes]
    pairs = list(dict.fromkeys((a, b) for a, b in edges if a in index and b in index and a != b))
    edge_ids = [(index[a], index[b]) for a, b in pairs]
    reversed_ids = feedback_edges(len(nodes), edge_ids, {index[s] for s in stocks if s in index})
    upright = [(b, a) if (a, b) in reversed_ids else (a, b) for a, b in edge_ids]
    layer = _layers(len(nodes), upright)
    chains, count = _chains(upright, layer, len(nodes))
    columns = _initial_order(count, layer, chains, len(nodes))
    links = _links(chains)
    fixed = frame(columns, links, count)
    columns, crossings = order(fixed, columns, sweeps)
    heights = size + [(0.0, 0.0)] * (count - len(nodes))
    lane = lanes.lane_numbers(nodes, groups) if groups else None
    band_of: list[lanes.Band] | None = None
    if lane is not None:
        # Lanes go top to bottom where the free ordering put their boxes; then each column is ordered
        # again with every lane's boxes kept together.
        lane = lanes.rank_lanes(columns, lanes.bends_in_lanes(lane, list(chains.values()), count))
        columns, crossings = order(fixed, lanes.sort_columns(columns, lane), sweeps, lane)
        lane_bands = lanes.bands(columns, lane, heights, NODE_GAP, DUMMY_GAP)
        band_of = [lane_bands[k] for k in lane]
    packer = Packer(columns, heights, band_of)
    found = vertical(packer, links)
    straighten(packer, list(chains.values()), found)
    ys = found.tolist()
    xs = _horizontal(columns, heights)
    positions = {name: (xs[i], ys[i]) for i, name in enumerate(nodes)}
    for name, point in (pinned or {}).items():
        if name in positions:
            positions[name] = (float(point[0]), float(point[1]))
    routes: dict[tuple[str, str], list[Point]] = {}
    for (a, b), (ia, ib), lifted in zip(pairs, edge_ids, upright):
        bends = [(xs[d], ys[d]) for d in chains[lifted][1:-1]]
        if (ia, ib) != lifted:
            bends.reverse()
        # A dragged end moves away from the bends laid out for it: a straight line reads better.
        routes[(a, b)] = [] if pinned and (a in pinned or b in pinned) else bends
    regions = {} if band_of is None or groups is None else lanes.regions(
        nodes, groups, positions, dict(zip(nodes, size)),
        {groups.get(name, ""): band_of[i] for i, name in enumerate(nodes)})
    return Layout(positions, dict(zip(nodes, size)), {n: layer[i] for i, n in enumerate(nodes)}, routes,
                  frozenset((nodes[a], nodes[b]) for a, b in reversed_ids), crossings, regions)


def _layers(count: int, edges: list[tuple[int, int]]) -> list[int]:
    """Return each node's layer: the longest path to it, with sources moved next to their first use."""
    succ: list[list[int]] = [[] for _ in range(count)]
    indegree = [0] * count
    for a, b in edges:
        succ[a].append(b)
        indegree[b] += 1
    sources = [i for i in range(count) if indegree[i] == 0]
    order: list[int] = []
    ready = list(sources)
    remaining = list(indegree)
    while ready:
        node = ready.pop()
        order.append(node)
        for nxt in succ[node]:
            remaining[nxt] -= 1
            if remaining[nxt] == 0:
                ready.append(nxt)
    layer = [0] * count
    for node in order:
        for nxt in succ[node]:
            layer[nxt] = max(layer[nxt], layer[node] + 1)
    # An assumption used only far to the right would otherwise stretch an arrow across the page.
    for node in sources:
        if succ[node]:
            layer[node] = min(layer[n] for n in succ[node]) - 1
    return layer


def _chains(edges: list[tuple[int, int]], layer: list[int], count: int) -> tuple[dict[tuple[int, int], list[int]], int]:
    """Return, for each edge, its nodes layer by layer (new dummy nodes where it spans several)."""
    chains: dict[tuple[int, int], list[int]] = {}
    for a, b in edges:
        if (a, b) in chains:
            continue
        chain = [a]
        for _ in range(layer[a] + 1, layer[b]):
            chain.append(count)
            layer.append(layer[a] + len(chain) - 1)
            count += 1
        chain.append(b)
        chains[(a, b)] = chain
    return chains, count


def _initial_order(count: int, layer: list[int], chains: dict[tuple[int, int], list[int]], real: int) -> list[list[int]]:
    """Return the nodes column by column: real nodes in their given order, bends after their edge's source."""
    columns: list[list[int]] = [[] for _ in range(max(layer[:count], default=-1) + 1)] if count else []
    placed = [False] * count
    for node in range(real):
        columns[layer[node]].append(node)
        placed[node] = True
    for chain in chains.values():
        for node in chain[1:-1]:
            if not placed[node]:
                columns[layer[node]].append(node)
                placed[node] = True
    return columns


def _links(chains: dict[tuple[int, int], list[int]]) -> tuple[IntArray, IntArray]:
    """Return the steps of every edge from one column to the next, as arrays of their left and right nodes."""
    lefts: list[IntArray] = [np.zeros(0, dtype=np.int64)]
    rights: list[IntArray] = [np.zeros(0, dtype=np.int64)]
    for chain in chains.values():
        # A chain's bends are numbered one after another (see _chains): its steps are two ranges.
        bends = np.arange(chain[1], chain[1] + len(chain) - 2, dtype=np.int64) if len(chain) > 2 else lefts[0]
        lefts.append(np.concatenate(([chain[0]], bends)))
        rights.append(np.concatenate((bends, [chain[-1]])))
    return np.concatenate(lefts), np.concatenate(rights)


def _horizontal(columns: list[list[int]], sizes: list[Size]) -> list[float]:
    """Return each node's centre x: columns as wide as their widest box, a gap between them."""
    xs = [0.0] * len(sizes)
    left = 0.0
    for column in columns:
        width = max((sizes[n][0] for n in column), default=0.0)
        for node in column:
            xs[node] = left + width / 2
        left += width + LAYER_GAP
    return xs
