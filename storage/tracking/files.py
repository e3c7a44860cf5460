"""Write a study's version-2 sections (dates, actuals, signposts) for the interchange file."""

from __future__ import annotations

from typing import Any

from models.domain import Study
from models.tracking.observations import Actual, Signpost


def actual_dict(actual: Actual) -> dict[str, Any]:
    """Return one observation as the file writes it (empty source and note left out)."""
    item: dict[str, Any] = {"variable": actual.variable, "time": float(actual.time), "value": float(actual.value)}
    if actual.source:
        item["source"] = actual.source
    if actual.note:
        item["note"] = actual.note
    return item


def signpost_dict(signpost: Signpost, scenario_ids: set[str] | None = None) -> dict[str, Any]:
    """Return one signpost as the file writes it, pointing only to `scenario_ids` when given."""
    condition = signpost.condition
    shape: dict[str, Any] = {"kind": condition.kind}
    if condition.value is not None:
        shape["value"] = float(condition.value)
    if condition.periods is not None:
        shape["periods"] = int(condition.periods)
    if condition.scenario is not None:
        shape["scenario"] = condition.scenario
    return {
        "id": signpost.id, "name": signpost.name, "variable": signpost.variable, "condition": shape,
        "points_to": [s for s in signpost.points_to if scenario_ids is None or s in scenario_ids],
        "owner": signpost.owner, "note": signpost.note,
    }


def v2_sections(study: Study, scenario_ids: set[str] | None = None) -> dict[str, Any]:
    """Return the study's version-2 keys that are in use (none: the file stays version 1)."""
    sections: dict[str, Any] = {}
    dates = study.dates
    if dates.as_of is not None:
        sections["as_of"] = float(dates.as_of)
    if dates.horizons:
        sections["horizons"] = [{"name": h.name, "start": float(h.start), "end": float(h.end)} for h in dates.horizons]
    if dates.table_times:
        sections["table_times"] = [float(t) for t in dates.table_times]
    if study.actuals:
        sections["actuals"] = [actual_dict(a) for a in study.actuals]
    # A band signpost watches one scenario's band: it goes only where that scenario goes.
    known = scenario_ids if scenario_ids is not None else {s.id for s in study.scenarios}
    signposts = [s for s in study.signposts if s.condition.scenario is None or s.condition.scenario in known]
    if signposts:
        sections["signposts"] = [signpost_dict(s, scenario_ids) for s in signposts]
    return sections
