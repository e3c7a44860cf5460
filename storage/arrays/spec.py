"""The plain data of a model's arrays: dimensions with their elements, and arrayed definitions.

Names are kept as written (for the expanded variables' labels) and compared canonically
(any case, spaces and underscores alike), as every other name of an imported model.
A subrange is a dimension whose elements all belong to another; a mapping says which
element of one dimension stands for which element of another (Vensim's `->`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from models.formatting import localise
from models.i18n import fill, translate
from storage.errors import line_place
from storage.xmile.equations import canonical

MAX_ELEMENTS = 200_000  # elements of all dimensions together; far more than a study's variables


@dataclass
class Dimension:
    """A named, ordered set of elements."""

    name: str
    elements: list[str]  # as written
    line: int
    maps_to: dict[str, list[str] | None] = field(default_factory=dict)  # other dimension -> its elements in order

    @property
    def key(self) -> str:
        """Return the name as names are compared."""
        return canonical(self.name)

    def keys(self) -> list[str]:
        """Return the elements as names are compared."""
        return [canonical(e) for e in self.elements]


@dataclass
class Definition:
    """One equation of an arrayed variable and the elements it covers.

    `subscripts` are the left-hand side's, one per dimension: a dimension, a subrange or
    one element (canonical). `entry` is the reader's entry with the equation still subscripted;
    `values` holds a literal list (`1, 2; 3, 4`), one number per covered element in order.
    """

    entry: Any  # storage.xmile.reader.Entry (not imported: the reader imports this module)
    subscripts: tuple[str, ...]
    line: int
    excepted: list[tuple[str, ...]] = field(default_factory=list)  # Vensim's :EXCEPT: lists
    values: list[float] | None = None


@dataclass
class Arrays:
    """Every dimension and arrayed definition a model file gives."""

    dimensions: dict[str, Dimension] = field(default_factory=dict)  # key -> dimension
    definitions: dict[str, list[Definition]] = field(default_factory=dict)  # variable key -> definitions
    arrayed: set[int] = field(default_factory=set)  # id() of the reader's entries that stand for arrays
    graphs: dict[str, list[tuple[tuple[str, ...], Any, int]]] = field(default_factory=dict)  # arrayed lookups
    problems: list[str] = field(default_factory=list)
    aliases: list[tuple[str, str, int]] = field(default_factory=list)  # (new name, old name, line): A <-> B

    def settle(self) -> None:
        """Give aliases their elements, and put in a range's elements those of the ranges it lists."""
        for new, old, line in self.aliases:
            known = self.dimensions.get(canonical(old))
            if known is None:
                self.problems.append(f"{line_place(line)}: " + fill(translate("FileErrors", "'%1' in '%2 <-> %1' is not a subscript range"),
                                                                    old.strip(), new.strip()))
            else:
                self.add_dimension(Dimension(new.strip(), known.elements, line, {known.name: None}))
        for dim in list(self.dimensions.values()):
            dim.elements = self._flat(dim, set())

    def _flat(self, dim: Dimension, seen: set[str]) -> list[str]:
        seen = seen | {dim.key}
        out: list[str] = []
        for element in dim.elements:
            inner = self.dimensions.get(canonical(element))
            if inner is not None and inner.key not in seen:
                out += self._flat(inner, seen)
            else:
                out.append(element)
        return out

    def add_dimension(self, dimension: Dimension) -> None:
        """Add a dimension, or record a problem if its name is taken or there are too many elements."""
        total = sum(len(d.elements) for d in self.dimensions.values()) + len(dimension.elements)
        if total > MAX_ELEMENTS:
            self.problems.append(f"{line_place(dimension.line)}: " + fill(translate(
                "FileErrors", "the dimension '%1' brings the elements of all dimensions to %2; at most %3 are read"),
                dimension.name, localise(f"{total:,}"), localise(f"{MAX_ELEMENTS:,}")))
            return
        if dimension.key in self.dimensions:
            first = self.dimensions[dimension.key]
            self.problems.append(f"{line_place(dimension.line)}: " + fill(translate(
                "FileErrors", "the dimension '%1' is defined twice (also line %2)"), dimension.name, first.line))
            return
        self.dimensions[dimension.key] = dimension

    def define(self, entry: Any, subscripts: tuple[str, ...], line: int, **extra: Any) -> Definition:
        """Record an arrayed definition of the variable `entry` names."""
        extra["excepted"] = [tuple(canonical(s) for s in left_out) for left_out in extra.get("excepted", [])]
        definition = Definition(entry, tuple(canonical(s) for s in subscripts), line, **extra)
        self.definitions.setdefault(canonical(entry.name), []).append(definition)
        self.arrayed.add(id(entry))
        return definition


def literal(text: str) -> list[float] | None:
    """Return the numbers of an array literal (`1, 2, 3` or `1, 2; 3, 4;`), or None if it is not one."""
    body = text.strip().rstrip(";").strip()
    if "," not in body and ";" not in body:
        return None
    numbers: list[float] = []
    for row in body.split(";"):
        for cell in row.split(","):
            cell = "".join(cell.split())
            if not cell:
                continue
            try:
                number = float(cell)
            except ValueError:
                return None
            if not math.isfinite(number):
                return None
            numbers.append(number)
    return numbers
