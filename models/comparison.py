"""Compare scenarios with a reference: differences of projections at chosen times, and of inputs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

import numpy as np

from models.domain import Override, Path, Scenario, Study
from models.formatting import localise, people_locale
from models.i18n import fill, translate

if TYPE_CHECKING:
    import pandas as pd

MODES = ("values", "difference", "percent")
MODE_TITLES = {"values": "Values", "difference": "Difference", "percent": "% difference"}

Series = Callable[[str, str], "np.ndarray | None"]


def relative_to(values: np.ndarray, reference: np.ndarray, mode: str) -> np.ndarray:
    """Return values as they are, minus the reference, or as a percentage of the reference's size."""
    if mode == "values":
        return values
    difference = values - reference
    if mode == "difference":
        return difference
    with np.errstate(divide="ignore", invalid="ignore"):
        percent = difference / np.abs(reference) * 100.0
    # Equal values differ by 0 %, even where the reference is 0; otherwise a 0 reference has no percentage.
    return np.where(difference == 0, 0.0, np.where(reference == 0, np.nan, percent))


def is_rate(unit: str) -> bool:
    """Say whether a unit is itself a percentage ("%", "%/yr", "percent"): its differences are percentage points."""
    text = unit.lower()
    return "%" in text or "percent" in text or text.strip() in ("pp", "per cent")


def percent_misleads(unit: str, reference: np.ndarray | None) -> bool:
    """Say whether a % difference would mislead: for a rate (a % of a %), or a reference at or across zero."""
    if is_rate(unit):
        return True
    if reference is None:
        return False
    finite = reference[np.isfinite(reference)]
    return bool(len(finite)) and float(finite.min()) <= 0.0 <= float(finite.max())


def horizon_table(study: Study, series: Series, times: np.ndarray, indicators: Iterable[str],
                  years: Iterable[float], scenario_ids: Iterable[str], reference_id: str | None) -> pd.DataFrame:
    """Return indicators at chosen years per scenario, with the difference from the reference (tidy)."""
    import pandas as pd  # only tables need pandas; start-up does without it

    years = list(years)
    records = []
    for name in indicators:
        variable = study.variable(name)
        reference = series(reference_id, name) if reference_id else None
        reference_at = np.interp(years, times, reference) if reference is not None else np.full(len(years), np.nan)
        for scenario_id in scenario_ids:
            values = series(scenario_id, name)
            at = np.interp(years, times, values) if values is not None else np.full(len(years), np.nan)
            difference = at - reference_at
            percent = relative_to(at, reference_at, "percent")
            if percent_misleads(variable.unit, reference):
                percent = np.full(len(years), np.nan)  # the difference alone, in the unit's own points
            for k, year in enumerate(years):
                records.append((variable.title, variable.unit, study.scenario(scenario_id).name, float(year),
                                float(at[k]), float(difference[k]), float(percent[k])))
    return pd.DataFrame(records, columns=["indicator", "unit", "scenario", "year", "value", "difference", "percent"])


@dataclass(frozen=True)
class InputDifference:
    """One input (an assumption or an event switch) that two scenarios set differently."""

    kind: str  # "assumption" or "event"
    name: str
    label: str
    unit: str
    first: str  # the first scenario's setting, in words
    second: str
    first_from: str  # where the setting comes from: the scenario itself, an ancestor, or the study
    second_from: str


def describe_override(value: Override | None, default: float | None = None, default_path: Path | None = None) -> str:
    """Return an assumption setting as people read it: a number or a path's points."""
    if isinstance(value, Path):
        # "; " between points: a Spanish decimal comma must not read as a separator.
        points = "; ".join(f"{localise(f'{t:g}')}: {localise(f'{v:g}')}" for t, v in value.points) if people_locale() != "en" \
            else ", ".join(f"{t:g}: {v:g}" for t, v in value.points)
        return fill(translate("Comparison", "path %1"), points)
    if value is not None:
        return localise(f"{value:g}")
    if default_path is not None:
        return describe_override(default_path)
    return "—" if default is None else localise(f"{default:g}")


def input_differences(study: Study, first_id: str, second_id: str) -> list[InputDifference]:
    """Return every assumption and event switch set differently in two scenarios, in study order."""
    first, second = study.scenario(first_id), study.scenario(second_id)
    overrides = study.resolved_overrides(first_id), study.resolved_overrides(second_id)
    events = study.resolved_events(first_id), study.resolved_events(second_id)
    found = []

    def source(own: str, origin: Scenario | None) -> str:
        if origin is None:
            return "study value"
        return "own value" if origin.name == own else f"from {origin.name}"

    for variable in study.variables:
        if variable.kind != "assumption":
            continue
        a, a_from = overrides[0].get(variable.name, (None, None))
        b, b_from = overrides[1].get(variable.name, (None, None))
        study_value = variable.path if variable.path is not None else variable.value
        if (study_value if a is None else a) == (study_value if b is None else b):
            continue
        found.append(InputDifference(
            "assumption", variable.name, variable.title, variable.unit,
            describe_override(a, variable.value, variable.path), describe_override(b, variable.value, variable.path),
            source(first.name, a_from), source(second.name, b_from)))
    # A re-anchored stock starts again at an observation: that is an input the two may set differently too.
    starts = _anchors_with_origin(study, first_id), _anchors_with_origin(study, second_id)
    for variable in study.variables:
        if variable.kind != "stock":
            continue
        mine, theirs = starts[0].get(variable.name), starts[1].get(variable.name)
        if (mine and mine[0]) == (theirs and theirs[0]):
            continue
        found.append(InputDifference(
            "start", variable.name, variable.title, variable.unit,
            describe_start(mine[0] if mine else None), describe_start(theirs[0] if theirs else None),
            source(first.name, mine[1]) if mine else "", source(second.name, theirs[1]) if theirs else ""))
    for event in study.events:
        a_on, b_on = events[0].get(event.name, False), events[1].get(event.name, False)
        if a_on != b_on:
            on, off = translate("Comparison", "on"), translate("Comparison", "off")
            found.append(InputDifference("event", event.name, event.name, "", on if a_on else off, on if b_on else off, "", ""))
    return found


def describe_start(anchor: tuple[float, float] | None) -> str:
    """Return a re-anchored stock's start in words ("—" when it runs on as the model has it)."""
    return "—" if anchor is None else f"starts again at {anchor[1]:g} in {anchor[0]:g}"


def _anchors_with_origin(study: Study, scenario_id: str) -> dict[str, tuple[tuple[float, float], Scenario]]:
    """Return each re-anchored stock's (time, value) in a scenario, and the scenario that set it."""
    found: dict[str, tuple[tuple[float, float], Scenario]] = {}
    for scenario in study.lineage(scenario_id):
        for name, point in scenario.anchors.items():
            found[name] = (point, scenario)
    return found
