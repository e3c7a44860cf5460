"""How close each scenario's projection is to what was observed: a score fair across units.

Each observation's error (actual − projection) is divided by its variable's scale: how far apart the
scenarios typically are for that variable (the root mean square, over the axis, of the scenarios'
standard deviation at each time). An error of 1 is "as far off as the scenarios are from each other",
whatever the unit. A scenario's score is the root mean square of its scaled errors: 0 is a perfect
match, and lower is closer.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from models.i18n import fill, translate
from models.tracking.observations import Actual

Series = Callable[[str, str], "np.ndarray | None"]


@dataclass(frozen=True)
class ScenarioScore:
    """One scenario's distance from the actuals: scaled RMS error, the count used, and the mean scaled bias."""

    scenario_id: str
    error: float
    count: int
    bias: float  # mean of (actual − projection) / scale: positive when the world runs above the scenario


@dataclass(frozen=True)
class Weight:
    """How strongly one observation separates the scenarios (the spread of its scaled errors)."""

    actual: Actual
    spread: float
    closest: str  # the scenario it is nearest to


@dataclass
class Tracking:
    """The ranking (closest first), the observations that weigh most, and what could not be used."""

    ranking: list[ScenarioScore] = field(default_factory=list)
    weights: list[Weight] = field(default_factory=list)
    scales: dict[str, float] = field(default_factory=dict)
    skipped: list[tuple[Actual, str]] = field(default_factory=list)

    def error_of(self, scenario_id: str) -> float:
        """Return a scenario's score (nan when it is not ranked)."""
        return next((s.error for s in self.ranking if s.scenario_id == scenario_id), math.nan)


def variable_scale(projections: np.ndarray) -> float:
    """Return how far apart the scenarios typically are for one variable; rows are scenarios, columns times."""
    finite = projections[:, np.all(np.isfinite(projections), axis=0)]
    if finite.size == 0:
        return 1.0
    across = float(np.sqrt(np.mean(np.var(finite, axis=0)))) if finite.shape[0] > 1 else 0.0
    if across > 0:
        return across
    # One scenario, or scenarios that agree everywhere: fall back to how much the variable moves over time.
    over_time = float(np.std(finite))
    if over_time > 0:
        return over_time
    return max(float(np.max(np.abs(finite))), 1.0)


def track(actuals: Iterable[Actual], times: np.ndarray, series: Series, scenario_ids: list[str],
          top: int = 5) -> Tracking:
    """Rank scenarios by their scaled error against the actuals, closest first."""
    result = Tracking()
    by_variable: dict[str, list[Actual]] = {}
    low, high = float(times[0]), float(times[-1])
    for actual in actuals:
        if not low - 1e-9 <= actual.time <= high + 1e-9:
            result.skipped.append((actual, translate("Tracking", "outside the time axis")))
        else:
            by_variable.setdefault(actual.variable, []).append(actual)
    n = len(scenario_ids)
    squares, sums, counts = np.zeros(n), np.zeros(n), np.zeros(n, dtype=int)
    weight_rows: list[tuple[list[Actual], np.ndarray]] = []
    for name, observed in by_variable.items():
        found = [series(scenario_id, name) for scenario_id in scenario_ids]
        curves = [c for c in found if c is not None]
        if not curves or len(curves) < len(found):
            result.skipped += [(a, fill(translate("Tracking", "no projection of '%1'"), name)) for a in observed]
            continue
        matrix = np.vstack(curves)
        scale = variable_scale(matrix)
        result.scales[name] = scale
        at = np.fromiter((a.time for a in observed), float, len(observed))
        values = np.fromiter((a.value for a in observed), float, len(observed))
        projected = np.vstack([np.interp(at, times, row) for row in matrix])  # scenarios × observations
        scaled = (values[None, :] - projected) / scale
        squares += np.sum(scaled**2, axis=1)
        sums += np.sum(scaled, axis=1)
        counts += len(observed)
        weight_rows.append((observed, np.abs(scaled)))
    for k, scenario_id in enumerate(scenario_ids):
        if counts[k]:
            result.ranking.append(ScenarioScore(scenario_id, math.sqrt(squares[k] / counts[k]), int(counts[k]),
                                                sums[k] / counts[k]))
    # nan (a projection that is undefined somewhere observed) sorts last; ties keep the study's order.
    result.ranking.sort(key=lambda s: (not math.isfinite(s.error), s.error if math.isfinite(s.error) else 0.0))
    result.weights = _heaviest(weight_rows, scenario_ids, top)
    return result


def _heaviest(rows: list[tuple[list[Actual], np.ndarray]], scenario_ids: list[str], top: int) -> list[Weight]:
    """Return the observations whose scaled errors differ most between scenarios."""
    if not rows or len(scenario_ids) < 2:
        return []
    observed = [a for actuals, _ in rows for a in actuals]
    errors = np.hstack([e for _, e in rows])  # scenarios × observations
    with np.errstate(invalid="ignore"):
        spread = np.nanmax(errors, axis=0) - np.nanmin(errors, axis=0) if np.isfinite(errors).any() else np.zeros(len(observed))
    spread = np.nan_to_num(spread, nan=0.0)
    order = np.argsort(-spread, kind="stable")[:top]
    closest = np.argmin(np.nan_to_num(errors, nan=np.inf), axis=0)
    return [Weight(observed[i], float(spread[i]), scenario_ids[int(closest[i])]) for i in order if spread[i] > 0]
