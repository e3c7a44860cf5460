"""Subscripted equations read and written back: the written text means what the tree means."""

from __future__ import annotations

import pytest

from models.language.equations import Binary, Name, Num
from storage.arrays.parse import Ref, Sub, parse, write
from storage.arrays.spec import literal
from storage.xmile.equations import XmileSyntaxError, parse_xmile


@pytest.mark.parametrize("text", [
    "a - (b - c)", "(a - b) - c", "a / (b * c)", "-a ^ 2", "(-a) ^ 2", "a ^ b ^ c", "a ^ (b ^ c)",
    "NOT a = b AND c", "IF a > 1 THEN b ELSE c MOD 3", "MAX(a, -b) + \"odd \\\"name\\\"\" * 2", "2 ^ -x",
])
def test_writing_a_tree_back_gives_text_that_reads_as_the_same_tree(text):
    assert shape(parse_xmile(write(parse(text)))) == shape(parse_xmile(text))


def shape(node):
    """Return a tree without its positions (which differ between the two texts)."""
    if isinstance(node, (Num, Name)):
        return (type(node).__name__, getattr(node, "value", getattr(node, "id", None)))
    parts = [getattr(node, p) for p in ("op", "func") if hasattr(node, p)]
    children = [getattr(node, p) for p in ("operand", "left", "right") if hasattr(node, p)]
    children += list(getattr(node, "args", ()))
    return (type(node).__name__, *parts, *(shape(c) for c in children))


def test_a_long_sum_is_written_flat_not_nested():
    tree = Name("x0", 0)
    for k in range(1, 5000):
        tree = Binary("+", tree, Name(f"x{k}", 0), 0)
    text = write(tree)
    assert "(" not in text and text.count("+") == 4999
    assert write(parse_xmile(text)) == text


def test_subscripts_of_every_kind_are_read():
    tree = parse('SUM(pop[*, Region!]) + pop[north, 2] + t["a b"](x) + pop[Dim.*]')
    refs = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Ref):
            refs.append(node.subs)
        for part in ("left", "right", "operand"):
            if hasattr(node, part):
                stack.append(getattr(node, part))
        stack += list(getattr(node, "args", ()))
    assert (Sub("star", ""), Sub("bang", "region")) in refs
    assert (Sub("name", "north"), Sub("num", "2")) in refs
    assert (Sub("bang", "dim"),) in refs


@pytest.mark.parametrize("text", ["x[a + 1]", "x[a", "x[(a)]"])
def test_a_subscript_that_is_not_a_name_is_refused_at_its_column(text):
    with pytest.raises(XmileSyntaxError, match="subscript"):
        parse(text)


@pytest.mark.parametrize("text, numbers", [
    ("1, 2, 3", [1, 2, 3]), ("0.1,0.2;\n 0.3, 0.4;", [0.1, 0.2, 0.3, 0.4]), ("-1e3, 2", [-1000, 2]),
    ("7", None), ("a, b", None), ("1, nan", None), ("1, inf", None),
])
def test_an_array_literal_is_a_list_of_finite_numbers(text, numbers):
    assert literal(text) == numbers


def test_a_number_is_written_so_it_reads_back_exactly():
    assert parse_xmile(write(Num(0.1, 0))).value == 0.1
