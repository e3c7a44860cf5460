"""XMILE models with arrays: each element becomes its own variable, with values worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

from models.language.checker import MAX_VARIABLES
from storage.errors import XmileError
from storage.model_files import read_model_file
from tests.storage.xmile_helpers import aux, run_xmile, write, xmile

REGION = '<dimensions><dim name="Region"><elem name="north"/><elem name="south"/></dim></dimensions>'
ON_REGION = '<dimensions><dim name="Region"/></dimensions>'


def test_an_arrayed_stock_grows_element_by_element_and_sums(tmp_path):
    variables = (
        f'<aux name="start pop">{ON_REGION}<element subscript="north"><eqn>100</eqn></element>'
        '<element subscript="south"><eqn>50</eqn></element></aux>'
        f'<stock name="Population">{ON_REGION}<eqn>start_pop[Region]</eqn><inflow>births</inflow></stock>'
        f'<flow name="births">{ON_REGION}<eqn>Population * rate</eqn></flow>'
        + aux("rate", "0.1") + aux("total", "SUM(Population[*])") + aux("north share", "Population[north] / total")
    )
    study, values = run_xmile(tmp_path, variables, top=REGION, specs="<start>0</start><stop>3</stop><dt>1</dt>")
    t = np.arange(4.0)
    assert_allclose(values["Population[north]"], 100 * 1.1 ** t)
    assert_allclose(values["Population[south]"], 50 * 1.1 ** t)
    assert_allclose(values["total"], 150 * 1.1 ** t)
    assert_allclose(values["north share"], np.full(4, 2 / 3))
    assert "Population" not in values  # only the elements exist; the engine stays scalar


def test_a_literal_list_and_every_reduction(tmp_path):
    top = '<dimensions><dim name="Three" size="3"/></dimensions>'
    variables = (
        '<aux name="x"><dimensions><dim name="Three"/></dimensions><eqn>1, 2, 4</eqn></aux>'
        + aux("total", "SUM(x[*])") + aux("product", "PROD(x[*])") + aux("mean", "MEAN(x[*])")
        + aux("low", "MIN(x[*])") + aux("high", "MAX(x[*])") + aux("count", "SIZE(x[*])")
        + aux("second", "x[2]")
    )
    _, values = run_xmile(tmp_path, variables, top=top)
    expected = {"x[1]": 1, "x[3]": 4, "total": 7, "product": 8, "mean": 7 / 3, "low": 1, "high": 4, "count": 3,
                "second": 2}
    for label, value in expected.items():
        assert_allclose(values[label], np.full(11, value), err_msg=label)


def test_two_dimensions_use_each_element_place_and_a_partial_sum(tmp_path):
    top = ('<dimensions><dim name="A"><elem name="a1"/><elem name="a2"/></dim>'
           '<dim name="B"><elem name="b1"/><elem name="b2"/><elem name="b3"/></dim></dimensions>')
    variables = ('<aux name="m"><dimensions><dim name="A"/><dim name="B"/></dimensions><eqn>A * 10 + B</eqn></aux>'
                 + aux("row two", "SUM(m[a2, *])") + aux("column one", "SUM(m[*, b1])"))
    _, values = run_xmile(tmp_path, variables, top=top)
    assert_allclose(values["m[a2,b3]"], np.full(11, 23.0))
    assert_allclose(values["row two"], np.full(11, 21.0 + 22 + 23))
    assert_allclose(values["column one"], np.full(11, 11.0 + 21))


def test_an_array_larger_than_the_variable_limit_is_refused_with_its_count(tmp_path):
    size = MAX_VARIABLES + 1000
    top = f'<dimensions><dim name="Many" size="{size}"/></dimensions>'
    path = write(tmp_path, xmile('<aux name="x"><dimensions><dim name="Many"/></dimensions><eqn>1</eqn></aux>', top=top))
    with pytest.raises(XmileError, match=f"expand to {size:,} variables .*at most {MAX_VARIABLES:,}"):
        read_model_file(path)


@pytest.mark.parametrize("equation, message", [
    ("x[east]", "'east' is not a dimension or an element of 'x'"),
    ("x[north, south]", "'x' has 1 dimension(s) but is given 2 subscript(s)"),
    ("rate[north]", "'rate' is subscripted but has no dimensions"),
    ("x * 2", "'x' has dimensions (Region): name an element"),
    ("x[north + 1]", "subscript arithmetic is not supported"),
])
def test_a_wrong_reference_is_refused_naming_the_variable_and_line(tmp_path, equation, message):
    variables = f'<aux name="x">{ON_REGION}<eqn>1</eqn></aux>' + aux("rate", "2") + aux("y", equation)
    with pytest.raises(XmileError) as refused:
        read_model_file(write(tmp_path, xmile(variables, top=REGION)))
    assert any(p.startswith("line ") and "'y'" in p and message in p for p in refused.value.problems), \
        refused.value.problems


def test_each_element_sits_in_its_variable_sector(tmp_path):
    variables = (f'<aux name="x">{ON_REGION}<eqn>1</eqn></aux>'
                 '<group name="Demography"><entity name="x"/></group>')
    study, _ = run_xmile(tmp_path, variables, top=REGION)
    assert {v.label: v.group for v in study.variables} == {"x[north]": "Demography", "x[south]": "Demography"}


def test_an_element_may_be_named_through_its_dimension(tmp_path):
    variables = f'<aux name="x">{ON_REGION}<eqn>Region * 5</eqn></aux>' + aux("y", "x[Region.south] - x[north]")
    _, values = run_xmile(tmp_path, variables, top=REGION)
    assert_allclose(values["y"], np.full(11, 10 - 5))
