"""Monte Carlo: sample uncertain assumptions and chance events, run all samples at once, summarise.

Every scenario sees the same random draws (common random numbers), so differences between
scenarios come from the scenarios, not from the luck of the draw; the same seed gives the same
numbers on every run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from models.domain import Distribution, Study
from models.engine.compiled import CompiledModel
from models.engine.inputs import EffectRows, Inputs, apply_events, assumption_series, sampled_effects
from models.engine.batch import simulate_batch

if TYPE_CHECKING:
    import pandas as pd

PERCENTILES = (5, 25, 50, 75, 95)
BATCH_WIDTH = 8_192  # samples simulated side by side in one pass
# Samples of one block, all time points and variables, held at once: more samples than fit are run
# block by block, so memory stays bounded whatever the count (1,000,000 samples of the sample study
# would otherwise need 7.9 GB per scenario). Up to one block (34,000 samples of the sample study)
# percentiles are exact; beyond, each percentile is the average of the blocks' own, weighted by
# their size (the mean stays exact): the difference is of the order of 1/block size, far below the
# sampling error.
BLOCK_BYTES = 256 * 2**20
STATS = ("mean",) + tuple(f"p{p}" for p in PERCENTILES)
# Summaries sort on these threads while the pass simulates later time steps; kept between runs, as starting
# two threads took a tenth of a 5-scenario run on the sample study.
_SUMMARIES = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sample-summaries")


class Cancelled(Exception):
    """A run stopped part-way because its result is no longer wanted."""


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
    blocks: int = 1  # over 1, percentiles are averages of the blocks' percentiles (see BLOCK_BYTES)
    backend: str = "numpy"  # "native" when the samples ran through native code

    def to_frame(self, study: Study) -> pd.DataFrame:
        """Return tidy results: scenario, variable, time, then mean and percentiles."""
        import pandas as pd  # only tables need pandas; start-up does without it

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
    dtype: type = np.float32,
    variables: Iterable[str] | None = None,
    check: Callable[[float], None] | None = None,
) -> SampleProjection:
    """Run every scenario over `samples` draws; return means and percentiles per variable and time.

    An assumption's distribution describes the uncertainty around its study value: a scenario
    that moves the value moves the whole distribution with it, clipped to the slider's range.
    An event the scenario does not switch on or off happens with its probability in each sample.
    Samples are computed in float64 and stored as `dtype`: float32 halves memory and sorting time,
    and its rounding (1e-7) is far below any Monte Carlo sampling error.
    With `variables`, only those are summarised (and kept), in that order: the statistics and
    `names` then cover just them, which is most of the saving when a chart shows a few indicators.
    `check(done)` is told the share of the work done after each time step; it may raise (Cancelled) to stop.
    """
    shifts, chance = _draws(study, samples, seed)
    backend = model.backend if model.backend == "native" else "numpy"
    times = study.time.points()
    ids = [s.id for s in study.scenarios] if scenario_ids is None else list(scenario_ids)
    names = list(model.names) if variables is None else list(variables)
    rows = None if variables is None else [model.names.index(name) for name in names]
    size = block_size(times.size, len(names), dtype)
    count = -(-samples // size)  # blocks of nearly equal size
    edges = [samples * b // count for b in range(count + 1)]
    totals: dict[str, dict[str, np.ndarray]] = {}
    happened: dict[str, dict[str, float]] = {}
    raws: dict[str, list[np.ndarray]] = {scenario_id: [] for scenario_id in ids}
    with np.errstate(all="ignore"):
        for low, high in zip(edges, edges[1:]):
            part_shifts = {k: draws[low:high] for k, draws in shifts.items()}
            part_chance = {name: draws[low:high] for name, draws in chance.items()}
            stats, frequency, raw = _run_block(model, study, times, ids, part_shifts, part_chance, high - low,
                                               dtype, rows, keep, check, (low / samples, (high - low) / samples))
            weight = (high - low) / samples
            for scenario_id in ids:
                # Weighted by block size: the mean is exact; percentiles are the blocks' average.
                if count == 1:
                    totals[scenario_id] = stats[scenario_id]
                else:
                    total = totals.setdefault(scenario_id, {s: np.zeros_like(v) for s, v in stats[scenario_id].items()})
                    for stat, value in stats[scenario_id].items():
                        total[stat] += value * weight
                counted = happened.setdefault(scenario_id, dict.fromkeys(frequency[scenario_id], 0.0))
                for name, share in frequency[scenario_id].items():
                    counted[name] += round(share * (high - low))
                if keep:
                    raws[scenario_id].append(raw[scenario_id])
    shares = {scenario_id: {name: n / samples for name, n in counted.items()} for scenario_id, counted in happened.items()}
    kept = {scenario_id: parts[0] if len(parts) == 1 else np.concatenate(parts, axis=2)
            for scenario_id, parts in raws.items()} if keep else None
    return SampleProjection(times, names, samples, seed, totals, shares, kept, blocks=count, backend=backend)


def block_size(times: int, variables: int, dtype: type = np.float32) -> int:
    """Return how many samples are simulated and summarised together: as many as fit in BLOCK_BYTES."""
    return max(1, BLOCK_BYTES // max(1, times * variables * np.dtype(dtype).itemsize))


_Block = tuple[dict[str, dict[str, np.ndarray]], dict[str, dict[str, float]], dict[str, np.ndarray]]


def _run_block(model: CompiledModel, study: Study, times: np.ndarray, ids: list[str], shifts: dict[int, np.ndarray],
               chance: dict[str, np.ndarray], samples: int, dtype: type[np.floating[Any]], rows: list[int] | None,
               keep: bool, check: Callable[[float], None] | None = None,
               progress: tuple[float, float] = (0.0, 1.0)) -> _Block:
    """Run every scenario over one block of samples; return their summaries, event shares and (with `keep`) samples.

    `check` is told the share of the whole run done; `progress` is (share done before this block, its share).
    """
    # Small sample counts gain from running several scenarios side by side (fewer numpy calls);
    # large ones would only multiply memory, so they run a scenario at a time.
    per_pass = max(1, BATCH_WIDTH // max(samples, 1))
    frequency: dict[str, dict[str, float]] = {}
    pending: dict[str, list[Any]] = {}  # futures of summaries, then the summaries once waited for
    raw: dict[str, np.ndarray] = {}
    passes = -(-len(ids) // per_pass)
    previous: list[str] = []
    for first in range(0, len(ids), per_pass):
        chunk = ids[first:first + per_pass]
        batches = []
        for scenario_id in chunk:
            inputs, occurs = scenario_inputs(study, scenario_id, times, shifts, chance, samples,
                                             compact=model.native is not None)
            frequency[scenario_id] = {name: float(np.mean(v)) for name, v in occurs.items()}
            batches.append(inputs)
        for scenario_id in chunk:
            pending[scenario_id] = []

        def summarise(out: np.ndarray, start: int, end: int, only: int | None, chunk: list[str] = chunk) -> None:
            # Each block of time steps (or scenario) is summarised on the other threads while the
            # model simulates the next; without `keep` nothing else reads the samples, so they are
            # sorted where they lie.
            for n, scenario_id in enumerate(chunk):
                if only is not None and n != only:
                    continue
                part = out[start:end, :, n * samples:(n + 1) * samples]
                pending[scenario_id].append(_SUMMARIES.submit(_summarise, part, not keep))

        step_done = None if check is None else (
            lambda i, done=first // per_pass: check(progress[0] + progress[1] * (done + (i + 1) / times.size) / passes))
        out = simulate_batch(model, study, times, batches, samples, dtype, rows, summarise, step_done)
        if keep:
            for n, scenario_id in enumerate(chunk):
                raw[scenario_id] = out[:, :, n * samples:(n + 1) * samples]
        del out
        # The pass before this one has had a whole pass to be summarised: waiting for it here keeps
        # at most two passes' samples alive, whatever the number of scenarios.
        for scenario_id in previous:
            pending[scenario_id] = [done.result() for done in pending[scenario_id]]
        previous = chunk
    stats = {scenario_id: _over_time([b if isinstance(b, dict) else b.result() for b in blocks])
             for scenario_id, blocks in pending.items()}
    return stats, frequency, raw


def event_frequency(study: Study, scenario_id: str, samples: int, seed: int) -> dict[str, float]:
    """Return the share of samples each event happens in for a scenario, from the same draws as run_samples."""
    _, chance = _draws(study, samples, seed)
    switches = study.resolved_events(scenario_id)
    return {name: float(switches[name]) if name in switches else float(np.mean(draw < _probability(study, name)))
            for name, draw in chance.items()}


def _draws(study: Study, samples: int, seed: int) -> tuple[dict[int, np.ndarray], dict[str, np.ndarray]]:
    """Return each uncertain assumption's shifts (by index) and each event's draws in [0, 1), in one fixed order."""
    rng = np.random.default_rng(seed)
    shifts = {}
    for k, variable in enumerate(study.variables):
        if variable.kind == "assumption" and variable.distribution is not None:
            centre = variable.value if variable.value is not None else 0.0
            shifts[k] = sample_distribution(variable.distribution, rng, samples) - centre
    chance = {event.name: rng.random(samples) for event in study.events}
    return shifts, chance


def _over_time(blocks: list[dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """Join the summaries of consecutive blocks of time steps, each (variables, times), along time."""
    return {stat: np.concatenate([block[stat] for block in blocks], axis=1) for stat in blocks[0]}


def run_columns(model: CompiledModel, study: Study, scenario_id: str, shifts: dict[int, np.ndarray],
                draws: dict[str, np.ndarray], columns: int, dtype: type[np.floating[Any]] = np.float64,
                variables: Iterable[str] | None = None) -> np.ndarray:
    """Simulate one scenario over `columns` sets of inputs side by side; return (times, variables, columns).

    `shifts` maps an assumption's index in the study to one shift per column, added to the
    scenario's value and clipped to the slider's range, as in run_samples; `draws` maps every
    event's name to one number in [0, 1) per column: the event happens where the draw is below its
    probability, unless the scenario switches it on or off. With `variables`, only those are kept.
    """
    times = study.time.points()
    rows = None if variables is None else [model.names.index(name) for name in variables]
    with np.errstate(all="ignore"):
        inputs, _ = scenario_inputs(study, scenario_id, times, shifts, draws, columns, compact=model.native is not None)
        return simulate_batch(model, study, times, [inputs], columns, dtype, rows)


def scenario_inputs(study: Study, scenario_id: str, times: np.ndarray, shifts: dict[int, np.ndarray],
                    chance: dict[str, np.ndarray], samples: int,
                    compact: bool = False) -> tuple[Inputs, dict[str, np.ndarray | bool]]:
    """Return one scenario's sampled inputs (assumptions, multipliers, additions) and event occurrences.

    With `compact` (for native code), auxiliaries' multipliers and additions are EffectRows.
    """
    series = assumption_series(study, scenario_id, times)
    for k, shift in shifts.items():
        variable = study.variables[k]
        low = -np.inf if variable.min is None else variable.min
        high = np.inf if variable.max is None else variable.max
        base = series[k]
        if base.min() == base.max():
            # A constant: one draw per sample, held over time, without a copy per time point.
            series[k] = np.broadcast_to(np.clip(base[0] + shift, low, high), (times.size, samples))
        else:
            series[k] = np.clip(base[:, None] + shift[None, :], low, high)
    switches = study.resolved_events(scenario_id)
    occurs = {name: switches.get(name, chance[name] < _probability(study, name)) for name in chance}
    multiply: dict[int, np.ndarray | EffectRows]
    add: dict[int, np.ndarray | EffectRows]
    if compact:
        rows_multiply, rows_add = sampled_effects(study, series, occurs, times, samples)
        multiply, add = dict(rows_multiply), dict(rows_add)
    else:
        full_multiply, full_add = apply_events(study, series, occurs, times, samples)
        multiply, add = dict(full_multiply), dict(full_add)
    return (series, multiply, add), occurs


def _probability(study: Study, event_name: str) -> float:
    return next(e.probability for e in study.events if e.name == event_name)


def _summarise(out: np.ndarray, in_place: bool = False) -> dict[str, np.ndarray]:
    """Return mean and percentiles (numpy's linear method) over the sample axis, each (variables, times)."""
    with np.errstate(all="ignore"):  # errstate is per thread, and this runs on the summary threads
        return _summary(out, in_place)


def _summary(out: np.ndarray, in_place: bool) -> dict[str, np.ndarray]:
    # Summed pairwise in the samples' own precision: float32 storage already rounds at 1e-7.
    summary = {"mean": out.mean(axis=2).astype(np.float64).T}
    ordered = out if in_place else out.copy()
    # One sort beats five partitions (numpy's quicksort is vectorised); nan sorts last, as in np.quantile.
    ordered.sort(axis=2)
    last = out.shape[2] - 1
    for p in PERCENTILES:
        position = last * p / 100
        below = int(np.floor(position))
        above = min(below + 1, last)
        weight = position - below
        low = ordered[:, :, below].astype(np.float64)
        high = ordered[:, :, above].astype(np.float64)
        summary[f"p{p}"] = (low + (high - low) * weight).T
    return summary
