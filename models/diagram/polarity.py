"""The sign of each link: does raising the cause raise (+) or lower (−) the effect, all else held still?

Read from the equation's shape first (sums, products by known signs, monotone functions). Where the
shape does not say (a product by a variable of unknown sign, a condition on the cause), the equation
is evaluated a little above and below the values it has at the reference point; a link is signed that
way only when both sides agree, and it says it was found numerically. Otherwise it is unknown.
A stock's equation is its net change, so an inflow's link is + and an outflow's is −, as drawn.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from models.language.equations import Binary, Call, Name, Node, Num, ParseError, Unary, parse

Sign = Literal[1, -1, 0] | None  # None: unknown
Method = Literal["structure", "numeric", "unknown"]

INCREASING = {"exp", "ln", "log10", "sqrt", "round", "floor", "ceil", "trunc", "smooth", "delay", "prev",
              "asin", "atan"}
# Stateful functions are read at their steady state (the input itself) when probing numerically.
IDENTITY = {"smooth", "delay", "prev"}
STEP = 1e-4


@dataclass(frozen=True)
class LinkSign:
    """A link's polarity and how it was found."""

    sign: Sign
    method: Method

    @property
    def symbol(self) -> str:
        """Return +, − or ? for the diagram and the loop list."""
        return {1: "+", -1: "−"}.get(self.sign or 0, "?")


def link_sign(equation: str, cause: str, values: Mapping[str, float] | None = None) -> LinkSign:
    """Return the polarity of `cause` in `equation`, by its shape or else numerically at `values`."""
    try:
        tree = parse(equation)
    except ParseError:
        return LinkSign(None, "unknown")
    known = values or {}
    try:
        sign = _slope(tree, cause, known)
        if sign in (1, -1):
            return LinkSign(sign, "structure")
        if values is not None and cause in values:
            probed = _probe(tree, cause, values)
            if probed is not None:
                return LinkSign(probed, "numeric")
    except RecursionError:  # an equation nested deeper than Python recurses: its sign is not told, not guessed
        pass
    return LinkSign(None, "unknown")


def _mul(a: Sign, b: Sign) -> Sign:
    if a == 0 or b == 0:
        return 0
    if a is None or b is None:
        return None
    return 1 if a == b else -1


def _add(a: Sign, b: Sign) -> Sign:
    if a == 0:
        return b
    if b == 0:
        return a
    return a if a == b else None


def _neg(a: Sign) -> Sign:
    return None if a is None else 1 if a == -1 else -1 if a == 1 else 0


def _value_sign(node: Node, values: Mapping[str, float]) -> Sign:
    """Return the sign of the node's value when it is plain (a number, a name with a known value)."""
    if isinstance(node, Num):
        return _sign_of(node.value)
    if isinstance(node, Name):
        value = values.get(node.id)
        return None if value is None else _sign_of(value)
    if isinstance(node, Unary) and node.op == "-":
        return _neg(_value_sign(node.operand, values))
    if isinstance(node, Binary) and node.op in ("*", "/"):
        return _mul(_value_sign(node.left, values), _value_sign(node.right, values))
    if isinstance(node, Binary) and node.op == "+":
        left, right = _value_sign(node.left, values), _value_sign(node.right, values)
        return left if left == right else None
    return None


def _sign_of(value: float) -> Sign:
    if not math.isfinite(value):
        return None
    return 1 if value > 0 else -1 if value < 0 else 0


