"""Random equations of every operator and function: both back ends give the same numbers, zero signs included."""

from __future__ import annotations

import itertools
import math
import random

import numpy as np
import pytest

from models.domain import Scenario, Variable
from models.engine.compiled import ModelError, compile_study
from tests.models.helpers import aux, study_of

pytest.importorskip("llvmlite")

from models.engine.native import compile_native
from tests.models.test_native import _same

LEAVES = ["a", "b", "t", "dt", "0", "1", "-1", "2.5", "0.5", "1e308", "3"]
ONE = ["-{}", "not {}", "abs({})", "exp({})", "ln({})", "sqrt({})", "round({})", "floor({})", "ceil({})",
       "trunc({})", "sin({})", "atan({})", "asin({})", "log10({})"]
TWO = ["{} + {}", "{} - {}", "{} * {}", "{} / {}", "{} ^ {}", "{} < {}", "{} >= {}", "{} == {}", "{} != {}",
       "{} and {}", "{} or {}", "mod({}, {})", "rem({}, {})", "min({}, {})", "max({}, {})", "step({}, {})",
       "ramp({}, {})", "smooth({}, {})", "delay({}, {})", "prev({}, {})"]
THREE = ["if({}, {}, {})", "clip({}, {}, {})", "pulse({}, {}, {})"]
SPECIAL = [0.0, -0.0, 0.5, -1.5, 2.0, 1e308, math.inf, -math.inf, math.nan]


def _equation(rng: random.Random, depth: int) -> str:
    if depth == 0 or rng.random() < 0.2:
        return rng.choice(LEAVES)
    roll = rng.random()
    if roll < 0.3:
        return "(" + rng.choice(ONE).format(_equation(rng, depth - 1)) + ")"
    if roll < 0.85:
        return "(" + rng.choice(TWO).format(_equation(rng, depth - 1), _equation(rng, depth - 1)) + ")"
    return "(" + rng.choice(THREE).format(*(_equation(rng, depth - 1) for _ in range(3))) + ")"


@pytest.mark.parametrize("seed", range(6))
def test_random_equations_agree_on_special_inputs(seed):
    rng = random.Random(seed)
    equations = [_equation(rng, 4) for _ in range(12)]
    scenarios = [Scenario(f"{a}, {b}", overrides={"a": a, "b": b}) for a, b in itertools.product(SPECIAL, SPECIAL)]
    study = study_of(Variable("a", "assumption", value=1), Variable("b", "assumption", value=1),
                     *[aux(f"v{k}", text) for k, text in enumerate(equations)], end=3, step=0.5, scenarios=scenarios)
    try:
        model = compile_study(study)
    except ModelError:
        pytest.skip("this draw made a cycle")
    with np.errstate(all="ignore"):
        python = model.run(study)
        native = compile_native(study, model=model).run(study)
    for scenario in study.scenarios:
        for k, text in enumerate(equations):
            got, expected = native.values[scenario.id][k + 2], python.values[scenario.id][k + 2]
            assert _same(expected, got), (scenario.name, text, expected, got)
