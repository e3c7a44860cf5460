"""Functions added for models from other tools: closed forms, and the same answers from both engines."""

import itertools
import math

import numpy as np
import pytest
from numpy.testing import assert_allclose

from models.engine import runtime
from models.language.equations import format_equation, parse
from tests.models.helpers import aux, run_one, study_of

T = np.arange(0.0, 11.0)
SPECIAL = [0.0, -0.0, 1.5, -1.5, 2.0, -7.0, 1e308, math.inf, -math.inf, math.nan]


@pytest.mark.parametrize("equation, expected", [
    ("trunc(t / 4 - 2)", np.trunc(T / 4 - 2)),
    ("mod(t - 5, 3)", np.mod(T - 5, 3)),
    ("rem(t - 5, 3)", np.fmod(T - 5, 3)),
    ("mod(-10, 3) + rem(-10, 3) * 10", np.full(T.shape, 2 - 10.0)),
    ("sin(t) + cos(t) + tan(t / 10)", np.sin(T) + np.cos(T) + np.tan(T / 10)),
    ("asin(t / 10) + acos(t / 10) + atan(t)", np.arcsin(T / 10) + np.arccos(T / 10) + np.arctan(T)),
    ("pulse(4, 2, 1, 3)", np.where((T >= 2) & ((T - 2) % 3 < 1), 4.0, 0.0)),
    ("pulse(4, 2, 2, 4)", np.where((T >= 2) & ((T - 2) % 4 < 2), 4.0, 0.0)),
    ("pulse(4, 2, 1, 0)", np.where(T == 2, 4.0, 0.0)),
])
def test_added_functions_match_closed_forms(equation, expected):
    assert_allclose(run_one(study_of(aux("y", equation)), "y"), expected, atol=1e-12)


def test_a_repeating_pulse_on_a_fine_grid_fires_once_per_interval():
    study = study_of(aux("y", "pulse(1 / dt, 1, dt, 2.5)"), end=10, step=0.125)
    values = run_one(study, "y")
    fired = study.time.points()[values > 0]
    assert_allclose(fired, [1, 3.5, 6, 8.5])


def _same(a: float, b: float) -> bool:
    return a == b or (a != a and b != b)


@pytest.mark.parametrize("name", ["_trunc", "_sin", "_cos", "_tan", "_asin", "_acos", "_atan"])
def test_one_argument_functions_agree_between_engines(name):
    with np.errstate(all="ignore"):
        for x in SPECIAL:
            assert _same(runtime.SCALAR[name](x), float(runtime.VECTOR[name](np.array([x]))[0])), x


@pytest.mark.parametrize("name", ["_mod", "_rem"])
def test_remainders_agree_between_engines_even_at_zero_inf_and_nan(name):
    with np.errstate(all="ignore"):
        for a, b in itertools.product(SPECIAL, SPECIAL):
            scalar = runtime.SCALAR[name](a, b)
            vector = float(runtime.VECTOR[name](np.array([a]), np.array([b]))[0])
            assert _same(scalar, vector), (a, b, scalar, vector)


def test_pulse_agrees_between_engines():
    times = np.arange(0.0, 12.0, 0.25)
    with np.errstate(all="ignore"):
        for interval in (0.0, -1.0, 3.0, 2.5, math.inf, math.nan):
            for width in (0.25, 1.0, 2.0):
                scalar = [runtime.SCALAR["_pulse"](4.0, 2.0, width, t, interval) for t in times]
                vector = [float(runtime.VECTOR["_pulse"](np.array([4.0]), 2.0, width, t, np.array([interval]))[0]) for t in times]
                assert scalar == vector, (interval, width)


@pytest.mark.parametrize("text", [
    "a + b < c and not x == 2 or -2 ^ 2",
    "-(a * b) - (c - d) + 2 ^ -1 ^ 2",
    "(a < b) == (c < d)",
    "(2 ^ 3) ^ 2 + (-2) ^ 2",
    "if(t > 1, mod(t, 3), lookup(t, 0, 1, 2.5, 3))",
])
def test_formatted_equations_parse_back_to_the_same_tree(text):
    tree = parse(text)
    again = parse(format_equation(tree))
    assert _shape(again) == _shape(tree)


def _shape(node):
    """Return a tree without positions, to compare trees written differently."""
    fields = [getattr(node, f) for f in node.__slots__ if f != "pos"]
    return (type(node).__name__, *[tuple(_shape(a) for a in f) if isinstance(f, tuple) else
                                   _shape(f) if hasattr(f, "__slots__") else f for f in fields])
