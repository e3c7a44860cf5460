"""Read and write the interchange file users share (format "prospectiva-study", versions 1 and 2)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path as FilePath
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from models.colours import drawn_colour
from models.domain import Event, Path, Scenario, Study, Variable
from models.formatting import localise
from models.i18n import fill, translate
from storage.atomic import write_text
from storage.errors import InterchangeError
from storage.diagram.files import diagram_sections
from storage.foresight.files import foresight_sections
from storage.jsontext import MAX_BYTES, JSONTextError, decode_utf8, loads, scan
from storage.schema import (
    BASE_VERSION,
    FORMAT,
    VERSION,
    DistributionModel,
    EffectModel,
    EventModel,
    FileModel,
    ScenarioModel,
    StudyModel,
    TimeModel,
    VariableModel,
)
from storage.tracking.files import v2_sections
from storage.file_shape import count_problems, pydantic_problems
from storage.validation import build_study


def read_study_file(path: str | os.PathLike) -> Study:
    """Return the study in the file at `path`, or raise InterchangeError listing every problem."""
    path = FilePath(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InterchangeError(path.name, [fill(translate("FileErrors", "the file is %1 MB; at most %2 MB"),
                                                    localise(f"{size / 2**20:.1f}"), MAX_BYTES // 2**20)])
        data = path.read_bytes()
    except OSError as error:
        raise InterchangeError(path.name, [fill(translate("FileErrors", "cannot be read: %1"), error.strerror)]) from error
    try:
        text = decode_utf8(data)
    except JSONTextError as error:
        raise InterchangeError(path.name, error.problems) from error
    return parse_study_text(text, path.name)


def parse_study_text(text: str, source_name: str = "the study file") -> Study:
    """Return the study `text` describes, or raise InterchangeError listing every problem."""
    problems = scan(text)
    if problems:
        raise InterchangeError(source_name, problems)
    try:
        data = loads(text)
    except JSONTextError as error:
        raise InterchangeError(source_name, error.problems) from error
    _check_header(data, source_name)
    problems = count_problems(data)
    if problems:
        raise InterchangeError(source_name, problems)
    try:
        model = FileModel.model_validate(data)
    except ValidationError as error:
        raise InterchangeError(source_name, pydantic_problems(error)) from error
    study, problems = build_study(model)
    if problems:
        raise InterchangeError(source_name, problems)
    return study


def _check_header(data: Any, source_name: str) -> None:
    """Refuse what is not a study file of a version we read, before judging its contents."""
    if not isinstance(data, dict):
        raise InterchangeError(source_name, [translate("FileErrors", "(top level): should be an object with \"format\": \"prospectiva-study\"")])
    if data.get("format") != FORMAT:
        found = (translate("FileErrors", "no format") if "format" not in data else
                 fill(translate("FileErrors", "format %1"), json.dumps(data['format'])))
        raise InterchangeError(source_name, [fill(translate("FileErrors", "format: not a Prospectiva study file (%1, expected \"%2\")"),
                                                  found, FORMAT)])
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise InterchangeError(source_name, [fill(translate(
            "FileErrors", "version: made by a newer Prospectiva (file version %1; this one reads up to version %2) — "
                          "update Prospectiva to open it"), version, VERSION)])
    if isinstance(version, int) and not isinstance(version, bool) and version < 1:
        raise InterchangeError(source_name, [fill(translate("FileErrors", "version: %1 is not a version of this format"), version)])


# -- writing ------------------------------------------------------------------------------------
# The file is written through the same pydantic models that read it: their fields give the keys and
# their order, and a value they would refuse on reading (NaN, infinity) is refused here, by its place.

_Model = TypeVar("_Model", bound=BaseModel)


def _build(model: type[_Model], place: str, **fields: Any) -> _Model:
    """Return one part of the file as its schema model; only the fields given here are written."""
    try:
        return model(**fields)
    except ValidationError as error:
        raise ValueError("; ".join(pydantic_problems(error, place))) from error


def _path(path: Path) -> list[list[float]]:
    return [[float(t), float(v)] for t, v in path.points]


def _variable(variable: Variable, place: str) -> VariableModel:
    item: dict[str, Any] = {"id": variable.id, "name": variable.name, "kind": variable.kind}
    for key in ("label", "unit", "group", "description", "source"):
        if getattr(variable, key):
            item[key] = getattr(variable, key)
    # Keys a kind requires are written even when empty, so the file reads back.
    if variable.equation or variable.kind != "assumption":
        item["equation"] = variable.equation
    if variable.initial or variable.kind == "stock":
        item["initial"] = variable.initial
    for key in ("value", "min", "max"):
        if getattr(variable, key) is not None:
            item[key] = float(getattr(variable, key))
    if variable.path is not None:
        item["path"] = _path(variable.path)
    if variable.distribution is not None:
        params = {k: float(v) for k, v in variable.distribution.params.items()}
        item["distribution"] = _build(DistributionModel, f"{place}.distribution", type=variable.distribution.type, **params)
    return _build(VariableModel, place, **item)


def _event(event: Event, place: str) -> EventModel:
    optional = {"duration": float(event.duration)} if event.duration is not None else {}
    effects = [_build(EffectModel, f"{place}.effects[{k}]", variable=f.variable, op=f.op, value=float(f.value))
               for k, f in enumerate(event.effects)]
    return _build(EventModel, place, id=event.id, name=event.name, probability=float(event.probability),
                  start=float(event.start), description=event.description, effects=effects, **optional)


def _scenario(scenario: Scenario, names: dict[str, str], place: str, stocks: frozenset[str] = frozenset()) -> ScenarioModel:
    # Only a stock can be re-anchored: an anchor left on a variable that is no longer one is not written.
    anchors = {name: point for name, point in scenario.anchors.items() if name in stocks}
    return _build(
        ScenarioModel, place,
        id=scenario.id,
        name=scenario.name,
        parent=names.get(scenario.parent_id) if scenario.parent_id else None,
        # A colour stored before colours were checked goes out as the one it is drawn in: the file stays readable.
        color=drawn_colour(scenario.color, scenario.id),
        narrative=scenario.narrative,
        assumptions={
            name: {"path": _path(o)} if isinstance(o, Path) else float(o) for name, o in scenario.overrides.items()
        },
        events={name: bool(on) for name, on in scenario.events.items()},
        # Version 2, written only when there are anchors (the file stays version 1 otherwise).
        **({"anchors": {name: {"time": float(t), "value": float(v)} for name, (t, v) in anchors.items()}}
           if anchors else {}),
    )


def _chosen(study: Study, scenario_ids: Iterable[str] | None) -> list[Scenario]:
    """Return the chosen scenarios and all their ancestors, in the study's order."""
    if scenario_ids is None:
        return list(study.scenarios)
    wanted: set[str] = set()
    for scenario_id in scenario_ids:
        wanted.update(s.id for s in study.lineage(scenario_id))
    return [s for s in study.scenarios if s.id in wanted]


