"""Print the in-house layered layout beside the layout libraries that install from wheels, side by side.

Run: python benchmarks/diagram_libraries.py [--repeat 7] [--big-repeat 3] [--models sample,study500,diagram500] [--stock-rule]

Each library lays out the same graphs, built the way the diagram view builds them
(models/diagram/graph.py): the sample study, the engine benchmark's 500-variable model
(benchmarks/engine.py synthetic_study) and the diagram benchmark's 500-variable stock-and-flow model
(benchmarks/diagram.py synthetic). Every box is DEFAULT_SIZE; a library that takes sizes is given
them, with the in-house gaps between layers and between boxes; one that places nodes on a unit grid
is scaled to one box and one gap per unit, as a caller would. Layouts that run top to bottom are
turned to read left to right. The figures are computed here from the centres alone, the same way for
every library:

- crossings: straight segments between adjacent columns (an edge spanning several columns is
  followed straight across them), counted pair by pair; the in-house figure therefore differs from
  Layout.crossings, which follows the bends the view draws;
- overlaps: pairs of boxes that share some area;
- L->R: the share of edges drawn left to right; "back" are those drawn right to left and how many
  of them go into a stock (stock-and-flow diagrams draw the flow into a stock against the reading
  direction, so those are the expected ones);
- install: the installed files of the distribution and of whatever it pulls in that Prospectiva
  does not already need.

A library that is not installed is reported as such and skipped, so the script runs in the
project's own environment too (then only the in-house layout is measured). The libraries are not
dependencies of Prospectiva: install them in a separate environment to compare.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import importlib.util
import re
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.diagram import synthetic  # noqa: E402
from benchmarks.engine import synthetic_study  # noqa: E402
from models.diagram.acyclic import feedback_edges  # noqa: E402
from models.diagram.graph import dependency_graph  # noqa: E402
from benchmarks.layout_measures import columns_of, crossings, direction, extent, overlaps  # noqa: E402
from models.diagram.layout import DEFAULT_SIZE, LAYER_GAP, NODE_GAP, layout  # noqa: E402
from storage.interchange import read_study_file  # noqa: E402

Point = tuple[float, float]
W, H = DEFAULT_SIZE
SLOW_SECONDS = 10.0  # a layout slower than this once is not repeated: its order of magnitude is the finding


@dataclass(frozen=True)
class Problem:
    """A graph to lay out: names in model order, edges (a used in b), the stocks."""

    label: str
    names: list[str]
    edges: list[tuple[str, str]]
    stocks: frozenset[str]


@dataclass(frozen=True)
class Candidate:
    """A layout to measure: its distribution, the module it needs, what PyPI offers, and the adapter."""

    name: str
    distribution: str  # "" for the in-house layout
    module: str
    wheels: str  # which platforms PyPI has wheels for, and whether a system program is needed
    run: Callable[[Problem], dict[str, Point]] | None  # None: listed, not measured (see note)
    note: str = ""
    stock_rule: bool = False  # turns the edges into stocks round itself (see --stock-rule)


# --- adapters: each returns box centres, x along the causal order ---------------------------------


def in_house(p: Problem) -> dict[str, Point]:
    """The project's own layered layout, without group lanes (no library here offers them alike)."""
    return layout(p.names, p.edges, p.stocks).positions


def with_grandalf(p: Problem) -> dict[str, Point]:
    """grandalf's SugiyamaLayout, one connected component at a time, components side by side."""
    from grandalf.graphs import Edge, Graph, Vertex
    from grandalf.layouts import SugiyamaLayout

    class View:
        # grandalf lays out top to bottom: a box's height there is its width here.
        w, h = H, W
        xy = (0.0, 0.0)

    vertices = {name: Vertex(name) for name in p.names}
    for vertex in vertices.values():
        vertex.view = View()
    graph = Graph(list(vertices.values()), [Edge(vertices[a], vertices[b]) for a, b in p.edges])
    placed: dict[str, Point] = {}
    offset = 0.0
    for component in graph.C:
        sugiyama = SugiyamaLayout(component)
        sugiyama.xspace, sugiyama.yspace = NODE_GAP, LAYER_GAP
        sugiyama.init_all()
        sugiyama.draw()
        across = [v.view.xy[0] for v in component.sV]
        low = min(across) - H / 2
        for vertex in component.sV:
            x, y = vertex.view.xy
            placed[vertex.data] = (y, x - low + offset)
        offset += max(across) - low + H / 2 + NODE_GAP
    return placed


