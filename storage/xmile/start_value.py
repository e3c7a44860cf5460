"""The value an equation has when the run starts, worked out at import, for what must be fixed then.

A delay's or smooth's order decides how many internal stocks it has, so Vensim reads it once, when
the run starts (a model may give it as `2 + STEP(1, 10)`: the order is 2). Only what is certain at
import is worked out: numbers, arithmetic, STEP and a few pure functions of them, and names whose own
equations are of that kind; anything else (a stock, a lookup, time beyond the start) gives None.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable

from models.language.equations import Binary, Call, Name, Node, Num, Unary, operands
from storage.xmile.equations import XmileSyntaxError, canonical, parse_xmile
from storage.xmile.reader import Entry

_ARITHMETIC: dict[str, Callable[[float, float], float]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}
_PURE: dict[str, Callable[..., float]] = {
    "abs": abs, "min": min, "max": max, "exp": math.exp, "ln": math.log, "sqrt": math.sqrt,
    "trunc": math.trunc, "floor": math.floor, "int": math.floor,
}


def variable_at_start(entries: dict[str, Entry], key: str, start: float, seen: frozenset[str] = frozenset()) -> float | None:
    """Return the value of the model's variable `key` at time `start`, or None when it is not known at import."""
    entry = entries.get(key)
    if entry is None or entry.kind == "stock" or entry.graph is not None or not entry.equation or key in seen:
        return None
    try:
        equation = parse_xmile(entry.equation)
    except XmileSyntaxError:
        return None
    return value_at_start(equation, start, lambda name: variable_at_start(entries, canonical(name), start, seen | {key}))


def value_at_start(node: Node, start: float, name_value: Callable[[str], float | None]) -> float | None:
    """Return `node`'s value at time `start`, or None when it cannot be known before the run."""
    try:
        return _value(node, start, name_value)
    except (ArithmeticError, ValueError):  # 1/0, ln(-1), an overflow: not a value an order can take
        return None


def _value(node: Node, start: float, name_value: Callable[[str], float | None]) -> float | None:
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Name):
        return start if node.id.lower() in ("time", "t") else name_value(node.id)
    parts = [_value(part, start, name_value) for part in operands(node)]
    if any(part is None for part in parts):
        return None
    numbers = [float(part) for part in parts if part is not None]
    if isinstance(node, Unary):
        return -numbers[0] if node.op == "-" else numbers[0] if node.op == "+" else None
    if isinstance(node, Binary):
        operation = _ARITHMETIC.get(node.op)
        return float(operation(*numbers)) if operation is not None else None
    assert isinstance(node, Call)
    if node.func.lower() == "step" and len(numbers) == 2:
        height, when = numbers
        return height if start >= when else 0.0
    function = _PURE.get(node.func.lower())
    return float(function(*numbers)) if function is not None else None

