"""The model's structure as a graph: each variable a node, each use of one variable in another's equation an edge."""

from __future__ import annotations

from dataclasses import dataclass

from models.domain import Kind, Study
from models.language.references import names_used


@dataclass(frozen=True)
class DiagramNode:
    """A variable as the diagram draws it."""

    name: str
    kind: Kind
    title: str
    group: str = ""


@dataclass(frozen=True)
class Graph:
    """Variables and the uses between them: an edge (a, b) says a is used in b's equation."""

    nodes: tuple[DiagramNode, ...]
    edges: tuple[tuple[str, str], ...]

    @property
    def stocks(self) -> frozenset[str]:
        """Return the names of the stocks."""
        return frozenset(n.name for n in self.nodes if n.kind == "stock")


def dependency_graph(study: Study, coefficients: bool = True) -> Graph:
    """Return the study's variables and which of them each equation uses, in study order.

    Without `coefficients`, the variables that only hold a number with its unit are left out, with
    their arrows: they close no loop and carry no change, and a model written with declared units has
    many of them.
    """
    shown = [v for v in study.variables if coefficients or not v.is_coefficient]
    nodes = tuple(DiagramNode(v.name, v.kind, v.title, v.group) for v in shown)
    order = {v.name: i for i, v in enumerate(shown)}
    edges: list[tuple[str, str]] = []
    for variable in shown:
        # An equation that does not parse uses nothing yet: the problems dock says why.
        used = (names_used(variable.equation) | names_used(variable.initial)) & order.keys()
        used.discard(variable.name)
        edges += [(name, variable.name) for name in sorted(used, key=order.__getitem__)]
    return Graph(nodes, tuple(edges))