def _depends(node: Node, cause: str) -> bool:
    """Return whether `cause` appears in the node (walked with a stack: a long sum is as deep as it is long)."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Name):
            if current.id == cause:
                return True
        elif isinstance(current, Unary):
            stack.append(current.operand)
        elif isinstance(current, Binary):
            stack += (current.left, current.right)
        elif isinstance(current, Call):
            stack += current.args
    return False


def _slope(node: Node, cause: str, values: Mapping[str, float]) -> Sign:
    """Return the sign of d(node)/d(cause) from the node's shape (None when the shape does not say)."""
    if not _depends(node, cause):
        return 0
    if isinstance(node, Name):
        return 1
    if isinstance(node, Unary):
        return _neg(_slope(node.operand, cause, values)) if node.op == "-" else (
            _slope(node.operand, cause, values) if node.op == "+" else None)
    if isinstance(node, Binary) and node.op in ("+", "-"):
        # Down the left spine of a sum without recursing: ten thousand terms are ten thousand levels.
        spine: list[Binary] = []
        current: Node = node
        while isinstance(current, Binary) and current.op in ("+", "-"):
            spine.append(current)
            current = current.left
        total = _slope(current, cause, values)
        for step in reversed(spine):
            term = _slope(step.right, cause, values)
            total = _add(total, term if step.op == "+" else _neg(term))
        return total
    if isinstance(node, Binary):
        left, right = _slope(node.left, cause, values), _slope(node.right, cause, values)
        if node.op == "+":
            return _add(left, right)
        if node.op == "-":
            return _add(left, _neg(right))
        if node.op == "*":
            return _add(_mul(left, _value_sign(node.right, values)), _mul(_value_sign(node.left, values), right))
        if node.op == "/":
            # d(a/b) = (da·b − a·db) / b²: the square is positive.
            return _add(_mul(left, _value_sign(node.right, values)),
                        _neg(_mul(_value_sign(node.left, values), right)))
        if node.op == "^" and isinstance(node.right, Num) and not _depends(node.right, cause):
            base = _value_sign(node.left, values)
            if base == 1:
                return _mul(left, _sign_of(node.right.value))
        return None
    if isinstance(node, Call):
        args = [_slope(arg, cause, values) for arg in node.args]
        if node.func in ("min", "max"):
            found: Sign = 0
            for sign in args:
                found = _add(found, sign)
            return found
        if node.func == "clip":
            return _add(_add(args[0], args[1]), args[2])
        if node.func == "if":
            return _add(args[1], args[2]) if args[0] == 0 else None
        if node.func in INCREASING and len(args) >= 1 and all(a == 0 for a in args[1:]):
            return args[0]
        if node.func == "abs":
            return _mul(args[0], _value_sign(node.args[0], values))
        return None
    return None


def _probe(tree: Node, cause: str, values: Mapping[str, float]) -> Sign:
    """Return the sign of the change when `cause` moves a little each way, if both ways agree."""
    at = values[cause]
    step = STEP * max(abs(at), 1.0)
    try:
        middle = evaluate(tree, values)
        up = evaluate(tree, {**values, cause: at + step})
        down = evaluate(tree, {**values, cause: at - step})
    except (ArithmeticError, ValueError, KeyError):
        return None
    rising, falling = _sign_of(up - middle), _sign_of(middle - down)
    return rising if rising == falling and rising != 0 else None


def evaluate(node: Node, values: Mapping[str, float]) -> float:
    """Return the node's value at `values` (stateful functions at their steady state); KeyError for a missing name."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Name):
        return float(values[node.id])
    if isinstance(node, Unary):
        inner = evaluate(node.operand, values)
        return -inner if node.op == "-" else (float(not inner) if node.op == "not" else inner)
    if isinstance(node, Binary):
        a, b = evaluate(node.left, values), evaluate(node.right, values)
        return _BINARY[node.op](a, b)
    if isinstance(node, Call):
        args = [evaluate(arg, values) for arg in node.args]
        func = node.func
        if func == "if":
            return args[1] if args[0] else args[2]
        if func in IDENTITY:
            return args[0]
        if func == "lookup":
            return _lookup(args[0], args[1:])
        if func in _CALLS:
            return _CALLS[func](*args)
    raise ValueError("not evaluated")


def _lookup(x: float, points: list[float]) -> float:
    xs, ys = points[0::2], points[1::2]
    if x <= xs[0]:
        return ys[0]
    for (x0, y0), (x1, y1) in zip(zip(xs, ys), zip(xs[1:], ys[1:])):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0) if x1 != x0 else y1
    return ys[-1]


_BINARY: dict[str, Callable[[float, float], float]] = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
    "^": lambda a, b: math.pow(a, b), "<": lambda a, b: float(a < b), "<=": lambda a, b: float(a <= b),
    ">": lambda a, b: float(a > b), ">=": lambda a, b: float(a >= b), "==": lambda a, b: float(a == b),
    "!=": lambda a, b: float(a != b), "and": lambda a, b: float(bool(a) and bool(b)),
    "or": lambda a, b: float(bool(a) or bool(b)),
}
_CALLS: dict[str, Callable[..., float]] = {
    "min": min, "max": max, "abs": abs, "exp": math.exp, "ln": math.log, "log10": math.log10, "sqrt": math.sqrt,
    "clip": lambda x, low, high: min(max(x, low), high), "round": round, "floor": math.floor, "ceil": math.ceil,
    "trunc": math.trunc, "mod": math.fmod, "rem": math.remainder, "sin": math.sin, "cos": math.cos,
    "tan": math.tan, "asin": math.asin, "acos": math.acos, "atan": math.atan,
}
