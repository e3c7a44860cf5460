"""Monte Carlo through native code gives the numpy back end's samples, percentiles and answers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.domain import Distribution, Effect, Event, Path as SeriesPath, Scenario, Variable
from models.engine.chance import chance_of
from models.engine.compiled import ModelError, compile_study
from models.engine.montecarlo import run_samples
from models.engine.tornado import tornado
from tests.models.helpers import aux, study_of

pytest.importorskip("llvmlite")

from models.engine.native import compile_native

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"


def _close(numpy_values: np.ndarray, native_values: np.ndarray) -> bool:
    """Say whether two sets of samples agree to 1e-12 relative, nan for nan, infinity for infinity."""
    both_nan = np.isnan(numpy_values) & np.isnan(native_values)
    return bool(np.all(np.isclose(native_values, numpy_values, rtol=1e-12, atol=0.0) | both_nan))


@pytest.fixture(params=[False, True], ids=["one sample a time", "lanes"])
def lanes(request):
    """Run each test with samples one after another through the scalar step, and LANES side by side."""
    return request.param


def _both(study, lanes):
    """Return the study's model on the numpy back end, and a second one running samples natively."""
    numpy_model = compile_study(study)
    native_model = compile_study(study)
    code = compile_native(study, model=native_model, lanes=lanes)
    assert (code.lanes_entry is not None) == lanes
    native_model.use_native(code)
    return numpy_model, native_model


def _uncertain_study():
    """Events, smooth, delay, a lookup, if and divisions by zero, all fed by sampled assumptions."""
    scenarios = [
        Scenario("Base"),
        Scenario("Shock on", events={"shock": True}, overrides={"a": SeriesPath(((0.0, 1.0), (10.0, 3.0)))}),
        Scenario("Shock off", events={"shock": False}, overrides={"b": 2.0}),
    ]
    study = study_of(
        # b is clipped at 2, so many samples hold exactly 2 and divide by zero below.
        Variable("a", "assumption", value=2, min=0, max=5, distribution=Distribution("normal", {"mean": 2, "sd": 1})),
        Variable("b", "assumption", value=1.5, max=2, distribution=Distribution("uniform", {"low": 0, "high": 3})),
        Variable("c", "assumption", value=4, distribution=Distribution("triangular", {"low": 1, "mode": 4, "high": 9})),
        aux("demand", "a * (1 + 0.1 * t) + c"),
        aux("inverse", "1 / (b - 2)"),
        aux("ratio", "(b - 2) / (b - 2)"),
        aux("shaped", "lookup(demand, 0, 0, 5, 10, 10, 12, 20, 30)"),
        aux("choice", "if(demand > 8, smooth(demand, c), delay(demand, b + 0.5, 1))"),
        aux("finite_gap", "if(b < 2, 1 / (b - 2), 0)"),
        Variable("stock", "stock", equation="shaped - stock / c + finite_gap", initial="demand"),
        end=10, step=0.5, scenarios=scenarios,
    )
    study.events = [
        Event("shock", 0.4, start=3, duration=2, effects=[Effect("demand", "multiply", 1.5), Effect("a", "add", 1.0)]),
        Event("windfall", 0.7, start=6, effects=[Effect("shaped", "add", -2.0)]),
    ]
    return study


def test_the_sample_study_samples_agree_with_the_numpy_back_end(lanes):
    from storage.interchange import read_study_file

    study = read_study_file(SAMPLE)
    numpy_model, native_model = _both(study, lanes)
    expected = run_samples(numpy_model, study, 300, seed=11, keep=True, dtype=np.float64)
    got = run_samples(native_model, study, 300, seed=11, keep=True, dtype=np.float64)
    assert (expected.backend, got.backend) == ("numpy", "native")
    for scenario in study.scenarios:
        assert _close(expected.raw[scenario.id], got.raw[scenario.id]), scenario.name
        for stat, values in expected.stats[scenario.id].items():
            assert _close(values, got.stats[scenario.id][stat]), (scenario.name, stat)
    assert got.event_frequency == expected.event_frequency


def test_events_smooth_delay_lookups_if_and_division_by_zero_agree_sample_by_sample(lanes):
    study = _uncertain_study()
    numpy_model, native_model = _both(study, lanes)
    with np.errstate(all="ignore"):
        expected = run_samples(numpy_model, study, 501, seed=3, keep=True, dtype=np.float64)
    got = run_samples(native_model, study, 501, seed=3, keep=True, dtype=np.float64)
    inverse, ratio = got.names.index("inverse"), got.names.index("ratio")
    for scenario in study.scenarios:
        assert _close(expected.raw[scenario.id], got.raw[scenario.id]), scenario.name
    # The cases are really there: b clipped to 2 divides by zero (inf, and 0/0 nan), the shock happens in some samples.
    base = got.raw[study.scenarios[0].id]
    assert np.isinf(base[:, inverse]).any() and np.isnan(base[:, ratio]).any()
    assert 0 < got.event_frequency[study.scenarios[0].id]["shock"] < 1


