"""Where each signpost stands: not seen (no observation yet), watching, or triggered (when, and by what)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from models.domain import TimeAxis
from models.tracking.bands import Bands, band_percentile
from models.tracking.observations import Actual, Signpost

State = Literal["not seen", "watching", "triggered"]



@dataclass(frozen=True)
class SignpostState:
    """A signpost's state; when triggered, the time and the observation that triggered it."""

    signpost: Signpost
    state: State
    time: float | None = None
    observation: Actual | None = None
    latest: Actual | None = None  # the newest observation of its variable, if any
    needs_band: bool = False  # a band signpost whose scenario's band is not at hand: it cannot tell yet
    side: str = ""  # a triggered band signpost: "above" or "below" the band


def evaluate(signpost: Signpost, actuals: Iterable[Actual], axis: TimeAxis, bands: Bands | None = None) -> SignpostState:
    """Return the signpost's state given every observation so far.

    "above" and "below" are strict: a value exactly at the threshold has not crossed it, and so is
    "outside_band": a value exactly on the band's 5th or 95th percentile is still inside. "rising"
    and "falling" need that many increases (decreases) between observations in consecutive periods
    of the axis; a period with no observation breaks the run. Several observations in one period
    count as their mean.
    """
    observed = sorted((a for a in actuals if a.variable == signpost.variable), key=lambda a: a.time)
    if not observed:
        return SignpostState(signpost, "not seen")
    latest = observed[-1]
    condition = signpost.condition
    if condition.kind == "outside_band":
        return _outside_band(signpost, observed, axis, bands)
    if condition.kind in ("above", "below"):
        threshold = float(condition.value if condition.value is not None else 0.0)
        for actual in observed:
            if (actual.value > threshold) if condition.kind == "above" else (actual.value < threshold):
                return SignpostState(signpost, "triggered", actual.time, actual, latest)
        return SignpostState(signpost, "watching", latest=latest)
    needed = max(int(condition.periods or 1), 1)
    periods: dict[int, list[Actual]] = {}
    for actual in observed:
        periods.setdefault(int(round((actual.time - axis.start) / axis.step)), []).append(actual)
    run, previous = 0, None  # previous: (period index, mean value)
    for index in sorted(periods):
        group = periods[index]
        mean = sum(a.value for a in group) / len(group)
        if previous is not None and index == previous[0] + 1:
            moved = mean > previous[1] if condition.kind == "rising" else mean < previous[1]
            run = run + 1 if moved else 0
        else:
            run = 0
        if run >= needed:
            return SignpostState(signpost, "triggered", group[-1].time, group[-1], latest)
        previous = (index, mean)
    return SignpostState(signpost, "watching", latest=latest)


def _outside_band(signpost: Signpost, observed: list[Actual], axis: TimeAxis, bands: Bands | None) -> SignpostState:
    """Return the state of a band signpost: triggered by the first observation outside the scenario's 90 % band."""
    latest = observed[-1]
    band = bands(signpost.condition.scenario or "", signpost.variable) if bands is not None else None
    if band is None:
        return SignpostState(signpost, "watching", latest=latest, needs_band=True)
    times, stats = band
    for actual in observed:
        # The band is known on the axis only: an observation outside it cannot be placed.
        if not axis.start - 1e-9 <= actual.time <= axis.end + 1e-9:
            continue
        percentile = band_percentile(actual.value, actual.time, times, stats)
        if math.isinf(percentile):
            return SignpostState(signpost, "triggered", actual.time, actual, latest,
                                 side="above" if percentile > 0 else "below")
    return SignpostState(signpost, "watching", latest=latest)


def evaluate_all(signposts: Iterable[Signpost], actuals: list[Actual], axis: TimeAxis,
                 bands: Bands | None = None) -> list[SignpostState]:
    """Return every signpost's state, in the study's order (band signposts need `bands` to tell)."""
    by_variable: dict[str, list[Actual]] = {}
    for actual in actuals:
        by_variable.setdefault(actual.variable, []).append(actual)
    return [evaluate(signpost, by_variable.get(signpost.variable, []), axis, bands) for signpost in signposts]