def with_igraph(p: Problem) -> dict[str, Point]:
    """igraph's Graph.layout_sugiyama (layers on y, unit gaps), scaled to box and gap per unit."""
    import igraph

    index = {name: i for i, name in enumerate(p.names)}
    graph = igraph.Graph(n=len(p.names), edges=[(index[a], index[b]) for a, b in p.edges], directed=True)
    coords = graph.layout_sugiyama().coords
    return {name: (y * (W + LAYER_GAP), x * (H + NODE_GAP)) for name, (x, y) in zip(p.names, coords)}


def with_networkx(p: Problem) -> dict[str, Point]:
    """networkx.topological_generations as columns, in generation order: what multipartite_layout draws.

    networkx has no cycle breaking for layouts: the in-house choice of feedback edges is removed first.
    multipartite_layout scales into a unit box; the same columns are placed here at box spacing.
    """
    import networkx as nx

    index = {name: i for i, name in enumerate(p.names)}
    ids = [(index[a], index[b]) for a, b in p.edges]
    back = feedback_edges(len(p.names), ids, {index[s] for s in p.stocks})
    graph = nx.DiGraph()
    graph.add_nodes_from(p.names)
    graph.add_edges_from(e for e, i in zip(p.edges, ids) if i not in back)
    placed: dict[str, Point] = {}
    for column, generation in enumerate(nx.topological_generations(graph)):
        for row, name in enumerate(generation):
            placed[name] = (column * (W + LAYER_GAP), row * (H + NODE_GAP))
    return placed


def with_fast_sugiyama(p: Problem) -> dict[str, Point]:
    """fast-sugiyama (Rust): components side by side (its dot_layout), layers on y, one spacing for both."""
    import fast_sugiyama

    index = {name: i for i, name in enumerate(p.names)}
    spacing = H + NODE_GAP
    layouts = fast_sugiyama.from_edges([(index[a], index[b]) for a, b in p.edges], vertex_spacing=spacing)
    found = layouts.dot_layout(spacing=spacing).to_dict()
    placed = {p.names[i]: (-y * (W + LAYER_GAP) / spacing, x) for i, (x, y) in found.items()
              if isinstance(i, int) and i < len(p.names)}
    # Variables nothing uses and that use nothing are not in an edge list: a column of their own.
    alone = [name for name in p.names if name not in placed]
    left = min((x for x, _ in placed.values()), default=0.0) - (W + LAYER_GAP)
    placed.update({name: (left, row * spacing) for row, name in enumerate(alone)})
    return placed


def with_pyelk(p: Problem) -> dict[str, Point]:
    """pyelk (ELK's layered algorithm in Python), direction RIGHT, given box sizes and gaps."""
    import pyelk

    graph = {
        "id": "root",
        "layoutOptions": {
            "elk.algorithm": "layered",
            "elk.direction": "RIGHT",
            "elk.spacing.nodeNode": str(NODE_GAP),
            "elk.layered.spacing.nodeNodeBetweenLayers": str(LAYER_GAP),
        },
        "children": [{"id": name, "width": W, "height": H} for name in p.names],
        "edges": [{"id": f"e{i}", "sources": [a], "targets": [b]} for i, (a, b) in enumerate(p.edges)],
    }
    result = pyelk.ELK().layout(graph)
    return {c["id"]: (c["x"] + W / 2, c["y"] + H / 2) for c in result["children"]}  # ELK gives top-left corners


def with_graphlay(p: Problem) -> dict[str, Point]:
    """graphlay (Rust), its 'layered' preset, left to right, given box sizes and gaps."""
    import graphlay

    graph = graphlay.Graph()
    for name in p.names:
        graph.node(name, width=W, height=H)
    for a, b in p.edges:
        graph.edge(a, b)
    result = graphlay.layout(graph, options={"spacing": {"layer_gap": LAYER_GAP, "node_gap": NODE_GAP}})
    return {name: (float(x), float(y)) for name, (x, y) in result.positions().items()}


def with_ogdf(p: Problem) -> dict[str, Point]:
    """OGDF's SugiyamaLayout through ogdf-py, given box sizes (its own gaps: the bindings set none)."""
    import ogdf

    graph = ogdf.Graph()
    nodes = [graph.new_node() for _ in p.names]
    index = {name: i for i, name in enumerate(p.names)}
    for a, b in p.edges:
        graph.new_edge(nodes[index[a]], nodes[index[b]])
    attributes = ogdf.GraphAttributes(graph, ogdf.ALL_ATTRIBUTES)
    for node in nodes:
        attributes.set_width(node, H)  # top to bottom there
        attributes.set_height(node, W)
    ogdf.SugiyamaLayout().call(attributes)
    return {name: (attributes.y(node), attributes.x(node)) for name, node in zip(p.names, nodes)}


