"""The native back end gives the Python back end's numbers, caches its code, and is never required."""

from __future__ import annotations

import itertools
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from models.domain import Effect, Event, Scenario, Variable
from models.engine.compiled import compile_study
from tests.models.helpers import aux, study_of

pytest.importorskip("llvmlite")

from models.engine.native import assemble, compile_native

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
SPECIAL = [0.0, -0.0, 0.5, -1.5, 2.0, -7.0, 3.0, 1e308, -1e308, 1e-310, math.inf, -math.inf, math.nan]

# Every operator and function, on two inputs that take every pair of special values.
EQUATIONS = {
    "sum": "a + b", "difference": "a - b", "product": "a * b", "quotient": "a / b", "power": "a ^ b",
    "negated": "-a", "mod": "mod(a, b)", "rem": "rem(a, b)", "least": "min(a, b, 2)", "most": "max(a, b, -2)",
    "clipped": "clip(a, b, 2)", "ifs": "if(a, b, 3) + if(a > b, 1, 2)", "logic": "(a and b) + (a or b) * 2 + (not a) * 4",
    "compared": "(a < b) + (a <= b) * 2 + (a > b) * 4 + (a >= b) * 8 + (a == b) * 16 + (a != b) * 32",
    "exp": "exp(a)", "ln": "ln(a)", "log10": "log10(a)", "sqrt": "sqrt(a)", "abs": "abs(a)",
    "round": "round(a)", "floor": "floor(a)", "ceil": "ceil(a)", "trunc": "trunc(a)",
    "sin": "sin(a)", "cos": "cos(a)", "tan": "tan(a)", "asin": "asin(a)", "acos": "acos(a)", "atan": "atan(a)",
    "lookup": "lookup(a, -1, 5, 0, 1, 2.5, 3, 1e300, -4)", "step": "step(a, b)", "ramp": "ramp(a, b) + ramp(1, b, a)",
    # (an interval of 1e-310 overflows math.floor in the Python back end: kept above that here)
    "pulse": "pulse(a, 1, b) + pulse(1, 2, 1, b * 1e300) + pulse(3, b)",
    "delayed": "delay(a, b) + delay(t, b, a)", "smoothed": "smooth(a + t, b)", "previous": "prev(a * t, b)",
    # Python keeps comparisons as bools and their arithmetic as ints, where zero has no sign.
    "bool zero": "1 / -(a > b)", "int zero": "1 / ((a > b) * ((a < b) - (a >= b)))",
    "mixed zero": "1 / -if(a, a < b, b)",
    "floor zero": "1 / floor(a / 1e300) + 1 / ceil(a / 1e300) + 1 / round(a / 1e300)",
}


def _same(python: np.ndarray, native: np.ndarray) -> bool:
    """Say whether two results are equal to 1e-12 relative, nan for nan and zero's sign for zero's sign."""
    both_nan = np.isnan(python) & np.isnan(native)
    close = np.isclose(native, python, rtol=1e-12, atol=0.0) | both_nan
    zero_signs = (python != 0) | (np.signbit(python) == np.signbit(native))
    return bool(np.all(close & zero_signs))


def _agree(study, model=None):
    model = model or compile_study(study)
    python = model.run(study)
    native = compile_native(study).run(study)
    for scenario in study.scenarios:
        yield scenario, python.values[scenario.id], native.values[scenario.id]


def test_every_function_agrees_on_zeros_infinities_and_nan():
    scenarios = [Scenario(f"{a!r}, {b!r}", overrides={"a": a, "b": b}) for a, b in itertools.product(SPECIAL, SPECIAL)]
    study = study_of(Variable("a", "assumption", value=1), Variable("b", "assumption", value=1),
                     *[aux(f"v{k}", equation) for k, equation in enumerate(EQUATIONS.values())],
                     end=4, step=0.5, scenarios=scenarios)
    names = list(EQUATIONS)
    with np.errstate(all="ignore"):
        for scenario, python, native in _agree(study):
            for k, name in enumerate(names):
                assert _same(python[k + 2], native[k + 2]), (scenario.name, name, python[k + 2], native[k + 2])


def test_the_sample_study_agrees_in_every_scenario():
    from storage.interchange import read_study_file

    study = read_study_file(SAMPLE)
    assert study.events and any(study.resolved_events(s.id) for s in study.scenarios)
    for scenario, python, native in _agree(study):
        assert python.shape == native.shape == (len(study.variables), study.time.count)
        assert _same(python, native), scenario.name


