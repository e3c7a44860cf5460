"""A study's projections as one workbook: a sheet per scenario, a comparison sheet and the inputs."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from models.comparison import describe_override, horizon_table
from models.domain import Study
from models.engine.compiled import Projection
from storage.foresight_tables import foresight_sheets
from storage.tables import write_projection_xlsx
from storage.tracking_tables import tracking_sheets


def scenario_sheet(study: Study, projection: Projection, scenario_id: str) -> pd.DataFrame:
    """Return one scenario's projection with a row per time and a column per variable ("label (unit)")."""
    columns = {}
    for name in projection.names:
        variable = study.variable(name)
        heading = f"{variable.title} ({variable.unit})" if variable.unit else variable.title
        columns[heading] = projection.series(scenario_id, name)
    return pd.DataFrame({"time": projection.times, **columns})


def inputs_sheet(study: Study, scenario_ids: list[str]) -> pd.DataFrame:
    """Return every variable with its unit, source and definition, and each scenario's setting of it."""
    records = []
    for variable in study.variables:
        definition = variable.equation if variable.kind != "assumption" else describe_override(None, variable.value, variable.path)
        if variable.kind == "stock":
            definition = f"initial {variable.initial}; net rate {variable.equation}"
        record = {"name": variable.name, "label": variable.title, "kind": variable.kind, "unit": variable.unit,
                  "group": variable.group, "definition": definition, "source": variable.source,
                  "description": variable.description}
        for scenario_id in scenario_ids:
            resolved = study.resolved_overrides(scenario_id)
            setting = resolved.get(variable.name, (None, None))[0]
            record[study.scenario(scenario_id).name] = describe_override(setting) if setting is not None else ""
        records.append(record)
    for event in study.events:
        record = {"name": event.name, "label": event.name, "kind": "event", "unit": "",
                  "group": "", "definition": f"probability {event.probability:g} from {event.start:g}",
                  "source": "", "description": event.description}
        for scenario_id in scenario_ids:
            record[study.scenario(scenario_id).name] = "on" if study.resolved_events(scenario_id).get(event.name) else "off"
        records.append(record)
    return pd.DataFrame(records)


def write_study_workbook(study: Study, projection: Projection, path: str | os.PathLike, scenario_ids: list[str],
                         reference_id: str | None, indicators: list[str], years: list[float]) -> None:
    """Write the workbook: a sheet per scenario, "Comparison" at the years, "Inputs", and tracking if any."""
    sheets = {study.scenario(s).name: scenario_sheet(study, projection, s) for s in scenario_ids}
    comparison = horizon_table(study, projection.series, projection.times, indicators, years, scenario_ids, reference_id)
    comparison = comparison.replace([np.inf, -np.inf], np.nan)
    if reference_id is not None:
        comparison.insert(0, "reference", study.scenario(reference_id).name)
    sheets["Comparison"] = comparison.rename(columns={"percent": "difference (%)"})
    sheets["Inputs"] = inputs_sheet(study, scenario_ids)
    sheets |= tracking_sheets(study, projection, scenario_ids)  # "Actuals" and "Tracking", when the study tracks
    sheets |= foresight_sheets(study)  # "Drivers", "Actors", "Matrix", "Box", when the study has them
    write_projection_xlsx(sheets, path)
