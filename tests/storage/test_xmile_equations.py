"""The XMILE equation reader: XMILE's syntax into our trees, every failure placed, nothing run."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.language.equations import format_equation
from storage.xmile.equations import XmileSyntaxError, canonical, parse_xmile


@pytest.mark.parametrize("text, expected", [
    ('("Teacup Temperature"-"Room Temperature")/"Characteristic Time"',
     "(teacup temperature - room temperature) / characteristic time"),
    ("IF a > 1 AND NOT b = 2 THEN c ELSE IF d <> 0 OR e THEN 1 ELSE 0", "if(a > 1 and not b == 2, c, if(d != 0 or e, 1, 0))"),
    ("-2^2 + 2^3^2 + 2^-1", "-2 ^ 2 + (2 ^ 3) ^ 2 + 2 ^ -1"),
    ("x MOD 3 * 2 {a comment}", "mod(x, 3) * 2"),
    (".5 + 3e-05 + +.72", "0.5 + 3e-05 + +0.72"),
    ("SMTH1(Input_Value, 2)", "smth1(input value, 2)"),
])
def test_xmile_syntax_becomes_the_same_tree_in_our_language(text, expected):
    assert format_equation(parse_xmile(text)) == expected


@pytest.mark.parametrize("text, position, fragment", [
    ("a +", 3, "end of the equation"),
    ("IF a THEN b", 11, "expected ELSE"),
    ("f(a, b", 6, "expected ')'"),
    ("x[1]", 1, "arrays are not supported"),
    ("a $ b", 2, "unexpected character"),
    ("", 0, "empty"),
])
def test_syntax_errors_name_the_position(text, position, fragment):
    with pytest.raises(XmileSyntaxError) as caught:
        parse_xmile(text)
    assert caught.value.position == position and fragment in caught.value.message


def test_names_compare_as_xmile_compares_them():
    assert canonical('"Heat Loss\\nto  Room"') == canonical("heat_loss_to_room") == "heat loss to room"


def test_deep_nesting_is_refused_with_a_message_not_a_crash():
    for text in ("(" * 900 + "1" + ")" * 900, "-" * 900 + "1", "2^" + "-" * 900 + "1",
                 "NOT " * 900 + "1", "IF 1 THEN " * 900 + "1"):
        with pytest.raises(XmileSyntaxError, match="nested too deeply"):
            parse_xmile(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab1.()+-*/^<>=,"{} IFTHENLSMOD_\n', max_size=50))
def test_arbitrary_text_parses_or_fails_with_a_position(text):
    try:
        parse_xmile(text)
    except XmileSyntaxError as error:
        assert 0 <= error.position <= len(text)
