"""Read and write the interchange file users share (format "prospectiva-study", versions 1 and 2)."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path as FilePath
from typing import Any

from pydantic import ValidationError

from models.domain import Path, Scenario, Study, Variable
from storage.errors import InterchangeError
from storage.foresight_files import foresight_sections
from storage.jsontext import MAX_BYTES, JSONTextError, decode_utf8, loads, scan
from storage.schema import BASE_VERSION, FORMAT, VERSION, FileModel
from storage.tracking_files import v2_sections
from storage.validation import build_study, pydantic_problems


def read_study_file(path: str | os.PathLike) -> Study:
    """Return the study in the file at `path`, or raise InterchangeError listing every problem."""
    path = FilePath(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InterchangeError(path.name, [f"the file is {size / 2**20:.0f} MB; at most {MAX_BYTES // 2**20} MB"])
        data = path.read_bytes()
    except OSError as error:
        raise InterchangeError(path.name, [f"cannot be read: {error.strerror}"]) from error
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
        raise InterchangeError(source_name, ["(top level): should be an object with \"format\": \"prospectiva-study\""])
    if data.get("format") != FORMAT:
        found = "no format" if "format" not in data else f"format {json.dumps(data['format'])}"
        raise InterchangeError(source_name, [f"format: not a Prospectiva study file ({found}, expected \"{FORMAT}\")"])
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise InterchangeError(source_name, [
            f"version: made by a newer Prospectiva (file version {version}; this one reads up to "
            f"version {VERSION}) — update Prospectiva to open it"
        ])
    if isinstance(version, int) and not isinstance(version, bool) and version < 1:
        raise InterchangeError(source_name, [f"version: {version} is not a version of this format"])


# -- writing ------------------------------------------------------------------------------------

def _path(path: Path) -> list[list[float]]:
    return [[float(t), float(v)] for t, v in path.points]


def _variable(variable: Variable) -> dict[str, Any]:
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
        item["distribution"] = {"type": variable.distribution.type} | {
            k: float(v) for k, v in variable.distribution.params.items()
        }
    return item


def _scenario(scenario: Scenario, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": scenario.id,
        "name": scenario.name,
        "parent": names.get(scenario.parent_id) if scenario.parent_id else None,
        "color": scenario.color,
        "narrative": scenario.narrative,
        "assumptions": {
            name: {"path": _path(o)} if isinstance(o, Path) else float(o) for name, o in scenario.overrides.items()
        },
        "events": {name: bool(on) for name, on in scenario.events.items()},
    }


def _chosen(study: Study, scenario_ids: Iterable[str] | None) -> list[Scenario]:
    """Return the chosen scenarios and all their ancestors, in the study's order."""
    if scenario_ids is None:
        return list(study.scenarios)
    wanted: set[str] = set()
    for scenario_id in scenario_ids:
        wanted.update(s.id for s in study.lineage(scenario_id))
    return [s for s in study.scenarios if s.id in wanted]


def study_to_dict(study: Study, scenario_ids: Iterable[str] | None = None) -> dict[str, Any]:
    """Return the interchange document for `study` with all scenarios, or the chosen ones and their ancestors."""
    names = {s.id: s.name for s in study.scenarios}
    chosen = _chosen(study, scenario_ids)
    extra = v2_sections(study, {s.id for s in chosen}) | foresight_sections(study.foresight, {s.id for s in chosen})
    return {
        "format": FORMAT,
        # A study that uses no version-2 section stays readable by every earlier Prospectiva.
        "version": VERSION if extra else BASE_VERSION,
        "exported_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "study": {
            "id": study.id,
            "title": study.title,
            "description": study.description,
            "time": {"start": float(study.time.start), "end": float(study.time.end),
                     "step": float(study.time.step), "unit": study.time.unit},
            "variables": [_variable(v) for v in study.variables],
            "events": [
                {"id": e.id, "name": e.name, "probability": float(e.probability), "start": float(e.start)}
                | ({"duration": float(e.duration)} if e.duration is not None else {})
                | {"description": e.description,
                   "effects": [{"variable": f.variable, "op": f.op, "value": float(f.value)} for f in e.effects]}
                for e in study.events
            ],
        } | extra,
        "scenarios": [_scenario(s, names) for s in chosen],
    }


def write_study_file(study: Study, path: str | os.PathLike, scenario_ids: Iterable[str] | None = None) -> None:
    """Write `study` (all scenarios, or the chosen ones and their ancestors) to `path` as UTF-8 JSON."""
    path = FilePath(path)
    try:
        text = json.dumps(study_to_dict(study, scenario_ids), ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError as error:
        raise InterchangeError(path.name, [f"cannot be written: {error} (a value is NaN or infinite)"]) from error
    # Write beside the target and rename, so a failed export never leaves half a file.
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as file:
            file.write(text + "\n")
        os.replace(temporary, path)
    except BaseException:
        FilePath(temporary).unlink(missing_ok=True)
        raise
