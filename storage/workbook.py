"""A study's projections as one workbook: a sheet per scenario, a comparison sheet and the inputs."""

from __future__ import annotations

import os

import numpy as np
import pandas as pd

from models.comparison import describe_override, horizon_table
from models.domain import Study
from models.engine.compiled import Projection
from models.formatting import format_time, localise
from storage.foresight.tables import foresight_sheets
from storage.tables import write_projection_xlsx
from storage.tracking.tables import tracking_sheets
from models.i18n import QT_TRANSLATE_NOOP, fill, translate


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
    return pd.DataFrame({translate("Workbook", "time"): projection.times, translate("Workbook", "date"): dates, **columns})


def inputs_sheet(study: Study, scenario_ids: list[str]) -> pd.DataFrame:
    """Return every variable with its unit, source and definition, and each scenario's setting of it."""
    records = []
    for variable in study.variables:
        definition = variable.equation if variable.kind != "assumption" else describe_override(None, variable.value, variable.path)
        if variable.kind == "stock":
            definition = fill(translate("Workbook", "initial %1; net rate %2"), variable.initial, variable.equation)
        record = {"name": variable.name, "label": variable.title, "kind": _kind(variable.kind), "unit": variable.unit,
                  "group": variable.group, "definition": definition, "source": variable.source,
                  "description": variable.description}
        for scenario_id in scenario_ids:
            resolved = study.resolved_overrides(scenario_id)
            setting = resolved.get(variable.name, (None, None))[0]
            record[study.scenario(scenario_id).name] = describe_override(setting) if setting is not None else ""
        records.append(record)
    for event in study.events:
        record = {"name": event.name, "label": event.name, "kind": _kind("event"), "unit": "", "group": "",
                  "definition": fill(translate("Workbook", "probability %1 from %2"), localise(f"{event.probability:g}"),
                                     localise(f"{event.start:g}")),
                  "source": "", "description": event.description}
        for scenario_id in scenario_ids:
            on = study.resolved_events(scenario_id).get(event.name)
            record[study.scenario(scenario_id).name] = translate("Comparison", "on") if on else translate("Comparison", "off")
        records.append(record)
    return pd.DataFrame(records).rename(columns=_input_headings())


# The other sheets' names and headings, translated where the sheets are added (lupdate finds them here).
_SHEET_WORDS = (
    QT_TRANSLATE_NOOP("Workbook", "Tracking"), QT_TRANSLATE_NOOP("Workbook", "Drivers"),
    QT_TRANSLATE_NOOP("Workbook", "Actors"), QT_TRANSLATE_NOOP("Workbook", "Matrix"), QT_TRANSLATE_NOOP("Workbook", "Box"),
    QT_TRANSLATE_NOOP("Workbook", "what"), QT_TRANSLATE_NOOP("Workbook", "rank"), QT_TRANSLATE_NOOP("Workbook", "error"),
    QT_TRANSLATE_NOOP("Workbook", "actuals"), QT_TRANSLATE_NOOP("Workbook", "state"), QT_TRANSLATE_NOOP("Workbook", "driver"),
    QT_TRANSLATE_NOOP("Workbook", "category"), QT_TRANSLATE_NOOP("Workbook", "impact"),
    QT_TRANSLATE_NOOP("Workbook", "uncertainty"), QT_TRANSLATE_NOOP("Workbook", "critical"),
    QT_TRANSLATE_NOOP("Workbook", "assumptions"), QT_TRANSLATE_NOOP("Workbook", "actor"),
    QT_TRANSLATE_NOOP("Workbook", "influence"), QT_TRANSLATE_NOOP("Workbook", "motivation"),
    QT_TRANSLATE_NOOP("Workbook", "axis"), QT_TRANSLATE_NOOP("Workbook", "pole"), QT_TRANSLATE_NOOP("Workbook", "descriptor"),
    QT_TRANSLATE_NOOP("Workbook", "variant"), QT_TRANSLATE_NOOP("Workbook", "with descriptor"),
    QT_TRANSLATE_NOOP("Workbook", "with variant"), QT_TRANSLATE_NOOP("Workbook", "score"),
    QT_TRANSLATE_NOOP("Workbook", "assessor"),
)


def _kind(kind: str) -> str:
    """Return a kind of input in the workbook's language."""
    return {"assumption": translate("Workbook", "assumption"), "auxiliary": translate("Workbook", "auxiliary"),
            "stock": translate("Workbook", "stock"), "event": translate("Workbook", "event")}[kind]


def _input_headings() -> dict[str, str]:
    return {"name": translate("Workbook", "name"), "label": translate("Workbook", "label"),
            "kind": translate("Workbook", "kind"), "unit": translate("Workbook", "unit"),
            "group": translate("Workbook", "group"), "definition": translate("Workbook", "definition"),
            "source": translate("Workbook", "source"), "description": translate("Workbook", "description")}


def _comparison_headings() -> dict[str, str]:
    return {"indicator": translate("Workbook", "indicator"), "unit": translate("Workbook", "unit"),
            "scenario": translate("Workbook", "scenario"), "year": translate("Workbook", "year"),
            "value": translate("Workbook", "value"), "difference": translate("Workbook", "difference"),
            "percent": translate("Workbook", "difference (%)"), "date": translate("Workbook", "date"),
            "reference": translate("Workbook", "reference")}


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
    sheets.append((translate("Workbook", "Comparison"), comparison.rename(columns=_comparison_headings())))
    sheets.append((translate("Workbook", "Inputs"), inputs_sheet(study, scenario_ids)))
    # "Actuals" and "Tracking" when the study tracks; "Drivers", "Actors", "Matrix", "Box" when it has them.
    for name, frame in [*tracking_sheets(study, projection, scenario_ids).items(), *foresight_sheets(study).items()]:
        if name == "Actuals":  # the tidy shape actuals are imported in: it reads back as it is
            sheets.append((name, frame))
        else:
            sheets.append((translate("Workbook", name), frame.rename(columns=lambda c: translate("Workbook", c))))
    write_projection_xlsx(sheets, path)
