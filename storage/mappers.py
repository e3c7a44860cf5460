"""Turn domain objects into table rows and back, losing nothing."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

from models.domain import (
    Distribution,
    DistributionType,
    Effect,
    EffectOp,
    Event,
    Kind,
    Path,
    Scenario,
    Study,
    TimeAxis,
    Variable,
)
from storage.diagram.files import diagram_rows
from storage.foresight.files import foresight_rows
from storage.orm import (
    EffectRow,
    EventRow,
    EventSwitchRow,
    DiagramPositionRow,
    ForesightRow,
    OverrideRow,
    ScenarioRow,
    StudyRow,
    VariableRow,
)
from storage.tracking.rows import dates_columns, dates_from_row, tracking_rows

Row = dict[str, Any]


def _number(value: float | None) -> float | None:
    # numpy scalars from the UI become plain floats, so SQLite and JSON store them alike.
    return None if value is None else float(value)


def _path_text(path: Path | None) -> str | None:
    if path is None:
        return None
    return json.dumps([[float(t), float(v)] for t, v in path.points])


def _path_from_text(text: str | None) -> Path | None:
    if text is None:
        return None
    return Path(tuple((float(t), float(v)) for t, v in json.loads(text)))


def study_row(study: Study, created_at: datetime, updated_at: datetime) -> Row:
    """Return the studies row for `study`."""
    return {
        "id": study.id,
        "title": study.title,
        "description": study.description,
        "time_start": float(study.time.start),
        "time_end": float(study.time.end),
        "time_step": float(study.time.step),
        "time_unit": study.time.unit,
        "created_at": created_at,
        "updated_at": updated_at,
    } | dates_columns(study.dates)


def child_rows(study: Study) -> dict[type, list[Row]]:
    """Return every row below the study, by table, parents before children."""
    rows: dict[type, list[Row]] = {
        VariableRow: [], EventRow: [], EffectRow: [], ScenarioRow: [], OverrideRow: [], EventSwitchRow: []
    }
    sid = study.id
    for position, variable in enumerate(study.variables):
        distribution = variable.distribution
        rows[VariableRow].append({
            "study_id": sid, "id": variable.id, "position": position, "name": variable.name,
            "kind": variable.kind, "label": variable.label, "unit": variable.unit,
            "group_name": variable.group, "description": variable.description, "source": variable.source,
            "equation": variable.equation, "initial": variable.initial,
            "value": _number(variable.value), "min": _number(variable.min), "max": _number(variable.max),
            "path": _path_text(variable.path),
            "distribution_type": distribution.type if distribution else None,
            "distribution_params": json.dumps({k: float(v) for k, v in distribution.params.items()})
            if distribution else None,
        })
    for position, event in enumerate(study.events):
        rows[EventRow].append({
            "study_id": sid, "id": event.id, "position": position, "name": event.name,
            "probability": float(event.probability), "start": float(event.start),
            "duration": _number(event.duration), "description": event.description,
        })
        for k, effect in enumerate(event.effects):
            rows[EffectRow].append({
                "study_id": sid, "event_id": event.id, "position": k,
                "variable": effect.variable, "op": effect.op, "value": float(effect.value),
            })
    stocks = {v.name for v in study.variables if v.kind == "stock"}
    for position, scenario in enumerate(study.scenarios):
        rows[ScenarioRow].append({
            "study_id": sid, "id": scenario.id, "position": position, "name": scenario.name,
            "color": scenario.color, "narrative": scenario.narrative,
            "parent_id": scenario.parent_id, "origin": scenario.origin,
        })
        for k, (name, override) in enumerate(scenario.overrides.items()):
            rows[OverrideRow].append({
                "study_id": sid, "scenario_id": scenario.id, "variable": name, "position": k,
                "value": None if isinstance(override, Path) else float(override),
                "path": _path_text(override) if isinstance(override, Path) else None,
            })
        # A re-anchored stock is stored as what the scenario sets on it: a one-point path (time, value).
        # Overrides name assumptions only, so a row that names a stock is an anchor, read back as one.
        anchors = {name: point for name, point in scenario.anchors.items() if name in stocks}
        for k, (name, (time, value)) in enumerate(anchors.items(), start=len(scenario.overrides)):
            rows[OverrideRow].append({
                "study_id": sid, "scenario_id": scenario.id, "variable": name, "position": k,
                "value": None, "path": _path_text(Path(((float(time), float(value)),))),
            })
        for k, (name, enabled) in enumerate(scenario.events.items()):
            rows[EventSwitchRow].append({
                "study_id": sid, "scenario_id": scenario.id, "event": name, "position": k,
                "enabled": bool(enabled),
            })
    rows.update(tracking_rows(sid, study.actuals, study.signposts))
    rows[ForesightRow] = foresight_rows(study)
    rows[DiagramPositionRow] = diagram_rows(study)
    return rows


def _variable(row: VariableRow) -> Variable:
    distribution = None
    if row.distribution_type is not None:
        distribution = Distribution(cast(DistributionType, row.distribution_type), json.loads(row.distribution_params or "{}"))
    return Variable(
        name=row.name, kind=cast(Kind, row.kind), label=row.label, unit=row.unit, group=row.group_name,
        description=row.description, source=row.source, equation=row.equation, initial=row.initial,
        value=row.value, min=row.min, max=row.max, path=_path_from_text(row.path),
        distribution=distribution, id=row.id,
    )


def study_from_rows(
    study: StudyRow,
    variables: list[VariableRow],
    events: list[EventRow],
    effects: list[EffectRow],
    scenarios: list[ScenarioRow],
    overrides: list[OverrideRow],
    switches: list[EventSwitchRow],
) -> Study:
    """Build the domain Study from its rows, each list already in position order."""
    effects_of: dict[str, list[Effect]] = {}
    for effect in effects:
        effects_of.setdefault(effect.event_id, []).append(Effect(effect.variable, cast(EffectOp, effect.op), effect.value))
    overrides_of: dict[str, dict] = {}
    anchors_of: dict[str, dict] = {}
    stocks = {row.name for row in variables if row.kind == "stock"}
    for override_row in overrides:
        override = _path_from_text(override_row.path) if override_row.path is not None else override_row.value
        if override_row.variable in stocks and isinstance(override, Path) and len(override.points) == 1:
            anchors_of.setdefault(override_row.scenario_id, {})[override_row.variable] = override.points[0]
        else:
            overrides_of.setdefault(override_row.scenario_id, {})[override_row.variable] = override
    switches_of: dict[str, dict[str, bool]] = {}
    for switch in switches:
        switches_of.setdefault(switch.scenario_id, {})[switch.event] = bool(switch.enabled)
    return Study(
        title=study.title,
        time=TimeAxis(study.time_start, study.time_end, study.time_step, study.time_unit),
        description=study.description,
        variables=[_variable(row) for row in variables],
        events=[
            Event(
                name=row.name, probability=row.probability, start=row.start, duration=row.duration,
                description=row.description, effects=effects_of.get(row.id, []), id=row.id,
            )
            for row in events
        ],
        scenarios=[
            Scenario(
                name=row.name, color=row.color, narrative=row.narrative, parent_id=row.parent_id,
                overrides=overrides_of.get(row.id, {}), events=switches_of.get(row.id, {}),
                id=row.id, origin=row.origin, anchors=anchors_of.get(row.id, {}),
            )
            for row in scenarios
        ],
        id=study.id,
        dates=dates_from_row(study),
    )
