"""Fan-chart bands, chance queries and tornado swings agree with closed forms."""

from statistics import NormalDist

import numpy as np
from numpy.testing import assert_allclose

from models.domain import Distribution, Effect, Event, Variable
from models.engine.chance import chance_from_samples, chance_of
from models.engine.compiled import compile_study
from models.engine.montecarlo import run_samples
from models.engine.tornado import quantile, tornado
from tests.models.helpers import aux, study_of


def _normal_study():
    study = study_of(
        Variable("x", "assumption", value=0.0, distribution=Distribution("normal", {"mean": 0.0, "sd": 1.0})),
        Variable("g", "assumption", value=2.0, distribution=Distribution("uniform", {"low": 1.0, "high": 3.0})),
        aux("y", "3 * x + 1"),
        aux("z", "y + g * t"),
    )
    return study, compile_study(study)


def test_bands_contain_the_deterministic_line_when_the_distributions_are_symmetric():
    study, model = _normal_study()
    scenario = study.scenarios[0].id
    line = model.run(study).values[scenario][model.names.index("z")]
    stats = run_samples(model, study, 1_000, seed=3, variables=["z"]).stats[scenario]
    assert np.all(stats["p5"][0] <= line) and np.all(line <= stats["p95"][0])
    assert np.all(stats["p25"][0] <= line) and np.all(line <= stats["p75"][0])


def test_the_same_seed_gives_identical_bands():
    study, model = _normal_study()
    first = run_samples(model, study, 1_000, seed=5, variables=["z", "y"]).stats
    again = run_samples(model, study, 1_000, seed=5, variables=["z", "y"]).stats
    for stat in first[study.scenarios[0].id]:
        assert np.array_equal(first[study.scenarios[0].id][stat], again[study.scenarios[0].id][stat])


def test_summarising_a_few_variables_gives_the_same_rows_as_summarising_all():
    study, model = _normal_study()
    scenario = study.scenarios[0].id
    every = run_samples(model, study, 500, seed=2)
    some = run_samples(model, study, 500, seed=2, variables=["z", "x"])
    assert some.names == ["z", "x"]
    for stat in ("mean", "p5", "p50", "p95"):
        assert_allclose(some.stats[scenario][stat][0], every.stats[scenario][stat][every.names.index("z")])
        assert_allclose(some.stats[scenario][stat][1], every.stats[scenario][stat][every.names.index("x")])


def test_the_90_percent_band_matches_the_normal_distribution_and_covers_90_percent_of_fresh_draws():
    study, model = _normal_study()
    scenario = study.scenarios[0].id
    stats = run_samples(model, study, 20_000, seed=11, variables=["y"]).stats[scenario]
    z = NormalDist().inv_cdf(0.95)
    assert_allclose([stats["p5"][0, 0], stats["p95"][0, 0]], [1 - 3 * z, 1 + 3 * z], atol=0.1)
    fresh = 3 * np.random.default_rng(99).normal(size=20_000) + 1
    covered = np.mean((fresh >= stats["p5"][0, 0]) & (fresh <= stats["p95"][0, 0]))
    assert abs(covered - 0.90) < 0.01


def test_chance_below_matches_the_closed_form_within_its_sampling_error():
    study, model = _normal_study()
    chance = chance_of(model, study, study.scenarios[0].id, "y", 2.5, "below", time=4, samples=4_000, seed=7)
    exact = NormalDist(1, 3).cdf(2.5)
    assert abs(chance.probability - exact) < 3 * chance.error
    assert 0.005 < chance.error < 0.01  # sqrt(p (1 - p) / 4000) for p near 0.69


def test_chance_throughout_needs_every_time_to_pass():
    values = np.array([[1.0, -1.0, -2.0], [-1.0, -1.0, -3.0]])  # (times, samples)
    assert chance_from_samples(values, 0.0, "below").probability == 2 / 3
    assert chance_from_samples(values[1], 0.0, "below").probability == 1.0


