"""XMILE modules: flattened into one study under readable qualified names, connections resolved."""

from __future__ import annotations

import pytest
from numpy.testing import assert_allclose

from models.engine.compiled import compile_study
from storage.errors import XmileError
from storage.model_files import read_model_file
from tests.storage.xmile_helpers import aux, flow, stock, write, xmile


def _modular(root: str, definitions: str) -> str:
    return xmile(root).replace("</xmile>", definitions + "</xmile>")


def _account(name: str = "account", inner: str = "") -> str:
    return (f'<model name="{name}"><variables>'
            + stock("balance", "100", inflows=["interest"]) + flow("interest", "balance * rate")
            + aux("rate", "{connected from outside}") + inner + "</variables></model>")


def _run(tmp_path, text):
    study = read_model_file(write(tmp_path, text))
    values = compile_study(study).run(study).values[study.scenarios[0].id]
    return study, {v.label: values[k] for k, v in enumerate(study.variables)}


def test_a_module_runs_as_part_of_the_model_with_its_input_connected(tmp_path):
    root = (aux("rate", "0.1")
            + '<module name="account"><connect to="rate" from=".rate"/></module>'
            + aux("report", "account.balance * 2"))
    study, series = _run(tmp_path, _modular(root, _account()))
    # Compound interest at 10% a step, Euler with dt 1: 100 · 1.1^t.
    expected = [100 * 1.1 ** t for t in range(11)]
    assert_allclose(series["account · balance"], expected)
    assert_allclose(series["account · interest"], [0.1 * v for v in expected])
    assert_allclose(series["report"], [2 * v for v in expected])
    groups = {v.label: v.group for v in study.variables}
    assert groups["account · balance"] == "account"
    connected = next(v for v in study.variables if v.label == "account · rate")
    assert "Connected to 'rate'" in connected.description


def test_modules_read_each_other_whichever_comes_first_and_nest(tmp_path):
    # The spender reads the account defined after it; the account holds a nested fee module.
    root = ('<module name="spender"><connect to="wealth" from="account.balance"/></module>'
            + aux("rate", "0.5")
            + '<module name="account"><connect to="account.rate" from=".rate"/>'
              '<connect to="spending" from="spender.spending"/></module>')
    account = ('<model name="account"><variables>'
               + stock("balance", "100", inflows=["interest"], outflows=["spent"])
               + flow("interest", "balance * rate") + flow("spent", "spending + fees.fee")
               + aux("rate", "{in}") + aux("spending", "{in}")
               + '<module name="fees"><connect to="base" from="balance"/></module>'
               + "</variables></model>")
    fees = '<model name="fees"><variables>' + aux("fee", "base / 100") + aux("base", "{in}") + "</variables></model>"
    spender = ('<model name="spender"><variables>' + aux("spending", "wealth / 10") + aux("wealth", "{in}")
               + "</variables></model>")
    _, series = _run(tmp_path, _modular(root, account + fees + spender))
    # Each step the balance grows by 0.5 and loses 1/10 (spending) and 1/100 (fee): × 1.39.
    assert_allclose(series["account · balance"], [100 * 1.39 ** t for t in range(11)])
    assert_allclose(series["account · fees · fee"], [1.39 ** t for t in range(11)])


@pytest.mark.parametrize("root, definitions, expected", [
    ('<module name="missing"/>' + aux("a", "1"), "", "module 'missing': the file has no <model name=\"missing\">"),
    ('<module name="account"><connect to="nothing" from=".a"/></module>' + aux("a", "1"), _account(),
     "connects to 'nothing', which the module does not have"),
    ('<module name="account"><connect to="rate" from=".elsewhere"/></module>', _account(),
     "connects 'rate' from '.elsewhere', which is not in the model"),
    ('<module name="account"/>', _account(), "aux 'account · rate', column 1: equation is empty"),
    ('<module name="loop"/>', '<model name="loop"><variables><module name="loop"/></variables></model>',
     "the module contains itself (loop → loop)"),
    (aux("a", "other.b"), "", "'other.b' refers into a module the model does not have"),
])
def test_a_broken_module_is_refused_with_its_line_and_name(tmp_path, root, definitions, expected):
    with pytest.raises(XmileError) as caught:
        read_model_file(write(tmp_path, _modular(root, definitions)))
    assert any(expected in p and p.startswith("line ") for p in caught.value.problems), caught.value.problems


def test_modules_that_multiply_past_the_variable_limit_are_refused_without_being_read_through(tmp_path):
    # Each level holds the one below twice: 400 variables at the bottom, 400 · 2⁴ = 6,400 in all.
    levels = ['<model name="m0"><variables>' + "".join(aux(f"v{k}", "1") for k in range(400)) + "</variables></model>"]
    for level in range(1, 5):
        levels.append(f'<model name="m{level}"><variables><module name="a" model="m{level - 1}"/>'
                      f'<module name="b" model="m{level - 1}"/></variables></model>')
    with pytest.raises(XmileError, match="more than 5,000 variables"):
        read_model_file(write(tmp_path, _modular('<module name="top" model="m4"/>', "".join(levels))))
