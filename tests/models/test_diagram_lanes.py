"""Groups as regions: each group's boxes share a horizontal lane, and no two lanes overlap."""

from __future__ import annotations

import itertools
import random

from models.diagram.graph import dependency_graph
from models.diagram.layout import layout
from storage.interchange import read_study_file
from storage.sample_editions import ENGLISH
from tests.models.test_diagram_layout import _overlaps


def _box(result, name):
    (x, y), (w, h) = result.positions[name], result.sizes[name]
    return x - w / 2, y - h / 2, x + w / 2, y + h / 2


def _inside(inner, outer) -> bool:
    return outer[0] <= inner[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[3] <= outer[3]


def _check_lanes(result, groups):
    named = {g for g in groups.values() if g}
    assert set(result.regions) == named
    for name, group in groups.items():
        if group:
            assert _inside(_box(result, name), result.regions[group]), (name, group)
    for a, b in itertools.combinations(result.regions.values(), 2):
        assert a[3] <= b[1] or b[3] <= a[1]  # one lane wholly above the other
    # No box of another group strays into a lane.
    for name, group in groups.items():
        for other, region in result.regions.items():
            if other != group:
                top, bottom = _box(result, name)[1], _box(result, name)[3]
                assert bottom <= region[1] or region[3] <= top, (name, other)


def test_two_groups_that_feed_each_other_get_one_lane_each():
    # a1 -> b1 -> a2 -> b2: without lanes the chain would zigzag through one row.
    names = ["a1", "b1", "a2", "b2", "a3"]
    edges = [("a1", "b1"), ("b1", "a2"), ("a2", "b2"), ("b2", "a3"), ("a1", "a3")]
    groups = {"a1": "A", "a2": "A", "a3": "A", "b1": "B", "b2": "B"}
    result = layout(names, edges, groups=groups)
    _check_lanes(result, groups)
    xs = {n: x for n, (x, _) in result.positions.items()}
    assert xs["a1"] < xs["b1"] < xs["a2"] < xs["b2"] < xs["a3"]  # still the causal order left to right


def test_one_group_or_none_draws_no_region():
    names, edges = ["a", "b"], [("a", "b")]
    assert layout(names, edges).regions == {}
    assert layout(names, edges, groups={"a": "G", "b": "G"}).regions == {}


def test_ungrouped_variables_keep_out_of_the_named_lanes():
    names = ["a", "b", "c"]
    groups = {"a": "Economy", "b": "", "c": "Politics"}
    result = layout(names, [("a", "b"), ("b", "c")], groups=groups)
    _check_lanes(result, groups)


def test_random_grouped_graphs_keep_every_box_in_its_lane_without_overlaps():
    rng = random.Random(11)
    for _ in range(15):
        names = [f"v{i}" for i in range(40)]
        edges = [(names[a], names[b]) for a, b in (sorted(rng.sample(range(40), 2)) for _ in range(70))]
        sizes = {n: (rng.uniform(40, 200), rng.uniform(20, 60)) for n in names}
        groups = {n: rng.choice(["A", "B", "C", "D", ""]) for n in names}
        result = layout(names, edges, sizes=sizes, groups=groups)
        assert _overlaps(result) == []
        _check_lanes(result, groups)


def test_a_box_dragged_out_of_its_lane_takes_its_region_with_it():
    groups = {"a": "A", "b": "B"}
    result = layout(["a", "b"], [("a", "b")], groups=groups, pinned={"a": (0.0, 900.0)})
    assert _inside(_box(result, "a"), result.regions["A"])


def test_the_sample_study_lays_out_in_one_lane_per_group():
    graph = dependency_graph(read_study_file(ENGLISH))
    groups = {n.name: n.group for n in graph.nodes}
    result = layout([n.name for n in graph.nodes], graph.edges, graph.stocks, groups=groups)
    assert len(result.regions) == len({g for g in groups.values() if g}) > 1
    assert _overlaps(result) == []
    _check_lanes(result, groups)
