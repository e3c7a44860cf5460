"""A layered layout in causal order (Sugiyama): layers by longest path, barycentre ordering, then coordinates.

Feedback runs through stocks, so an edge into a stock that closes a cycle is reversed for layering:
the stock then stands left of the variables its value feeds, and the rest reads left to right.
Positions a user dragged are data: the layout places everything else and keeps those exactly.
Given the variables' groups, each group keeps a horizontal lane of its own (models/diagram/lanes.py).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from models.diagram import lanes
from models.diagram.acyclic import feedback_edges

Point = tuple[float, float]
Size = tuple[float, float]

DEFAULT_SIZE: Size = (120.0, 36.0)
LAYER_GAP = 70.0  # between columns: room for arrowheads
NODE_GAP = 18.0  # between boxes of one column
DUMMY_GAP = 8.0  # an edge passing through a column takes less room than a box
SWEEPS = 8
VERTICAL_SWEEPS = 12


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
    down, up = _adjacency(count, chains)
    columns, crossings = _order(columns, down, up, sweeps)
    heights = size + [(0.0, 0.0)] * (count - len(nodes))
    lane = lanes.lane_numbers(nodes, groups) if groups else None
    band_of: list[lanes.Band] | None = None
    if lane is not None:
        # Lanes go top to bottom where the free ordering put their boxes; then each column is ordered
        # again with every lane's boxes kept together.
        lane = lanes.rank_lanes(columns, lanes.bends_in_lanes(lane, list(chains.values()), count))
        columns, crossings = _order(lanes.sort_columns(columns, lane), down, up, sweeps, lane)
        lane_bands = lanes.bands(columns, lane, heights, NODE_GAP, DUMMY_GAP)
        band_of = [lane_bands[k] for k in lane]
    ys = _vertical(columns, down, up, heights, band_of)
    _straighten(columns, list(chains.values()), heights, ys, band_of)
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


def _adjacency(count: int, chains: dict[tuple[int, int], list[int]]) -> tuple[list[list[int]], list[list[int]]]:
    """Return each node's neighbours in the next layer and in the previous one."""
    down: list[list[int]] = [[] for _ in range(count)]
    up: list[list[int]] = [[] for _ in range(count)]
    for chain in chains.values():
        for a, b in itertools.pairwise(chain):
            down[a].append(b)
            up[b].append(a)
    return down, up


def _order(columns: list[list[int]], down: list[list[int]], up: list[list[int]], sweeps: int,
           lane: list[int] | None = None) -> tuple[list[list[int]], int]:
    """Reorder each column by the barycentre of its neighbours, sweeping both ways; keep the best found.

    With lanes, a column is ordered within each lane only: the lanes keep their order.
    """
    best = [list(c) for c in columns]
    best_count = crossings(best, down)
    current = [list(c) for c in columns]
    for sweep in range(sweeps):
        if sweep % 2 == 0:
            for i in range(1, len(current)):
                current[i] = _by_barycentre(current[i], current[i - 1], up, lane)
        else:
            for i in range(len(current) - 2, -1, -1):
                current[i] = _by_barycentre(current[i], current[i + 1], down, lane)
        found = crossings(current, down)
        if found < best_count:
            best, best_count = [list(c) for c in current], found
        if best_count == 0:
            break
    return best, best_count


def _by_barycentre(column: list[int], fixed: list[int], neighbours: list[list[int]],
                   lane: list[int] | None = None) -> list[int]:
    """Return the column sorted by the mean position of each node's neighbours in the fixed column (within lanes)."""
    where = {node: i for i, node in enumerate(fixed)}
    keys = []
    for i, node in enumerate(column):
        seen = [where[n] for n in neighbours[node] if n in where]
        # A node with no neighbour there keeps its place relative to the others.
        keys.append((lane[node] if lane else 0, sum(seen) / len(seen) if seen else i * len(fixed) / max(len(column), 1)))
    return [column[i] for _, i in sorted((k, i) for i, k in enumerate(keys))]


def crossings(columns: list[list[int]], down: list[list[int]]) -> int:
    """Return how many edges between adjacent columns cross (inversions counted with a Fenwick tree)."""
    total = 0
    for left, right in itertools.pairwise(columns):
        where = {node: i for i, node in enumerate(right)}
        ends = sorted((i, where[n]) for i, node in enumerate(left) for n in down[node] if n in where)
        tree = [0] * (len(right) + 1)
        for seen, (_, pos) in enumerate(ends):
            above = 0  # ends already seen that lie at or before pos
            k = pos + 1
            while k > 0:
                above += tree[k]
                k -= k & -k
            total += seen - above
            k = pos + 1
            while k <= len(right):
                tree[k] += 1
                k += k & -k
    return total


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


