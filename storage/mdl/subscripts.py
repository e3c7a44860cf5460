"""Read Vensim's subscripts: ranges (`Region: north, south`), subranges, mappings and subscripted equations.

A range lists its elements, or other ranges whose elements it takes, or a numbered run
(`(r1-r5)`); `-> Other` maps it to another range element by element (or as the list after it
says), `A <-> B` makes A another name for B. A subscripted equation (`x[Region] = …`,
`x[Region] :EXCEPT: [north] = …`, `x[north] = …`, `x[A, B] = 1, 2; 3, 4;`) is recorded for
`storage.arrays.apply`, which writes each element out as its own variable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from models.i18n import fill, translate
from storage.arrays.spec import Arrays, Dimension, literal
from storage.mdl.expressions import MdlSyntaxError
from storage.xmile.equations import canonical

MAX_ELEMENTS = 100_000
_RUN = re.compile(r"^\(\s*([^\d\s]*?)(\d+)\s*-\s*([^\d\s]*?)(\d+)\s*\)$")


@dataclass
class LeftSide:
    """The subscripts of a subscripted equation's left-hand side, and what follows them."""

    subscripts: tuple[str, ...]
    sign: str  # "=" or "(" (a lookup)
    rest: str
    excepted: list[tuple[str, ...]] = field(default_factory=list)


def arrays_of(model) -> Arrays:
    """Return the model's arrays, made on first use."""
    if model.arrays is None:
        model.arrays = Arrays()
    return model.arrays


def _names(text: str) -> list[str]:
    return [n.strip().strip('"').strip() for n in text.split(",")]


def dimension(name: str, text: str, line: int, model) -> None:
    """Record a subscript range `name: a, b, c` (with a mapping after `->`, if any)."""
    arrays = arrays_of(model)
    body, _, mapping = text.partition("->")
    body = body.strip()
    if re.match(r"(?i)get\s+(direct|xls)\s+subscript", body):
        raise MdlSyntaxError(translate("FileErrors", "subscript ranges read from files are not supported (external data)"), 0)
    run = _RUN.match(body)
    if run:
        elements = _numbered(run, body)
    else:
        elements = []
        for item in _names(body):
            run = _RUN.match(item)
            if run:
                elements += _numbered(run, item)
            elif item:
                elements.append(item)
            else:
                raise MdlSyntaxError(translate("FileErrors", "an element of the range is empty"), 0)
    dim = Dimension(name, elements, line)
    for target in re.findall(r"\(([^)]*)\)|([^,()]+)", mapping):
        listed, plain = target
        if listed:
            head, _, tail = listed.partition(":")
            dim.maps_to[head.strip()] = _names(tail) if tail.strip() else None
        elif plain.strip():
            dim.maps_to[plain.strip()] = None
    arrays.add_dimension(dim)


def _numbered(run: re.Match[str], text: str) -> list[str]:
    """Return the elements of a numbered run, `(a1-a5)` or `(a01-a10)` (the digits keep their width)."""
    prefix, first, prefix2, last = run.groups()
    if prefix != prefix2 or int(last) < int(first) or int(last) - int(first) >= MAX_ELEMENTS:
        raise MdlSyntaxError(fill(translate("FileErrors", "the numbered range %1 should run upwards with one prefix, as (a1-a5)"), text), 0)
    width = len(first) if first.startswith("0") else 1
    return [f"{prefix}{k:0{width}d}" for k in range(int(first), int(last) + 1)]


def alias(text: str, line: int, model) -> None:
    """Record `A <-> B`: A has B's elements (B may come later in the file)."""
    new, _, old = text.partition("<->")
    arrays_of(model).aliases.append((new.strip().strip('"'), old.strip().strip('"'), line))


def left_side(text: str) -> LeftSide:
    """Read what follows `name[` on a left-hand side: the subscripts, any :EXCEPT: lists, and the sign after."""
    close = text.find("]")
    if close < 0:
        raise MdlSyntaxError(translate("FileErrors", "the '[' of the left-hand side is never closed"), 0)
    subscripts = tuple(_names(text[:close]))
    rest = text[close + 1:].lstrip()
    excepted: list[tuple[str, ...]] = []
    match = re.match(r"(?i):EXCEPT:", rest)
    if match:
        rest = rest[match.end():]
        while (found := re.match(r"\s*,?\s*\[([^\]]*)\]", rest)):
            excepted.append(tuple(_names(found.group(1))))
            rest = rest[found.end():]
        rest = rest.lstrip()
    if rest.startswith(":="):
        raise MdlSyntaxError(translate("FileErrors", "data equations (:=) are not supported (external data)"), 0)
    if rest.startswith(":"):
        kind = rest.split(":")[1].strip() or "="
        raise MdlSyntaxError(fill(translate("FileErrors", "':%1:' definitions are not supported (data, reality checks)"), kind), 0)
    if rest.startswith("=="):
        return LeftSide(subscripts, "=", rest[2:], excepted)
    if rest[:1] in ("=", "("):
        return LeftSide(subscripts, rest[0], rest[1:], excepted)
    raise MdlSyntaxError(translate("FileErrors", "expected '=' or a lookup after the subscripts"), 0)


def values(rest: str) -> list[float] | None:
    """Return the numbers of an array literal on a right-hand side (or a TABBED ARRAY), or None if it is an expression."""
    tabbed = re.match(r"(?is)\s*TABBED\s+ARRAY\s*\((.*)\)\s*$", rest)
    if tabbed:
        return literal(",".join(tabbed.group(1).split()) + ",")
    return literal(rest)


def mark(model, entries: list, side: LeftSide, line: int, numbers: list[float] | None = None) -> None:
    """Record the entries one subscripted record made as definitions for the elements it covers."""
    arrays = arrays_of(model)
    for entry in entries:
        arrays.define(entry, side.subscripts, line, excepted=side.excepted,
                      values=numbers if entry.equation is None else None)


def lookup(model, name: str, side: LeftSide, graph, line: int) -> None:
    """Record one subscripted lookup table."""
    arrays_of(model).graphs.setdefault(canonical(name), []).append(
        (tuple(canonical(s) for s in side.subscripts), graph, line))
