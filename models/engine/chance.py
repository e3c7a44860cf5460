"""The chance that an indicator is above or below a threshold at (or throughout until) a time, from samples."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import numpy as np

from models.domain import Study
from models.engine.compiled import CompiledModel
from models.engine.montecarlo import run_samples

Side = Literal["above", "below"]
Span = Literal["at", "throughout"]  # at that time only, or at every time from the start until then


@dataclass(frozen=True)
class Chance:
    """An estimated probability with its Monte Carlo standard error."""

    probability: float
    error: float  # one standard error of the estimate: sqrt(p (1 - p) / n)
    samples: int

    def describe(self) -> str:
        """Return the estimate as people read it, with a 95 % margin."""
        margin = 1.96 * self.error
        return f"{self.probability:.1%} (± {margin:.1%}, from {self.samples:,} samples)"


def chance_from_samples(values: np.ndarray, threshold: float, side: Side) -> Chance:
    """Estimate the chance each sample's value passes the threshold; `values` is (samples,) or (times, samples), all times must pass."""
    values = np.asarray(values, dtype=float)
    passed = values > threshold if side == "above" else values < threshold
    if passed.ndim == 2:
        passed = np.asarray(passed.all(axis=0))
    count = passed.size
    if count == 0:
        raise ValueError("a chance needs at least one sample")
    p = float(passed.mean())
    return Chance(p, math.sqrt(p * (1 - p) / count), count)


def chance_of(
    model: CompiledModel,
    study: Study,
    scenario_id: str,
    variable: str,
    threshold: float,
    side: Side,
    time: float,
    span: Span = "at",
    samples: int = 1_000,
    seed: int = 1,
    check: Callable[[float], None] | None = None,
) -> Chance:
    """Return the chance that `variable` is above/below `threshold` at `time` (or throughout until it) in a scenario.

    `check(done)` is told the share of the sampling done as it goes (see run_samples).
    """
    times = study.time.points()
    if not times[0] - 1e-9 <= time <= times[-1] + 1e-9:
        raise ValueError(f"{time:g} is outside the study's time ({times[0]:g} to {times[-1]:g})")
    last = int(np.argmin(np.abs(times - time)))
    result = run_samples(model, study, samples, seed, [scenario_id], keep=True, variables=[variable], check=check)
    assert result.raw is not None  # asked for with keep=True
    raw = result.raw[scenario_id][:, 0, :]  # (times, samples)
    window = raw[last] if span == "at" else raw[: last + 1]
    return chance_from_samples(window, threshold, side)
