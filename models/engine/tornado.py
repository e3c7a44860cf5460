"""One-at-a-time sensitivity (a tornado): swing each uncertain input between its 10th and 90th percentile."""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

from models.domain import Distribution, Study
from models.engine.compiled import CompiledModel
from models.engine.montecarlo import run_columns, scenario_inputs

LOW, HIGH = 0.10, 0.90
# Points along each swing where the output is read to tell whether it moves one way only.
PROBES = (0.10, 0.30, 0.50, 0.70, 0.90)


@dataclass(frozen=True)
class Bar:
    """One input's swing: the input at its 10th and 90th percentile and the output at each."""

    name: str
    label: str
    input_low: float
    input_high: float
    output_low: float
    output_high: float
    monotonic: bool  # False: the output turns back somewhere inside the swing

    @property
    def effect(self) -> float:
        """Return the width of the swing in the output."""
        return abs(self.output_high - self.output_low)


@dataclass(frozen=True)
class Tornado:
    """The bars of one indicator at one time in one scenario, largest effect first."""

    variable: str
    time: float
    baseline: float  # every input at its value in the scenario
    bars: list[Bar]


def quantile(distribution: Distribution, q: float) -> float:
    """Return the q-th quantile (0 < q < 1) of a distribution."""
    p = distribution.params
    if distribution.type == "normal":
        return NormalDist(p["mean"], p["sd"]).inv_cdf(q) if p["sd"] > 0 else float(p["mean"])
    if distribution.type == "uniform":
        return p["low"] + q * (p["high"] - p["low"])
    low, mode, high = p["low"], p["mode"], p["high"]
    if high <= low:
        return float(mode)
    if distribution.type == "triangular":
        split = (mode - low) / (high - low)
        if q < split:
            return low + np.sqrt(q * (high - low) * (mode - low))
        return high - np.sqrt((1 - q) * (high - low) * (high - mode))
    # PERT is a beta on [low, high]; its quantile has no closed form, so invert the numerically integrated CDF.
    alpha = 1 + 4 * (mode - low) / (high - low)
    beta = 1 + 4 * (high - mode) / (high - low)
    x = np.linspace(0.0, 1.0, 4_001)
    density = x ** (alpha - 1) * (1 - x) ** (beta - 1)
    cdf = np.concatenate([[0.0], np.cumsum((density[1:] + density[:-1]) / 2)])
    cdf /= cdf[-1]
    return float(low + np.interp(q, cdf, x) * (high - low))


def tornado(model: CompiledModel, study: Study, scenario_id: str, variable: str, time: float) -> Tornado:
    """Swing each uncertain assumption between its 10th and 90th percentile, the others at their values.

    The swing is about the study value and moves with the scenario, as in Monte Carlo (run_samples):
    the scenario's value plus (percentile - study value), clipped to the slider's range. Events the
    scenario does not switch on stay off, as in a deterministic run.
    """
    times = study.time.points()
    k = int(np.argmin(np.abs(times - time)))
    uncertain = [(j, v) for j, v in enumerate(study.variables) if v.kind == "assumption" and v.distribution is not None]
    # One column for the baseline, then PROBES columns per input: all simulated side by side in one pass.
    columns = 1 + len(PROBES) * len(uncertain)
    shifts = {j: np.zeros(columns) for j, _ in uncertain}
    for n, (j, v) in enumerate(uncertain):
        centre = v.value if v.value is not None else 0.0
        first = 1 + n * len(PROBES)
        shifts[j][first:first + len(PROBES)] = [quantile(v.distribution, q) - centre for q in PROBES]  # type: ignore[arg-type]  # uncertain: has one
    never = {event.name: np.ones(columns) for event in study.events}  # a draw of 1 never falls below a probability
    out = run_columns(model, study, scenario_id, shifts, never, columns, variables=[variable])[k, 0]
    bars = []
    for n, (j, v) in enumerate(uncertain):
        first = 1 + n * len(PROBES)
        readings = out[first:first + len(PROBES)]
        steps = np.diff(readings)
        scale = max(float(np.max(np.abs(readings))), 1.0) * 1e-9
        monotonic = bool(np.all(steps >= -scale) or np.all(steps <= scale))
        low_input, high_input = _clipped(study, scenario_id, j, shifts[j][first]), _clipped(study, scenario_id, j, shifts[j][first + len(PROBES) - 1])
        bars.append(Bar(v.name, v.title, low_input, high_input, float(readings[0]), float(readings[-1]), monotonic))
    bars.sort(key=lambda bar: -bar.effect)
    return Tornado(variable, float(times[k]), float(out[0]), bars)


def _clipped(study: Study, scenario_id: str, index: int, shift: float) -> float:
    """Return the input value a swing gives at the first time point (for the bar's label)."""
    times = study.time.points()[:1]
    inputs, _ = scenario_inputs(study, scenario_id, times, {index: np.array([shift])}, {e.name: np.ones(1) for e in study.events}, 1)
    return float(np.asarray(inputs[0][index]).reshape(-1)[0])
