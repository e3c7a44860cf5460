"""Parse XMILE equation text into the equation language's tree nodes, keeping XMILE's names.

XMILE differs from our language in its syntax (`IF c THEN a ELSE b`, `MOD`, `<>`, quoted
names, `{comments}`) and in its names (any case, spaces and underscores alike). This module
only reads the syntax; `storage.xmile.translate` decides what each name and function means.
Names in the tree are canonical (see `canonical`); function names are canonical too.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from models.i18n import fill, translate
from models.language.equations import (
    MAX_DEPTH,
    MAX_TEXT,
    Binary,
    Call,
    Name,
    Node,
    Num,
    Unary,
)

KEYWORDS = {"if", "then", "else", "and", "or", "not", "mod"}

_TOKEN = re.compile(
    r"\s*(?:(?P<comment>\{[^}]*\})"
    r"|(?P<num>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)"
    r'|(?P<quoted>"(?:[^"\\]|\\.)*")'
    r"|(?P<name>[^\W\d][\w$]*(?:\.[^\W\d][\w$]*)*)"
    r"|(?P<op><=|>=|<>|==|!=|[-+*/^(),<>=\[\]]))"
)
_COMPARE = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "=": "==", "==": "==", "<>": "!=", "!=": "!="}


class XmileSyntaxError(ValueError):
    """Equation text that is not XMILE we read; `position` is a 0-based character offset."""

    def __init__(self, message: str, position: int):
        super().__init__(message)
        self.message = message
        self.position = position


def canonical(name: str) -> str:
    """Return a name as XMILE compares names: unquoted, any case, spaces and underscores alike."""
    text = name.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = re.sub(r"\\(.)", r"\1", text[1:-1].replace("\\n", " "))
    text = text.replace("\\n", " ").replace("_", " ")
    return " ".join(text.split()).casefold()


@dataclass(frozen=True)
class _Token:
    kind: str  # "num", "name", "op", "end"
    text: str
    pos: int
    quoted: bool = False


def _tokenize(text: str, pattern: re.Pattern[str] = _TOKEN) -> list[_Token]:
    """Return the tokens of an equation; `pattern` may add to XMILE's tokens (storage/arrays reads subscripts)."""
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        match = pattern.match(text, pos)
        if match is None:
            start = pos + len(text[pos:]) - len(text[pos:].lstrip())
            if start >= len(text):
                break
            raise XmileSyntaxError(fill(translate("Equations", "unexpected character %1"), repr(text[start])), start)
        pos = match.end()
        kind = match.lastgroup
        assert kind is not None  # every alternative of the pattern is a named group
        if kind == "comment":
            continue
        value = match.group(kind)
        if kind == "quoted":
            tokens.append(_Token("name", canonical(value), match.start(kind), quoted=True))
        elif kind == "name":
            tokens.append(_Token("name", canonical(value), match.start(kind)))
        else:
            tokens.append(_Token(kind, value, match.start(kind)))
    tokens.append(_Token("end", "", len(text)))
    return tokens


def parse_xmile(text: str) -> Node:
    """Parse one XMILE equation; raise XmileSyntaxError naming the position of the first problem."""
    if len(text) > MAX_TEXT:
        raise XmileSyntaxError(fill(translate("Equations", "equation is too long (%1 characters; the limit is %2)"), len(text), MAX_TEXT),
                               MAX_TEXT)
    parser = _Parser(_tokenize(text))
    if parser.peek().kind == "end":
        raise XmileSyntaxError(translate("Equations", "equation is empty"), 0)
    node = parser.expression()
    token = parser.peek()
    if token.kind != "end":
        raise XmileSyntaxError(fill(translate("Equations", "unexpected %1"), _describe(token)), token.pos)
    return node


