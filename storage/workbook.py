"""A study's projections as one workbook: a sheet per scenario, a comparison sheet and the inputs."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from models.comparison import describe_override, horizon_table
from models.domain import Study
from models.engine.compiled import Projection
from models.formatting import format_time
from storage.foresight.tables import foresight_sheets
from storage.tables import write_projection_xlsx
from storage.tracking.tables import tracking_sheets
from models.i18n import translate


def scenario_sheet(study: Study, projection: Projection, scenario_id: str) -> pd.DataFrame:
    """Return one scenario's projection with a row per time and a column per variable ("label (unit)")."""
    columns = {}
    for name in projection.names:
        variable = study.variable(name)
        heading = f"{variable.title} ({variable.unit})" if variable.unit else variable.title
        columns[heading] = projection.series(scenario_id, name)
    step = float(projection.times[1] - projection.times[0]) if len(projection.times) > 1 else None
    # "time" stays a number for formulas; "date" is the same time as a reader says it ("Q3 2026").
    dates = [format_time(float(t), step, study.time.unit) for t in projection.times]
    return pd.DataFrame({"time": projection.times, "date": dates, **columns})


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
            on = study.resolved_events(scenario_id).get(event.name)
            record[study.scenario(scenario_id).name] = translate("Comparison", "on") if on else translate("Comparison", "off")
        records.append(record)
    return pd.DataFrame(records)


def write_study_workbook(study: Study, projection: Projection, path: str | os.PathLike, scenario_ids: list[str],
                         reference_id: str | None, indicators: list[str], years: list[float]) -> None:
    """Write the workbook: a sheet per scenario, "Comparison" at the years, "Inputs", and tracking if any."""
    # Pairs, not a dict: a scenario may be called "Comparison" or "Inputs" too (its sheet is then renamed).
    sheets = [(study.scenario(s).name, scenario_sheet(study, projection, s)) for s in scenario_ids]
    comparison = horizon_table(study, projection.series, projection.times, indicators, years, scenario_ids, reference_id)
    comparison = comparison.replace([np.inf, -np.inf], np.nan)
    if "year" in comparison.columns:
        comparison.insert(list(comparison.columns).index("year") + 1, "date",
                          [format_time(float(y), None, study.time.unit) for y in comparison["year"]])
    if reference_id is not None:
        comparison.insert(0, "reference", study.scenario(reference_id).name)
    # Sheet names are for people: in the interface's language ("Comparación", "Insumos" in Spanish).
    sheets.append((translate("Workbook", "Comparison"), comparison.rename(columns={"percent": "difference (%)"})))
    sheets.append((translate("Workbook", "Inputs"), inputs_sheet(study, scenario_ids)))
    sheets += list(tracking_sheets(study, projection, scenario_ids).items())  # "Actuals" and "Tracking", when the study tracks
    sheets += list(foresight_sheets(study).items())  # "Drivers", "Actors", "Matrix", "Box", when the study has them
    write_projection_xlsx(sheets, path)
