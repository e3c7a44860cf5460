"""Fuzzing: random study files and random equation trees go through check -> compile -> run.

Whatever comes in, the answer is a refusal naming its place or a model that compiles and runs:
never a traceback, never a hang, never gigabytes. A file the reader accepts must compile and
run in both back ends, since accepting means exactly that.
"""

from __future__ import annotations

import datetime
import functools
import json
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.domain import Scenario, Study, TimeAxis, Variable
from models.engine.acceptance import MEMORY_LIMIT, study_problems
from models.engine.compiled import ModelError, compile_study
from models.engine.montecarlo import run_samples
from models.language.equations import (
    FUNCTIONS,
    Binary,
    Call,
    Name,
    Num,
    Unary,
    format_equation,
)
from storage.errors import InterchangeError
from storage.interchange import parse_study_text

NAMES = ["a", "b", "s", "k", "t", "dt", "zz", "if", "smooth"]
OPERATORS = ["+", "-", "*", "/", "^", "<", "<=", ">", ">=", "==", "!=", "and", "or"]
HANG = datetime.timedelta(seconds=10)  # an example slower than this is a hang, not a slow machine
FUZZ = settings(max_examples=30, deadline=HANG, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Extremes often: a lag of 1e300 steps, a start at -1e308 or a period of 1e-300 each once broke a run.
finite = st.one_of(st.sampled_from([0.0, 0.5, 2.0, 1e-300, 1e300, 1e308]),
                   st.floats(min_value=0, max_value=1e308, allow_nan=False, allow_infinity=False))
leaves = st.one_of(st.builds(Num, finite, st.just(0)), st.builds(Name, st.sampled_from(NAMES), st.just(0)))


def _chain(op: str, parts: list) -> Binary:
    return functools.reduce(lambda left, right: Binary(op, left, right, 0), parts)


def _extend(children):
    return st.one_of(
        st.builds(Unary, st.sampled_from(["-", "+", "not"]), children, st.just(0)),
        st.builds(Binary, st.sampled_from(OPERATORS), children, children, st.just(0)),
        st.builds(Call, st.sampled_from([*FUNCTIONS, "nope"]), st.lists(children, max_size=4).map(tuple), st.just(0)),
        # Long chains: deeper than CPython's compiler goes when written as nested expressions.
        st.builds(_chain, st.sampled_from(["+", "-", "*", "/", "and"]), st.lists(children, min_size=2, max_size=400)),
    )


trees = st.recursive(leaves, _extend, max_leaves=40)
raw_text = st.text(alphabet="ab sk+-*/^()<>=!,.0123456789eE", max_size=60)
equations = st.one_of(trees.map(format_equation), raw_text)
numbers = st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-10**40, 10**40))


@st.composite
def documents(draw) -> str:
    """Return the text of a study file, well formed or not."""
    time = draw(st.one_of(
        st.fixed_dictionaries({"start": st.integers(-5, 5), "end": st.integers(6, 60), "step": st.sampled_from([0.25, 0.5, 1, 3])}),
        st.fixed_dictionaries({"start": numbers, "end": numbers, "step": numbers}),
    ))
    variables = [
        {"name": "a", "kind": "assumption", "value": draw(numbers)},
        {"name": "b", "kind": "assumption", "value": 1.0, "min": 0.0, "max": 2.0,
         "distribution": draw(st.sampled_from([{"type": "uniform", "low": 0.5, "high": 1.5},
                                               {"type": "normal", "mean": 1, "sd": -1}, {"type": "pert", "low": 2}]))},
        {"name": "s", "kind": "auxiliary", "equation": draw(equations)},
        {"name": "k", "kind": draw(st.sampled_from(["stock", "auxiliary", "gauge"])),
         "initial": draw(equations), "equation": draw(equations)},
    ]
    names = [f"sc{i}" for i in range(draw(st.integers(1, 4)))]
    scenarios = [{"name": name, "parent": draw(st.one_of(st.none(), st.sampled_from([*names, "ghost"]))),
                  "assumptions": draw(st.dictionaries(st.sampled_from(["a", "b", "s"]), numbers, max_size=2))}
                 for name in names]
    events = [{"name": "e", "probability": draw(st.floats(-1, 2)), "start": draw(numbers),
               "effects": [{"variable": draw(st.sampled_from(["a", "s", "k", "q"])), "op": "add", "value": 1.0}]}]
    document = {"format": "prospectiva-study", "version": 1,
                "study": {"title": "Fuzz", "time": time, "variables": variables,
                          "events": draw(st.sampled_from([[], events]))},
                "scenarios": scenarios}
    if draw(st.booleans()):  # break the shape somewhere: a missing key or a value of the wrong type
        target = draw(st.sampled_from([document, document["study"], variables[2], scenarios[0], time]))
        key = draw(st.sampled_from(sorted(target)))
        if draw(st.booleans()):
            del target[key]
        else:
            target[key] = draw(st.one_of(st.text(max_size=5), st.lists(st.integers(), max_size=3), st.none()))
    return json.dumps(document)


@pytest.fixture(autouse=True, scope="module")
def _memory():
    tracemalloc.start()
    yield
    tracemalloc.stop()


def _run_everything(study: Study) -> None:
    model = compile_study(study)
    model.run(study)
    run_samples(model, study, 16, seed=1)


@FUZZ
@given(documents())
def test_a_random_study_file_is_refused_in_place_or_runs(text):
    tracemalloc.reset_peak()
    try:
        study = parse_study_text(text, "fuzz.json")
    except InterchangeError as error:
        assert error.problems and all(p.strip() for p in error.problems)
    else:
        _run_everything(study)  # accepted means it compiles and runs: no ModelError here
    assert tracemalloc.get_traced_memory()[1] < MEMORY_LIMIT


@FUZZ
@given(trees, trees, trees)
def test_random_equation_trees_are_problems_with_a_place_or_run(equation, initial, rate):
    tracemalloc.reset_peak()
    study = Study("Fuzz", TimeAxis(0, 8, 1), variables=[
        Variable("a", "assumption", value=0.5), Variable("b", "assumption", value=2.0),
        Variable("s", "auxiliary", equation=format_equation(equation)),
        Variable("k", "stock", initial=format_equation(initial), equation=format_equation(rate)),
    ], scenarios=[Scenario("Base")])
    problems = study_problems(study)
    if problems:
        assert all(p.variable in ("s", "k", "") and p.message for p in problems)
        with pytest.raises(ModelError):
            compile_study(study)
    else:
        _run_everything(study)
    assert tracemalloc.get_traced_memory()[1] < MEMORY_LIMIT