class _Parser:
    """Recursive descent, loosest first: IF, OR, AND, NOT, comparison, + -, * / MOD, unary, ^."""

    def __init__(self, tokens: list[_Token]):
        self.tokens = tokens
        self.index = 0
        self.depth = 0

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def keyword(self, word: str) -> _Token | None:
        token = self.peek()
        if token.kind == "name" and not token.quoted and token.text == word:
            return self.take()
        return None

    def op(self, *texts: str) -> _Token | None:
        token = self.peek()
        if token.kind == "op" and token.text in texts:
            return self.take()
        return None

    def nested(self, pos: int, parse):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise XmileSyntaxError(fill(translate("Equations", "equation is nested too deeply (more than %1 levels)"), MAX_DEPTH), pos)
        node = parse()
        self.depth -= 1
        return node

    def expression(self) -> Node:
        if token := self.keyword("if"):
            return self.nested(token.pos, lambda: self.conditional(token))
        return self.disjunction()

    def conditional(self, token: _Token) -> Node:
        condition = self.expression()
        self.expect_keyword("then", token)
        then = self.expression()
        self.expect_keyword("else", token)
        return Call("if", (condition, then, self.expression()), token.pos)

    def expect_keyword(self, word: str, opener: _Token) -> None:
        if not self.keyword(word):
            token = self.peek()
            raise XmileSyntaxError(fill(translate("Equations", "expected %1 for the IF at column %2 but found %3"), word.upper(),
                                        opener.pos + 1, _describe(token)), token.pos)

    def disjunction(self) -> Node:
        node = self.conjunction()
        while token := self.keyword("or"):
            node = Binary("or", node, self.conjunction(), token.pos)
        return node

    def conjunction(self) -> Node:
        node = self.negation()
        while token := self.keyword("and"):
            node = Binary("and", node, self.negation(), token.pos)
        return node

    def negation(self) -> Node:
        if token := self.keyword("not"):
            return self.nested(token.pos, lambda: Unary("not", self.negation(), token.pos))
        return self.comparison()

    def comparison(self) -> Node:
        node = self.additive()
        while token := self.op(*_COMPARE):
            node = Binary(_COMPARE[token.text], node, self.additive(), token.pos)
        return node

    def additive(self) -> Node:
        node = self.term()
        while token := self.op("+", "-"):
            node = Binary(token.text, node, self.term(), token.pos)
        return node

    def term(self) -> Node:
        node = self.unary()
        calls = 0
        while True:
            if token := self.op("*", "/"):
                node = Binary(token.text, node, self.unary(), token.pos)
            elif token := self.keyword("mod"):
                # Each MOD becomes a call around the ones before it: a nesting like brackets.
                calls += 1
                if self.depth + calls > MAX_DEPTH:
                    raise XmileSyntaxError(fill(translate("Equations", "equation is nested too deeply (more than %1 levels)"), MAX_DEPTH),
                                           token.pos)
                node = Call("mod", (node, self.unary()), token.pos)
            else:
                return node

    def unary(self) -> Node:
        if token := self.op("+", "-"):
            return self.nested(token.pos, lambda: Unary(token.text, self.unary(), token.pos))
        return self.power()

    def power(self) -> Node:
        # Left to right, as Vensim and Stella read 2^3^2; the exponent may carry a sign (2^-1).
        node = self.atom()
        while token := self.op("^"):
            node = Binary("^", node, self.nested(token.pos, self.signed), token.pos)
        return node

    def signed(self) -> Node:
        if token := self.op("+", "-"):
            return Unary(token.text, self.nested(token.pos, self.signed), token.pos)
        return self.atom()

    def atom(self) -> Node:
        token = self.take()
        if token.kind == "num":
            value = float(token.text)
            if not math.isfinite(value):
                raise XmileSyntaxError(fill(translate("Equations", "the number %1 is too large"), token.text), token.pos)
            return Num(value, token.pos)
        if token.kind == "op" and token.text == "(":
            node = self.nested(token.pos, self.expression)
            self.expect(")", token)
            return node
        if token.kind == "op" and token.text == "[":
            raise XmileSyntaxError(translate("Equations", "subscripts (arrays) are not supported"), token.pos)
        if token.kind == "name" and (token.quoted or token.text not in KEYWORDS):
            if self.op("("):
                return self.nested(token.pos, lambda: self.call(token))
            if self.peek().kind == "op" and self.peek().text == "[":
                raise XmileSyntaxError(fill(translate("Equations", "'%1' is subscripted; arrays are not supported"), token.text), self.peek().pos)
            return Name(token.text, token.pos)
        if token.kind == "name" and token.text == "if":
            self.index -= 1
            return self.expression()
        raise XmileSyntaxError(fill(translate("Equations", "expected a number, a name or '(' but found %1"), _describe(token)), token.pos)

    def call(self, name: _Token) -> Node:
        args: list[Node] = []
        if not self.op(")"):
            args.append(self.expression())
            while self.op(","):
                args.append(self.expression())
            self.expect(")", name)
        return Call(name.text, tuple(args), name.pos)

    def expect(self, text: str, opener: _Token) -> None:
        if not self.op(text):
            token = self.peek()
            raise XmileSyntaxError(fill(translate("Equations", "expected '%1' to close the '(' at column %2 but found %3"), text,
                                        opener.pos + 1, _describe(token)), token.pos)


def _describe(token: _Token) -> str:
    if token.kind == "end":
        return translate("Equations", "the end of the equation")
    return f"'{token.text}'"
