"""Feedback loops of constructed models: counts, members and polarities derived by hand."""

from __future__ import annotations

from math import comb, factorial
from pathlib import Path

import pytest

from models.diagram.cycles import elementary_cycles
from models.diagram.loops import find_loops
from models.diagram.polarity import link_sign
from models.domain import Study, TimeAxis, Variable


def study_of(*variables: Variable) -> Study:
    return Study("loops", TimeAxis(0, 10, 1), variables=list(variables))


def test_births_feeding_a_population_is_one_reinforcing_loop():
    report = find_loops(study_of(
        Variable("population", "stock", equation="births", initial="100"),
        Variable("birth_rate", "assumption", value=0.02),
        Variable("births", "auxiliary", equation="population * birth_rate"),
    ))
    assert report.complete
    assert [(loop.name, loop.variables, loop.polarity) for loop in report.loops] == [
        ("R1", ("population", "births"), "R")]
    assert [link.symbol for link in report.loops[0].links] == ["+", "+"]


def test_an_inventory_closing_a_gap_is_one_balancing_loop():
    report = find_loops(study_of(
        Variable("target", "assumption", value=50),
        Variable("adjustment_time", "assumption", value=4),
        Variable("inventory", "stock", equation="adjustment", initial="0"),
        Variable("adjustment", "auxiliary", equation="(target - inventory) / adjustment_time"),
    ))
    assert [(loop.name, loop.variables, loop.polarity) for loop in report.loops] == [
        ("B1", ("inventory", "adjustment"), "B")]
    # inventory lowers the gap (−); the adjustment flows into the stock (+).
    assert [link.symbol for link in report.loops[0].links] == ["−", "+"]


def test_births_and_deaths_give_one_loop_of_each_polarity():
    report = find_loops(study_of(
        Variable("population", "stock", equation="births - deaths", initial="100"),
        Variable("birth_rate", "assumption", value=0.02),
        Variable("lifetime", "assumption", value=70),
        Variable("births", "auxiliary", equation="population * birth_rate"),
        Variable("deaths", "auxiliary", equation="population / lifetime"),
    ))
    assert [(loop.name, loop.variables) for loop in report.loops] == [
        ("R1", ("population", "births")), ("B1", ("population", "deaths"))]
    assert report.count("R") == 1 and report.count("B") == 1 and report.count("U") == 0


def test_a_loop_through_three_variables_and_a_self_loop_are_found_and_initial_values_close_no_loop():
    report = find_loops(study_of(
        Variable("a", "auxiliary", equation="prev(c, 1)"),
        Variable("b", "auxiliary", equation="-a"),
        Variable("c", "auxiliary", equation="b * 2"),
        Variable("s", "stock", equation="-s * 0.1", initial="a"),  # a self-loop; `a` only starts it
    ))
    assert [(loop.name, loop.variables) for loop in report.loops] == [("B1", ("s",)), ("B2", ("a", "b", "c"))]


def test_a_dense_graph_has_the_closed_form_count_of_cycles_and_the_cap_stops_the_search():
    nodes = [f"v{i}" for i in range(6)]
    edges = [(a, b) for a in nodes for b in nodes if a != b]
    # Each set of k ≥ 2 nodes of a complete digraph closes (k − 1)! cycles.
    expected = sum(comb(6, k) * factorial(k - 1) for k in range(2, 7))
    full = elementary_cycles(nodes, edges)
    assert len(full.cycles) == expected == 409 and full.complete
    assert len(set(full.cycles)) == expected
    capped = elementary_cycles(nodes, edges, cap=100)
    assert len(capped.cycles) == 100 and not capped.complete


def test_a_sign_the_shape_cannot_tell_is_found_numerically_and_said_so_or_left_unknown():
    sign = link_sign("if(x > 5, 10 - x, x)", "x", {"x": 7.0})
    assert (sign.symbol, sign.method) == ("−", "numeric")
    assert link_sign("x * x", "x", {"x": 3.0}).method == "structure"
    # At the bottom of a parabola neither direction agrees: unknown, never guessed.
    flat = link_sign("x * x", "x", {"x": 0.0})
    assert (flat.symbol, flat.method) == ("?", "unknown")
    assert link_sign("x * y", "x").symbol == "?"  # y's sign is not known without values
    assert link_sign("min(x, 3) - exp(-x)", "x").symbol == "+"


ROOT = Path(__file__).resolve().parents[2]
# The shared folder sits beside the repository (or beside the folder of its worktrees).
SIR = next((folder / "conformance" / "sdxorg-test-models" / "SIR" / "SIR.xmile"
            for folder in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if folder.exists()), ROOT / "absent")


@pytest.mark.skipif(not SIR.exists(), reason="the shared SDXorg conformance suite is not beside the repository")
def test_the_conformance_suites_sir_model_has_the_textbook_loops():
    from storage.model_files import read_model_file

    report = find_loops(read_model_file(SIR))
    # Infection feeds the infectious (R) and drains the susceptible (B); recovery drains the infectious (B).
    assert [(loop.name, loop.variables) for loop in report.loops] == [
        ("R1", ("infectious", "succumbing")),
        ("B1", ("susceptible", "succumbing")),
        ("B2", ("infectious", "recovering")),
    ]


def test_a_renamed_variable_keeps_its_place_on_the_diagram_and_undo_gives_the_old_name_back():
    from models.commands.variable import RenameVariable
    from models.diagram.commands import PlaceNodes
    from tests.models.helpers import assert_round_trip_is_exact
    from tests.ui.conftest import make_study

    study = make_study()
    PlaceNodes({"price": (10.0, 20.0)}).apply(study)
    rename = RenameVariable("price", "lithium_price")
    rename.apply(study)
    assert study.diagram_positions == {"lithium_price": (10.0, 20.0)}
    rename.revert(study)
    assert study.diagram_positions == {"price": (10.0, 20.0)}
    assert_round_trip_is_exact(make_study(), PlaceNodes({"aid": (1.0, 2.0), "price": None}))


def test_a_loop_through_a_ten_thousand_term_sum_is_found_and_signed():
    total = " + ".join(["0.5 * s"] + ["a"] * 9_999)
    report = find_loops(study_of(
        Variable("a", "assumption", value=1),
        Variable("s", "stock", equation="total", initial="1"),
        Variable("total", "auxiliary", equation=total),
    ))
    assert [(loop.name, loop.variables) for loop in report.loops] == [("R1", ("s", "total"))]