def test_stocks_events_and_stateful_functions_agree_over_many_steps():
    study = study_of(
        Variable("r", "assumption", value=0.03), Variable("shock", "assumption", value=1),
        Variable("pop", "stock", initial="100", equation="pop * r * shock - outflow"),
        aux("outflow", "smooth(pop * 0.01, 3) + delay(pop, 2.5, 1) * 0.001 + prev(outflow, 0) * 0.1"),
        aux("pressure", "lookup(pop / 100, 0, 0, 1, 1, 2, 1.5, 4, 1.7) * if(t > 30, 2, 1)"),
        end=60, step=0.25, scenarios=[Scenario("Base", events={"crash": True}), Scenario("Calm")],
    )
    study.events = [Event("crash", 0.5, start=10, duration=5, effects=[
        Effect("shock", "multiply", -2), Effect("pressure", "add", 3), Effect("outflow", "multiply", 1.5)])]
    runs = list(_agree(study))
    assert not np.allclose(runs[0][1], runs[1][1])  # the event changes the run it is on in
    for scenario, python, native in runs:
        assert _same(python, native), scenario.name


def test_a_large_model_agrees_and_is_split_into_bounded_functions():
    from benchmarks.engine import synthetic_study

    study = synthetic_study(size=1_500, steps=50)
    model = compile_study(study)
    for scenario, python, native in _agree(study, model):
        assert _same(python, native)
    text = assemble.build(study, model.analysis, model.targeted)
    lengths = [len(body.split("\n")) for body in text.split("\ndefine ")[1:]]
    assert len(lengths) > 20 and max(lengths) < 2 * assemble.CHUNK_LINES


def test_deterministic_runs_go_native_once_handed_over_and_never_for_another_structure():
    study = study_of(Variable("r", "assumption", value=2), aux("y", "r * t"))
    model = compile_study(study)
    assert model.backend == "python"
    model.use_native(compile_native(study, model=model))
    assert model.backend == "native"
    study.variables[0].value = 5  # a value, not the structure: the same code runs it
    np.testing.assert_array_equal(model.run(study).series(study.scenarios[0].id, "y"), 5 * np.arange(11.0))
    other = study_of(Variable("r", "assumption", value=2), aux("y", "r + t"))
    with pytest.raises(ValueError, match="another model structure"):
        model.use_native(compile_native(other))


def test_compiled_code_is_cached_by_structure_and_a_damaged_file_is_compiled_again(tmp_path):
    study = study_of(Variable("r", "assumption", value=0.5), Variable("s", "stock", initial="1", equation="s * r"))
    first = compile_native(study, tmp_path)
    assert not first.from_cache and len(list(tmp_path.iterdir())) == 1
    again = compile_native(study, tmp_path)
    assert again.from_cache
    expected = 1.5 ** np.arange(11.0)
    np.testing.assert_allclose(again.run(study).series(study.scenarios[0].id, "s"), expected, rtol=1e-15)
    cached = next(tmp_path.iterdir())
    cached.write_bytes(cached.read_bytes()[:-40] + b"\0" * 40)
    repaired = compile_native(study, tmp_path)
    assert not repaired.from_cache
    np.testing.assert_allclose(repaired.run(study).series(study.scenarios[0].id, "s"), expected, rtol=1e-15)
    study.variables[1].equation = "s * r * 2"
    assert not compile_native(study, tmp_path).from_cache  # another structure, another entry
    assert len(list(tmp_path.iterdir())) == 2


def test_the_cache_keeps_the_most_recently_used_models(tmp_path, monkeypatch):
    from models.engine.native import model as native_model

    monkeypatch.setattr(native_model, "KEEP", 2)
    studies = [study_of(aux("y", f"t * {k}")) for k in range(3)]
    compile_native(studies[0], tmp_path)
    compile_native(studies[1], tmp_path)
    assert compile_native(studies[0], tmp_path).from_cache  # used again: now the newest
    compile_native(studies[2], tmp_path)
    assert len(list(tmp_path.iterdir())) == 2
    assert compile_native(studies[0], tmp_path).from_cache
    assert not compile_native(studies[1], tmp_path).from_cache  # the least recently used went


def test_a_broken_model_is_refused_with_its_problems():
    from models.engine.compiled import ModelError

    with pytest.raises(ModelError, match="unknown name 'lithum'"):
        compile_native(study_of(aux("a", "lithum * 2"), Variable("lithium", "assumption", value=1)))


def test_without_llvmlite_everything_still_runs_on_the_python_back_end(tmp_path):
    # A fresh interpreter where importing llvmlite fails, as on a platform without its wheel.
    script = f"""
import sys
sys.modules["llvmlite"] = None
sys.path.insert(0, {str(ROOT)!r})
import main
from models.engine import native
assert not native.available()
try:
    native.compile_native(None)
except native.NativeUnavailable as error:
    print("refused:", error)
sys.exit(main.main(["run", {str(SAMPLE)!r}, "--out", {str(tmp_path / "out.csv")!r}]))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "refused: native code needs llvmlite" in done.stdout
    assert "llvmlite" not in done.stderr
    rows = (tmp_path / "out.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "scenario,variable,time,value" and len(rows) > 1_000
