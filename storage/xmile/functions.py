"""XMILE's built-in functions, each written in the equation language with XMILE's meaning.

Where XMILE and our language differ the translation says so: XMILE's PULSE is a one-step
impulse of `magnitude / DT`; DELAY is a pipeline delay, as ours is; DELAY1, DELAY3 and DELAYN
are material delays, built as chains of stocks so they stay exact when the delay time changes;
SMTH3 and SMTHN are chains of first-order smooths; INIT is a stock that never changes. INT and
MOD follow the tool that wrote the file: Vensim truncates toward zero, XMILE rounds down.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Protocol

from models.i18n import fill, translate
from models.language.equations import Binary, Call, Name, Node, Num, Unary

MAX_ORDER = 100  # stages in DELAYN or SMTHN


class Context(Protocol):
    """What a translation needs from the model being built."""

    vensim: bool
    start: float
    stop: float

    def shared(self, node: Node) -> Node:
        """Return `node`, or a name for it when repeating it would repeat its state."""

    def new_stocks(self, what: str, count: int) -> list[str]:
        """Return fresh names for the internal stocks of one built-in call."""

    def add_stock(self, name: str, what: str, initial: Node, rate: Node) -> None:
        """Add an internal stock to the model."""

    def problem(self, message: str, node: Node) -> None:
        """Record a problem at `node`."""

    def fixed_value(self, node: Node) -> float | None:
        """Return the number `node` is: a literal, or a variable whose equation is a plain number."""


Handler = Callable[[Context, tuple[Node, ...], Call], Node]


def _div(a: Node, b: Node) -> Node:
    return Binary("/", a, b, a.pos)


def _stage(tau: Node, order: int) -> Node:
    return tau if order == 1 else _div(tau, Num(float(order), tau.pos))


def _order(ctx: Context, node: Node, call: Call) -> int | None:
    value = ctx.fixed_value(node)
    if value is None or value != int(value) or not 1 <= value <= MAX_ORDER:
        ctx.problem(fill(translate("FileErrors", "the order of %1 must be a whole number from 1 to %2"), call.func.upper(), MAX_ORDER), call)
        return None
    return int(value)


def _renamed(target: str) -> Handler:
    return lambda ctx, args, call: Call(target, args, call.pos)


def _material_delay(ctx: Context, what: str, x: Node, tau: Node, order: int, initial: Node | None) -> Node:
    """Return the output of `order` stocks in a row, each emptying at rate content / (tau / order)."""
    tau = ctx.shared(tau)
    if initial is None:
        x = initial = ctx.shared(x)  # the input is also every stage's starting level
    else:
        initial = ctx.shared(initial)
    stage = _stage(tau, order)
    names = ctx.new_stocks(what, order)
    for k, name in enumerate(names):
        inflow = x if k == 0 else _div(Name(names[k - 1], x.pos), stage)
        rate = Binary("-", inflow, _div(Name(name, x.pos), stage), x.pos)
        label = what if order == 1 else f"stage {k + 1} of {what}"
        ctx.add_stock(name, label, Binary("*", initial, stage, x.pos), rate)
    return _div(Name(names[-1], x.pos), stage)


def _smooth_chain(ctx: Context, x: Node, tau: Node, order: int, initial: Node | None) -> Node:
    """Return `order` first-order smooths in a row, each with a `tau / order` time constant."""
    if order > 1:
        tau = ctx.shared(tau)
        initial = None if initial is None else ctx.shared(initial)
    stage = _stage(tau, order)
    node = x
    for _ in range(order):
        node = Call("smooth", (node, stage) + (() if initial is None else (initial,)), x.pos)
    return node


def _delayed(what: str, order: int | None) -> Handler:
    def handle(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
        stages = order if order is not None else _order(ctx, args[2], call)
        if stages is None:
            return Num(0.0, call.pos)
        rest = args[2:] if order is not None else args[3:]
        return _material_delay(ctx, what, args[0], args[1], stages, rest[0] if rest else None)
    return handle


def _smoothed(order: int | None) -> Handler:
    def handle(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
        stages = order if order is not None else _order(ctx, args[2], call)
        if stages is None:
            return Num(0.0, call.pos)
        rest = args[2:] if order is not None else args[3:]
        return _smooth_chain(ctx, args[0], args[1], stages, rest[0] if rest else None)
    return handle


def _pulse(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
    dt = Name("dt", call.pos)
    first = args[1] if len(args) > 1 else Num(ctx.start, call.pos)
    extra = (dt, args[2]) if len(args) > 2 else ()
    return Call("pulse", (_div(args[0], dt), first) + extra, call.pos)


def _safediv(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
    denominator = ctx.shared(args[1])
    otherwise = args[2] if len(args) > 2 else Num(0.0, call.pos)
    zero = Binary("==", denominator, Num(0.0, call.pos), call.pos)
    return Call("if", (zero, otherwise, _div(args[0], denominator)), call.pos)


def _init(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
    name = ctx.new_stocks("INIT", 1)[0]
    ctx.add_stock(name, "INIT", args[0], Num(0.0, call.pos))
    return Name(name, call.pos)


def _sample_if_true(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
    """Vensim's SAMPLE IF TRUE: the input while the condition holds, else the value it last took.

    What it last took is a stock that becomes, each step, the value of the step before (it moves by
    its whole gap in one step of DT); it starts at the third argument.
    """
    if not ctx.vensim:
        ctx.problem(fill(translate("FileErrors", "'%1' is not a function Prospectiva can translate"), "SAMPLE_IF_TRUE"), call)
    condition, value = ctx.shared(args[0]), ctx.shared(args[1])
    held = ctx.new_stocks("SAMPLE", 1)[0]
    sampled = Call("if", (condition, value, Name(held, call.pos)), call.pos)
    ctx.add_stock(held, "SAMPLE IF TRUE", args[2], _div(Binary("-", sampled, Name(held, call.pos), call.pos), Name("dt", call.pos)))
    return sampled


def _whole(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
    return Call("trunc" if ctx.vensim else "floor", args, call.pos)


def _remainder(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
    return Call("rem" if ctx.vensim else "mod", args, call.pos)


def _extreme(name: str) -> Handler:
    def handle(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
        if len(args) == 1:
            ctx.problem(fill(translate("FileErrors", "%1 of one argument works on arrays, which are not supported"), name.upper()), call)
        return Call(name, args, call.pos)
    return handle


def _hyperbolic(name: str) -> Handler:
    """Stella's SINH, COSH and TANH, written with exp (which every back end has) as their definitions."""
    def handle(ctx: Context, args: tuple[Node, ...], call: Call) -> Node:
        x = ctx.shared(args[0])
        up, down = Call("exp", (x,), call.pos), Call("exp", (Unary("-", x, call.pos),), call.pos)
        if name == "tanh":  # 1 - 2 / (e^2x + 1): no overflow to inf / inf for a large x
            twice = Call("exp", (Binary("*", Num(2.0, call.pos), x, call.pos),), call.pos)
            return Binary("-", Num(1.0, call.pos), _div(Num(2.0, call.pos), Binary("+", twice, Num(1.0, call.pos), call.pos)), call.pos)
        return _div(Binary("-" if name == "sinh" else "+", up, down, call.pos), Num(2.0, call.pos))
    return handle


