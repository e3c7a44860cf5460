"""Which edges to draw against the reading direction so that a layered layout has no cycle to follow.

Feedback runs through stocks, so an edge into a stock that closes a cycle is reversed first: the stock
then stands left of the variables its value feeds. Whatever cycle is left (an algebraic loop, which
the checker reports) is broken where a depth-first search meets it.
"""

from __future__ import annotations


def feedback_edges(count: int, edges: list[tuple[int, int]], stocks: set[int]) -> set[tuple[int, int]]:
    """Return the edges to reverse so that what remains has no cycle, edges into stocks first."""
    component = _components(count, edges)
    chosen = {(a, b) for a, b in edges if b in stocks and component[a] == component[b]}
    rest = [e for e in edges if e not in chosen]
    # Cycles without a stock are algebraic loops the checker reports; they must still be drawn.
    return chosen | _back_edges(count, rest)


def _components(count: int, edges: list[tuple[int, int]]) -> list[int]:
    """Return each node's strongly connected component (Tarjan's algorithm, without recursion)."""
    succ: list[list[int]] = [[] for _ in range(count)]
    for a, b in edges:
        succ[a].append(b)
    number = [-1] * count
    low = [0] * count
    component = [-1] * count
    stack: list[int] = []
    on_stack = [False] * count
    counter = 0
    found = 0
    for root in range(count):
        if number[root] >= 0:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                number[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack[node] = True
            if child < len(succ[node]):
                work.append((node, child + 1))
                nxt = succ[node][child]
                if number[nxt] < 0:
                    work.append((nxt, 0))
                elif on_stack[nxt]:
                    low[node] = min(low[node], number[nxt])
                continue
            if low[node] == number[node]:
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component[member] = found
                    if member == node:
                        break
                found += 1
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return component


def _back_edges(count: int, edges: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """Return the edges a depth-first search finds pointing back to a node still open."""
    succ: list[list[int]] = [[] for _ in range(count)]
    for a, b in edges:
        succ[a].append(b)
    state = [0] * count  # 0 unseen, 1 open, 2 done
    back: set[tuple[int, int]] = set()
    for root in range(count):
        if state[root]:
            continue
        state[root] = 1
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child < len(succ[node]):
                work.append((node, child + 1))
                nxt = succ[node][child]
                if state[nxt] == 0:
                    state[nxt] = 1
                    work.append((nxt, 0))
                elif state[nxt] == 1:
                    back.add((node, nxt))
            else:
                state[node] = 2
    return back
