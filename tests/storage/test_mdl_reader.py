"""Vensim .mdl files read into studies: the pieces a Vensim user writes, and what is refused and where."""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose

import main
from models.engine.compiled import compile_study
from storage.errors import MdlError
from storage.model_files import read_model_file

CONTROL = """
********************************************************
\t.Control
********************************************************~
\t\tSimulation Control Parameters
\t|

FINAL TIME  = 4
\t~\tMonth
\t~\tThe final time for the simulation.
\t|

INITIAL TIME  = 0
\t~\tMonth
\t~\t|

SAVEPER  = TIME STEP
\t~\tMonth [0,?]
\t~\t|

TIME STEP  = 0.5
\t~\tMonth [0,?]
\t~\t|

\\\\\\---/// Sketch information - do not modify anything except names
V300  Do not put anything below this section - it will be ignored
10,1,Cash in Bank,307,235,40,20,3,3,0,0,0,0,0,0
///---\\\\\\
"""


def write(tmp_path, equations: str, name: str = "model.mdl"):
    path = tmp_path / name
    path.write_text("{UTF-8}\n" + equations + CONTROL, encoding="utf-8")
    return path


def run(path):
    study = read_model_file(path)
    projection = compile_study(study).run(study)
    values = projection.values[study.scenarios[0].id]
    by_label = {v.label: values[k] for k, v in enumerate(study.variables)}
    return study, by_label


def test_a_stock_with_spaced_names_decays_as_euler_integrates_it(tmp_path):
    path = write(tmp_path, """Cash in Bank= INTEG (
\t-Spending Rate,
\t\t100)
\t~\tDollars [0,?]
\t~\tWhat is left.
\t|

Spending Rate=
\tCash in Bank * Fraction Spent \\
\t\tper Month
\t~\tDollars/Month
\t~\t|

Fraction Spent per Month=
\t0.2
\t~\t1/Month [0,1]
\t~\tA share, slider from 0 to 1.
\t|
""")
    study, values = run(path)
    # Euler with dt = 0.5: each step keeps 1 - 0.2 * 0.5 = 0.9 of the cash.
    assert_allclose(values["Cash in Bank"], 100 * 0.9 ** np.arange(9))
    fraction = next(v for v in study.variables if v.label == "Fraction Spent per Month")
    assert fraction.kind == "assumption" and (fraction.min, fraction.max) == (0, 1)
    assert fraction.unit == "1/Month"
    assert study.time.start == 0 and study.time.end == 4 and study.time.step == 0.5
    assert "Vensim model" in study.description


def test_lookups_logic_and_vensim_spellings_mean_what_vensim_means(tmp_path):
    path = write(tmp_path, """Growth Table(
\t[(0,0)-(4,10)],(0,0),(2,10),(4,10))
\t~\t~\t|

Looked Up=
\tGrowth Table(Time)
\t~\t~\t|

Inline= WITH LOOKUP (
\tTime,
\t\t((0,- 1),(4, 3) ))
\t~\t~\t|

Both=
\tIF THEN ELSE(Time >= 1 :AND: :NOT: Time > 2, 1, 0)
\t~\t~\t|

Safe Ratio=
\tXIDZ(1, Time, -5) + ZIDZ(1, Time)
\t~\t~\t|

Pulse Once=
\tPULSE(1, 1)
\t~\t~\t|

Remainder=
\tMODULO(7, 3) + POWER(2, 3)
\t~\t~\t|
""")
    _, values = run(path)
    t = np.arange(0, 4.5, 0.5)
    assert_allclose(values["Looked Up"], np.interp(t, [0, 2, 4], [0, 10, 10]))
    assert_allclose(values["Inline"], np.interp(t, [0, 4], [-1, 3]))
    assert_allclose(values["Both"], ((t >= 1) & (t <= 2)).astype(float))
    with np.errstate(divide="ignore"):
        expected_ratio = np.where(t == 0, -5 + 0, 2 / np.where(t == 0, 1, t))
    assert_allclose(values["Safe Ratio"], expected_ratio)
    assert_allclose(values["Pulse Once"], ((t >= 1) & (t < 2)).astype(float))
    assert_allclose(values["Remainder"], np.full(t.shape, 1 + 8.0))


