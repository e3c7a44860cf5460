"""Check that equations add and compare like with like, reading each variable's unit with pint.

A unit is read as written, with the study's own units defined (currency, index points, shares) and
three conventions of the way studies write them: a note in parentheses at the end is a note
("index (0–100)"), "A per B" is A / (B), and "% of GDP" is a percentage. Anything else pint cannot
read is reported as unreadable, never guessed. Bare numbers take whatever unit their place needs.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, TypeGuard

from models.domain import Study
from models.language.equations import (
    Binary,
    Call,
    Name,
    Node,
    Num,
    ParseError,
    Unary,
    parse,
)
from models.i18n import fill, translate

if TYPE_CHECKING:
    import pint

# The study's own units: pint knows SI and time; these are what scenario studies count in.
STUDY_UNITS = (
    "USD = [currency]",
    "EUR = [currency]",
    "index = [index] = points = point",  # replaces the typographer's point: studies count index points
    "share = []",
    "people = [] = persons = person",
    "million = 1e6 = M",
    "billion = 1e9 = bn",
    "thousand = 1e3",
    "LCE = []",  # "lithium carbonate equivalent": says what a tonne is of, not another dimension
)
MAX_UNIT_TEXT = 100
ADDITIVE = {"+", "-"}
COMPARING = {"<", "<=", ">", ">=", "==", "!="}
SAME_UNIT_ARGS = {"min": None, "max": None, "clip": None, "if": (1, 2)}  # which arguments must agree
KEEPS_UNIT = {"abs", "round", "floor", "ceil", "trunc", "smooth", "delay", "prev"}


@dataclass(frozen=True)
class UnitProblem:
    """A unit that cannot be read, or an equation that adds or compares different dimensions."""

    variable: str
    field: str
    message: str
    position: int | None = None  # where in the equation, from 0, when the problem is in one

    def __str__(self) -> str:
        return f"{self.variable}.{self.field}: {self.message}"


@cache
def registry() -> pint.UnitRegistry[Any]:
    """Return the unit registry with the study's own units defined (built once: it takes a while)."""
    import pint  # loaded when units are first checked: most sessions start on the charts

    units: pint.UnitRegistry[Any] = pint.UnitRegistry()
    quiet = logging.getLogger("pint.util")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # "point" and "M" are redefined on purpose; pint warns of each
    try:
        for definition in STUDY_UNITS:
            units.define(definition)
    finally:
        quiet.setLevel(level)
    return units


def read_unit(text: str) -> pint.Unit | None:
    """Return the unit `text` names (None when blank); raise ValueError saying why it cannot be read."""
    written = re.sub(r"\s*\([^()]*\)\s*$", "", text.strip())  # a trailing note in parentheses
    written = re.sub(r"^%\s+of\s+\w[\w ]*$", "%", written)  # "% of GDP" is a percentage
    if not written:
        return None
    if len(written) > MAX_UNIT_TEXT:
        raise ValueError(fill(translate("Units", "the unit '%1…' cannot be read (longer than %2 characters)"), text[:40], MAX_UNIT_TEXT))
    parts = re.split(r"\s+per\s+", written, maxsplit=1)
    try:
        unit = registry().parse_units(parts[0].replace("%", "percent"))
        if len(parts) == 2:
            unit = unit / registry().parse_units(parts[1].replace("%", "percent"))
    except Exception as error:
        raise ValueError(fill(translate("Units", "the unit '%1' cannot be read (%2)"), text, _reason(error))) from error
    return unit


def _reason(error: Exception) -> str:
    import pint

    if isinstance(error, pint.errors.UndefinedUnitError):
        names = ", ".join(error.unit_names) if isinstance(error.unit_names, (list, tuple)) else error.unit_names
        return fill(translate("Units", "'%1' is not a known unit"), names)
    return translate("Units", "not a unit expression")


