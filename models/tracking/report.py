"""Tracking in plain text: the ranking, the observations that weigh most, and each signpost's state."""

from __future__ import annotations

import math

import numpy as np

from models.domain import Study
from models.tracking.scores import Series, Tracking, track
from models.tracking.bands import Bands
from models.tracking.signposts import SignpostState, evaluate_all


def tracking_of(study: Study, times: np.ndarray, series: Series, scenario_ids: list[str] | None = None,
                bands: Bands | None = None) -> tuple[Tracking, list[SignpostState]]:
    """Return the ranking of the scenarios (all, or these) against the actuals, and the signposts' states.

    `bands` gives a scenario's Monte Carlo band for a variable where one is at hand: band signposts need it.
    """
    ids = [s.id for s in study.scenarios] if scenario_ids is None else scenario_ids
    ranking = track(study.actuals, times, series, ids)
    return ranking, evaluate_all(study.signposts, study.actuals, study.time, bands)


def state_text(state: SignpostState) -> str:
    """Return a signpost's state in words: "triggered at 2026.5 (61 from poll)"."""
    if state.state == "triggered" and state.observation is not None:
        source = f" from {state.observation.source}" if state.observation.source else ""
        side = f", {state.side} the band" if state.side else ""
        return f"triggered at {state.time:g} ({state.observation.value:g}{source}{side})"
    if state.needs_band and state.latest is not None:
        return (f"watching (latest {state.latest.value:g} at {state.latest.time:g}); "
                "needs the scenario's Monte Carlo band to tell")
    if state.state == "watching" and state.latest is not None:
        return f"watching (latest {state.latest.value:g} at {state.latest.time:g})"
    return state.state


def tracking_lines(study: Study, result: Tracking, states: list[SignpostState]) -> list[str]:
    """Return the tracking report as lines of text."""
    count = len(study.actuals)
    lines = [f"Tracking \"{study.title}\" against {count} actual{'' if count == 1 else 's'}"]
    if not result.ranking:
        lines.append("  no actual can be compared with the projections yet")
    names = {s.id: s.name for s in study.scenarios}
    width = max((len(n) for n in names.values()), default=10)
    for rank, score in enumerate(result.ranking, start=1):
        error = f"{score.error:.3f}" if math.isfinite(score.error) else "undefined"
        lines.append(f"  {rank}. {names[score.scenario_id]:<{width}}  error {error}  "
                     f"({score.count} observation{'' if score.count == 1 else 's'})")
    if result.ranking:
        lines.append("  (error: root mean square of actual − projection, each divided by how far apart the "
                     "scenarios are for that variable; 0 is a perfect match)")
    if result.weights:
        lines.append("Weighs most:")
        for weight in result.weights[:3]:
            a = weight.actual
            lines.append(f"  {a.variable} at {a.time:g} = {a.value:g}: nearest {names[weight.closest]}")
    for actual, why in result.skipped:
        lines.append(f"  not used: {actual.variable} at {actual.time:g} ({why})")
    lines.append("Signposts:" if states else "Signposts: none")
    for state in states:
        signpost = state.signpost
        pointing = ", ".join(names[s] for s in signpost.points_to if s in names) or "no scenario"
        owner = f"; owner {signpost.owner}" if signpost.owner else ""
        lines.append(f"  {signpost.name}: {signpost.variable} {signpost.condition.describe(names)} → {pointing}{owner}: "
                     f"{state_text(state)}")
    return lines
