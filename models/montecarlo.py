"""Monte Carlo: sample uncertain assumptions and chance events, run all samples at once, summarise.

Every scenario sees the same random draws (common random numbers), so differences between
scenarios come from the scenarios, not from the luck of the draw; the same seed gives the same
numbers on every run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from models.domain import Distribution, Study
from models.engine import CompiledModel
from models.inputs import apply_events, assumption_series

PERCENTILES = (5, 25, 50, 75, 95)
STATS = ("mean",) + tuple(f"p{p}" for p in PERCENTILES)


@dataclass
class SampleProjection:
    """Summaries over samples: for each scenario id and statistic, an array (variables, times)."""

    times: np.ndarray
    names: list[str]
    samples: int
    seed: int
    stats: dict[str, dict[str, np.ndarray]]
    event_frequency: dict[str, dict[str, float]]  # scenario id -> event name -> share of samples it happened in
    raw: dict[str, np.ndarray] | None = None  # scenario id -> (times, variables, samples) when kept

    def to_frame(self, study: Study) -> pd.DataFrame:
        """Return tidy results: scenario, variable, time, then mean and percentiles."""
        frames = []
        for scenario_id, stats in self.stats.items():
            frame = {
                "scenario": study.scenario(scenario_id).name,
                "variable": np.repeat(self.names, self.times.size),
                "time": np.tile(self.times, len(self.names)),
            }
            frame.update({stat: stats[stat].reshape(-1) for stat in STATS})
            frames.append(pd.DataFrame(frame))
        if not frames:
            return pd.DataFrame(columns=["scenario", "variable", "time", *STATS])
        return pd.concat(frames, ignore_index=True)


def sample_distribution(distribution: Distribution, rng: np.random.Generator, size: int) -> np.ndarray:
    """Draw `size` values from one distribution."""
    p = distribution.params
    if distribution.type == "normal":
        return rng.normal(p["mean"], p["sd"], size)
    if distribution.type == "uniform":
        return rng.uniform(p["low"], p["high"], size)
    low, mode, high = p["low"], p["mode"], p["high"]
    if high <= low:
        return np.full(size, float(mode))
    if distribution.type == "triangular":
        return rng.triangular(low, mode, high, size)
    # PERT: a beta distribution on [low, high] whose mode is `mode` (shape 4).
    alpha = 1 + 4 * (mode - low) / (high - low)
    beta = 1 + 4 * (high - mode) / (high - low)
    return low + rng.beta(alpha, beta, size) * (high - low)


def run_samples(
    model: CompiledModel,
    study: Study,
    samples: int,
    seed: int,
    scenario_ids: Iterable[str] | None = None,
    keep: bool = False,
) -> SampleProjection:
    """Run every scenario over `samples` draws; return means and percentiles per variable and time.

    An assumption's distribution describes the uncertainty around its study value: a scenario
    that moves the value moves the whole distribution with it, clipped to the slider's range.
    An event the scenario does not switch on or off happens with its probability in each sample.
    """
    rng = np.random.default_rng(seed)
    shifts = {}
    for k, variable in enumerate(study.variables):
        if variable.kind == "assumption" and variable.distribution is not None:
            centre = variable.value if variable.value is not None else 0.0
            shifts[k] = sample_distribution(variable.distribution, rng, samples) - centre
    chance = {event.name: rng.random(samples) for event in study.events}
    times = study.time.points()
    simulate = model.vectorised()
    ids = [s.id for s in study.scenarios] if scenario_ids is None else list(scenario_ids)
    stats, frequency, raw = {}, {}, {}
    with np.errstate(all="ignore"):
        for scenario_id in ids:
            series = assumption_series(study, scenario_id, times)
            for k, shift in shifts.items():
                variable = study.variables[k]
                low = -np.inf if variable.min is None else variable.min
                high = np.inf if variable.max is None else variable.max
                series[k] = np.clip(series[k][:, None] + shift[None, :], low, high)
            switches = study.resolved_events(scenario_id)
            occurs = {name: switches.get(name, chance[name] < _probability(study, name)) for name in chance}
            frequency[scenario_id] = {name: float(np.mean(v)) for name, v in occurs.items()}
            multiply, add = apply_events(study, series, occurs, times, samples)
            inputs = {k: np.broadcast_to(s if s.ndim == 2 else s[:, None], (times.size, samples)) for k, s in series.items()}
            ones, zeros = np.ones((times.size, samples)), np.zeros((times.size, samples))
            out = np.empty((times.size, len(model.names), samples))
            simulate(
                inputs,
                {k: multiply.get(k, ones) for k in model.targeted},
                {k: add.get(k, zeros) for k in model.targeted},
                float(times[0]), study.time.step, times.size, out,
            )
            stats[scenario_id] = _summarise(out)
            if keep:
                raw[scenario_id] = out
    return SampleProjection(times, list(model.names), samples, seed, stats, frequency, raw if keep else None)


def _probability(study: Study, event_name: str) -> float:
    return next(e.probability for e in study.events if e.name == event_name)


def _summarise(out: np.ndarray) -> dict[str, np.ndarray]:
    """Return mean and percentiles over the sample axis, each shaped (variables, times)."""
    quantiles = np.quantile(out, [p / 100 for p in PERCENTILES], axis=2)
    summary = {"mean": out.mean(axis=2).T}
    for p, values in zip(PERCENTILES, quantiles):
        summary[f"p{p}"] = values.T
    return summary
