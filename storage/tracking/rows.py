"""Turn a study's dates, actuals and signposts into library rows and back, losing nothing."""

from __future__ import annotations

import json
from typing import Any, cast

from models.domain import Horizon, StudyDates
from models.tracking.observations import Actual, Condition, ConditionKind, Signpost
from storage.orm import ActualRow, SignpostRow, StudyRow

Row = dict[str, Any]


def dates_columns(dates: StudyDates) -> Row:
    """Return the studies-row columns that hold the study's dates (NULL where not set)."""
    return {
        "as_of": None if dates.as_of is None else float(dates.as_of),
        "horizons": json.dumps([[h.name, float(h.start), float(h.end)] for h in dates.horizons])
        if dates.horizons else None,
        "table_times": json.dumps([float(t) for t in dates.table_times]) if dates.table_times else None,
    }


def dates_from_row(row: StudyRow) -> StudyDates:
    """Return the study's dates from its row."""
    horizons = [Horizon(name, start, end) for name, start, end in json.loads(row.horizons)] if row.horizons else []
    times = [float(t) for t in json.loads(row.table_times)] if row.table_times else []
    return StudyDates(row.as_of, horizons, times)


def tracking_rows(study_id: str, actuals: list[Actual], signposts: list[Signpost]) -> dict[type, list[Row]]:
    """Return the actuals and signposts rows of a study."""
    return {
        ActualRow: [
            {"study_id": study_id, "position": k, "variable": a.variable, "time": float(a.time),
             "value": float(a.value), "source": a.source, "note": a.note}
            for k, a in enumerate(actuals)
        ],
        SignpostRow: [
            {"study_id": study_id, "id": s.id, "position": k, "name": s.name, "variable": s.variable,
             **_condition_columns(s),
             "owner": s.owner, "note": s.note}
            for k, s in enumerate(signposts)
        ],
    }


def _condition_columns(signpost: Signpost) -> Row:
    """Return a signpost's condition and targets as columns.

    The table's CHECK constraint (revision 0004) admits only the four threshold and run kinds. A band
    signpost is stored without a schema change: kind 'above' with no threshold (which no threshold
    signpost can have) and its targets as {"points_to": [...], "band": scenario id}; read back as one.
    """
    condition = signpost.condition
    if condition.kind == "outside_band":
        return {"condition_kind": "above", "condition_value": None, "condition_periods": None,
                "points_to": json.dumps({"points_to": list(signpost.points_to), "band": condition.scenario})}
    return {"condition_kind": condition.kind,
            "condition_value": None if condition.value is None else float(condition.value),
            "condition_periods": condition.periods, "points_to": json.dumps(list(signpost.points_to))}


def _condition(row: SignpostRow) -> tuple[Condition, list[str]]:
    """Return a signpost row's condition and the scenarios it points to."""
    targets = json.loads(row.points_to)
    if isinstance(targets, dict):  # a band signpost (see _condition_columns)
        return Condition("outside_band", scenario=targets.get("band")), list(targets.get("points_to", []))
    # The CHECK constraint admits only the four threshold and run kinds, so the text is a ConditionKind.
    return Condition(cast(ConditionKind, row.condition_kind), row.condition_value, row.condition_periods), list(targets)


def actuals_from_rows(rows: list[ActualRow]) -> list[Actual]:
    """Return the observations, rows already in position order."""
    return [Actual(r.variable, r.time, r.value, r.source, r.note) for r in rows]


def signposts_from_rows(rows: list[SignpostRow]) -> list[Signpost]:
    """Return the signposts, rows already in position order."""
    signposts = []
    for r in rows:
        condition, points_to = _condition(r)
        signposts.append(Signpost(r.name, r.variable, condition, points_to, r.owner, r.note, r.id))
    return signposts
