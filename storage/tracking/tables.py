"""A study's actuals and tracking as spreadsheet sheets (the tidy shape actuals are imported in)."""

from __future__ import annotations

import math

import pandas as pd

from models.domain import Study
from models.engine.compiled import Projection, compile_study
from models.i18n import translate
from models.tracking.band_runs import signpost_bands
from models.tracking.report import state_text, tracking_of


BAND_SAMPLES = 1000  # as in the brief: the 5th and 95th percentiles settle to a few per cent of the band


def tracking_sheets(study: Study, projection: Projection, scenario_ids: list[str]) -> dict[str, pd.DataFrame]:
    """Return "Actuals" (variable,time,value,source,note) and "Tracking" (ranking, signposts); none without actuals or signposts."""
    if not study.actuals and not study.signposts:
        return {}
    bands = None
    if any(s.condition.kind == "outside_band" for s in study.signposts):
        # A workbook has no fans to read: band signposts get their scenario's band from a run of their own.
        bands = signpost_bands(compile_study(study), study, BAND_SAMPLES, seed=1)
    result, states = tracking_of(study, projection.times, projection.series, list(scenario_ids), bands)
    names = {s.id: s.name for s in study.scenarios}
    actuals = pd.DataFrame([{"variable": a.variable, "time": a.time, "value": a.value, "source": a.source,
                             "note": a.note} for a in study.actuals],
                           columns=["variable", "time", "value", "source", "note"])
    rows = [{"what": translate("Workbook", "scenario"), "name": names[s.scenario_id], "rank": k,
             "error": s.error if math.isfinite(s.error) else None, "actuals": s.count, "state": ""}
            for k, s in enumerate(result.ranking, start=1)]
    rows += [{"what": translate("Workbook", "signpost"), "name": s.signpost.name, "rank": None, "error": None, "actuals": None,
              "state": state_text(s)} for s in states]
    return {"Actuals": actuals, "Tracking": pd.DataFrame(rows, columns=["what", "name", "rank", "error", "actuals", "state"])}
