"""Many samples run block by block: memory stays bounded, samples and event shares are the same, percentiles say how they are made."""

import numpy as np
from numpy.testing import assert_allclose

from models.domain import Distribution, Effect, Event, Scenario, Variable
from models.engine import montecarlo
from models.engine.compiled import compile_study
from models.engine.montecarlo import block_size, run_samples
from tests.models.helpers import aux, study_of


def _study():
    study = study_of(
        Variable("u", "assumption", value=5, min=0, max=10, distribution=Distribution("uniform", {"low": 0, "high": 10})),
        Variable("pop", "stock", initial="100", equation="pop * u / 100"),
        aux("y", "u * 2 + delay(u, 2)"),
    )
    study.events = [Event("shock", 0.3, start=2, duration=3, effects=[Effect("y", "add", 100)])]
    study.scenarios.append(Scenario("Second", overrides={"u": 6.0}))
    return study


def test_blocks_give_the_same_samples_and_event_shares_as_one_pass(monkeypatch):
    study = _study()
    model = compile_study(study)
    whole = run_samples(model, study, 3_000, seed=4, keep=True, dtype=np.float64)
    # A block of 700 samples: 3,000 samples become 5 blocks of 600.
    monkeypatch.setattr(montecarlo, "BLOCK_BYTES", 700 * study.time.count * len(study.variables) * 8)
    blocked = run_samples(model, study, 3_000, seed=4, keep=True, dtype=np.float64)
    assert (whole.blocks, blocked.blocks) == (1, 5)
    for scenario in study.scenarios:
        assert np.array_equal(whole.raw[scenario.id], blocked.raw[scenario.id])
        assert blocked.event_frequency[scenario.id] == whole.event_frequency[scenario.id]
        assert_allclose(blocked.stats[scenario.id]["mean"], whole.stats[scenario.id]["mean"], rtol=1e-12)


def test_block_percentiles_are_the_size_weighted_average_of_each_blocks_percentiles(monkeypatch):
    study = _study()
    model = compile_study(study)
    monkeypatch.setattr(montecarlo, "BLOCK_BYTES", 1_000 * study.time.count * len(study.variables) * 8)
    blocked = run_samples(model, study, 2_500, seed=9, keep=True, dtype=np.float64)
    assert blocked.blocks == 3  # 833, 833 and 834 samples
    raw = blocked.raw[study.scenarios[0].id]  # (times, variables, samples)
    edges = [0, 833, 1666, 2500]
    expected = sum(np.percentile(raw[:, :, a:b], 25, axis=2).T * (b - a) for a, b in zip(edges, edges[1:])) / 2_500
    assert_allclose(blocked.stats[study.scenarios[0].id]["p25"], expected, rtol=1e-12)
    # and they estimate the same percentiles as all samples together: u is uniform on 0..10
    u = blocked.names.index("u")
    assert abs(blocked.stats[study.scenarios[0].id]["p25"][u, 0] - 2.5) < 0.3


def test_a_block_holds_what_fits_in_the_memory_set_aside():
    assert block_size(41, 48) * 41 * 48 * 4 <= montecarlo.BLOCK_BYTES < (block_size(41, 48) + 1) * 41 * 48 * 4
    assert block_size(1_000_000, 50) == 1  # one sample at a time, never none
