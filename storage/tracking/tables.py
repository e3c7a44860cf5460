"""A study's actuals and tracking as spreadsheet sheets (the tidy shape actuals are imported in)."""

from __future__ import annotations

import math

import pandas as pd

from models.domain import Study
from models.engine.compiled import Projection
from models.tracking.report import state_text, tracking_of


def tracking_sheets(study: Study, projection: Projection, scenario_ids: list[str]) -> dict[str, pd.DataFrame]:
    """Return "Actuals" (variable,time,value,source,note) and "Tracking" (ranking, signposts); none without actuals or signposts."""
    if not study.actuals and not study.signposts:
        return {}
    result, states = tracking_of(study, projection.times, projection.series, list(scenario_ids))
    names = {s.id: s.name for s in study.scenarios}
    actuals = pd.DataFrame([{"variable": a.variable, "time": a.time, "value": a.value, "source": a.source,
                             "note": a.note} for a in study.actuals],
                           columns=["variable", "time", "value", "source", "note"])
    rows = [{"what": "scenario", "name": names[s.scenario_id], "rank": k,
             "error": s.error if math.isfinite(s.error) else None, "actuals": s.count, "state": ""}
            for k, s in enumerate(result.ranking, start=1)]
    rows += [{"what": "signpost", "name": s.signpost.name, "rank": None, "error": None, "actuals": None,
              "state": state_text(s)} for s in states]
    return {"Actuals": actuals, "Tracking": pd.DataFrame(rows, columns=["what", "name", "rank", "error", "actuals", "state"])}
