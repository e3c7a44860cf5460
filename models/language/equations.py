"""The equation language: tokenise and parse user text into a tree of whitelisted nodes.

Nothing here evaluates anything. The parser is hand-written (not Python's `ast`) because
our `^` is power binding tighter than unary minus and `if` is an ordinary function.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from models.i18n import fill, translate

MAX_TEXT = 100_000  # characters in one equation: a sum of 10,000 terms fits
MAX_NODES = 50_000  # nodes in one parsed tree
MAX_DEPTH = 60  # nested brackets, calls and unary operators; keeps recursion far from Python's limit

# name -> (fewest arguments, most arguments, signature shown to users)
FUNCTIONS: dict[str, tuple[int, int, str]] = {
    "if": (3, 3, "if(condition, then, else)"),
    "min": (2, 32, "min(a, b, ...)"),
    "max": (2, 32, "max(a, b, ...)"),
    "abs": (1, 1, "abs(x)"),
    "exp": (1, 1, "exp(x)"),
    "ln": (1, 1, "ln(x)"),
    "log10": (1, 1, "log10(x)"),
    "sqrt": (1, 1, "sqrt(x)"),
    "clip": (3, 3, "clip(x, low, high)"),
    "round": (1, 1, "round(x)"),
    "floor": (1, 1, "floor(x)"),
    "ceil": (1, 1, "ceil(x)"),
    "trunc": (1, 1, "trunc(x)"),
    "mod": (2, 2, "mod(a, b)"),
    "rem": (2, 2, "rem(a, b)"),
    "sin": (1, 1, "sin(x)"),
    "cos": (1, 1, "cos(x)"),
    "tan": (1, 1, "tan(x)"),
    "asin": (1, 1, "asin(x)"),
    "acos": (1, 1, "acos(x)"),
    "atan": (1, 1, "atan(x)"),
    "step": (2, 2, "step(height, start)"),
    "ramp": (2, 3, "ramp(slope, start[, end])"),
    "pulse": (2, 4, "pulse(height, start[, width[, interval]])"),
    "smooth": (2, 3, "smooth(x, tau[, initial])"),
    "delay": (2, 3, "delay(x, tau[, initial])"),
    "prev": (1, 2, "prev(x[, initial])"),
    "lookup": (3, 1001, "lookup(x, x0, y0, x1, y1, ...)"),
}
STATEFUL = {"smooth", "delay", "prev"}
KEYWORDS = {"and", "or", "not"}
BUILTIN_NAMES = {"t", "dt"}
RESERVED = KEYWORDS | BUILTIN_NAMES | set(FUNCTIONS)


class ParseError(ValueError):
    """An equation that is not well formed; `position` is a 0-based character offset."""

    def __init__(self, message: str, position: int):
        super().__init__(message)
        self.message = message
        self.position = position


@dataclass(frozen=True, slots=True)
class Num:
    value: float
    pos: int


@dataclass(frozen=True, slots=True)
class Name:
    id: str
    pos: int


@dataclass(frozen=True, slots=True)
class Unary:
    op: str  # "-", "+", "not"
    operand: Node
    pos: int


@dataclass(frozen=True, slots=True)
class Binary:
    op: str  # + - * / ^ < <= > >= == != and or
    left: Node
    right: Node
    pos: int


@dataclass(frozen=True, slots=True)
class Call:
    func: str
    args: tuple[Node, ...]
    pos: int


Node = Num | Name | Unary | Binary | Call

_TOKEN = re.compile(
    r"\s*(?:(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)"
    r"|(?P<name>[A-Za-z_][A-Za-z_0-9]*)"
    r"|(?P<op><=|>=|==|!=|<>|[-+*/^(),<>=]))"
)
_COMPARE = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "==": "==", "=": "==", "!=": "!=", "<>": "!="}


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "num", "name", "op", "end"
    text: str
    pos: int


def tokenize(text: str) -> list[_Token]:
    """Split equation text into tokens, refusing any character outside the language."""
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            start = pos + len(text[pos:]) - len(text[pos:].lstrip())
            if start >= len(text):
                break
            raise ParseError(fill(translate("Equations", "unexpected character %1"), repr(text[start])), start)
        kind = match.lastgroup
        assert kind is not None
        tokens.append(_Token(kind, match.group(kind), match.start(kind)))
        pos = match.end()
    tokens.append(_Token("end", "", len(text)))
    return tokens


def parse(text: str) -> Node:
    """Parse one equation into a tree; raise ParseError naming the position of the first problem."""
    if len(text) > MAX_TEXT:
        raise ParseError(fill(translate("Equations", "equation is too long (%1 characters; the limit is %2)"), len(text), MAX_TEXT), MAX_TEXT)
    if not text.strip():
        raise ParseError(translate("Equations", "equation is empty"), 0)
    return _Parser(tokenize(text)).parse()


class _Parser:
    """Recursive descent, lowest precedence first: or, and, not, comparison, + -, * /, unary, ^."""

    def __init__(self, tokens: list[_Token]):
        self.tokens = tokens
        self.index = 0
        self.depth = 0
        self.nodes = 0

    def parse(self) -> Node:
        node = self.or_expr()
        token = self.peek()
        if token.kind != "end":
            raise ParseError(fill(translate("Equations", "unexpected %1"), _describe(token)), token.pos)
        return node

    # -- helpers
    def peek(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def accept(self, text: str) -> _Token | None:
        token = self.peek()
        if token.kind in ("op", "name") and token.text == text:
            self.index += 1
            return token
        return None

    def made(self, node: Node) -> Node:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise ParseError(fill(translate("Equations", "equation is too large (more than %1 parts)"), MAX_NODES), node.pos)
        return node

    def enter(self, pos: int) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError(fill(translate("Equations", "equation is nested too deeply (more than %1 levels)"), MAX_DEPTH), pos)

    # -- grammar
    def or_expr(self) -> Node:
        node = self.and_expr()
        while token := self.accept("or"):
            node = self.made(Binary("or", node, self.and_expr(), token.pos))
        return node

    def and_expr(self) -> Node:
        node = self.not_expr()
        while token := self.accept("and"):
            node = self.made(Binary("and", node, self.not_expr(), token.pos))
        return node

    def not_expr(self) -> Node:
        if token := self.accept("not"):
            self.enter(token.pos)
            node = self.made(Unary("not", self.not_expr(), token.pos))
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> Node:
        node = self.additive()
        token = self.peek()
        if token.kind == "op" and token.text in _COMPARE:
            self.take()
            node = self.made(Binary(_COMPARE[token.text], node, self.additive(), token.pos))
            after = self.peek()
            if after.kind == "op" and after.text in _COMPARE:
                raise ParseError(translate("Equations", "comparisons cannot be chained; join them with 'and'"), after.pos)
        return node

    def additive(self) -> Node:
        node = self.term()
        while (token := self.peek()).kind == "op" and token.text in "+-":
            self.take()
            node = self.made(Binary(token.text, node, self.term(), token.pos))
        return node

    def term(self) -> Node:
        node = self.unary()
        while (token := self.peek()).kind == "op" and token.text in "*/":
            self.take()
            node = self.made(Binary(token.text, node, self.unary(), token.pos))
        return node

    def unary(self) -> Node:
        token = self.peek()
        if token.kind == "op" and token.text in "+-":
            self.take()
            self.enter(token.pos)
            node = self.made(Unary(token.text, self.unary(), token.pos))
            self.depth -= 1
            return node
        return self.power()

    def power(self) -> Node:
        base = self.atom()
        if token := self.accept("^"):
            # The exponent is a unary so that 2^-1 works and 2^3^2 groups to the right.
            self.enter(token.pos)
            node = self.made(Binary("^", base, self.unary(), token.pos))
            self.depth -= 1
            return node
        return base

    def atom(self) -> Node:
        token = self.take()
        if token.kind == "num":
            return self.made(Num(float(token.text), token.pos))
        if token.kind == "name" and token.text in KEYWORDS:
            raise ParseError(fill(translate("Equations", "'%1' needs a value before it"), token.text), token.pos)
        if token.kind == "name":
            if self.accept("("):
                return self.call(token)
            return self.made(Name(token.text, token.pos))
        if token.kind == "op" and token.text == "(":
            self.enter(token.pos)
            node = self.or_expr()
            self.expect(")", token)
            self.depth -= 1
            return node
        raise ParseError(fill(translate("Equations", "expected a number, a name or '(' but found %1"), _describe(token)), token.pos)

    def call(self, name: _Token) -> Node:
        self.enter(name.pos)
        args: list[Node] = []
        if not self.accept(")"):
            args.append(self.or_expr())
            while self.accept(","):
                args.append(self.or_expr())
            self.expect(")", name)
        self.depth -= 1
        return self.made(Call(name.text, tuple(args), name.pos))

    def expect(self, text: str, opener: _Token) -> None:
        if not self.accept(text):
            token = self.peek()
            raise ParseError(
                fill(translate("Equations", "expected '%1' to close the '(' at column %2 but found %3"), text, opener.pos + 1, _describe(token)),
                token.pos,
            )


def _describe(token: _Token) -> str:
    if token.kind == "end":
        return translate("Equations", "the end of the equation")
    return f"'{token.text}'"


def names_in(node: Node) -> list[Name]:
    """Return every variable reference in a tree, in reading order."""
    found: list[Name] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Name):
            found.append(current)
        elif isinstance(current, Unary):
            stack.append(current.operand)
        elif isinstance(current, Binary):
            stack.extend((current.right, current.left))
        elif isinstance(current, Call):
            stack.extend(reversed(current.args))
    return found


def is_identifier(name: str) -> bool:
    """Say whether `name` can name a variable (an identifier that is not reserved)."""
    return bool(re.fullmatch(r"[A-Za-z_][A-Za-z_0-9]*", name)) and name not in RESERVED


# Binding strength of each operator, loosest first, as the parser above reads them.
_PRECEDENCE = {"or": 1, "and": 2, "not": 3, "<": 4, "<=": 4, ">": 4, ">=": 4, "==": 4, "!=": 4,
               "+": 5, "-": 5, "*": 6, "/": 6, "unary": 7, "^": 8}


def format_equation(node: Node) -> str:
    """Write a tree back as equation text that parses to the same tree (brackets only where needed)."""
    # An explicit stack, not recursion: a sum of thousands of terms is a tree thousands deep.
    texts: dict[int, str] = {}
    stack: list[tuple[Node, bool]] = [(node, False)]
    while stack:
        current, ready = stack.pop()
        children = operands(current)
        if children and not ready:
            stack.append((current, True))
            stack.extend((child, False) for child in reversed(children))
        else:
            texts[id(current)] = _format_one(current, texts)
    return texts[id(node)]


def operands(node: Node) -> tuple[Node, ...]:
    """Return the nodes `node` is made of: an operator's operands, a call's arguments (none for a leaf)."""
    if isinstance(node, Unary):
        return (node.operand,)
    if isinstance(node, Binary):
        return (node.left, node.right)
    if isinstance(node, Call):
        return node.args
    return ()


def _format_one(node: Node, texts: dict[int, str]) -> str:
    """Write one node from the text of its parts, already in `texts`."""
    if isinstance(node, Num):
        value = node.value
        if not math.isfinite(value):
            raise ValueError(f"{value} cannot be written in an equation")
        text = str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
        return f"({text})" if value < 0 or text.startswith("-") else text
    if isinstance(node, Name):
        return node.id
    if isinstance(node, Call):
        return f"{node.func}({', '.join(texts[id(a)] for a in node.args)})"
    if isinstance(node, Unary):
        level = _PRECEDENCE["not" if node.op == "not" else "unary"]
        operand = _bracketed(node.operand, texts, level, node.op != "not")
        return f"not {operand}" if node.op == "not" else f"{node.op}{operand}"
    level = _PRECEDENCE[node.op]
    if node.op == "^":
        # The base is an atom; the exponent may be any unary, so 2^3^2 stays right-grouped.
        left = _bracketed(node.left, texts, _PRECEDENCE["^"] + 1, True)
        right = _bracketed(node.right, texts, _PRECEDENCE["unary"], False)
    elif level == _PRECEDENCE["<"]:
        # Comparisons do not chain: a comparison on either side needs brackets.
        left, right = _bracketed(node.left, texts, level + 1, False), _bracketed(node.right, texts, level + 1, False)
    else:
        left, right = _bracketed(node.left, texts, level, False), _bracketed(node.right, texts, level + 1, False)
    return f"{left} {node.op} {right}"


def _bracketed(node: Node, texts: dict[int, str], level: int, strict: bool) -> str:
    """Write `node`, in brackets if it binds less tightly than `level` (or equally, when `strict`)."""
    text = texts[id(node)]
    if isinstance(node, Binary):
        own = _PRECEDENCE[node.op]
    elif isinstance(node, Unary):
        own = _PRECEDENCE["not" if node.op == "not" else "unary"]
    else:
        return text
    return f"({text})" if own < level or (strict and own == level) else text