def check_units(study: Study, only: str | None = None) -> list[UnitProblem]:
    """Return every unreadable unit and every equation that adds or compares different dimensions (of `only`'s, if given)."""
    problems: list[UnitProblem] = []
    units: dict[str, Known] = {}
    for variable in study.variables:
        try:
            unit = read_unit(variable.unit)
        except ValueError as error:
            problems.append(UnitProblem(variable.name, "unit", str(error)))
            unit = None
        units[variable.name] = (unit, variable.unit) if unit is not None else None
    try:
        time_unit = read_unit(study.time.unit)
        units["t"] = units["dt"] = (time_unit, study.time.unit) if time_unit is not None else None
    except ValueError as error:
        problems.append(UnitProblem("study", "time unit", str(error)))
    for variable in study.variables:
        if only is not None and variable.name != only:
            continue
        for field_name in ("equation", "initial"):
            text = getattr(variable, field_name)
            if not text.strip():
                continue
            try:
                tree = parse(text)
            except ParseError:
                continue  # the checker reports it
            found: list[tuple[str, int]] = []
            try:
                _unit_of(tree, units, found)
            except RecursionError:  # nested deeper than Python recurses (the engine runs it: it is flattened there)
                problems.append(UnitProblem(variable.name, field_name, "nested too deeply for its units to be checked"))
                continue
            problems += [UnitProblem(variable.name, field_name, fill(translate("Units", "%1 (column %2)"), message, pos + 1), pos)
                         for message, pos in found]
    return [p for p in problems if only is None or p.variable == only]


# A unit and how to show it: as its variable's unit was written, or as pint writes a derived one;
# None when it cannot be known (a variable without a unit, a function that changes units).
# NUMBER: a bare number, any unit beside a sum's other terms and a pure number in a product.
Known = tuple["pint.Unit", str] | Literal["number"] | None
NUMBER: Literal["number"] = "number"


def _known(value: Known) -> TypeGuard[tuple[pint.Unit, str]]:
    return isinstance(value, tuple)


def _unit_of(node: Node, units: dict[str, Known], found: list[tuple[str, int]]) -> Known:
    """Return the node's unit (None: any or unknown), noting each mismatch in `found`."""
    if isinstance(node, Num):
        return NUMBER
    if isinstance(node, Name):
        return units.get(node.id)
    if isinstance(node, Unary):
        inner = _unit_of(node.operand, units, found)
        return None if node.op == "not" else inner
    if isinstance(node, Binary):
        # A long sum is a left-deep chain as deep as it has terms: walk its left spine without recursing.
        spine: list[Binary] = []
        current: Node = node
        while isinstance(current, Binary):
            spine.append(current)
            current = current.left
        unit = _unit_of(current, units, found)
        for step in reversed(spine):
            unit = _combine(step, unit, _unit_of(step.right, units, found), found)
        return unit
    if isinstance(node, Call):
        args = [_unit_of(arg, units, found) for arg in node.args]
        if node.func in SAME_UNIT_ARGS:
            positions = SAME_UNIT_ARGS[node.func] or range(len(args))
            known = [unit for unit in (args[i] for i in positions) if _known(unit)]
            for other in known[1:]:
                if other[0].dimensionality != known[0][0].dimensionality:
                    found.append((fill(translate("Units", "%1() mixes %2 and %3"), node.func, known[0][1], other[1]), node.pos))
                    break
            if known:
                return known[0]
            return NUMBER if all(args[i] == NUMBER for i in positions) else None
        if node.func in KEEPS_UNIT and args:
            return args[0]
        return None
    return None


def _combine(node: Binary, left: Known, right: Known, found: list[tuple[str, int]]) -> Known:
    """Return the unit of `node` from its operands' units, noting a mismatch in `found`."""
    if node.op in ADDITIVE or node.op in COMPARING:
        if _known(left) and _known(right) and left[0].dimensionality != right[0].dimensionality:
            sentence = {"+": translate("Units", "adds %1 to %2"), "-": translate("Units", "subtracts %1 from %2")}.get(
                node.op, translate("Units", "compares %1 with %2"))
            found.append((fill(sentence, right[1], left[1]), node.pos))
        return (left if _known(left) else right) if node.op in ADDITIVE else None
    if node.op in ("*", "/"):
        if right == NUMBER and left is not None:  # scaled by a number: the unit and how it was written stay
            return left
        if left == NUMBER and node.op == "*" and right is not None:
            return right
        if not (_known(left) and _known(right)):
            return None
        unit = left[0] * right[0] if node.op == "*" else left[0] / right[0]
        return unit, f"{unit:P}"
    return None
