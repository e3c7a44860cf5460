"""Vensim subscripts: ranges, subranges, mappings, :EXCEPT:, literals and reductions, with values worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from models.engine.compiled import compile_study
from storage.errors import MdlError
from storage.model_files import read_model_file

CONTROL = """
INITIAL TIME = 0
\t~\tMonth\t~\t|
FINAL TIME = 4
\t~\tMonth\t~\t|
TIME STEP = 0.5
\t~\tMonth\t~\t|
SAVEPER = TIME STEP
\t~\tMonth\t~\t|
"""


def _record(text: str) -> str:
    return f"{text}\n\t~\t\n\t~\t\t|\n\n"


def run(tmp_path, *records: str) -> dict[str, np.ndarray]:
    path = tmp_path / "model.mdl"
    path.write_text("{UTF-8}\n" + "".join(_record(r) for r in records) + CONTROL, encoding="utf-8")
    study = read_model_file(path)
    values = compile_study(study).run(study).values[study.scenarios[0].id]
    return {v.label: values[k] for k, v in enumerate(study.variables)}


def constant(value: float) -> np.ndarray:
    return np.full(9, value)


def test_subranges_except_literals_and_reductions(tmp_path):
    values = run(tmp_path, "Big: a, b, c", "Small: b, c", "x[Big] = 1, 2, 3", "y[Small] = x[Small] * 10",
                 "w[Big] :EXCEPT: [a] = 5", "w[a] = 7", "total = SUM(x[Big!])", "largest = VMAX(x[Big!])",
                 "smallest = VMIN(y[Small!])", "count = ELMCOUNT(Small)", "z[Big] = x[Big] + total")
    assert_allclose(values["y[b]"], constant(20))
    assert_allclose(values["y[c]"], constant(30))
    assert "y[a]" not in values  # y is defined on the subrange only
    for label, value in {"w[a]": 7, "w[b]": 5, "w[c]": 5, "total": 6, "largest": 3, "smallest": 20, "count": 2,
                         "z[b]": 8}.items():
        assert_allclose(values[label], constant(value), err_msg=label)


def test_a_mapped_range_takes_the_element_at_the_same_place(tmp_path):
    values = run(tmp_path, "From: f1, f2 -> To", "To: t1, t2", "q[From] = 10, 20", "p[To] = q[From] + 1")
    assert_allclose(values["p[t1]"], constant(11))
    assert_allclose(values["p[t2]"], constant(21))


def test_an_arrayed_stock_integrates_each_element(tmp_path):
    values = run(tmp_path, "Run: (r1-r3)", "level[Run] = INTEG(inflow[Run], 0)", "inflow[Run] = Run",
                 "m[Run, Run2] = Run * 10 + Run2", "Run2: s1, s2")
    t = np.arange(9) * 0.5
    for k in (1, 2, 3):
        assert_allclose(values[f"level[r{k}]"], k * t)
    assert_allclose(values["m[r3,s2]"], constant(32))


def test_a_table_of_numbers_fills_rows_then_columns(tmp_path):
    values = run(tmp_path, "Row: r1, r2", "Col: c1, c2, c3", "t[Row, Col] = 1, 2, 3; 4, 5, 6;",
                 "column sum = SUM(t[Row!, c3])")
    assert_allclose(values["t[r2,c1]"], constant(4))
    assert_allclose(values["column sum"], constant(9))


@pytest.mark.parametrize("records, message", [
    (("R: a, b", "x[R] = 1", "x[a] = 2"), "the element x[a] is defined twice"),
    (("R: a, b", "x[R] = 1, 2, 3"), "3 numbers are given for 2 elements"),
    (("R: a, b", "x[S] = 1"), "'s' is not a dimension or an element"),
    (("R: GET DIRECT SUBSCRIPT('a.xlsx', 'S', 'A1', '')",), "external data"),
])
def test_what_cannot_be_expanded_is_refused_with_its_line(tmp_path, records, message):
    with pytest.raises(MdlError) as refused:
        run(tmp_path, *records)
    assert any(p.startswith("line ") and message in p for p in refused.value.problems), refused.value.problems


def test_powers_are_read_right_to_left_as_vensim_computes_them(tmp_path):
    values = run(tmp_path, "tower = 4^3^2", "signed = 2^-2^-3")
    assert_allclose(values["tower"], constant(4.0 ** 9))
    assert_allclose(values["signed"], constant(2.0 ** -(2.0 ** -3)))


def test_a_subscripted_lookup_in_any_order_of_x_is_sorted_as_vensim_does(tmp_path):
    values = run(tmp_path, "R: up, down", "table[up]((0,0),(2,4))", "table[down]((2,-3),(1,-7),(0,-1))",
                 "read[R] = table[R](Time)")
    t = np.arange(9) * 0.5
    assert_allclose(values["read[up]"], np.minimum(t, 2) * 2)
    assert_allclose(values["read[down]"], np.interp(t, [0, 1, 2], [-1, -7, -3]))


def test_hyperbolic_functions(tmp_path):
    values = run(tmp_path, "s = SINH(0.5)", "c = COSH(0.5)", "h = TANH(0.5)")
    assert_allclose(values["s"], constant(np.sinh(0.5)))
    assert_allclose(values["c"], constant(np.cosh(0.5)))
    assert_allclose(values["h"], constant(np.tanh(0.5)))


def test_a_variable_named_like_an_element_keeps_its_own_value(tmp_path):
    values = run(tmp_path, "R: low, high", "low = 40", "x[R] = IF THEN ELSE(R = high, low, 1)")
    assert_allclose(values["x[high]"], constant(40))  # `low` is the variable, `high` the element's place
    assert_allclose(values["x[low]"], constant(1))


def test_a_mapping_may_list_its_pairs_and_except_may_leave_out_one_cell(tmp_path):
    values = run(tmp_path, "From: f1, f2 -> (To: t2, t1)", "To: t1, t2", "q[From] = 10, 20", "p[To] = q[From]",
                 "R: r1, r2", "C: c1, c2", "g[R, C] :EXCEPT: [r2, c2] = 1", "g[r2, c2] = 9",
                 "corner = g[r2, c2] + g[r1, c2]")
    assert_allclose(values["p[t2]"], constant(10))  # f1 is paired with t2
    assert_allclose(values["p[t1]"], constant(20))
    assert_allclose(values["g[r2,c1]"], constant(1))
    assert_allclose(values["corner"], constant(10))


def test_a_numbered_range_keeps_the_width_of_its_digits(tmp_path):
    values = run(tmp_path, "Month: (m01-m12)", "days[Month] = Month", "last = days[m12]")
    assert_allclose(values["days[m09]"], constant(9))
    assert_allclose(values["last"], constant(12))


def test_dimensions_too_large_to_expand_are_refused_before_any_element_is_made(tmp_path):
    with pytest.raises(MdlError, match="expand to 1,000,000 variables"):
        run(tmp_path, "A: (a1-a1000)", "B: (b1-b1000)", "x[A, B] = 1")
    with pytest.raises(MdlError, match="SUM over 1,000,000 elements"):
        run(tmp_path, "A: (a1-a1000)", "B: (b1-b1000)", "y[A] = 1", "z[B] = 1", "s = SUM(y[A!] * z[B!])")