# How the wheels were found: `pip install --dry-run --no-deps --only-binary=:all: --platform TAG
# --python-version 3.11` for win_amd64, macosx x86_64 and arm64 and the manylinux tags; the Linux
# tag is the installed wheel's (a newer glibc tag leaves out older distributions).
CANDIDATES = [
    Candidate("in-house (models/diagram)", "", "models.diagram.layout", "pure Python, no binary", in_house,
              stock_rule=True),
    Candidate("grandalf", "grandalf", "grandalf", "pure Python (py3-none-any)", with_grandalf),
    Candidate("igraph", "igraph", "igraph", "wheels: Win, macOS, Linux manylinux_2_28", with_igraph),
    Candidate("networkx", "networkx", "networkx", "pure Python (py3-none-any)", with_networkx,
              "no crossing reduction; cycles broken by the in-house rule first", stock_rule=True),
    Candidate("fast-sugiyama", "fast-sugiyama", "fast_sugiyama", "wheels: Win, macOS, Linux manylinux_2_34",
              with_fast_sugiyama, "one spacing for both axes; no box sizes"),
    Candidate("pyelk", "pyelk", "pyelk", "pure Python (py3-none-any)", with_pyelk),
    Candidate("graphlay", "graphlay", "graphlay", "wheels: Win x64, macOS, Linux manylinux_2_17", with_graphlay),
    Candidate("ogdf-py (OGDF)", "ogdf-py", "ogdf", "wheels: Win x64, macOS, Linux manylinux_2_28", with_ogdf,
              "layer and node gaps not settable through the bindings"),
    Candidate("rustworkx", "rustworkx", "rustworkx", "wheels: Win x64, macOS, Linux manylinux2014", None,
              "no layered layout (spring, shell, spiral, bipartite, circular, random only)"),
    Candidate("netgraph", "netgraph", "netgraph", "pure Python (py3-none-any)", None,
              "get_sugiyama_layout calls grandalf and scales into a unit box: measured as grandalf"),
    Candidate("pygraphviz / graphviz / pydot", "", "", "needs the Graphviz program installed", None,
              "excluded: a system binary"),
]



def _requirements(distribution: str) -> set[str]:
    """Return the distributions `distribution` needs, recursively, extras left out."""
    seen: set[str] = set()
    todo = [distribution]
    while todo:
        name = _canonical(todo.pop())
        if name in seen:
            continue
        try:
            requires = metadata.distribution(name).requires or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(name)
        todo += [m.group(0) for r in requires if "extra ==" not in r and (m := re.match(r"[A-Za-z0-9._-]+", r))]
    return seen


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _size_mb(name: str) -> float:
    files = metadata.distribution(name).files or []
    return sum(f.locate().stat().st_size for f in files if Path(f.locate()).is_file()) / 1e6


def install_size(distribution: str) -> str:
    """Return the installed MB of the distribution and of what it adds beyond Prospectiva's own needs."""
    own = _requirements("prospectiva")
    added = sorted(_requirements(distribution) - own - {""})
    total = sum(_size_mb(name) for name in added)
    extra = [name for name in added if name != _canonical(distribution)]
    return f"{total:.1f} MB" + (f" (+{', '.join(extra)})" if extra else "")


# --- the run -------------------------------------------------------------------------------------


def problems(which: set[str]) -> list[Problem]:
    """Return the graphs to lay out (sample, study500, diagram500), built as the diagram view builds them."""
    found = []
    studies = {"sample": lambda: ("sample study", read_study_file(ROOT / "resources" / "samples" / "bolivia-paz-pivot.json")),
               "study500": lambda: ("synthetic_study 500", synthetic_study(500))}
    for key, make in studies.items():
        if key in which:
            label, study = make()
            graph = dependency_graph(study, coefficients=False)  # as the view draws it unless they are ticked
            found.append(Problem(label, [n.name for n in graph.nodes], list(graph.edges), graph.stocks))
    if "diagram500" in which:
        names, edges, stocks = synthetic(500)
        # A stock's use of itself is no edge in the diagram (dependency_graph leaves it out too).
        uses = list(dict.fromkeys((a, b) for a, b in edges if a != b))
        found.append(Problem("diagram synthetic 500", names, uses, frozenset(stocks)))
    return found


