"""Vensim macros in .mdl files: expanded at each call, an INTEG inside one a stock of each call's own."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from storage.errors import MdlError
from storage.model_files import read_model_file
from tests.storage.test_mdl_reader import run, write

# Time runs 0 to 4 in steps of 0.5 (the CONTROL block of test_mdl_reader).
T = np.arange(0, 4.25, 0.5)

SCALED = """:MACRO: SCALED(input, factor)
SCALED = input * double factor
\t~\t~\t|
double factor = 2 * factor
\t~\t~\t|
:END OF MACRO:
"""
# A level starting at `start` and growing by `rate` a month: an INTEG as the macro's output.
ACCUMULATED = """:MACRO: ACCUMULATED(rate, start)
ACCUMULATED = INTEG(rate, start)
\t~\t~\t|
:END OF MACRO:
"""


def test_a_macro_with_an_intermediate_variable_is_its_equations_put_together(tmp_path):
    path = write(tmp_path, SCALED + "Input= 5\n\t~\t~\t|\nOutput= SCALED(Input, 1.5) + SCALED(1, Time)\n\t~\t~\t|\n")
    _, values = run(path)
    assert_allclose(values["Output"], 5 * 2 * 1.5 + 2 * T)


def test_each_call_of_a_macro_with_an_integ_keeps_its_own_stock(tmp_path):
    path = write(tmp_path, ACCUMULATED + "Fast= ACCUMULATED(3, 10)\n\t~\t~\t|\n"
                 "Slow= ACCUMULATED(1, 0)\n\t~\t~\t|\n")
    study, values = run(path)
    assert_allclose(values["Fast"], 10 + 3 * T)  # Euler with dt 0.5 is exact for a constant rate
    assert_allclose(values["Slow"], T)
    assert sum(v.kind == "stock" for v in study.variables) == 2


def test_a_macro_defined_after_its_use_and_calling_another_macro_is_read(tmp_path):
    inner = ":MACRO: HALF(x)\nHALF = x / 2\n\t~\t~\t|\n:END OF MACRO:\n"
    outer = ":MACRO: QUARTER(x)\nQUARTER = HALF(HALF(x))\n\t~\t~\t|\n:END OF MACRO:\n"
    path = write(tmp_path, "Q= QUARTER(Time)\n\t~\t~\t|\n" + outer + inner)
    _, values = run(path)
    assert_allclose(values["Q"], T / 4)


@pytest.mark.parametrize("macro, call, expected", [
    (SCALED, "SCALED(1)", "the macro SCALED takes 2 arguments, not 1"),
    (":MACRO: BAD(x)\nOTHER = x\n\t~\t~\t|\n:END OF MACRO:\n", "BAD(1)", "macro 'BAD': the macro has no equation for 'BAD'"),
    (":MACRO: SPLIT(x : y)\nSPLIT = x\n\t~\t~\t|\n:END OF MACRO:\n", "SPLIT(1)", "macros with more than one output"),
])
def test_a_misused_macro_is_refused_naming_it_and_its_line(tmp_path, macro, call, expected):
    with pytest.raises(MdlError) as refused:
        read_model_file(write(tmp_path, macro + f"Out= {call}\n\t~\t~\t|\n"))
    assert any(expected in p and p.startswith("line ") for p in refused.value.problems), refused.value.problems


def test_a_broken_equation_inside_a_macro_is_refused_at_its_own_line(tmp_path):
    # write() puts "{UTF-8}" on line 1, so the macro opens on line 2 and its broken record starts on line 3.
    macro = ":MACRO: BROKEN(x)\nBROKEN = (x +\n\t~\t~\t|\n:END OF MACRO:\n"
    with pytest.raises(MdlError) as refused:
        read_model_file(write(tmp_path, macro + "Out= BROKEN(1)\n\t~\t~\t|\n"))
    assert any(p.startswith("line 3, in the macro BROKEN:") for p in refused.value.problems), refused.value.problems


def test_a_macro_never_closed_is_refused_at_its_opening_line(tmp_path):
    with pytest.raises(MdlError) as refused:
        read_model_file(write(tmp_path, ":MACRO: OPEN(x)\nOPEN = x\n\t~\t~\t|\n"))
    assert "line 2, macro 'OPEN': the macro is never closed with :END OF MACRO:" in refused.value.problems
