"""Read equations that hold subscripted references, and write expanded trees back as XMILE text.

The XMILE parser (`storage.xmile.equations`) refuses `name[...]`; this one reads it as a
`Ref`: the variable and its subscripts, each a dimension or element name, `*` (every element),
`dim!` (Vensim: every element of `dim`) or a number (XMILE: the element at that place).
A subscripted lookup, `table[a](x)`, is a `RefCall`. After expansion no Ref is left, and
`write` gives text the XMILE parser reads back to the same tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.i18n import fill, translate
from models.language.equations import MAX_TEXT, Binary, Call, Name, Node, Num, Unary
from storage.xmile.equations import KEYWORDS, XmileSyntaxError, _Parser, _Token, _tokenize

_TOKEN = re.compile(
    r"\s*(?:(?P<comment>\{[^}]*\})"
    r"|(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)"
    r'|(?P<quoted>"(?:[^"\\]|\\.)*")'
    r"|(?P<name>[^\W\d][\w$]*(?:\.(?:[^\W\d][\w$]*|\*))*)"
    r"|(?P<op><=|>=|<>|==|!=|[-+*/^(),<>=\[\]!]))"
)


@dataclass(frozen=True)
class Sub:
    """One subscript as written: kind "name", "star", "bang" (dim!) or "num"."""

    kind: str
    text: str  # canonical name, or the number's text; "" for a bare *


@dataclass(frozen=True)
class Ref:
    """A subscripted reference to a variable."""

    id: str  # canonical variable name
    subs: tuple[Sub, ...]
    pos: int


@dataclass(frozen=True)
class RefCall:
    """A call of a subscripted lookup table."""

    ref: Ref
    args: tuple[Node, ...]
    pos: int


def tokenize(text: str) -> list[_Token]:
    """Return the tokens of an equation that may hold subscripts (as the XMILE parser's tokens)."""
    return _tokenize(text, _TOKEN)


class _ArrayParser(_Parser):
    """The XMILE parser, with subscripts after a name."""

    def atom(self) -> Node:
        token = self.peek()
        following = self.tokens[self.index + 1]
        if token.kind == "name" and (token.quoted or token.text not in KEYWORDS) and following.text == "[" \
                and following.kind == "op":
            self.index += 2
            ref = Ref(token.text, self.subscripts(following), token.pos)
            if self.op("("):
                args: list[Node] = [self.expression()]
                while self.op(","):
                    args.append(self.expression())
                self.expect(")", token)
                return RefCall(ref, tuple(args), token.pos)  # type: ignore[return-value]  # expanded before use
            return ref  # type: ignore[return-value]
        return super().atom()

    def subscripts(self, opener: _Token) -> tuple[Sub, ...]:
        subs: list[Sub] = []
        while True:
            token = self.take()
            if token.kind == "op" and token.text == "*":
                subs.append(Sub("star", ""))
            elif token.kind == "num":
                subs.append(Sub("num", token.text))
            elif token.kind == "name":
                if token.text.endswith(".*"):
                    subs.append(Sub("bang", token.text[:-2]))
                elif self.op("!"):
                    subs.append(Sub("bang", token.text))
                else:
                    subs.append(Sub("name", token.text))
            else:
                raise XmileSyntaxError(translate("FileErrors", "a subscript must be a dimension, an element, a number or *; subscript "
                                                               "arithmetic is not supported"), token.pos)
            if self.op("]"):
                return tuple(subs)
            if not self.op(","):
                token = self.peek()
                raise XmileSyntaxError(fill(translate("FileErrors", "expected ',' or ']' to close the '[' at column %1 (subscript "
                                                                    "arithmetic is not supported)"), opener.pos + 1), token.pos)


def parse(text: str) -> Node:
    """Parse one equation that may hold subscripts; raise XmileSyntaxError naming the position of a problem."""
    if len(text) > MAX_TEXT:
        raise XmileSyntaxError(fill(translate("Equations", "equation is too long (%1 characters; the limit is %2)"), len(text), MAX_TEXT),
                               MAX_TEXT)
    parser = _ArrayParser(tokenize(text))  # type: ignore[arg-type]
    if parser.peek().kind == "end":
        raise XmileSyntaxError(translate("Equations", "equation is empty"), 0)
    node = parser.expression()
    token = parser.peek()
    if token.kind != "end":
        raise XmileSyntaxError(fill(translate("Equations", "unexpected %1"), f"'{token.text}'"), token.pos)
    return node


# -- writing a tree back as XMILE text ---------------------------------------------------------

_LEVEL = {"or": 1, "and": 2, "==": 4, "!=": 4, "<": 4, "<=": 4, ">": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "^": 8}
_SPELLING = {"or": "OR", "and": "AND", "==": "=", "!=": "<>"}
_ATOM = 9


def quoted(name: str) -> str:
    """Return a name as a quoted XMILE name."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _level(node: Node) -> int:
    if isinstance(node, Binary):
        return _LEVEL[node.op]
    if isinstance(node, Unary):
        return 3 if node.op == "not" else 7
    if isinstance(node, Num) and node.value < 0:
        return 7
    return _ATOM


def write(node: Node) -> str:
    """Return XMILE text that parses back to `node` (names quoted, brackets only where needed)."""
    out: list[str] = []
    # An explicit stack: a sum of thousands of terms is a tree thousands deep.
    stack: list[Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, Num):
            out.append(repr(item.value) if item.value >= 0 else f"-{-item.value!r}")
        elif isinstance(item, Name):
            out.append(quoted(item.id))
        elif isinstance(item, Call):
            parts: list[Node | str] = [quoted(item.func) + "("]
            for k, arg in enumerate(item.args):
                parts += ([", "] if k else []) + [arg]
            stack.extend(reversed(parts + [")"]))
        elif isinstance(item, Unary):
            op = "NOT " if item.op == "not" else item.op
            stack.extend(reversed([op, *_bracket(item.operand, _level(item) > _level(item.operand))]))
        elif isinstance(item, Binary):
            level = _LEVEL[item.op]
            left = _bracket(item.left, _level(item.left) < level or (level == 8 and _level(item.left) < _ATOM))
            right = _bracket(item.right, _level(item.right) <= level)
            stack.extend(reversed([*left, f" {_SPELLING.get(item.op, item.op)} ", *right]))
        else:
            raise TypeError(f"cannot write {item!r}")
    return "".join(out)


def _bracket(node: Node, needed: bool) -> list[Node | str]:
    return ["(", node, ")"] if needed else [node]
