"""Small corners of XMILE that real files hit: NOT in a condition, MIN and MAX of one value, broken XML."""

from __future__ import annotations

import pytest
from numpy.testing import assert_allclose

from storage.errors import XmileError
from storage.model_files import read_model_file
from tests.storage.xmile_helpers import aux, run_xmile, write, xmile


def test_not_inside_an_if_condition_reads_as_stella_writes_it(tmp_path):
    # SDXorg's test_logicals: true_input 1, false_input 0.
    variables = (aux("true input", "1") + aux("false input", "0")
                 + aux("AND output", "if true_input and false_input then 1 else 0")
                 + aux("OR output", "if true_input or false_input then 1 else 0")
                 + aux("NOT output", "if not false_input then 1 else 0"))
    _, series = run_xmile(tmp_path, variables)
    assert_allclose(series["AND output"], 0)
    assert_allclose(series["OR output"], 1)
    assert_allclose(series["NOT output"], 1)


@pytest.mark.parametrize("function", ["MIN", "MAX"])
def test_min_or_max_of_one_value_is_refused_as_needing_an_array(tmp_path, function):
    with pytest.raises(XmileError, match=f"column 1: {function} of one argument works on arrays"):
        read_model_file(write(tmp_path, xmile(aux("a", "1") + aux("b", f"{function}(a)"))))



def test_a_flow_left_open_is_refused_at_the_line_and_column_where_the_xml_breaks(tmp_path):
    text = ('<?xml version="1.0"?>\n<xmile xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">\n'
            "<model><variables>\n"
            '<flow name="f"><eqn>1</eqn>\n'  # line 4: never closed
            "</variables></model>\n"  # line 5: the first end tag that does not match, at column 3 after "</"
            "</xmile>\n")
    with pytest.raises(XmileError) as caught:
        read_model_file(write(tmp_path, text))
    assert caught.value.problems == ["not well-formed XML at line 5, column 3: mismatched tag "
                                     "(the <flow> opened at line 4 is not closed)"]
