"""XMILE macros: expanded at each call, with a state of their own per call where they hold stocks."""

from __future__ import annotations

import pytest
from numpy.testing import assert_allclose

from storage.errors import XmileError
from storage.model_files import read_model_file
from tests.storage.xmile_helpers import aux, run_xmile, write, xmile

TWICE = '<macro name="twice"><parm>x</parm><eqn>2 * x</eqn></macro>'
# A level that starts at `start` (10 unless given) and grows by `rate` each unit of time.
ACCUM = ('<macro name="ACCUM"><parm>rate</parm><parm default="10">start</parm><eqn>level</eqn><variables>'
         '<stock name="level"><eqn>start</eqn><inflow>gain</inflow></stock>'
         '<flow name="gain"><eqn>rate</eqn></flow></variables></macro>')
T = list(range(11))


def test_an_expression_macro_is_its_equation_with_the_arguments_put_in(tmp_path):
    _, series = run_xmile(tmp_path, aux("a", "Time + 1") + aux("b", "TWICE(a) + twice(3)"), top=TWICE)
    assert_allclose(series["b"], [2 * (t + 1) + 6 for t in T])


def test_each_call_of_a_macro_with_a_stock_keeps_its_own_state(tmp_path):
    study, series = run_xmile(tmp_path, aux("a", "ACCUM(3)") + aux("b", "ACCUM(1, 0) + twice(a)"), top=ACCUM + TWICE)
    assert_allclose(series["a"], [10 + 3 * t for t in T])
    assert_allclose(series["b"], [t + 2 * (10 + 3 * t) for t in T])
    stocks = sorted(v.label for v in study.variables if v.kind == "stock")
    assert stocks == ["a (level in ACCUM)", "b (level in ACCUM)"]


def test_a_macro_may_call_another_macro(tmp_path):
    quad = '<macro name="quad"><parm>y</parm><eqn>twice(twice(y))</eqn></macro>'
    _, series = run_xmile(tmp_path, aux("a", "quad(Time)"), top=TWICE + quad)
    assert_allclose(series["a"], [4 * t for t in T])


@pytest.mark.parametrize("top, equation, expected", [
    (TWICE, "twice(1, 2)", "the macro twice takes 1 arguments, not 2"),
    ('<macro name="loop"><parm>x</parm><eqn>loop(x)</eqn></macro>', "loop(1)", "the macro loop calls itself (loop → loop)"),
    ('<macro name="peek"><parm>x</parm><eqn>x + other</eqn></macro>', "peek(1)",
     "'other' is a variable of the model; the macro peek sees only its parameters"),
    ('<macro name="empty"><parm>x</parm></macro>', "1", "macro 'empty': the macro has no output equation"),
    ("", "EXPRESSION MACRO(other, 2)", "'EXPRESSION MACRO' is a call of a macro the file does not define"),
])
def test_a_misused_macro_is_refused_saying_where(tmp_path, top, equation, expected):
    with pytest.raises(XmileError) as caught:
        read_model_file(write(tmp_path, xmile(aux("a", equation) + aux("other", "1"), top=top)))
    assert any(expected in p and p.startswith("line ") for p in caught.value.problems), caught.value.problems


def test_a_file_converted_by_xmutil_without_its_macro_points_to_the_vensim_original(tmp_path):
    text = xmile(aux("out", "EXPRESSION MACRO(1, 2)"), header="<vendor>Ventana Systems, xmutil</vendor>")
    with pytest.raises(XmileError, match=r"open the Vensim model it came from \(converted\.mdl\)"):
        read_model_file(write(tmp_path, text, "converted.xmile"))


def test_macros_that_double_at_each_level_are_refused_not_expanded_for_ever(tmp_path):
    # m14 calls m13 twice, and so on down: 2¹⁴ = 16,384 expansions of m0.
    chain = '<macro name="m0"><parm>x</parm><eqn>x</eqn></macro>' + "".join(
        f'<macro name="m{k}"><parm>x</parm><eqn>m{k - 1}(x) + m{k - 1}(x)</eqn></macro>' for k in range(1, 15))
    with pytest.raises(XmileError, match="macros are expanded more than 10,000 times"):
        read_model_file(write(tmp_path, xmile(aux("a", "m14(1)"), top=chain)))


def test_a_macro_without_an_equation_gives_its_variable_of_the_same_name(tmp_path):
    # A first-order smooth of x towards itself, written out: starts at 0 and closes half the gap each step.
    smooth = ('<macro name="halfway"><parm>x</parm><variables>'
              '<stock name="halfway"><eqn>0</eqn><inflow>closing</inflow></stock>'
              '<flow name="closing"><eqn>(x - halfway) / 2</eqn></flow></variables></macro>')
    _, series = run_xmile(tmp_path, aux("a", "halfway(8)"), top=smooth)
    assert_allclose(series["a"], [8 * (1 - 0.5 ** t) for t in T])
