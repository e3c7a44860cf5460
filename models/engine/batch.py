"""One vectorised pass: many samples of several scenarios simulated side by side, in numpy or native code.

Monte Carlo (montecarlo.py) draws the inputs and summarises what comes out; this module lays the
inputs out for the model and runs it, handing each finished block of time steps on as it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from models.domain import Study
from models.engine.compiled import CompiledModel
from models.engine.inputs import EffectRows, Inputs
from models.engine.native import samples as native_samples

SUMMARY_STEPS = 20  # time steps summarised together, while the pass simulates the next ones
# Told that samples are ready to summarise: (all samples, first and end time step, the one scenario or all).
Filled = Callable[[np.ndarray, int, int, "int | None"], None]


def simulate_batch(model: CompiledModel, study: Study, times: np.ndarray, batches: list[Inputs], samples: int,
                   dtype: type[np.floating[Any]],
                   rows: list[int] | None = None,
                   filled: Filled | None = None,
                   step_done: Callable[[int], None] | None = None) -> np.ndarray:
    """Run every scenario's samples side by side in one vectorised pass; return (times, variables, all samples).

    `batches` holds scenario_inputs' inputs per scenario. With `rows`, only those variables are
    kept, in that order. `filled(out, start, end, None)` is told each time a block of SUMMARY_STEPS time
    steps (and the last, shorter one) has been written, or `filled(out, 0, times, b)` when all of
    scenario b's samples have (native code runs a scenario at a time); `step_done(i)` after each step i.
    """
    native = model.native
    if native is not None:
        return _simulate_native(native, study, times, batches, samples, dtype, rows, filled, step_done)
    shape = (times.size, samples)

    def joined(parts: list[np.ndarray | None], fill: float) -> np.ndarray | _SideBySide:
        rows = [_still_row(p, fill, samples) for p in parts]
        if all(row is not None for row in rows):
            # Inputs that hold still over time are joined once and broadcast over time: copying
            # them per time point was a third of a pass on the sample study.
            held = [row for row in rows if row is not None]
            return np.broadcast_to(held[0] if len(held) == 1 else np.concatenate(held), (times.size, samples * len(parts)))
        full = [np.broadcast_to(fill if p is None else (p if p.ndim == 2 else p[:, None]), shape) for p in parts]
        return full[0] if len(full) == 1 else _SideBySide(full)

    keys = batches[0][0].keys() if batches else []
    inputs = {k: joined([b[0][k] for b in batches], 0.0) for k in keys}
    multiply = {k: joined([_array(b[1].get(k)) for b in batches], 1.0) for k in model.targeted}
    add = {k: joined([_array(b[2].get(k)) for b in batches], 0.0) for k in model.targeted}
    active = {k: (_steps_changed([_array(b[1].get(k)) for b in batches], 1.0, times.size),
                  _steps_changed([_array(b[2].get(k)) for b in batches], 0.0, times.size)) for k in model.targeted}
    kept = range(len(model.names)) if rows is None else rows
    out = np.empty((times.size, len(kept), samples * len(batches)), dtype=dtype)

    block_start = 0

    def record(i: int, values: tuple[Any, ...]) -> None:
        nonlocal block_start
        row = out[i]
        for j, k in enumerate(kept):
            row[j] = values[k]
        if filled is not None and (i + 1 - block_start == SUMMARY_STEPS or i + 1 == times.size):
            filled(out, block_start, i + 1, None)
            block_start = i + 1
        if step_done is not None:
            step_done(i)

    still = frozenset(k for k, series in inputs.items() if _holds_still(series))
    still |= frozenset(k for k in model.targeted if _holds_still(multiply[k]) and _holds_still(add[k]))
    model.vectorised(still)(inputs, multiply, add, active, float(times[0]), study.time.step, times.size, record)
    return out


def _simulate_native(native: Any, study: Study, times: np.ndarray, batches: list[Inputs], samples: int,
                     dtype: type[np.floating[Any]], rows: list[int] | None,
                     filled: Filled | None,
                     step_done: Callable[[int], None] | None) -> np.ndarray:
    """simulate_batch through native code: each sample runs the compiled step, then the blocks are handed on as there."""
    def done(share: float) -> None:
        # Native calls run every time step of a chunk of samples: progress is told in samples, as time steps.
        reached = int(share * times.size) - 1
        if step_done is not None and reached >= 0:
            step_done(reached)

    # Each scenario is handed on as soon as its samples are all in: it is summarised on other
    # threads while native code runs the next one.
    scenario_done = None if filled is None else (lambda out, b: filled(out, 0, times.size, b))
    return native_samples.simulate(native, times, study.time.step, batches, samples, dtype, rows, done,
                                   scenario_done)


def _array(effect: np.ndarray | EffectRows | None) -> np.ndarray | None:
    assert not isinstance(effect, EffectRows), "effect rows are for native code: scenario_inputs(compact=False)"
    return effect


def _steps_changed(parts: list[np.ndarray | None], identity: float, steps: int) -> list[bool]:
    """Return, per time step, whether some scenario's multipliers (or additions) differ from `identity` in some sample."""
    changed = np.zeros(steps, dtype=bool)
    for part in parts:
        if part is None:
            continue
        if part.ndim == 1:
            changed |= part != identity
        elif part.strides[0] == 0:  # the same at every step
            changed |= bool(np.any(part[0] != identity))
        else:
            changed |= np.any(part != identity, axis=1)
    return changed.tolist()


def _holds_still(series: object) -> bool:
    # Inputs that hold still were joined as one row broadcast over time (see `joined`).
    return isinstance(series, np.ndarray) and series.strides[0] == 0


class _SideBySide:
    """Several scenarios' inputs over time, joined one time step at a time as the model reads them.

    Joining whole series up front copied every moving input (events make most of them move) and
    took a fifth of a pass on the sample study; the model reads each step once anyway.
    """

    def __init__(self, parts: list[np.ndarray]):
        self.parts = parts

    def __getitem__(self, i: int) -> np.ndarray:
        return np.concatenate([part[i] for part in self.parts])


def _still_row(part: np.ndarray | None, fill: float, samples: int) -> np.ndarray | None:
    """Return the samples of an input that holds still over time, or None when it moves."""
    if part is None:
        return np.full(samples, fill)
    if part.ndim == 2:
        return part[0] if part.strides[0] == 0 else None
    return np.full(samples, part[0]) if part.min() == part.max() else None