def test_a_chance_event_switched_on_makes_its_effect_certain():
    study, model = _normal_study()
    study.events = [Event("crash", 0.2, start=0, duration=100, effects=[Effect("y", "add", -100)])]
    model = compile_study(study)
    by_chance = chance_of(model, study, study.scenarios[0].id, "y", -50, "below", time=3, samples=4_000, seed=1)
    assert abs(by_chance.probability - 0.2) < 3 * by_chance.error
    study.scenarios[0].events["crash"] = True
    assert chance_of(model, study, study.scenarios[0].id, "y", -50, "below", time=3, samples=500).probability == 1.0


def test_quantiles_match_the_samplers():
    rng = np.random.default_rng(4)
    for distribution in (
        Distribution("triangular", {"low": 0.0, "mode": 2.0, "high": 10.0}),
        Distribution("pert", {"low": 7000.0, "mode": 12000.0, "high": 25000.0}),
    ):
        from models.engine.montecarlo import sample_distribution
        draws = sample_distribution(distribution, rng, 200_000)
        span = distribution.params["high"] - distribution.params["low"]
        for q in (0.1, 0.5, 0.9):
            assert abs(quantile(distribution, q) - np.quantile(draws, q)) < 0.01 * span


def test_the_tornado_of_a_linear_model_ranks_inputs_by_coefficient_times_swing():
    study = study_of(
        Variable("a", "assumption", value=0.0, distribution=Distribution("uniform", {"low": -1.0, "high": 1.0})),
        Variable("b", "assumption", value=0.0, distribution=Distribution("normal", {"mean": 0.0, "sd": 1.0})),
        Variable("c", "assumption", value=5.0, distribution=Distribution("uniform", {"low": 0.0, "high": 10.0})),
        aux("y", "10 * a - 2 * b + 0.5 * c + 7"),
    )
    result = tornado(compile_study(study), study, study.scenarios[0].id, "y", time=3)
    swing_a, swing_b, swing_c = 10 * 1.6, 2 * 2 * NormalDist().inv_cdf(0.9), 0.5 * 8
    # |coefficient| x (p90 - p10): a 10 x 1.6 = 16, b 2 x 2.56 = 5.13, c 0.5 x 8 = 4
    assert [bar.name for bar in result.bars] == ["a", "b", "c"]
    assert_allclose([bar.effect for bar in result.bars], sorted([swing_a, swing_b, swing_c], reverse=True))
    assert result.baseline == 10 * 0 - 0 + 0.5 * 5 + 7
    assert all(bar.monotonic for bar in result.bars)


def test_the_tornado_flags_an_input_whose_effect_turns_back():
    study = study_of(
        Variable("a", "assumption", value=5.0, distribution=Distribution("uniform", {"low": 0.0, "high": 10.0})),
        Variable("b", "assumption", value=1.0, distribution=Distribution("uniform", {"low": 0.0, "high": 2.0})),
        aux("y", "(a - 5) ^ 2 + b"),
    )
    bars = {bar.name: bar for bar in tornado(compile_study(study), study, study.scenarios[0].id, "y", time=0).bars}
    assert not bars["a"].monotonic and bars["b"].monotonic
    assert abs(bars["a"].output_low - bars["a"].output_high) < 1e-9  # symmetric: no width, yet it matters


def test_event_counts_match_the_probability_the_switches_and_the_samples_behind_the_bands():
    from models.engine.montecarlo import event_frequency

    study, _ = _normal_study()
    study.events = [Event("crash", 0.2, start=0, duration=100, effects=[Effect("y", "add", -100)]),
                    Event("boom", 0.7, start=0, duration=100, effects=[Effect("y", "add", 100)])]
    scenario = study.scenarios[0]
    scenario.events["boom"] = False
    shares = event_frequency(study, scenario.id, 4_000, seed=5)
    assert abs(shares["crash"] - 0.2) < 3 * (0.2 * 0.8 / 4_000) ** 0.5 and shares["boom"] == 0.0
    # The same draws as the bands: the y samples fall by 100 exactly where the crash happened.
    samples = run_samples(compile_study(study), study, 4_000, seed=5, keep=True, variables=["y"])
    assert samples.event_frequency[scenario.id] == shares
    assert np.mean(samples.raw[scenario.id][0, 0] < -50) == shares["crash"]
