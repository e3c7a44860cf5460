"""The layered diagram layout on constructed graphs whose right answers are known by hand."""

from __future__ import annotations

import itertools
import random

from models.diagram.graph import dependency_graph
from models.diagram.layout import layout
from models.domain import Study, TimeAxis, Variable


def _overlaps(result) -> list[tuple[str, str]]:
    boxes = {}
    for name, (x, y) in result.positions.items():
        w, h = result.sizes[name]
        boxes[name] = (x - w / 2, y - h / 2, x + w / 2, y + h / 2)
    return [(a, b) for a, b in itertools.combinations(boxes, 2)
            if boxes[a][0] < boxes[b][2] and boxes[b][0] < boxes[a][2]
            and boxes[a][1] < boxes[b][3] and boxes[b][1] < boxes[a][3]]


def test_a_chain_reads_left_to_right():
    result = layout(["c", "a", "b"], [("a", "b"), ("b", "c")])
    xs = {name: x for name, (x, _) in result.positions.items()}
    assert xs["a"] < xs["b"] < xs["c"]
    assert [result.layers[n] for n in "abc"] == [0, 1, 2]


def test_no_two_boxes_overlap_on_random_graphs():
    rng = random.Random(7)
    for _ in range(20):
        names = [f"v{i}" for i in range(40)]
        edges = [(names[a], names[b]) for a, b in
                 (sorted(rng.sample(range(40), 2)) for _ in range(70))]
        sizes = {n: (rng.uniform(40, 200), rng.uniform(20, 60)) for n in names}
        result = layout(names, edges, sizes=sizes)
        assert _overlaps(result) == []


def test_ordering_removes_the_crossing_of_a_twisted_pair():
    # a feeds d and b feeds c: in the given order (a, b | c, d) the two arrows cross once.
    names = ["a", "b", "c", "d"]
    edges = [("a", "d"), ("b", "c")]
    assert layout(names, edges, sweeps=0).crossings == 1
    untwisted = layout(names, edges)
    assert untwisted.crossings == 0
    ys = {n: y for n, (_, y) in untwisted.positions.items()}
    assert (ys["a"] < ys["b"]) == (ys["d"] < ys["c"])


def test_crossings_drop_on_a_larger_known_graph():
    # Two layers of six, each top node feeding the bottom node in reverse order: 15 crossings as given.
    top = [f"t{i}" for i in range(6)]
    bottom = [f"b{i}" for i in range(6)]
    edges = [(top[i], bottom[5 - i]) for i in range(6)]
    assert layout(top + bottom, edges, sweeps=0).crossings == 15
    assert layout(top + bottom, edges).crossings == 0


def test_a_feedback_loop_through_a_stock_keeps_the_layers():
    # population (stock) feeds births, births flow into population; fertility feeds births.
    names = ["population", "births", "fertility", "density"]
    edges = [("population", "births"), ("births", "population"), ("fertility", "births"),
             ("population", "density")]
    result = layout(names, edges, stocks=["population"])
    assert result.feedback == frozenset({("births", "population")})
    assert result.layers["population"] < result.layers["births"]
    assert result.layers["population"] < result.layers["density"]
    assert result.layers["fertility"] < result.layers["births"]
    assert _overlaps(result) == []


def test_a_loop_without_a_stock_is_still_drawn():
    result = layout(["a", "b", "c"], [("a", "b"), ("b", "c"), ("c", "a")])
    assert len(result.feedback) == 1
    assert len(set(result.layers.values())) == 3
    assert _overlaps(result) == []


def test_long_edges_bend_through_the_columns_they_cross():
    result = layout(["a", "b", "c"], [("a", "b"), ("b", "c"), ("a", "c")])
    bends = result.routes[("a", "c")]
    assert len(bends) == 1
    assert bends[0][0] == result.positions["b"][0]
    assert abs(bends[0][1] - result.positions["b"][1]) >= result.sizes["b"][1] / 2


def test_dragged_positions_are_kept_exactly():
    free = layout(["a", "b", "c"], [("a", "b"), ("b", "c")])
    kept = layout(["a", "b", "c"], [("a", "b"), ("b", "c")], pinned={"b": (500.0, -40.0), "gone": (1.0, 1.0)})
    assert kept.positions["b"] == (500.0, -40.0)
    assert kept.positions["a"] == free.positions["a"]
    assert "gone" not in kept.positions
    assert kept.routes[("a", "b")] == []


def test_the_graph_comes_from_the_equations():
    study = Study("s", TimeAxis(0, 10, 1), variables=[
        Variable("rate", "assumption", value=0.1),
        Variable("stock", "stock", equation="stock * rate + inflow", initial="start"),
        Variable("inflow", "auxiliary", equation="2 * rate"),
        Variable("start", "assumption", value=1),
        Variable("broken", "auxiliary", equation="rate +"),
    ])
    graph = dependency_graph(study)
    assert [n.name for n in graph.nodes] == ["rate", "stock", "inflow", "start", "broken"]
    assert set(graph.edges) == {("rate", "stock"), ("inflow", "stock"), ("start", "stock"), ("rate", "inflow")}
    assert graph.stocks == frozenset({"stock"})