def _vertical(columns: list[list[int]], down: list[list[int]], up: list[list[int]], sizes: list[Size],
              band_of: list[lanes.Band] | None = None) -> list[float]:
    """Return each node's centre y: stacked in column order, then drawn toward its neighbours without overlapping."""
    ys = [0.0] * len(sizes)
    for column in columns:
        _place(column, [ys[n] for n in column], sizes, ys, band_of)
    for sweep in range(VERTICAL_SWEEPS):
        indices = range(1, len(columns)) if sweep % 2 == 0 else range(len(columns) - 2, -1, -1)
        for i in indices:
            wanted = []
            for node in columns[i]:
                # Early sweeps follow one side, as the order was made; later ones balance both sides,
                # which straightens the chains of bends that long edges pass through.
                if sweep < VERTICAL_SWEEPS - 4:
                    # A source has nothing on its left: it follows what it feeds instead.
                    around = [ys[n] for n in (up if sweep % 2 == 0 else down)[node] or up[node] + down[node]]
                else:
                    around = [ys[n] for n in up[node] + down[node]]
                wanted.append(sum(around) / len(around) if around else ys[node])
            _place(columns[i], wanted, sizes, ys, band_of)
    if band_of is not None:
        return ys  # the lanes start at y = 0 already
    top = min((ys[n] - sizes[n][1] / 2 for column in columns for n in column), default=0.0)
    return [y - top for y in ys]


def _straighten(columns: list[list[int]], chains: list[list[int]], sizes: list[Size], ys: list[float],
                band_of: list[lanes.Band] | None = None) -> None:
    """Draw each long edge's bends toward the straight line between its ends, real nodes staying put if they can."""
    for _ in range(2):
        wanted = list(ys)
        for chain in chains:
            first, last = ys[chain[0]], ys[chain[-1]]
            steps = len(chain) - 1
            for k, node in enumerate(chain[1:-1], start=1):
                wanted[node] = first + (last - first) * k / steps
        for column in columns:
            _place(column, [wanted[n] for n in column], sizes, ys, band_of)
    if band_of is not None:
        return
    top = min((ys[n] - sizes[n][1] / 2 for column in columns for n in column), default=0.0)
    for node in range(len(ys)):
        ys[node] -= top


def _place(column: list[int], wanted: list[float], sizes: list[Size], ys: list[float],
           band_of: list[lanes.Band] | None) -> None:
    """Pack a column; with lanes, pack each lane's run of boxes on its own and keep it inside its band."""
    if band_of is None:
        _pack(column, wanted, sizes, ys)
        return
    start = 0
    for end in range(1, len(column) + 1):
        if end == len(column) or band_of[column[end]] != band_of[column[start]]:
            top, bottom = band_of[column[start]]
            _pack(column[start:end], wanted[start:end], sizes, ys, (top + lanes.LANE_LABEL, bottom - lanes.LANE_PAD))
            start = end


def _pack(column: list[int], wanted: list[float], sizes: list[Size], ys: list[float],
          within: tuple[float, float] | None = None) -> None:
    """Place a column's nodes in order, apart, as near their wanted y as can be (least squares), `within` a band."""
    offsets: list[float] = []
    for k, node in enumerate(column):
        if k == 0:
            offsets.append(0.0)
            continue
        previous = column[k - 1]
        gap = DUMMY_GAP if sizes[node][1] == 0 or sizes[previous][1] == 0 else NODE_GAP
        offsets.append(offsets[-1] + (sizes[previous][1] + sizes[node][1]) / 2 + gap)
    # With each node's separation taken off, "in order, apart" becomes "non-decreasing": the pool
    # adjacent violators algorithm finds the closest non-decreasing sequence in one pass.
    blocks: list[list[float]] = []  # [sum, count]
    for target, offset in zip(wanted, offsets):
        blocks.append([target - offset, 1.0])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    # Kept within a band, the closest sequence is the free one clipped to the band (a known property
    # of isotonic regression under bounds): the first box's top and the last one's bottom set the limits.
    low, high = -math.inf, math.inf
    if within is not None:
        low = within[0] + sizes[column[0]][1] / 2
        high = within[1] - sizes[column[-1]][1] / 2 - offsets[-1]
    k = 0
    for total, count in blocks:
        for _ in range(int(count)):
            ys[column[k]] = min(max(total / count, low), high) + offsets[k]
            k += 1
