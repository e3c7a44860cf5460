"""XMILE built-ins translated with XMILE's meanings, checked against closed forms."""

from __future__ import annotations

import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from tests.storage.xmile_helpers import aux, flow, run_xmile, stock

DT = 0.25
SPECS = f"<start>0</start><stop>10</stop><dt>{DT}</dt>"
T = np.arange(0, 10 + DT / 2, DT)
N = np.arange(T.size)


def series(tmp_path, variables: str, **options) -> dict:
    """Run a document with the usual time specs and return its series by label."""
    options.setdefault("specs", SPECS)
    return run_xmile(tmp_path, variables, **options)[1]


def test_pulse_is_an_impulse_of_magnitude_over_dt_once_or_every_interval(tmp_path):
    values = series(tmp_path, aux("once", "PULSE(10, 3)") + aux("every", "PULSE(10, 3, 2)") + aux("first", "PULSE(2)")
                    + stock("filled", "0", inflows=["once"]))
    assert_allclose(values["once"], np.where(T == 3, 10 / DT, 0))
    assert_allclose(values["every"], np.where((T >= 3) & ((T - 3) % 2 == 0), 10 / DT, 0))
    assert_allclose(values["first"], np.where(T == 0, 2 / DT, 0))
    assert_allclose(values["filled"], np.where(T > 3, 10.0, 0.0))


def test_step_ramp_and_time_constants(tmp_path):
    values = series(tmp_path, aux("s", "STEP(2, 3)") + aux("r", "RAMP(1, 2, 5)") + aux("open ramp", "RAMP(2, 8)")
                    + aux("clock", "TIME + DT * 0 + STARTTIME + STOPTIME * 10 + dt * 100"), specs="<start>2</start><stop>6</stop><dt>0.5</dt>")
    times = np.arange(2, 6.25, 0.5)
    assert_allclose(values["s"], np.where(times >= 3, 2.0, 0.0))
    assert_allclose(values["r"], np.clip(times - 2, 0, 3))
    assert_allclose(values["open ramp"], np.zeros(times.size))
    assert_allclose(values["clock"], times + 2 + 60 + 50)


def test_delay_is_a_pipeline_that_starts_from_its_input_or_its_initial_value(tmp_path):
    values = series(tmp_path, aux("x", "TIME * 2") + aux("late", "DELAY(x, 1)") + aux("late from 7", "DELAY(x, 1, 7)"))
    lag = int(1 / DT)
    assert_allclose(values["late"], np.where(N < lag, 0.0, 2 * (T - 1)))
    assert_allclose(values["late from 7"], np.where(N < lag, 7.0, 2 * (T - 1)))


def test_first_order_delay_and_smooth_approach_their_input_geometrically(tmp_path):
    values = series(tmp_path, aux("x", "10") + aux("d1", "DELAY1(x, 2, 4)") + aux("s1", "SMTH1(x, 2, 4)")
                    + aux("from input", "DELAY1(x, 2)"))
    expected = 10 - 6 * (1 - DT / 2) ** N
    assert_allclose(values["d1"], expected)
    assert_allclose(values["s1"], expected)
    assert_allclose(values["from input"], np.full(T.size, 10.0))


def test_third_order_delay_and_smooth_follow_the_three_stage_closed_form(tmp_path):
    values = series(tmp_path, aux("x", "10") + aux("d3", "DELAY3(x, 3, 4)") + aux("s3", "SMTH3(x, 3, 4)")
                    + aux("dn", "DELAYN(x, 3, 3, 4)") + aux("sn", "SMTHN(x, 3, 3, 4)"))
    a, error = 1 - DT / 1.0, 4 - 10.0  # each of three stages has a time constant of 3 / 3
    binomial = np.array([math.comb(n, 2) for n in N], dtype=float)
    expected = 10 + error * (a ** N + N * (1 - a) * a ** np.maximum(N - 1, 0) + binomial * (1 - a) ** 2 * a ** np.maximum(N - 2, 0))
    for label in ("d3", "s3", "dn", "sn"):
        assert_allclose(values[label], expected, err_msg=label)


def test_a_material_delay_conserves_what_flows_through_it_while_its_delay_changes(tmp_path):
    variables = (aux("x", "10") + aux("tau", "2 + TIME") + aux("out", "DELAY3(x, tau)")
                 + stock("sent", "0", inflows=["x"]) + stock("arrived", "0", inflows=["out"]))
    study, values = run_xmile(tmp_path, variables, specs=SPECS)
    levels = sum(values[v.label] for v in study.variables if "DELAY3" in v.label)
    initial_levels = levels[0]
    assert_allclose(values["sent"] + initial_levels, values["arrived"] + levels, rtol=1e-12)


