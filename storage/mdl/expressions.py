"""Rewrite a Vensim expression as XMILE text, so one translator serves both kinds of model.

Vensim and XMILE share their operators and most functions; they differ in names (Vensim's are
unquoted and may hold spaces), in a few spellings (`:AND:`, `XIDZ`, `SMOOTH3I`, ...) and in
functions that XMILE spells as an expression (`PULSE`, `POWER`). This module only reads the
syntax and respells it; `storage.xmile.translate` decides what every name means.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from models.i18n import QT_TRANSLATE_NOOP, fill, translate

MAX_DEPTH = 200
NA = "-1e+38"  # Vensim's :NA:, the number it uses for "no value"  # nested parentheses and calls in one expression


class MdlSyntaxError(ValueError):
    """Vensim text that cannot be read; `position` is a 0-based character offset."""

    def __init__(self, message: str, position: int):
        super().__init__(message)
        self.message = message
        self.position = position


_TOKEN = re.compile(
    r"\s*(?:(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)"
    r"|(?P<logic>:(?:AND|OR|NOT|NA):)"
    r'|(?P<quoted>"(?:[^"\\]|\\.)*")'
    r"|(?P<name>[^\W\d][\w$'&%]*(?:[ \t]+[^\W\d:][\w$'&%]*|[ \t]+\d[\w$'&%]*)*)"
    r"|(?P<op><=|>=|<>|[-+*/^(),<>=\[\]!]))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Token:
    kind: str  # "num", "name", "logic", "op", "end"
    text: str
    pos: int


def tokenize(text: str) -> list[Token]:
    """Return the tokens of a Vensim expression; a name keeps its inner spaces."""
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            rest = text[pos:]
            start = pos + len(rest) - len(rest.lstrip())
            if start >= len(text):
                break
            if text[start] == "'":  # only file and sheet names are written in single quotes
                raise MdlSyntaxError(translate("Equations", "reading data from files is not supported (external data)"), start)
            raise MdlSyntaxError(fill(translate("Equations", "unexpected character %1"), repr(text[start])), start)
        pos = match.end()
        kind = match.lastgroup or "op"
        value = match.group(kind)
        if kind == "quoted":
            kind, value = "name", value[1:-1]
        elif kind == "logic":
            value = value.upper()
        tokens.append(Token(kind, value, match.start(kind)))
    tokens.append(Token("end", "", len(text)))
    return tokens


def name_key(name: str) -> str:
    """Return a name as Vensim compares names: any case, spaces and underscores alike."""
    return " ".join(name.replace("_", " ").split()).casefold()


def xmile_name(name: str) -> str:
    """Return a Vensim name written as a quoted XMILE name."""
    return '"' + " ".join(name.split()).replace("\\", "\\\\").replace('"', '\\"') + '"'


# Vensim's names for the run's own settings, as XMILE spells them.
SETTINGS = {"time": "TIME", "time step": "DT", "initial time": "STARTTIME", "final time": "STOPTIME"}

Rewrite = Callable[[list[str]], str]
Parsed = TypeVar("Parsed")


def _call(name: str) -> Rewrite:
    return lambda args: f"{name}({', '.join(args)})"


def _pulse(args: list[str]) -> str:
    start, width = args
    # Vensim: 1 from `start` for `width` (at least one step), else 0.
    return f"IF_THEN_ELSE(TIME >= ({start}) AND TIME < ({start}) + MAX(DT, {width}), 1, 0)"


def _pulse_train(args: list[str]) -> str:
    start, width, interval, end = args
    return (f"IF_THEN_ELSE(TIME >= ({start}) AND TIME <= ({end}) AND "
            f"((TIME - ({start})) MOD ({interval})) < MAX(DT, {width}), 1, 0)")


def _trend(args: list[str]) -> str:
    value, time, initial = (f"({a})" for a in args)
    # Vensim: the input's fractional change per time unit against its own first-order smooth, which
    # starts where the initial trend puts it; 0 when the smooth is 0 (ZIDZ).
    average = f"SMTH1({value}, {time}, {value} / (1 + {initial} * {time}))"
    return f"SAFEDIV({value} - {average}, {time} * ABS({average}))"


def _forecast(args: list[str]) -> str:
    value, time, horizon = args
    # Vensim: the input carried forward `horizon` time units at its trend (started at 0).
    return f"(({value}) * (1 + {_trend([value, time, '0'])} * ({horizon})))"


def _quantum(args: list[str]) -> str:
    value, step = (f"({a})" for a in args)
    # Vensim: the whole multiple of `step` towards zero from the value; the value itself for a step <= 0.
    return f"IF_THEN_ELSE({step} <= 0, {value}, {step} * INT({value} / {step}))"


# canonical Vensim function -> (fewest arguments, most arguments, how XMILE writes it)
FUNCTIONS: dict[str, tuple[int, int, Rewrite]] = {
    "if then else": (3, 3, _call("IF_THEN_ELSE")),
    "abs": (1, 1, _call("ABS")), "exp": (1, 1, _call("EXP")), "ln": (1, 1, _call("LN")),
    "sqrt": (1, 1, _call("SQRT")), "sin": (1, 1, _call("SIN")), "cos": (1, 1, _call("COS")),
    "tan": (1, 1, _call("TAN")), "arcsin": (1, 1, _call("ARCSIN")), "arccos": (1, 1, _call("ARCCOS")),
    "arctan": (1, 1, _call("ARCTAN")),
    "sinh": (1, 1, lambda a: f"((EXP({a[0]}) - EXP(-({a[0]}))) / 2)"),
    "cosh": (1, 1, lambda a: f"((EXP({a[0]}) + EXP(-({a[0]}))) / 2)"),
    "tanh": (1, 1, lambda a: f"(1 - 2 / (EXP(2 * ({a[0]})) + 1))"), "min": (2, 2, _call("MIN")), "max": (2, 2, _call("MAX")),
    "log": (2, 2, lambda a: f"(LN({a[0]}) / LN({a[1]}))"),
    "power": (2, 2, lambda a: f"(({a[0]}) ^ ({a[1]}))"),
    "integer": (1, 1, _call("INT")), "modulo": (2, 2, lambda a: f"(({a[0]}) MOD ({a[1]}))"),
    "xidz": (3, 3, _call("SAFEDIV")), "zidz": (2, 2, _call("SAFEDIV")),
    "step": (2, 2, _call("STEP")), "ramp": (2, 3, _call("RAMP")),
    "pulse": (2, 2, _pulse), "pulse train": (4, 4, _pulse_train),
    "smooth": (2, 2, _call("SMTH1")), "smoothi": (3, 3, _call("SMTH1")),
    "smooth3": (2, 2, _call("SMTH3")), "smooth3i": (3, 3, _call("SMTH3")),
    "smooth n": (4, 4, lambda a: f"SMTHN({a[0]}, {a[1]}, {a[3]}, {a[2]})"),
    "delay1": (2, 2, _call("DELAY1")), "delay1i": (3, 3, _call("DELAY1")),
    "delay3": (2, 2, _call("DELAY3")), "delay3i": (3, 3, _call("DELAY3")),
    "delay n": (4, 4, lambda a: f"DELAYN({a[0]}, {a[1]}, {a[3]}, {a[2]})"),
    # The delay time is fixed when the run starts.
    "delay fixed": (3, 3, lambda a: f"DELAY({a[0]}, INIT({a[1]}), {a[2]})"),
    "initial": (1, 1, _call("INIT")), "sample if true": (3, 3, _call("SAMPLE_IF_TRUE")),
    "game": (1, 1, lambda a: a[0]),
    # Over a dimension, written out element by element when arrays are expanded (storage.arrays).
    "sum": (1, 1, _call("SUM")), "prod": (1, 1, _call("PROD")), "vmin": (1, 1, _call("MIN")),
    "vmax": (1, 1, _call("MAX")), "elmcount": (1, 1, _call("SIZE")),
    "trend": (3, 3, _trend), "forecast": (3, 3, _forecast), "quantum": (2, 2, _quantum),
}

# Functions met in Vensim models that have no counterpart here, and what they are about.
# Why each is refused, in the interface's language where it is said (a function's own name stays as it is).
_ARRAYS = QT_TRANSLATE_NOOP("Equations", "arrays")
_ALLOCATION = QT_TRANSLATE_NOOP("Equations", "allocation")
_EXTERNAL = QT_TRANSLATE_NOOP("Equations", "external data")
_RANDOM = QT_TRANSLATE_NOOP("Equations", "random numbers")
NOT_SUPPORTED = {
    "vector select": _ARRAYS, "vector sort order": _ARRAYS, "vector reorder": _ARRAYS, "vector rank": _ARRAYS,
    "vector elm map": _ARRAYS, "vector lookup": _ARRAYS, "tabbed array": _ARRAYS, "invert matrix": _ARRAYS,
    "allocate available": _ALLOCATION, "allocate by priority": _ALLOCATION,
    "get direct data": _EXTERNAL, "get direct constants": _EXTERNAL, "get direct lookups": _EXTERNAL,
    "get direct subscript": _EXTERNAL, "get xls data": _EXTERNAL, "get xls constants": _EXTERNAL,
    "get xls lookups": _EXTERNAL, "get data at time": _EXTERNAL, "get time value": _EXTERNAL,
    "active initial": QT_TRANSLATE_NOOP("Equations", "ACTIVE INITIAL (its value at the start differs from the equation)"),
    "npv": "NPV",
    "delay batch": QT_TRANSLATE_NOOP("Equations", "batch delays"), "delay conveyor": QT_TRANSLATE_NOOP("Equations", "conveyors"),
    "random uniform": _RANDOM, "random normal": _RANDOM, "random 0 1": _RANDOM,
    "a function of": QT_TRANSLATE_NOOP("Equations", "placeholder equations (A FUNCTION OF)"),
    "with lookup": QT_TRANSLATE_NOOP("Equations", "WITH LOOKUP inside an expression"),
    "lookup extrapolate": QT_TRANSLATE_NOOP("Equations", "extrapolating lookups"),
    "lookup forward": "LOOKUP FORWARD", "lookup backward": "LOOKUP BACKWARD",
}


class ExpressionWriter:
    """Recursive descent over a Vensim expression, writing XMILE as it goes (loosest first)."""

    def __init__(self, text: str):
        self.text = text
        self.tokens = tokenize(text)
        self.index = 0
        self.depth = 0

    def write(self) -> str:
        """Return the whole expression as XMILE text."""
        if self.peek().kind == "end":
            raise MdlSyntaxError(translate("Equations", "equation is empty"), 0)
        out = self.disjunction()
        token = self.peek()
        if token.kind != "end":
            raise MdlSyntaxError(fill(translate("Equations", "unexpected %1"), describe(token)), token.pos)
        return out

    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str) -> Token:
        token = self.take()
        if token.text != text:
            raise MdlSyntaxError(fill(translate("Equations", "expected '%1', found %2"), text, describe(token)), token.pos)
        return token

    def disjunction(self) -> str:
        out = self.conjunction()
        while self.peek().text == ":OR:":
            self.take()
            out = f"{out} OR {self.conjunction()}"
        return out

    def conjunction(self) -> str:
        out = self.negation()
        while self.peek().text == ":AND:":
            self.take()
            out = f"{out} AND {self.negation()}"
        return out

    def negation(self) -> str:
        if self.peek().text == ":NOT:":
            self.take()
            return f"NOT ({self.negation()})"
        return self.comparison()

    def comparison(self) -> str:
        out = self.additive()
        while self.peek().text in ("<", "<=", ">", ">=", "=", "<>"):
            op = self.take().text
            out = f"{out} {op} {self.additive()}"
        return out

    def additive(self) -> str:
        parts = [self.multiplicative()]
        while self.peek().text in ("+", "-"):
            parts += [self.take().text, self.multiplicative()]
        return " ".join(parts)

    def multiplicative(self) -> str:
        parts = [self.unary()]
        while self.peek().text in ("*", "/"):
            parts += [self.take().text, self.unary()]
        return " ".join(parts)

    def unary(self) -> str:
        if self.peek().text in ("-", "+"):
            op = self.take().text
            return f"{op}{self.unary()}"
        return self.power()

    def power(self) -> str:
        base = self.atom()
        if self.peek().text == "^":
            self.take()
            # Vensim reads a^b^c as a^(b^c) (its output for 4^3^2 is 262144); XMILE text is read left to right.
            return f"{base} ^ ({self.unary()})"
        return base

    def atom(self) -> str:
        token = self.take()
        if token.kind == "num":
            return token.text
        if token.text == ":NA:":
            return NA
        if token.text == "(":
            return f"({self.nested(self.disjunction)})"
        if token.kind == "name":
            if self.peek().text == "[":
                return self.subscripted(token)
            if self.peek().text == "(":
                return self.call(token)
            key = name_key(token.text)
            return SETTINGS.get(key, xmile_name(token.text))
        raise MdlSyntaxError(fill(translate("Equations", "unexpected %1"), describe(token)), token.pos)

    def subscripted(self, name: Token) -> str:
        """Return `name[a, b!]` (and a lookup's call after it) with XMILE's quoted names."""
        opener = self.take()
        subs: list[str] = []
        while True:
            token = self.take()
            if token.kind == "name":
                subs.append(xmile_name(token.text) + ("!" if self.peek().text == "!" and self.take() else ""))
            elif token.kind == "num":
                subs.append(token.text)
            else:
                raise MdlSyntaxError(fill(translate("Equations", "a subscript must be a range or an element, not %1"), describe(token)),
                                     token.pos)
            if self.peek().text == "]":
                self.take()
                break
            if self.take().text != ",":
                raise MdlSyntaxError(fill(translate("Equations", "expected ',' or ']' to close the '[' at column %1"), opener.pos + 1),
                                     token.pos)
        out = f"{xmile_name(name.text)}[{', '.join(subs)}]"
        if self.peek().text == "(":
            self.take()
            out += f"({', '.join(self.nested(self.arguments))})"
        return out

    def nested(self, parse: Callable[[], Parsed]) -> Parsed:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise MdlSyntaxError(fill(translate("Equations", "more than %1 nested parentheses"), MAX_DEPTH), self.peek().pos)
        try:
            out = parse()
            self.expect(")")
            return out
        finally:
            self.depth -= 1

    def call(self, name: Token) -> str:
        key = name_key(name.text)
        self.take()  # "("
        no_args: Callable[[], list[str]] = list
        args = self.nested(self.arguments if self.peek().text != ")" else no_args)
        if key in NOT_SUPPORTED:
            raise MdlSyntaxError(fill(translate("Equations", "%1 is not supported (%2)"), name.text.upper(),
                                      translate("Equations", NOT_SUPPORTED[key])), name.pos)
        if key in FUNCTIONS:
            low, high, rewrite = FUNCTIONS[key]
            if not low <= len(args) <= high:
                raise MdlSyntaxError(fill(translate("FileErrors", "%1 takes %2 arguments, not %3"), name.text.upper(), low, len(args))
                                     if low == high else
                                     fill(translate("FileErrors", "%1 takes %2 to %3 arguments, not %4"), name.text.upper(), low, high,
                                          len(args)), name.pos)
            return rewrite(args)
        # Anything else is a call of a lookup table by its name (checked by the translator).
        return f"{xmile_name(name.text)}({', '.join(args)})"

    def arguments(self) -> list[str]:
        args = [self.disjunction()]
        while self.peek().text == ",":
            self.take()
            args.append(self.disjunction())
        return args


def describe(token: Token) -> str:
    """Return a token as a message names it."""
    return translate("Equations", "the end of the equation") if token.kind == "end" else f"'{token.text}'"


def to_xmile(text: str) -> str:
    """Return a Vensim expression as XMILE text; raise MdlSyntaxError naming the position of a problem."""
    return ExpressionWriter(text).write()