def test_a_stock_of_a_sampled_inflow_grows_linearly_in_every_sample(lanes):
    # stock' = r, stock(0) = 1: at time t each sample holds 1 + r t, r that sample's draw.
    study = study_of(
        Variable("r", "assumption", value=1, distribution=Distribution("uniform", {"low": 0, "high": 2})),
        Variable("stock", "stock", equation="r", initial="1"),
        end=4, step=0.25)
    _, native_model = _both(study, lanes)
    got = run_samples(native_model, study, 203, seed=5, keep=True, dtype=np.float64, variables=["r", "stock"])
    samples = got.raw[study.scenarios[0].id]  # (times, variables, samples)
    r = samples[0, 0]
    assert np.allclose(samples[:, 1], 1 + np.outer(got.times, r), rtol=1e-12)
    assert 0 < r.min() and r.max() < 2


def test_float32_percentiles_and_a_block_split_run_agree(lanes):
    study = _uncertain_study()
    numpy_model, native_model = _both(study, lanes)
    with np.errstate(all="ignore"):
        expected = run_samples(numpy_model, study, 2_000, seed=9, variables=["stock", "choice"])
    got = run_samples(native_model, study, 2_000, seed=9, variables=["stock", "choice"])
    for scenario in study.scenarios:
        for stat, values in expected.stats[scenario.id].items():
            assert _close(values, got.stats[scenario.id][stat]), (scenario.name, stat)


def test_chance_and_tornado_give_the_numpy_answers(lanes):
    study = _uncertain_study()
    numpy_model, native_model = _both(study, lanes)
    scenario = study.scenarios[0].id
    with np.errstate(all="ignore"):
        expected = chance_of(numpy_model, study, scenario, "stock", 10.0, "above", 8.0, samples=1_000, seed=2)
        bars = tornado(numpy_model, study, scenario, "stock", 8.0)
    assert chance_of(native_model, study, scenario, "stock", 10.0, "above", 8.0, samples=1_000, seed=2) == expected
    native_bars = tornado(native_model, study, scenario, "stock", 8.0)
    assert [b.name for b in native_bars.bars] == [b.name for b in bars.bars]
    assert np.isclose(native_bars.baseline, bars.baseline, rtol=1e-12)
    for ours, theirs in zip(native_bars.bars, bars.bars):
        assert np.isclose(ours.output_low, theirs.output_low, rtol=1e-12)
        assert np.isclose(ours.output_high, theirs.output_high, rtol=1e-12)


@pytest.mark.parametrize("seed", range(4))
def test_random_equations_on_special_values_agree_in_lanes_and_one_sample_at_a_time(seed):
    # Every operator and function, each pair of special values one sample: a lane gives exactly
    # what the scalar step gives, zero signs and nan included.
    import itertools
    import random

    from models.engine.montecarlo import run_columns
    from tests.models.test_native import _same
    from tests.models.test_native_random import SPECIAL, _equation

    rng = random.Random(seed)
    equations = [_equation(rng, 4) for _ in range(12)]
    study = study_of(Variable("a", "assumption", value=0), Variable("b", "assumption", value=0),
                     *[aux(f"v{k}", text) for k, text in enumerate(equations)], end=3, step=0.5)
    try:
        one = compile_study(study)
    except ModelError:
        pytest.skip("this draw made a cycle")
    side_by_side = compile_study(study)
    one.use_native(compile_native(study, model=one))
    side_by_side.use_native(compile_native(study, model=side_by_side, lanes=True))
    pairs = np.array(list(itertools.product(SPECIAL, SPECIAL)))
    shifts = {0: pairs[:, 0], 1: pairs[:, 1]}
    with np.errstate(all="ignore"):
        expected = run_columns(one, study, study.scenarios[0].id, shifts, {}, len(pairs))
        got = run_columns(side_by_side, study, study.scenarios[0].id, shifts, {}, len(pairs))
    for k, text in enumerate(equations):
        assert _same(expected[:, k + 2], got[:, k + 2]), text


@pytest.mark.parametrize("chunk_bytes", [1, 3_000], ids=["a group a call", "a few groups a call"])
def test_samples_cut_into_many_native_calls_give_the_numbers_of_one_call(lanes, chunk_bytes, monkeypatch):
    # Inputs are copied into the buffers a chunk of samples at a time (held over time, moving over
    # time, event effects only where they act): however the samples are cut, each gets its numbers.
    from models.engine.native import samples as native_samples

    study = _uncertain_study()
    numpy_model, native_model = _both(study, lanes)
    with np.errstate(all="ignore"):
        expected = run_samples(numpy_model, study, 203, seed=4, keep=True, dtype=np.float64)
    whole = run_samples(native_model, study, 203, seed=4, keep=True, dtype=np.float64)
    monkeypatch.setattr(native_samples, "CHUNK_BYTES", chunk_bytes)
    cut = run_samples(native_model, study, 203, seed=4, keep=True, dtype=np.float64)
    charted = run_samples(native_model, study, 203, seed=4, keep=True, dtype=np.float64, variables=["choice", "a"])
    for scenario in study.scenarios:
        assert np.array_equal(whole.raw[scenario.id], cut.raw[scenario.id], equal_nan=True), scenario.name
        assert _close(expected.raw[scenario.id], cut.raw[scenario.id]), scenario.name
        rows = [cut.names.index("choice"), cut.names.index("a")]
        assert np.array_equal(cut.raw[scenario.id][:, rows], charted.raw[scenario.id], equal_nan=True)
