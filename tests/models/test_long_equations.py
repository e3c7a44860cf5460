"""Long sums, products and chains compile in both back ends and give the numbers left-to-right arithmetic gives."""

from __future__ import annotations

import numpy as np
import pytest

from models.domain import Distribution, Variable
from models.engine.compiled import compile_study
from models.engine.montecarlo import run_samples
from models.language.equations import format_equation, parse
from tests.models.helpers import aux, run_one, study_of


def _assumption(name: str, value: float, spread: bool = False) -> Variable:
    distribution = Distribution("uniform", {"low": value * 0.9, "high": value * 1.1}) if spread else None
    return Variable(name, "assumption", value=value, min=0.0, max=10.0, distribution=distribution)


def _left_to_right(values, op):
    total = values[0]
    for value in values[1:]:
        total = op(total, value)
    return total


@pytest.mark.parametrize("terms", [202, 2_400, 10_000])
def test_a_long_sum_runs_and_adds_left_to_right(terms):
    study = study_of(_assumption("a", 0.1), aux("s", " + ".join(["a"] * terms)))
    expected = _left_to_right([0.1] * terms, lambda x, y: x + y)
    assert run_one(study, "s")[0] == expected  # exactly: the same additions in the same order


def test_a_long_product_with_divisions_runs_in_order():
    # a * b / c * b / c ...: products are plain, divisions are calls; both chains nest 1,000 deep.
    study = study_of(_assumption("a", 1.5), _assumption("b", 1.01), _assumption("c", 1.02),
                     aux("p", "a" + " * b / c" * 500))
    expected = 1.5
    for _ in range(500):
        expected = expected * 1.01 / 1.02
    assert run_one(study, "p")[0] == expected


def test_long_chains_of_differences_and_logic_keep_their_grouping():
    study = study_of(_assumption("a", 2.0),
                     aux("d", "100 - " + " - ".join(["a"] * 3_000)),
                     aux("both", " and ".join(["a > 1"] * 1_000)),
                     aux("either", " or ".join(["a < 1"] * 999 + ["a == 2"])))
    assert run_one(study, "d")[0] == _left_to_right([100.0] + [2.0] * 3_000, lambda x, y: x - y)
    assert run_one(study, "both")[0] == 1.0
    assert run_one(study, "either")[0] == 1.0


def test_a_long_sum_agrees_between_the_scalar_and_the_sampling_back_end():
    terms = 5_000
    study = study_of(_assumption("a", 0.3, spread=True), aux("s", " + ".join(["a"] * terms)),
                     Variable("k", "stock", initial="0", equation=" + ".join(["a"] * terms)))
    result = run_samples(compile_study(study), study, 64, seed=5, keep=True, dtype=np.float64)
    raw = result.raw[study.scenarios[0].id]  # (times, variables, samples)
    draws = raw[0, 0, :]
    for sample in range(0, 64, 9):
        expected = _left_to_right([float(draws[sample])] * terms, lambda x, y: x + y)
        assert raw[0, 1, sample] == expected
        assert raw[1, 2, sample] == expected  # the stock's rate over one step of 1


def test_a_long_difference_writes_back_flat_and_reads_back_the_same():
    text = " - ".join(["x"] * 10_000)
    written = format_equation(parse(text))
    assert written == text  # left-grouped differences need no brackets
    assert format_equation(parse(written)) == text