def test_trend_forecast_and_quantum_mean_what_vensim_defines(tmp_path):
    path = write(tmp_path, """Input=
\t10 * 1.1 ^ (Time / 0.5)
\t~\t~\t|

Growth=
\tTREND(Input, 2, 0.2)
\t~\t~\t|

Ahead=
\tFORECAST(Input, 2, 4)
\t~\t~\t|

Down To Two=
\tQUANTUM(7.5, 2)
\t~\t~\t|

Negative Down To Two=
\tQUANTUM(-7.5, 2)
\t~\t~\t|

Step Below Zero=
\tQUANTUM(5, -3)
\t~\t~\t|
""")
    _, values = run(path)
    # The input grows by r = 1.1 a step of 0.5. A first-order smooth over T = 2 started at input / k, with
    # k = 1 + (r - 1) T / dt = 1.4 (what an initial trend of (r - 1) / dt = 0.2 gives), stays at input / k
    # under Euler steps, so the trend (input - smooth) / (T * smooth) = (k - 1) / T = 0.2 at every step.
    assert_allclose(values["Growth"], np.full(9, 0.2), rtol=1e-12)
    # FORECAST's trend starts at 0: the first value is the input; one step on, the smooth is still 10 and
    # the trend (11 - 10) / (2 * 10) = 0.05, so 11 * (1 + 0.05 * 4) = 13.2.
    assert_allclose(values["Ahead"][:2], [10.0, 13.2], rtol=1e-12)
    assert_allclose(values["Down To Two"], np.full(9, 6.0))
    assert_allclose(values["Negative Down To Two"], np.full(9, -6.0))  # towards zero, as INTEGER
    assert_allclose(values["Step Below Zero"], np.full(9, 5.0))


def test_sample_if_true_holds_the_last_value_taken_while_its_condition_held(tmp_path):
    path = write(tmp_path, """Held=
\tSAMPLE IF TRUE(Time >= 1 :AND: Time < 2, Time, 100)
\t~\t~\t|
""")
    _, values = run(path)
    # t = 0, 0.5: not yet sampled, the initial 100; t = 1, 1.5: time itself; from t = 2 on: 1.5, held.
    assert_allclose(values["Held"], [100, 100, 1, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5])


def test_an_order_given_by_an_equation_is_its_value_when_the_run_starts(tmp_path):
    path = write(tmp_path, """Order Variable=
\t2 + STEP(1, 10)
\t~\t~\t|

Smoothed=
\tSMOOTH N(Input, 1, 0, Order Variable)
\t~\t~\t|

Input=
\tSTEP(8, 1)
\t~\t~\t|
""")
    study, values = run(path)
    # Order 2 (the STEP comes at t = 10, long after the start): two stages, each moving its whole gap to
    # the one before in a step of 0.5 (the stage time, 1 / 2), so each passes its input on a step late:
    # the input is 8 from t = 1 (step 2) and comes out two steps later (order 3 would take three).
    expected = np.zeros(9)
    expected[4:] = 8.0
    assert_allclose(values["Smoothed"], expected)
    assert "'Order Variable' (2 when the run starts)" in study.description


def test_an_order_that_depends_on_a_stock_is_refused_with_its_line(tmp_path):
    path = write(tmp_path, """Level= INTEG (1, 2)
\t~\t~\t|

Smoothed=
\tSMOOTH N(1, 1, 0, Level)
\t~\t~\t|
""")
    with pytest.raises(MdlError) as refused:
        read_model_file(path)
    assert any("order of SMTHN" in problem for problem in refused.value.problems)


def test_two_output_macros_and_random_numbers_are_refused_whole_naming_each_line(tmp_path):
    path = write(tmp_path, """:MACRO: GROWTH(x : y)
GROWTH = x * 2
\t~\t~\t|
:END OF MACRO:

Region: North, South
\t~\t~\t|

Population[Region]=
\t100
\t~\t~\t|

Noise=
\tRANDOM UNIFORM(0, 1, 7)
\t~\t~\t|
""")
    with pytest.raises(MdlError) as refused:
        read_model_file(path)
    text = str(refused.value)
    assert "model.mdl cannot be opened as a model (Vensim .mdl)" in text
    assert "line 2, macro 'GROWTH': macros with more than one output (after ':') are not supported" in text
    assert "Population" not in text  # arrays are read (tests/storage/test_arrays_mdl.py)
    assert "line 14, 'Noise': RANDOM UNIFORM is not supported (random numbers)" in text


def test_why_a_vensim_function_is_refused_is_said_in_spanish_too(tmp_path):
    from models import i18n

    path = write(tmp_path, "Noise=\n\tRANDOM UNIFORM(0, 1, 7)\n\t~\t~\t|\n")
    i18n.set_language("es")
    try:
        with pytest.raises(MdlError) as refused:
            read_model_file(path)
    finally:
        i18n.set_language("en")
    assert "RANDOM UNIFORM" in str(refused.value) and "(números aleatorios)" in str(refused.value)


def test_a_syntax_error_names_the_variable_and_column(tmp_path):
    path = write(tmp_path, "Broken=\n\t(1 + 2\n\t~\t~\t|\n")
    with pytest.raises(MdlError, match=r"line 2, 'Broken': expected '\)', found the end of the equation"):
        read_model_file(path)


def test_check_and_run_read_a_vensim_file_from_the_command_line(tmp_path, capsys):
    path = write(tmp_path, "Level= INTEG (1, 0)\n\t~\t~\t|\n")
    assert main.main(["check", str(path)]) == 0
    capsys.readouterr()
    assert main.main(["run", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    last = [line for line in lines if ",Level," in line or ",level," in line][-1]
    assert float(last.split(",")[-1]) == pytest.approx(4.0)