# canonical XMILE name -> (fewest arguments, most arguments, translation)
BUILTINS: dict[str, tuple[int, int, Handler]] = {
    "abs": (1, 1, _renamed("abs")), "exp": (1, 1, _renamed("exp")), "ln": (1, 1, _renamed("ln")),
    "log10": (1, 1, _renamed("log10")), "sqrt": (1, 1, _renamed("sqrt")),
    "sin": (1, 1, _renamed("sin")), "cos": (1, 1, _renamed("cos")), "tan": (1, 1, _renamed("tan")),
    "arcsin": (1, 1, _renamed("asin")), "arccos": (1, 1, _renamed("acos")), "arctan": (1, 1, _renamed("atan")),
    "min": (1, 32, _extreme("min")), "max": (1, 32, _extreme("max")),
    "int": (1, 1, _whole), "mod": (2, 2, _remainder),
    "if": (3, 3, _renamed("if")), "if then else": (3, 3, _renamed("if")),
    "step": (2, 2, _renamed("step")), "ramp": (2, 3, _renamed("ramp")), "pulse": (1, 3, _pulse),
    "delay": (2, 3, _renamed("delay")),
    "delay1": (2, 3, _delayed("DELAY1", 1)), "delay3": (2, 3, _delayed("DELAY3", 3)),
    "delayn": (3, 4, _delayed("DELAYN", None)),
    "smth1": (2, 3, _smoothed(1)), "smth3": (2, 3, _smoothed(3)), "smthn": (3, 4, _smoothed(None)),
    "safediv": (2, 3, _safediv), "init": (1, 1, _init), "sample if true": (3, 3, _sample_if_true),
    "pi": (0, 0, lambda ctx, args, call: Num(math.pi, call.pos)),
    "sinh": (1, 1, _hyperbolic("sinh")), "cosh": (1, 1, _hyperbolic("cosh")), "tanh": (1, 1, _hyperbolic("tanh")),
}

def constants(ctx: Context) -> dict[str, Node]:
    """Return the built-in names XMILE equations may use without calling them."""
    return {"time": Name("t", 0), "dt": Name("dt", 0), "starttime": Num(ctx.start, 0),
            "stoptime": Num(ctx.stop, 0), "pi": Num(math.pi, 0)}
