"""The model's feedback loops, each named R1, B1, … by its polarity, with the sign of every link on it.

A loop is reinforcing (R) when the product of its link signs is +, balancing (B) when it is −, and
undetermined (U) when a link's sign cannot be told. Only equations count: an initial value is read
once, so it closes no loop.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from models.diagram.cycles import MAX_CYCLES, elementary_cycles
from models.diagram.polarity import LinkSign, evaluate, link_sign
from models.domain import Study
from models.language.equations import ParseError, parse
from models.language.references import names_used

Polarity = Literal["R", "B", "U"]


@dataclass(frozen=True)
class Loop:
    """A feedback loop: its name, its variables in the order influence runs, and each link's sign."""

    name: str
    variables: tuple[str, ...]
    links: tuple[LinkSign, ...]  # links[k] runs from variables[k] to variables[k + 1] (the last back to the first)

    @property
    def polarity(self) -> Polarity:
        """Return R (reinforcing), B (balancing) or U (a link's sign is unknown)."""
        product = 1
        for link in self.links:
            if link.sign is None or link.sign == 0:
                return "U"
            product *= link.sign
        return "R" if product > 0 else "B"

    @property
    def numeric(self) -> bool:
        """Return whether some link's sign was found by evaluating its equation, not from its shape."""
        return any(link.method == "numeric" for link in self.links)

    def edges(self) -> list[tuple[str, str]]:
        """Return the loop's links as (cause, effect) pairs."""
        return list(zip(self.variables, self.variables[1:] + self.variables[:1]))


@dataclass(frozen=True)
class LoopReport:
    """Every loop found, and whether the search stopped at its cap before finding them all."""

    loops: list[Loop]
    complete: bool

    def count(self, polarity: Polarity) -> int:
        """Return how many loops have this polarity."""
        return sum(1 for loop in self.loops if loop.polarity == polarity)


def feedback_edges(study: Study) -> list[tuple[str, str]]:
    """Return (cause, effect) for every use of a variable in another's (or its own) equation."""
    names = {v.name for v in study.variables}
    return [(used, v.name) for v in study.variables for used in sorted(names_used(v.equation) & names)]


def starting_values(study: Study) -> dict[str, float]:
    """Return what is known before a run: the assumptions' values and the stocks' initial values they give."""
    values = {v.name: v.value for v in study.variables if v.kind == "assumption" and v.value is not None}
    values |= {"t": study.time.start, "dt": study.time.step}
    for variable in study.variables:
        if variable.kind == "stock" and variable.initial.strip():
            try:
                values[variable.name] = evaluate(parse(variable.initial), values)
            except (ParseError, ArithmeticError, ValueError, KeyError, RecursionError):
                continue  # an initial value that needs the run: its sign stays unknown
    return values


def find_loops(study: Study, values: Mapping[str, float] | None = None, cap: int = MAX_CYCLES) -> LoopReport:
    """Return the study's feedback loops named by polarity, shortest first in each; `values` allow numeric signs."""
    if values is None:
        values = starting_values(study)
    order = [v.name for v in study.variables]
    equations = {v.name: v.equation for v in study.variables}
    found = elementary_cycles(order, feedback_edges(study), cap)
    signs: dict[tuple[str, str], LinkSign] = {}

    def sign(cause: str, effect: str) -> LinkSign:
        if (cause, effect) not in signs:
            signs[(cause, effect)] = link_sign(equations[effect], cause, values)
        return signs[(cause, effect)]

    place = {name: i for i, name in enumerate(order)}
    cycles = sorted(found.cycles, key=lambda c: (len(c), [place[n] for n in c]))
    counters = {"R": 0, "B": 0, "U": 0}
    loops = []
    for cycle in cycles:
        links = tuple(sign(a, b) for a, b in zip(cycle, cycle[1:] + cycle[:1]))
        unnamed = Loop("", cycle, links)
        counters[unnamed.polarity] += 1
        loops.append(Loop(f"{unnamed.polarity}{counters[unnamed.polarity]}", cycle, links))
    # Listed as modellers read them: reinforcing, then balancing, then the undetermined, each by number.
    loops.sort(key=lambda loop: ("RBU".index(loop.polarity), int(loop.name[1:])))
    return LoopReport(loops, found.complete)
