"""Where an actual falls in a scenario's Monte Carlo band: its percentile, read between the band's edges."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import numpy as np

from models.domain import TimeAxis
from models.tracking.observations import Actual

# A scenario's band for a variable: (times, {"p5": ..., "p95": ...}), or None when it is not at hand.
Bands = Callable[[str, str], "tuple[np.ndarray, dict[str, np.ndarray]] | None"]

PERCENTILES = (("p5", 5.0), ("p25", 25.0), ("p50", 50.0), ("p75", 75.0), ("p95", 95.0))


def band_percentile(value: float, time: float, times: np.ndarray, stats: dict[str, np.ndarray]) -> float:
    """Return the percentile of `value` in the band at `time`: linear between p5, p25, p50, p75 and p95.

    Below p5 gives -inf and above p95 +inf (the band says only that it is outside the 90 % band);
    nan when the band is undefined there.
    """
    edges = [(float(np.interp(time, times, stats[key])), pct) for key, pct in PERCENTILES if key in stats]
    if len(edges) < 2 or any(not math.isfinite(v) for v, _ in edges):
        return math.nan
    values = [v for v, _ in edges]
    if value < values[0]:
        return -math.inf
    if value > values[-1]:
        return math.inf
    # np.interp needs increasing edges; a collapsed band (all samples equal) gives its middle.
    if values[-1] == values[0]:
        return 50.0
    return float(np.interp(value, values, [p for _, p in edges]))


def describe_percentile(percentile: float) -> str:
    """Return a percentile for people: "62nd percentile", "below the 90 % band", "above the 90 % band"."""
    if math.isnan(percentile):
        return "no band"
    if percentile == -math.inf:
        return "below the 90 % band"
    if percentile == math.inf:
        return "above the 90 % band"
    whole = int(round(percentile))
    suffix = "th" if 10 <= whole % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(whole % 10, "th")
    return f"{whole}{suffix} percentile"


def band_coverage(actuals: Iterable[Actual], scenario_ids: list[str], bands: Bands, axis: TimeAxis) -> dict[str, tuple[int, int]]:
    """Return, per scenario, how many actuals fall inside its 90 % band and how many could be placed in one.

    An actual is placed when the scenario's band for its variable is at hand and its time is on the axis;
    on the band's edge counts as inside (as band_percentile reads it). Scenarios with no band for any actual
    are left out. Each variable's actuals are placed at once: this runs whenever the projections move.
    """
    by_variable: dict[str, list[Actual]] = {}
    for actual in actuals:
        if axis.start - 1e-9 <= actual.time <= axis.end + 1e-9:
            by_variable.setdefault(actual.variable, []).append(actual)
    columns = {name: (np.fromiter((a.time for a in group), float, len(group)),
                      np.fromiter((a.value for a in group), float, len(group))) for name, group in by_variable.items()}
    coverage: dict[str, tuple[int, int]] = {}
    for scenario_id in scenario_ids:
        inside = placed = 0
        for name, (at, values) in columns.items():
            band = bands(scenario_id, name)
            if band is None or "p5" not in band[1] or "p95" not in band[1]:
                continue
            times, stats = band
            low, high = np.interp(at, times, stats["p5"]), np.interp(at, times, stats["p95"])
            known = np.isfinite(low) & np.isfinite(high)
            placed += int(np.count_nonzero(known))
            inside += int(np.count_nonzero(known & (values >= low) & (values <= high)))
        if placed:
            coverage[scenario_id] = (inside, placed)
    return coverage
