"""Every elementary cycle of a directed graph (Johnson, 1975), stopped at a cap so a dense model cannot hang.

Johnson's algorithm finds each elementary cycle once, in time proportional to the cycles found: it
works inside one strongly connected component at a time, starting from its least vertex, and a blocked
set keeps it from walking paths already known to lead nowhere. Written without recursion, so a long
chain of variables cannot exhaust Python's stack.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

MAX_CYCLES = 10_000


@dataclass(frozen=True)
class Cycles:
    """The cycles found, each a list of nodes in the order the edges run, and whether that is all of them."""

    cycles: list[tuple[str, ...]]
    complete: bool  # False when the cap stopped the search: there are more


def elementary_cycles(nodes: Sequence[str], edges: Iterable[tuple[str, str]], cap: int = MAX_CYCLES) -> Cycles:
    """Return the graph's elementary cycles (self-loops included), at most `cap` of them."""
    index = {name: i for i, name in enumerate(nodes)}
    successors: list[set[int]] = [set() for _ in nodes]
    found: list[tuple[str, ...]] = []
    for a, b in edges:
        if a in index and b in index:
            successors[index[a]].add(index[b])
    for i, targets in enumerate(successors):
        if i in targets:  # a variable that uses itself: a loop of one
            found.append((nodes[i],))
            targets.discard(i)
            if len(found) >= cap:
                return Cycles(found, False)
    for component in _strong_components(successors):
        if len(component) < 2:
            continue
        members = sorted(component)
        for k, start in enumerate(members):
            # Cycles through `start` that use only it and the members after it: each cycle once, from its least node.
            allowed = set(members[k:])
            sub = {v: [w for w in sorted(successors[v]) if w in allowed] for v in allowed}
            for cycle in _circuits_from(start, sub, _component_of(start, sub)):
                found.append(tuple(nodes[v] for v in cycle))
                if len(found) >= cap:
                    return Cycles(found, False)
    return Cycles(found, True)


def _component_of(start: int, graph: dict[int, list[int]]) -> set[int]:
    """Return the strongly connected component of `start` within `graph`."""
    successors: list[set[int]] = [set() for _ in range(max(graph) + 1)]
    for v, ws in graph.items():
        successors[v].update(ws)
    for component in _strong_components(successors, only=graph.keys()):
        if start in component:
            return component
    return {start}


def _circuits_from(start: int, graph: dict[int, list[int]], component: set[int]) -> Iterator[tuple[int, ...]]:
    """Yield the elementary cycles through `start` inside `component` (Johnson's CIRCUIT, iterative)."""
    blocked = {start}
    blocked_by: dict[int, set[int]] = {}
    path = [start]
    # Each frame: the vertex, its successors still to try, and whether a cycle was closed below it.
    stack: list[tuple[int, list[int], list[bool]]] = [(start, [w for w in graph[start] if w in component], [False])]
    while stack:
        v, remaining, closed = stack[-1]
        if remaining:
            w = remaining.pop()
            if w == start:
                yield tuple(path)
                closed[0] = True
            elif w not in blocked:
                path.append(w)
                blocked.add(w)
                stack.append((w, [x for x in graph[w] if x in component], [False]))
            continue
        stack.pop()
        path.pop()
        if closed[0]:
            _unblock(v, blocked, blocked_by)
        else:
            for w in graph[v]:
                if w in component:
                    blocked_by.setdefault(w, set()).add(v)
        if stack and closed[0]:
            stack[-1][2][0] = True


def _unblock(v: int, blocked: set[int], blocked_by: dict[int, set[int]]) -> None:
    todo = [v]
    while todo:
        u = todo.pop()
        if u in blocked:
            blocked.discard(u)
            todo.extend(blocked_by.pop(u, ()))


def _strong_components(successors: list[set[int]], only: Iterable[int] | None = None) -> list[set[int]]:
    """Return the strongly connected components (Tarjan's algorithm, iterative)."""
    vertices = list(only) if only is not None else list(range(len(successors)))
    allowed = set(vertices)
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    components: list[set[int]] = []
    counter = 0
    for root in vertices:
        if root in order:
            continue
        work = [(root, iter(sorted(w for w in successors[root] if w in allowed)))]
        order[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            v, children = work[-1]
            advanced = False
            for w in children:
                if w not in order:
                    order[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(sorted(x for x in successors[w] if x in allowed))))
                    advanced = True
                    break
                if w in on_stack:
                    low[v] = min(low[v], order[w])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == order[v]:
                component = set()
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.add(w)
                    if w == v:
                        break
                components.append(component)
    return components
