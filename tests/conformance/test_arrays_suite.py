"""The arrayed models of the full SDXorg suite (XMILE and Vensim) reproduce their canonical output.

Each listed model uses subscripts: apply-to-all and per-element equations, subranges, mappings,
:EXCEPT:, literals and reductions. They are run once each, on the Python back end, so the file
stays quick; tests/conformance/test_mdl.py runs every .mdl model of the suite.
"""

from __future__ import annotations

import pytest

from models.engine.compiled import compile_study
from storage.mdl.reader import read_mdl
from storage.model_files import read_model_file
from tests.conformance.suite import SHARED, Case, judge

FULL = SHARED / "conformance" / "sdxorg-full" / "tests"

ARRAYED = [
    "subscript_1d_arrays/test_subscript_1d_arrays.mdl",
    "subscript_2d_arrays/test_subscript_2d_arrays.mdl",
    "subscript_3d_arrays/test_subscript_3d_arrays.mdl",
    "subscript_3d_arrays_lengthwise/test_subscript_3d_arrays_lengthwise.mdl",
    "subscript_aggregation/test_subscript_aggregation.mdl",
    "subscript_constant_call/test_subscript_constant_call.mdl",
    "subscript_copy/test_subscript_copy.mdl",
    "subscript_copy/test_subscript_copy2.mdl",
    "subscript_definition/test_subscript_definition.mdl",
    "subscript_docs/subscript_docs.mdl",
    "subscript_element_name/test_subscript_element_name.mdl",
    "subscript_individually_defined_1_of_2d_arrays/subscript_individually_defined_1_of_2d_arrays.mdl",
    "subscript_individually_defined_1d_arrays/subscript_individually_defined_1d_arrays.mdl",
    "subscript_individually_defined_stocks/test_subscript_individually_defined_stocks.mdl",
    "subscript_mapping_simple/test_subscript_mapping_simple.mdl",
    "subscript_mapping_vensim/test_subscript_mapping_vensim.mdl",
    "subscript_multiples/test_multiple_subscripts.mdl",
    "subscript_numeric_range/test_subscript_numeric_range.mdl",
    "subscript_selection/subscript_selection.mdl",
    "subscript_subranges/test_subscript_subrange.mdl",
    "subscript_subranges_equal/test_subscript_subrange_equal.mdl",
    "subscript_switching/subscript_switching.mdl",
    "subscript_transposition/test_subscript_transposition.mdl",
    "subscripted_delays/test_subscripted_delays.mdl",
    "subscripted_if_then_else/test_subscripted_if_then_else.mdl",
    "subscripted_logicals/test_subscripted_logicals.mdl",
    "subscripted_ramp_step/test_subscripted_ramp_step.mdl",
    "conditional_subscripts/test_conditional_subscripts.mdl",
    "except/test_except.mdl",
    "except_multiple/test_except_multiple.mdl",
    "except_subranges/test_except_subranges.mdl",
    "tabbed_arrays/tabbed_arrays.mdl",
    "subscripted_lookups/test_subscripted_lookups.mdl",
    "subscripted_trig/test_subscripted_trig.mdl",
    "arithmetics/test_arithmetics.mdl",
    "subscript_individually_defined_1d_arrays/subscript_individually_defined_1d_arrays.xmile",
    "subscript_individually_defined_1d_arrays/subscript_individually_defined_1d_arrays.stmx",
    "min_max_1arg/test_min_max_1arg.xmile",
]


def _case(name: str) -> Case:
    model = FULL / name
    output = next(p for p in (model.parent / "output.tab", model.parent / "output.csv") if p.exists())
    return Case(model.parent.name, "", model, output)


pytestmark = pytest.mark.skipif(not FULL.is_dir(), reason=f"the full SDXorg suite is not beside this clone ({FULL})")


@pytest.mark.parametrize("name", ARRAYED)
def test_an_arrayed_model_reproduces_its_output_element_by_element(name):
    case = _case(name)
    settings = None
    if case.model.suffix == ".mdl":
        saved = read_mdl(case.model.read_text(encoding="utf-8", errors="replace")).save_step
        settings = {"saveper": saved} if saved else None
    verdict = judge(case, settings=settings)
    assert verdict.values > 0
    assert not verdict.failures, "\n".join(verdict.failures[:10])


SAMPLES = SHARED / "conformance" / "sdxorg-full" / "samples" / "arrays"


@pytest.mark.parametrize("name, expected", [
    ("a2a/a2a.stmx", {"Price[Pizza]": 9, "Revenue[Salad]": 9, "Sales[Pizza]": 81, "Sales[Salad]": 81}),
    ("non-a2a/non-a2a.stmx", {"Price[Pizza]": 2, "Price[Salad]": 4, "Sales[Pizza]": 2 * 5, "Sales[Salad]": 4 * 7}),
])
def test_the_stella_array_samples_multiply_element_by_element(name, expected):
    # The samples have no canonical output; Sales = Price * Revenue, element by element.
    study = read_model_file(SAMPLES / name)
    values = compile_study(study).run(study).values[study.scenarios[0].id]
    found = {v.label: values[k, -1] for k, v in enumerate(study.variables)}
    for label, value in expected.items():
        assert found[label] == pytest.approx(value), label