def stock_rule(problem: Problem) -> Problem:
    """Return the problem with the edges the in-house rule draws backwards already turned round.

    A library then keeps these edges left to right, so that (cycles the choice leaves aside, which
    the library breaks its own way) the flows into stocks are the ones drawn backwards, as in the
    in-house layout; the figures still count the edges as the model has them.
    """
    index = {name: i for i, name in enumerate(problem.names)}
    ids = [(index[a], index[b]) for a, b in problem.edges]
    back = feedback_edges(len(problem.names), ids, {index[s] for s in problem.stocks})
    turned = [(b, a) if i in back else (a, b) for (a, b), i in zip(problem.edges, ids)]
    return Problem(problem.label, problem.names, list(dict.fromkeys(turned)), problem.stocks)


def available(candidate: Candidate) -> bool:
    """Return whether the candidate's module can be imported here."""
    return bool(candidate.module) and importlib.util.find_spec(candidate.module) is not None


def measure(run: Callable[[Problem], dict[str, Point]], problem: Problem, repeat: int) -> tuple[float, dict[str, Point]]:
    """Return the median wall time in ms of `repeat` layouts (one when the first is slow) and the last result."""
    times = []
    placed: dict[str, Point] = {}
    for _ in range(repeat):
        began = time.perf_counter()
        placed = run(problem)
        times.append((time.perf_counter() - began) * 1000)
        if times[0] > SLOW_SECONDS * 1000:
            break
    return statistics.median(times), placed


def main() -> None:
    """Print a table per graph, then the libraries' install facts."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7, help="runs on the sample study")
    parser.add_argument("--big-repeat", type=int, default=3, help="runs on the 500-variable models")
    parser.add_argument("--models", default="sample,study500,diagram500", help="which graphs, comma-separated")
    parser.add_argument("--stock-rule", action="store_true",
                        help="give every library the graph with the in-house rule's edges into stocks turned round")
    args = parser.parse_args()
    measured = [c for c in CANDIDATES if c.run is not None and (not c.distribution or available(c))]
    for problem in problems(set(args.models.split(","))):
        rule = " (libraries given the in-house stock rule)" if args.stock_rule else ""
        print(f"\n{problem.label}: {len(problem.names)} variables, {len(problem.edges)} edges, {len(problem.stocks)} stocks{rule}")
        print(f"{'layout':<28}{'median ms':>11}{'crossings':>11}{'overlaps':>10}{'L->R':>8}{'back (into stock)':>19}"
              f"{'columns':>9}  size px")
        for candidate in measured:
            repeat = args.repeat if problem.label == "sample study" else args.big_repeat
            try:
                given = stock_rule(problem) if args.stock_rule and not candidate.stock_rule else problem
                ms, placed = measure(candidate.run, given, repeat)  # type: ignore[arg-type]
            except KeyboardInterrupt:
                raise
            except BaseException as error:  # a library that fails on a graph is a finding (a Rust panic is no Exception)
                print(f"{candidate.name:<28}  failed: {type(error).__name__}: {str(error)[:80]}")
                continue
            missing = [n for n in problem.names if n not in placed]
            if missing:
                print(f"{candidate.name:<28}  left out {len(missing)} variables, e.g. {missing[0]}")
                continue
            share, back, into_stock = direction(placed, problem.edges, problem.stocks)
            columns = len(columns_of(placed)[1])
            print(f"{candidate.name:<28}{ms:>11.1f}{crossings(placed, problem.edges):>11}{overlaps(placed):>10}"
                  f"{share:>8.0%}{f'{back} ({into_stock})':>19}{columns:>9}  {extent(placed)}")
    print(f"\n{'library':<30}{'installed':<14}{'install size (added dependencies)':<40} platforms / note")
    for candidate in CANDIDATES:
        if not candidate.distribution:
            state, size = ("-", "-") if not candidate.module else ("yes", "-")
        elif available(candidate):
            state, size = "yes", install_size(candidate.distribution)
        else:
            state, size = "not installed", "-"
        note = f"{candidate.wheels}" + (f"; {candidate.note}" if candidate.note else "")
        print(f"{candidate.name:<30}{state:<14}{size:<40} {note}")


if __name__ == "__main__":
    main()