def test_nested_stateful_calls_keep_one_state_each(tmp_path):
    values = series(tmp_path, aux("x", "STEP(10, 1)") + aux("smoothed", "SMTH1(x, 2)") + aux("apart", "DELAY1(smoothed, 3)")
                    + aux("together", "DELAY1(SMTH1(x, 2), 3)"))
    assert_allclose(values["together"], values["apart"])


def test_init_holds_the_starting_value(tmp_path):
    values = series(tmp_path, aux("x", "TIME + 5") + aux("first", "INIT(x) + 1") + stock("s", "INIT(x)", inflows=["x"]))
    assert_allclose(values["first"], np.full(T.size, 6.0))
    assert values["s"][0] == 5


def test_safediv_gives_the_fallback_where_the_denominator_is_zero(tmp_path):
    values = series(tmp_path, aux("q", "SAFEDIV(1, TIME - 2, -1)") + aux("zero", "SAFEDIV(1, TIME * 0)"))
    with np.errstate(divide="ignore"):
        assert_allclose(values["q"], np.where(T == 2, -1.0, 1 / (T - 2)))
    assert_allclose(values["zero"], np.zeros(T.size))


@pytest.mark.parametrize("vendor, whole, remainder", [
    ("<vendor>Ventana Systems, Inc.</vendor><product>Vensim</product>", -9.0, -1.0),
    ("<vendor>isee systems, inc.</vendor><product>Stella Architect</product>", -10.0, 2.0),
])
def test_int_and_mod_follow_the_tool_that_wrote_the_file(tmp_path, vendor, whole, remainder):
    study, values = run_xmile(tmp_path, aux("i", "INT(-9.9 + TIME * 0)") + aux("m", "(-10 + TIME * 0) MOD 3"), header=vendor)
    assert values["i"][0] == whole and values["m"][0] == remainder
    assert "INT and MOD are read as" in study.description


def test_conditions_logic_and_comparisons(tmp_path):
    values = series(tmp_path, aux("c", "IF TIME > 2 AND NOT TIME = 5 THEN 1 ELSE IF TIME <> 0 OR TIME >= 9 THEN 2 ELSE 3")
                    + aux("v", "IF_THEN_ELSE(TIME < 1, -1, 1)"))
    assert_allclose(values["c"], np.where((T > 2) & (T != 5), 1.0, np.where(T != 0, 2.0, 3.0)))
    assert_allclose(values["v"], np.where(T < 1, -1.0, 1.0))


def test_mathematics(tmp_path):
    values = series(tmp_path, aux("m", "ABS(-TIME) + EXP(1) + LN(EXP(2)) + LOG10(1000) + SQRT(16) + MIN(TIME, 3) + MAX(TIME, 3)")
                    + aux("trig", "SIN(PI) + COS(PI()) + TAN(0) + ARCSIN(1) + ARCCOS(1) + ARCTAN(1)")
                    + aux("power", "-2^2 + 2^3^2 + 2^-1"))
    assert_allclose(values["m"], T + math.e + 2 + 3 + 4 + np.minimum(T, 3) + np.maximum(T, 3))
    assert_allclose(values["trig"], np.full(T.size, -1 + math.pi / 2 + math.pi / 4), atol=1e-12)
    assert_allclose(values["power"], np.full(T.size, -4 + 64 + 0.5))


def test_non_negative_flows_and_stocks(tmp_path):
    variables = (flow("drain", "1", "<non_negative/>") + flow("swing", "TIME - 5", "<non_negative>true</non_negative>")
                 + stock("kept", "2", outflows=["drain"], extra="<non_negative/>")
                 + stock("free", "2", outflows=["drain"]) + stock("filled", "0", inflows=["swing"]))
    values = series(tmp_path, variables, specs="<start>0</start><stop>10</stop><dt>1</dt>")
    times = np.arange(11.0)
    assert_allclose(values["swing"], np.maximum(0, times - 5))
    assert_allclose(values["kept"], np.maximum(0, 2 - times))
    assert_allclose(values["free"], 2 - times)
    assert_allclose(values["filled"], np.cumsum(np.concatenate([[0], np.maximum(0, times[:-1] - 5)])))


def test_behaviour_makes_every_stock_and_flow_non_negative_unless_one_says_otherwise(tmp_path):
    variables = (flow("out", "1") + stock("a", "1", outflows=["out"]) + stock("b", "1", outflows=["out"], extra="<non_negative>false</non_negative>"))
    values = series(tmp_path, variables, specs="<start>0</start><stop>3</stop><dt>1</dt>",
                    top="<behavior><stock><non_negative/></stock></behavior>")
    assert_allclose(values["a"], [1, 0, 0, 0])
    assert_allclose(values["b"], [1, 0, -1, -2])
