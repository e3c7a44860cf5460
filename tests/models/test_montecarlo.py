"""Monte Carlo: reproducible, right on known distributions, and the same as the scalar engine."""

import numpy as np
from numpy.testing import assert_allclose

from models.domain import Distribution, Effect, Event, Scenario, Variable
from models.engine.compiled import compile_study
from models.engine.montecarlo import run_samples
from tests.models.helpers import aux, study_of


def _uncertain_study():
    study = study_of(
        Variable("r", "assumption", value=0.1, min=0, max=1, distribution=Distribution("normal", {"mean": 0.1, "sd": 0.02})),
        Variable("u", "assumption", value=5, distribution=Distribution("uniform", {"low": 0, "high": 10})),
        Variable("pop", "stock", initial="100", equation="pop * r"),
        aux("y", "u * 2 + smooth(pop, 2) * 0 + delay(u, 2)"),
    )
    study.events = [Event("shock", 0.25, start=2, duration=3, effects=[Effect("y", "add", 100)])]
    return study


def test_same_seed_gives_identical_results_and_another_seed_does_not():
    study = _uncertain_study()
    model = compile_study(study)
    first = run_samples(model, study, 500, seed=7).to_frame(study)
    again = run_samples(model, study, 500, seed=7).to_frame(study)
    other = run_samples(model, study, 500, seed=8).to_frame(study)
    assert first.equals(again)
    assert not first.equals(other)


def test_mean_and_percentiles_match_the_distribution():
    study = _uncertain_study()
    result = run_samples(compile_study(study), study, 20_000, seed=1)
    stats = result.stats[study.scenarios[0].id]
    u = result.names.index("u")
    assert abs(stats["mean"][u, 0] - 5) < 0.1
    assert_allclose([stats[p][u, 0] for p in ("p5", "p25", "p50", "p75", "p95")], [0.5, 2.5, 5, 7.5, 9.5], atol=0.15)


def test_event_happens_with_its_probability_unless_switched():
    study = _uncertain_study()
    study.scenarios.append(Scenario("Always", events={"shock": True}))
    result = run_samples(compile_study(study), study, 10_000, seed=3)
    base, always = study.scenarios
    assert abs(result.event_frequency[base.id]["shock"] - 0.25) < 0.02
    assert result.event_frequency[always.id]["shock"] == 1.0


def test_vectorised_and_scalar_engines_agree_on_every_value():
    study = _uncertain_study()
    for variable in study.variables:
        variable.distribution = None
    study.scenarios[0].events = {"shock": True}
    model = compile_study(study)
    scalar = model.run(study).values[study.scenarios[0].id]
    result = run_samples(model, study, 3, seed=0, keep=True, dtype=np.float64)
    raw = result.raw[study.scenarios[0].id]
    for sample in range(3):
        assert_allclose(raw[:, :, sample].T, scalar, rtol=1e-12)


def test_a_scenario_override_moves_the_distribution_within_the_slider_range():
    study = _uncertain_study()
    study.scenarios[0].overrides = {"u": 9.0}
    result = run_samples(compile_study(study), study, 5_000, seed=2)
    stats = result.stats[study.scenarios[0].id]
    u = result.names.index("u")
    assert abs(stats["p50"][u, 0] - 9) < 0.2  # uniform(0, 10) shifted by +4, unbounded above


def test_summaries_are_numpys_mean_and_percentiles_of_the_samples_kept_or_sorted_in_place():
    study = _uncertain_study()
    study.time.end = 50.0  # 51 time steps: summarised in blocks while the pass runs
    study.variables.append(Variable("rising", "auxiliary", equation="r * t"))
    model = compile_study(study)
    kept = run_samples(model, study, 400, seed=5, keep=True)
    summarised_in_place = run_samples(model, study, 400, seed=5)
    raw = kept.raw[study.scenarios[0].id].astype(np.float64)
    for result in (kept, summarised_in_place):
        stats = result.stats[study.scenarios[0].id]
        assert_allclose(stats["mean"], raw.mean(axis=2).T, rtol=1e-6)
        for p in (5, 25, 50, 75, 95):
            assert_allclose(stats[f"p{p}"], np.percentile(raw, p, axis=2).T, rtol=1e-6)


def test_on_the_sample_study_every_sample_without_spread_equals_the_scalar_projection():
    # The numpy version computes what holds still once, before its loop; it must still give the
    # scalar engine's numbers for every scenario, variable and time.
    from pathlib import Path

    from storage.interchange import read_study_file

    study = read_study_file(Path(__file__).resolve().parents[2] / "resources" / "samples" / "bolivia-paz-pivot.json")
    for variable in study.variables:
        variable.distribution = None
    for event in study.events:
        event.probability = 0.0  # events not switched on stay off, as in the deterministic run
    model = compile_study(study)
    scalar = model.run(study).values
    result = run_samples(model, study, 2, seed=0, keep=True, dtype=np.float64)
    for scenario in study.scenarios:
        for sample in range(2):
            assert_allclose(result.raw[scenario.id][:, :, sample].T, scalar[scenario.id], rtol=1e-12, atol=1e-12)


def test_min_and_max_against_a_number_give_numpys_answers_even_at_nan_and_infinity():
    study = study_of(
        Variable("u", "assumption", value=0, distribution=Distribution("uniform", {"low": -1, "high": 1})),
        aux("floor_at_zero", "max(0, ln(u))"),
        aux("capped", "min(ln(u), 0.25)"),
    )
    result = run_samples(compile_study(study), study, 500, seed=4, keep=True, dtype=np.float64)
    raw = result.raw[study.scenarios[0].id][0]
    with np.errstate(all="ignore"):
        logs = np.log(raw[result.names.index("u")])  # nan below zero, -inf at zero
    assert np.isnan(logs).any()
    assert_allclose(raw[result.names.index("floor_at_zero")], np.maximum(0, logs))
    assert_allclose(raw[result.names.index("capped")], np.minimum(logs, 0.25))


def test_on_the_sample_study_every_event_applies_inside_its_window_as_in_the_scalar_engine():
    # Samples skip an event's effects outside the steps where it changes something; inside them
    # they must still give the scalar engine's numbers.
    from pathlib import Path

    from storage.interchange import read_study_file

    study = read_study_file(Path(__file__).resolve().parents[2] / "resources" / "samples" / "bolivia-paz-pivot.json")
    for variable in study.variables:
        variable.distribution = None
    model = compile_study(study)
    root = study.scenarios[0].id
    for switch in (False, True):
        for scenario in study.scenarios:
            scenario.events = {event.name: switch for event in study.events}
        scalar = model.run(study).values
        if not switch:
            without_events = scalar[root]
    assert not np.allclose(scalar[root], without_events)
    result = run_samples(model, study, 2, seed=0, keep=True, dtype=np.float64)
    for scenario in study.scenarios:
        for sample in range(2):
            assert_allclose(result.raw[scenario.id][:, :, sample].T, scalar[scenario.id], rtol=1e-12, atol=1e-12)
