"""Where an actual falls in a scenario's Monte Carlo band: its percentile, read between the band's edges."""

from __future__ import annotations

import math

import numpy as np

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