def study_to_dict(study: Study, scenario_ids: Iterable[str] | None = None) -> dict[str, Any]:
    """Return the interchange document for `study` with all scenarios, or the chosen ones and their ancestors.

    Raises ValueError naming the place of a value the file cannot hold (NaN or infinite).
    """
    names = {s.id: s.name for s in study.scenarios}
    chosen = _chosen(study, scenario_ids)
    chosen_ids = {s.id for s in chosen}
    stocks = frozenset(v.name for v in study.variables if v.kind == "stock")
    extra = v2_sections(study, chosen_ids) | foresight_sections(study.foresight, chosen_ids) | diagram_sections(study)
    axis = study.time
    time = _build(TimeModel, "study.time", start=float(axis.start), end=float(axis.end), step=float(axis.step),
                  unit=axis.unit)
    body = _build(
        StudyModel, "study",
        id=study.id, title=study.title, description=study.description, time=time,
        variables=[_variable(v, f"study.variables[{k}]") for k, v in enumerate(study.variables)],
        events=[_event(e, f"study.events[{k}]") for k, e in enumerate(study.events)],
        **extra,
    )
    document = _build(
        FileModel, "",
        # A study that uses no version-2 section stays readable by every earlier Prospectiva.
        format=FORMAT, version=VERSION if extra or any(set(s.anchors) & stocks for s in chosen) else BASE_VERSION,
        exported_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        study=body,
        scenarios=[_scenario(s, names, f"scenarios[{k}]", stocks) for k, s in enumerate(chosen)],
    )
    return document.model_dump(mode="json", exclude_unset=True)


def write_study_file(study: Study, path: str | os.PathLike, scenario_ids: Iterable[str] | None = None) -> None:
    """Write `study` (all scenarios, or the chosen ones and their ancestors) to `path` as UTF-8 JSON."""
    path = FilePath(path)
    try:
        text = json.dumps(study_to_dict(study, scenario_ids), ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError as error:  # a value the format cannot hold, named by its place
        raise InterchangeError(path.name, [fill(translate("FileErrors", "cannot be written: %1 (a value is NaN or infinite)"), error)]) from error
    write_text(path, text + "\n")
