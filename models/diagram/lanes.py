"""Groups as regions: each group of variables gets a horizontal lane of its own in the layered layout.

Columns still follow the causal order left to right; within every column the boxes of one group sit
together, and every group keeps the same band of height in every column, so a group reads as one
region (Economy above Lithium above Politics ...) that arrows enter and leave. An arrow's bends lie
in its source's lane for the first half of its way and in its target's lane for the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Size = tuple[float, float]
Band = tuple[float, float]  # top, bottom
Region = tuple[float, float, float, float]  # left, top, right, bottom

LANE_PAD = 10.0  # between a lane's edge and the boxes in it
LANE_LABEL = 30.0  # above the boxes: the group's name, and below it room for a box's change badge, which rises above the box
LANE_GAP = 14.0  # between two lanes


def lane_numbers(nodes: Sequence[str], groups: Mapping[str, str]) -> list[int] | None:
    """Return each node's lane (its group's first appearance), or None when there are fewer than two groups."""
    seen: dict[str, int] = {}
    lanes = [seen.setdefault(groups.get(name, ""), len(seen)) for name in nodes]
    return lanes if len(seen) > 1 else None


def bends_in_lanes(lanes: list[int], chains: Sequence[list[int]], count: int) -> list[int]:
    """Extend the lanes to the bends of long edges: the source's lane, then the target's, half way each."""
    extended = lanes + [0] * (count - len(lanes))
    for chain in chains:
        steps = len(chain) - 1
        for k, node in enumerate(chain[1:-1], start=1):
            extended[node] = extended[chain[0]] if k <= steps / 2 else extended[chain[-1]]
    return extended


def rank_lanes(columns: list[list[int]], lanes: list[int]) -> list[int]:
    """Return lane numbers renumbered top to bottom by where an unconstrained ordering put their boxes."""
    total: dict[int, float] = {}
    seen: dict[int, int] = {}
    for column in columns:
        for i, node in enumerate(column):
            where = (i + 0.5) / len(column)
            total[lanes[node]] = total.get(lanes[node], 0.0) + where
            seen[lanes[node]] = seen.get(lanes[node], 0) + 1
    order = sorted(total, key=lambda lane: (total[lane] / seen[lane], lane))
    rank = {lane: r for r, lane in enumerate(order)}
    return [rank[lane] for lane in lanes]


def sort_columns(columns: list[list[int]], lanes: list[int]) -> list[list[int]]:
    """Return the columns with each lane's boxes together, in lane order, keeping their order within a lane."""
    return [sorted(column, key=lambda node: lanes[node]) for column in columns]


def bands(columns: list[list[int]], lanes: list[int], sizes: list[Size], gap: float, dummy_gap: float) -> list[Band]:
    """Return each lane's band: as tall as its fullest column needs, stacked from y = 0 with gaps between."""
    needed: dict[int, float] = {}
    for column in columns:
        stack: dict[int, float] = {}
        previous: dict[int, int] = {}
        for node in column:
            lane = lanes[node]
            if lane in previous:
                before = previous[lane]
                spacing = dummy_gap if sizes[node][1] == 0 or sizes[before][1] == 0 else gap
                stack[lane] += spacing
            stack[lane] = stack.get(lane, 0.0) + sizes[node][1]
            previous[lane] = node
        for lane, height in stack.items():
            needed[lane] = max(needed.get(lane, 0.0), height)
    found: list[Band] = []
    top = 0.0
    for lane in range(max(lanes, default=-1) + 1):
        bottom = top + LANE_LABEL + needed.get(lane, 0.0) + LANE_PAD
        found.append((top, bottom))
        top = bottom + LANE_GAP
    return found


def regions(
    names: Sequence[str],
    groups: Mapping[str, str],
    positions: Mapping[str, tuple[float, float]],
    sizes: Mapping[str, Size],
    lane_bands: Mapping[str, Band],
) -> dict[str, Region]:
    """Return each named group's region: its band (stretched around any box dragged out of it), the drawing's width."""
    found: dict[str, Region] = {}
    for name in names:
        group = groups.get(name, "")
        if not group:
            continue  # ungrouped variables get a lane to keep them apart, not a named region
        x, y = positions[name]
        w, h = sizes[name]
        box = (x - w / 2 - LANE_PAD, y - h / 2 - LANE_LABEL, x + w / 2 + LANE_PAD, y + h / 2 + LANE_PAD)
        top, bottom = lane_bands[group]
        left, upper, right, lower = found.get(group, (box[0], top, box[2], bottom))
        found[group] = (min(left, box[0]), min(upper, box[1]), max(right, box[2]), max(lower, box[3]))
    # Every lane runs the drawing's whole width, as swimlanes do: names line up at the left and an
    # arrow's way across a lane is visibly inside it.
    left = min((r[0] for r in found.values()), default=0.0)
    right = max((r[2] for r in found.values()), default=0.0)
    return {group: (left, top, right, bottom) for group, (_, top, _, bottom) in found.items()}
