"""Print the diagram layout's speed: the sample study and synthetic stock-and-flow models side by side.

Run: python benchmarks/diagram.py [--sizes 500,2000] [--engine-sizes 500]

A synthetic model has a stock per ten variables, each auxiliary using two or three earlier variables
and one stock (so feedback runs through stocks, as in real models). Target: 2,000 variables in about a
second; the issue's targets are 500 in at most 1 s and the sample study in at most 100 ms.
The engine benchmark's model (benchmarks/engine.py) is laid out too: a long chain of auxiliaries whose
stocks are used far along it, so its long edges bend through ~97,500 points at 500 variables.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.engine import synthetic_study  # noqa: E402
from models.diagram.graph import dependency_graph  # noqa: E402
from models.diagram.layout import layout  # noqa: E402
from storage.interchange import read_study_file  # noqa: E402


def synthetic(count: int, seed: int = 1) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """Return names, edges and stocks of a stock-and-flow-like model of `count` variables."""
    rng = random.Random(seed)
    names = [f"v{i}" for i in range(count)]
    stocks = names[::10]
    edges = []
    for i in range(1, count):
        for j in rng.sample(range(i), min(i, rng.randint(2, 3))):
            edges.append((names[j], names[i]))
        edges.append((rng.choice(stocks), names[i]))
    for k, stock in enumerate(stocks):  # each stock's net flow is a variable further on
        flow = names[min(count - 1, k * 10 + rng.randint(1, 9))]
        edges.append((flow, stock))
    return names, edges, stocks


def timed(run, repeat: int) -> tuple[float, float]:
    """Return the median and best wall time of `run` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    """Print one line per model: variables, edges, crossings, median and best time."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500,2000")
    parser.add_argument("--engine-sizes", default="500")
    args = parser.parse_args()
    print(f"{'model':<22}{'nodes':>7}{'edges':>7}{'crossings':>11}{'median ms':>11}{'best ms':>9}")
    study = read_study_file(ROOT / "resources" / "samples" / "bolivia-paz-pivot.json")
    graph = dependency_graph(study, coefficients=False)  # as the view draws it unless coefficients are ticked
    names = [n.name for n in graph.nodes]
    result = layout(names, graph.edges, graph.stocks)
    median, best = timed(lambda: layout(names, graph.edges, graph.stocks), 20)
    print(f"{'sample study':<22}{len(names):>7}{len(graph.edges):>7}{result.crossings:>11}{median:>11.1f}{best:>9.1f}")
    # What the diagram view draws: each group in a lane of its own.
    groups = {n.name: n.group for n in graph.nodes}
    result = layout(names, graph.edges, graph.stocks, groups=groups)
    median, best = timed(lambda: layout(names, graph.edges, graph.stocks, groups=groups), 20)
    print(f"{'  in group lanes':<22}{len(names):>7}{len(graph.edges):>7}{result.crossings:>11}{median:>11.1f}{best:>9.1f}")
    for size in (int(s) for s in args.sizes.split(",")):
        names, edges, stocks = synthetic(size)
        result = layout(names, edges, stocks)
        median, best = timed(lambda n=names, e=edges, s=stocks: layout(n, e, s), 3)
        print(f"{f'synthetic {size}':<22}{size:>7}{len(edges):>7}{result.crossings:>11}{median:>11.1f}{best:>9.1f}")
        lanes = {name: f"group {i * 8 // size}" for i, name in enumerate(names)}  # 8 groups in model order
        result = layout(names, edges, stocks, groups=lanes)
        median, best = timed(lambda n=names, e=edges, s=stocks, g=lanes: layout(n, e, s, groups=g), 3)
        print(f"{'  in 8 group lanes':<22}{size:>7}{len(edges):>7}{result.crossings:>11}{median:>11.1f}{best:>9.1f}")
    for size in (int(s) for s in args.engine_sizes.split(",") if s):
        graph = dependency_graph(synthetic_study(size))
        names, edges, stocks = [n.name for n in graph.nodes], list(graph.edges), graph.stocks
        result = layout(names, edges, stocks)
        median, best = timed(lambda n=names, e=edges, s=stocks: layout(n, e, s), 3)
        print(f"{f'engine study {size}':<22}{size:>7}{len(edges):>7}{result.crossings:>11}{median:>11.1f}{best:>9.1f}")
        lanes = {name: f"group {i * 8 // size}" for i, name in enumerate(names)}
        result = layout(names, edges, stocks, groups=lanes)
        median, best = timed(lambda n=names, e=edges, s=stocks, g=lanes: layout(n, e, s, groups=g), 3)
        print(f"{'  in 8 group lanes':<22}{size:>7}{len(edges):>7}{result.crossings:>11}{median:>11.1f}{best:>9.1f}")


if __name__ == "__main__":
    main()
