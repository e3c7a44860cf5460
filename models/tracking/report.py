"""Tracking in plain text: the ranking, the observations that weigh most, and each signpost's state."""

from __future__ import annotations

import math

import numpy as np

from models.domain import Study
from models.formatting import localise
from models.i18n import QT_TRANSLATE_NOOP, fill, language, translate
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


def _number(text: str) -> str:
    """Return a number written with Python's "." in the separators of the language the report speaks."""
    return localise(text, language())


def state_text(state: SignpostState) -> str:
    """Return a signpost's state in words: "triggered at 2026.5 (61 from poll)"."""
    if state.state == "triggered" and state.observation is not None:
        seen = _number(f"{state.observation.value:g}")
        if state.observation.source:
            seen = fill(translate("Tracking", "%1 from %2"), seen, state.observation.source)
        if state.side == "above":
            seen = fill(translate("Tracking", "%1, above the band"), seen)
        elif state.side == "below":
            seen = fill(translate("Tracking", "%1, below the band"), seen)
        return fill(translate("Tracking", "triggered at %1 (%2)"), _number(f"{state.time:g}"), seen)
    if state.needs_band and state.latest is not None:
        return fill(translate("Tracking", "watching (latest %1 at %2); needs the scenario's Monte Carlo band to tell"),
                    _number(f"{state.latest.value:g}"), _number(f"{state.latest.time:g}"))
    if state.state == "watching" and state.latest is not None:
        return fill(translate("Tracking", "watching (latest %1 at %2)"),
                    _number(f"{state.latest.value:g}"), _number(f"{state.latest.time:g}"))
    return translate("Tracking", STATE_WORDS.get(state.state, state.state))


# A signpost's state as stored ("not seen", "watching", "triggered"), shown in the report's language.
STATE_WORDS = {"not seen": QT_TRANSLATE_NOOP("Tracking", "not seen"), "watching": QT_TRANSLATE_NOOP("Tracking", "watching"),
               "triggered": QT_TRANSLATE_NOOP("Tracking", "triggered")}


def tracking_lines(study: Study, result: Tracking, states: list[SignpostState]) -> list[str]:
    """Return the tracking report as lines of text, in the language headless text is written in."""
    count = len(study.actuals)
    lines = [fill(translate("Tracking", "Tracking \"%1\" against 1 actual") if count == 1 else
                  translate("Tracking", "Tracking \"%1\" against %2 actuals"), study.title, count)]
    if not result.ranking:
        lines.append("  " + translate("Tracking", "no actual can be compared with the projections yet"))
    names = {s.id: s.name for s in study.scenarios}
    width = max((len(n) for n in names.values()), default=10)
    for rank, score in enumerate(result.ranking, start=1):
        error = _number(f"{score.error:.3f}") if math.isfinite(score.error) else translate("Tracking", "undefined")
        seen = (translate("Tracking", "(1 observation)") if score.count == 1 else
                fill(translate("Tracking", "(%1 observations)"), score.count))
        lines.append("  " + fill(translate("Tracking", "%1. %2  error %3  %4"), rank, f"{names[score.scenario_id]:<{width}}", error, seen))
    if result.ranking:
        lines.append("  " + translate("Tracking", "(error: root mean square of actual − projection, each divided by how far "
                                                  "apart the scenarios are for that variable; 0 is a perfect match)"))
    if result.weights:
        lines.append(translate("Tracking", "Weighs most:"))
        for weight in result.weights[:3]:
            a = weight.actual
            lines.append("  " + fill(translate("Tracking", "%1 at %2 = %3: nearest %4"), a.variable, _number(f"{a.time:g}"),
                                     _number(f"{a.value:g}"), names[weight.closest]))
    for actual, why in result.skipped:
        lines.append("  " + fill(translate("Tracking", "not used: %1 at %2 (%3)"), actual.variable, _number(f"{actual.time:g}"), why))
    lines.append(translate("Tracking", "Signposts:") if states else translate("Tracking", "Signposts: none"))
    for state in states:
        signpost = state.signpost
        pointing = ", ".join(names[s] for s in signpost.points_to if s in names) or translate("Tracking", "no scenario")
        line = "  " + fill(translate("Tracking", "%1: %2 %3 → %4"), signpost.name, signpost.variable,
                    signpost.condition.describe(names), pointing)
        if signpost.owner:
            line = fill(translate("Tracking", "%1; owner %2"), line, signpost.owner)
        lines.append(f"{line}: {state_text(state)}")
    return lines
