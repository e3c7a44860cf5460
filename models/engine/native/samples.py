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

from models.engine.native import LANES

if TYPE_CHECKING:
    from models.engine.native.model import NativeModel

# Samples run per native call: their buffers (each sample's every variable and time point) stay
# within a few MB, so they are cache-friendly and memory is bounded whatever the sample count.
CHUNK_BYTES = 2**20
# One scenario's sampled inputs: assumption series, event multipliers and additions, by variable
# index; each (times,) for every sample alike, or (times, samples), possibly broadcast.
Inputs = tuple[dict[int, np.ndarray], dict[int, np.ndarray], dict[int, np.ndarray]]


def chunk_size(times: int, variables: int) -> int:
    """Return how many samples one native call runs."""
    return max(1, CHUNK_BYTES // max(1, times * variables * 8))


def simulate(native: NativeModel, times: np.ndarray, step: float, batches: Sequence[Inputs], samples: int,
             dtype: type[np.floating[Any]], rows: list[int] | None = None,
             done: Callable[[float], None] | None = None) -> np.ndarray:
    """Run every scenario's samples natively; return (times, kept variables, samples of each batch side by side).

    The same contract as batch.simulate_batch: `batches` hold each scenario's sampled inputs,
    `rows` the variables kept (all when None). `done(share)` is told the share finished after each
    native call; it may raise to stop. Code compiled with lanes runs LANES samples side by side.
    """
    layout = native.layout
    entry, lanes = (native.samples_entry, 1) if native.lanes_entry is None else (native.lanes_entry, LANES)
    n, width = times.size, layout.variables
    kept = list(range(width)) if rows is None else list(rows)
    every = kept == list(range(width))  # a plain transpose then: indexing every variable copied 10x slower
    out = np.empty((n, len(kept), samples * len(batches)), dtype=dtype)
    groups = max(1, min(chunk_size(n, width), samples) // lanes) if samples else 1  # per native call
    size = groups * lanes
    targeted = len(layout.targeted)
    state_stride = max(1, 2 * layout.states)
    hist_stride = max(1, layout.delays * n)
    event_stride = max(1, targeted * n)
    # Buffers are reused from chunk to chunk: the compiled code writes every variable and state
    # before reading it, so only inputs are written here, and inputs the same in every sample once
    # a scenario. Filling fresh buffers per chunk cost more numpy calls than the samples cost.
    # Each group of `lanes` samples holds, per time point and variable, its samples' values side by side.
    buffer = np.empty((groups, n, width, lanes))
    factors = np.ones((groups, max(1, targeted), n, lanes))
    extras = np.zeros((groups, max(1, targeted), n, lanes))
    state = np.empty((groups, state_stride, lanes))
    history = np.empty((groups, hist_stride, lanes))
    calls = len(batches) * -(-samples // size) if samples else 0
    finished = 0
    for b, (series, multiply, add) in enumerate(batches):
        moving = []  # (destination of one input, its values (times, samples)) for inputs that differ by sample
        for k in layout.assumptions:
            values = _held(series[k])
            if values.ndim == 1:
                buffer[:, :, k, :] = values[:, None]
            else:
                moving.append((buffer[:, :, k, :], values))
        for p, k in enumerate(layout.targeted):
            for given, target, identity in ((multiply, factors, 1.0), (add, extras, 0.0)):
                if k not in given:
                    target[:, p] = identity
                    continue
                effect = _held(given[k])
                if effect.ndim == 1:
                    target[:, p] = effect[:, None]
                else:
                    moving.append((target[:, p], effect))
        for low in range(0, samples, size):
            high = min(samples, low + size)
            count = high - low
            used = -(-count // lanes)  # groups; a last group short of samples repeats its last one
            columns = slice(low, high) if used * lanes == count else np.minimum(np.arange(low, low + used * lanes), high - 1)
            for destination, values in moving:
                destination[:used] = values[:, columns].reshape(n, used, lanes).transpose(1, 0, 2)
            entry(buffer.ctypes.data, state.ctypes.data, history.ctypes.data, factors.ctypes.data, extras.ctypes.data,
                  float(times[0]), float(step), n, width, used, n * width * lanes, state_stride * lanes,
                  hist_stride * lanes, event_stride * lanes)
            first = b * samples + low
            # (groups, times, variables, lanes) -> (times, kept, samples), the numpy back end's layout,
            # transposed a chunk at a time while the chunk is still in the processor's cache.
            chosen = buffer[:used] if every else buffer[:used, :, kept]
            ordered = chosen.transpose(1, 2, 0, 3).reshape(n, len(kept), used * lanes)
            out[:, :, first:first + count] = ordered[:, :, :count]
            finished += 1
            if done is not None:
                done(finished / calls)
    return out


def _held(values: np.ndarray) -> np.ndarray:
    """Return an input the same in every sample as its one series over time; others as they are."""
    if values.ndim == 2 and values.strides[1] == 0:  # broadcast over samples (events' identities, most of them)
        return values[:, 0]
    return values
