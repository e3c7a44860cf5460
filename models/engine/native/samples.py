"""Monte Carlo through native code: every sample runs the compiled step; percentiles stay in numpy.

The numpy back end runs all samples side by side, one numpy call per operation and time step, so
its cost is calls, not arithmetic. Here one call into native code runs a chunk of samples one
after another (an outer loop in the compiled module, `pp_samples`), each through the same scalar
code deterministic runs use: a sample gets the numbers a deterministic run of its inputs gets.
Numpy only lays the inputs out and gathers the kept variables for summarising.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from models.engine.inputs import EffectRows, Inputs
from models.engine.native import LANES

if TYPE_CHECKING:
    from models.engine.native.model import NativeModel

# Samples run per native call: their buffers (each sample's every variable and time point) stay
# within a few MB, so they are cache-friendly and memory is bounded whatever the sample count.
CHUNK_BYTES = 2**20


def chunk_size(times: int, variables: int) -> int:
    """Return how many samples one native call runs."""
    return max(1, CHUNK_BYTES // max(1, times * variables * 8))


def simulate(native: NativeModel, times: np.ndarray, step: float, batches: Sequence[Inputs], samples: int,
             dtype: type[np.floating[Any]], rows: list[int] | None = None,
             done: Callable[[float], None] | None = None,
             scenario_done: Callable[[np.ndarray, int], None] | None = None) -> np.ndarray:
    """Run every scenario's samples natively; return (times, kept variables, samples of each batch side by side).

    The same contract as batch.simulate_batch: `batches` hold each scenario's sampled inputs,
    `rows` the variables kept (all when None). `done(share)` is told the share finished after each
    native call; it may raise to stop. `scenario_done(out, b)` is told when batch b's samples are
    all in `out`. Code compiled with lanes runs LANES samples side by side.
    """
    layout = native.layout
    entry, lanes = (native.samples_entry, 1) if native.lanes_entry is None else (native.lanes_entry, LANES)
    n, width = times.size, layout.variables
    kept = list(range(width)) if rows is None else list(rows)
    every = kept == list(range(width))  # a plain transpose then: indexing every variable copied 10x slower
    out = np.empty((n, len(kept), samples * len(batches)), dtype=dtype)
    if samples == 0:
        return out
    total = -(-samples // lanes)  # groups of one scenario; a last group short of samples repeats its last one
    groups = max(1, min(chunk_size(n, width), samples) // lanes)  # per native call
    targeted = max(1, len(layout.targeted))
    state_stride = max(1, 2 * layout.states)
    hist_stride = max(1, layout.delays * n)
    # Buffers are reused from chunk to chunk and scenario to scenario: the compiled code writes
    # every variable and state before reading it, so only inputs are written here. Each group of
    # `lanes` samples holds, per time point and variable, its samples' values side by side.
    buffer = np.empty((groups, n, width, lanes))
    state = np.empty((groups, state_stride, lanes))
    history = np.empty((groups, hist_stride, lanes))
    # Event multipliers and additions of a group side by side, so that one stride serves both.
    effects = np.empty((groups, 2, targeted, n, lanes))
    # Asked once: each `.ctypes.data` makes a ctypes object, and a run makes hundreds of native calls.
    addresses = (buffer.ctypes.data, state.ctypes.data, history.ctypes.data, effects.ctypes.data,
                 effects[:, 1].ctypes.data)
    start = float(times[0])
    calls = len(batches) * -(-total // groups)
    finished = 0
    for b, (series, multiply, add) in enumerate(batches):
        # Only what differs by sample is copied per native call, one assignment per kind: copying
        # every input of every call, sample by sample over time, was most of a run's cost.
        held, over_time = _assumptions(layout.assumptions, series, buffer, samples, lanes)
        changed = _effects(layout.targeted, multiply, add, effects, samples, lanes)
        for low in range(0, total, groups):
            used = min(groups, total - low)
            _fill(buffer, effects, held, over_time, changed, low, used)
            entry(*addresses, start, float(step), n, width, used, n * width * lanes, state_stride * lanes,
                  hist_stride * lanes, 2 * targeted * n * lanes)
            first = b * samples + low * lanes
            count = min(samples - low * lanes, used * lanes)
            # (groups, times, variables, lanes) -> (times, kept, samples), the numpy back end's layout,
            # a chunk at a time while the chunk is still in the processor's cache.
            chosen = buffer[:used] if every else buffer[:used, :, kept]
            if count == used * lanes:
                out[:, :, first:first + count].reshape(n, len(kept), used, lanes)[...] = chosen.transpose(1, 2, 0, 3)
            else:
                out[:, :, first:first + count] = chosen.transpose(1, 2, 0, 3).reshape(n, len(kept), -1)[:, :, :count]
            finished += 1
            if done is not None:
                done(finished / calls)
        if scenario_done is not None:
            scenario_done(out, b)
    return out


# Inputs that differ by sample, for one scenario: where they go (indices into a flattened buffer)
# and their values of every group of samples, to be copied in a chunk of groups at a time.
Moving = tuple[np.ndarray, np.ndarray]


def _fill(buffer: np.ndarray, effects: np.ndarray, held: Moving | None, over_time: Moving | None,
          changed: Moving | None, low: int, used: int) -> None:
    """Copy the inputs that differ by sample of groups low..low+used into the buffers of one native call."""
    groups, n, width, lanes = buffer.shape
    if held is not None:  # the same at every time point: one row per sample, broadcast over time
        buffer[:used, :, held[0], :] = held[1][low:low + used, None]
    if over_time is not None:
        buffer[:used, :, over_time[0], :] = over_time[1][low:low + used]
    if changed is not None:
        effects.reshape(groups, -1, lanes)[:used, changed[0], :] = changed[1][low:low + used]


def _lined(values: np.ndarray, samples: int, lanes: int) -> np.ndarray:
    """Return values over samples (last axis) as (groups, ..., lanes), a short last group repeating the last sample."""
    total = -(-samples // lanes)
    if total * lanes != samples:
        values = values[..., np.minimum(np.arange(total * lanes), samples - 1)]
    grouped = values.reshape(*values.shape[:-1], total, lanes)
    return np.moveaxis(grouped, -2, 0)


def _assumptions(indices: Sequence[int], series: dict[int, np.ndarray], buffer: np.ndarray, samples: int,
                 lanes: int) -> tuple[Moving | None, Moving | None]:
    """Write one scenario's assumptions that are the same in every sample into `buffer`; return the others.

    Those that differ by sample come back in two kinds: held over time (a row of samples) and
    moving over time, each as (their indices, their values of every group).
    """
    held, over_time = [], []
    for k in indices:
        values = _held(series[k])
        if values.ndim == 1:
            buffer[:, :, k, :] = values[:, None]
        elif values.strides[0] == 0:
            held.append(k)
        else:
            over_time.append(k)
    rows = (np.array(held), _lined(np.stack([series[k][0] for k in held]), samples, lanes)) if held else None
    full = (np.array(over_time), _lined(np.stack([series[k] for k in over_time], axis=1), samples, lanes)
            ) if over_time else None
    return rows, full


def _effects(indices: Sequence[int], multiply: dict[int, np.ndarray | EffectRows],
             add: dict[int, np.ndarray | EffectRows], effects: np.ndarray, samples: int, lanes: int) -> Moving | None:
    """Write one scenario's event effects the same in every sample into `effects`; return the others.

    Events are short next to a run: of an effect that differs by sample, only the time points where
    it can differ from the identity are returned, as (flat positions, values of every group).
    """
    n = effects.shape[3]
    positions, values = [], []
    for p, k in enumerate(indices):
        for side, given, identity in ((0, multiply, 1.0), (1, add, 0.0)):
            found = given.get(k)
            effects[:, side, p] = identity
            if isinstance(found, EffectRows):
                rows, effect = found.first + np.arange(len(found.values)), found.values
            elif found is None or (effect := _held(found)).ndim == 1:
                if found is not None:
                    effects[:, side, p] = effect[:, None]
                continue
            else:
                rows = np.flatnonzero(np.any(effect != identity, axis=1))
                effect = effect[rows]
            positions.append((side * len(effects[0, 0]) + p) * n + rows)
            values.append(effect)
    if not positions:
        return None
    return np.concatenate(positions), _lined(np.concatenate(values), samples, lanes)


def _held(values: np.ndarray) -> np.ndarray:
    """Return an input the same in every sample as its one series over time; others as they are."""
    if values.ndim == 2 and values.strides[1] == 0:  # broadcast over samples (events' identities, most of them)
        return values[:, 0]
    return values
