"""Check a file's version-2 sections against its study and put them into the domain Study.

Every problem starts with its place, e.g. `study.actuals[3].time: 2036 is outside the time axis (2025–2035)`.
"""

from __future__ import annotations

import difflib
import uuid

from models.domain import Horizon, Study, StudyDates
from models.formatting import localise
from models.i18n import fill, translate
from models.tracking.observations import Actual, Condition, Signpost
from storage.schema import FileModel
from storage.schema_v2 import V2_STUDY_KEYS

_DERIVED_IDS = uuid.UUID("8a3f7d21-52c4-4b8e-9e61-0c7d4b2a9f35")
_EPS = 1e-9


def uses_version_2(model: FileModel) -> bool:
    """Say whether the file's study has any version-2 section."""
    return any(getattr(model.study, key) is not None for key in V2_STUDY_KEYS)


def _closest(name: str, known: list[str]) -> str:
    match = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return fill(translate("FileErrors", " — did you mean '%1'?"), match[0]) if match else ""


def _unknown(what: str, name: str, known: list[str]) -> str:
    """Return "unknown variable 'x' — did you mean 'y'?" (`what`: "variable" or "scenario") in the reader's language."""
    sentence = (translate("FileErrors", "unknown variable '%1'%2") if what == "variable" else
                translate("FileErrors", "unknown scenario '%1'%2"))
    return fill(sentence, name, _closest(name, known))


def _g(value: float) -> str:
    return localise(f"{value:g}")


def read_v2_sections(model: FileModel, study: Study) -> list[str]:
    """Fill the study's dates, actuals and signposts from the file; return every problem found."""
    problems: list[str] = []
    spec = model.study
    if model.version < 2 and uses_version_2(model):
        used = ", ".join(k for k in V2_STUDY_KEYS if getattr(spec, k) is not None)
        return [fill(translate("FileErrors", "version: the study uses version-2 sections (%1) but the file says version %2"),
                     used, model.version)]
    axis = study.time
    axis_ok = axis.step > 0 and axis.end > axis.start
    span = f"{_g(axis.start)}–{_g(axis.end)}"

    def on_axis(time: float, place: str) -> None:
        if axis_ok and not axis.start - _EPS <= time <= axis.end + _EPS:
            problems.append(f"{place}: " + fill(translate("FileErrors", "%1 is outside the time axis (%2)"), _g(time), span))

    if spec.as_of is not None:
        on_axis(spec.as_of, "study.as_of")
    horizons = []
    for k, horizon_spec in enumerate(spec.horizons or []):
        place = f"study.horizons[{k}]"
        if not horizon_spec.name.strip():
            problems.append(f"{place}.name: " + translate("FileErrors", "a horizon needs a name"))
        if horizon_spec.end <= horizon_spec.start:
            problems.append(f"{place}.end: " + fill(translate("FileErrors", "must be after start (%1), not %2"),
                                                    _g(horizon_spec.start), _g(horizon_spec.end)))
        elif axis_ok and (horizon_spec.end < axis.start or horizon_spec.start > axis.end):
            problems.append(f"{place}: " + fill(translate("FileErrors", "%1 does not overlap the time axis (%2)"),
                                                f"{_g(horizon_spec.start)}–{_g(horizon_spec.end)}", span))
        horizons.append(Horizon(horizon_spec.name, horizon_spec.start, horizon_spec.end))
    for k, time in enumerate(spec.table_times or []):
        on_axis(time, f"study.table_times[{k}]")
    study.dates = StudyDates(spec.as_of, horizons, sorted(set(spec.table_times or [])))

    names = [v.name for v in study.variables]
    known = set(names)
    seen: dict[tuple, str] = {}
    for k, actual_spec in enumerate(spec.actuals or []):
        place = f"study.actuals[{k}]"
        if actual_spec.variable not in known:
            problems.append(f"{place}.variable: " + _unknown("variable", actual_spec.variable, names))
        on_axis(actual_spec.time, f"{place}.time")
        actual = Actual(actual_spec.variable, actual_spec.time, actual_spec.value, actual_spec.source, actual_spec.note)
        if actual.key in seen:
            problems.append(f"{place}: " + fill(translate("FileErrors", "the same variable, time and source as %1"), seen[actual.key]))
        seen.setdefault(actual.key, place)
        study.actuals.append(actual)

    scenario_ids = {s.id for s in study.scenarios}
    by_name = {s.name: s.id for s in study.scenarios}
    ids: dict[str, str] = {}
    for k, signpost_spec in enumerate(spec.signposts or []):
        place = f"study.signposts[{k}]"
        if signpost_spec.variable not in known:
            problems.append(f"{place}.variable: " + _unknown("variable", signpost_spec.variable, names))
        condition = signpost_spec.condition
        if condition.kind in ("above", "below") and condition.value is None:
            problems.append(f"{place}.condition.value: " + fill(translate("FileErrors", "required for '%1' (the threshold)"), condition.kind))
        if condition.kind in ("rising", "falling") and condition.periods is None:
            problems.append(f"{place}.condition.periods: "
                            + fill(translate("FileErrors", "required for '%1' (how many periods in a row)"), condition.kind))
        band_of = None
        if condition.kind == "outside_band":
            if condition.scenario is None:
                problems.append(f"{place}.condition.scenario: " + translate("FileErrors", "required for 'outside_band' (whose band)"))
            elif _uuid_or_none(condition.scenario) in scenario_ids:
                band_of = _uuid_or_none(condition.scenario)
            elif condition.scenario in by_name:
                band_of = by_name[condition.scenario]
            else:
                problems.append(f"{place}.condition.scenario: " + _unknown("scenario", condition.scenario, list(by_name)))
        points_to = []
        for j, target in enumerate(signpost_spec.points_to):
            canonical = _uuid_or_none(target)
            if canonical in scenario_ids:
                points_to.append(canonical)
            elif target in by_name:  # a hand-written file may name the scenario
                points_to.append(by_name[target])
            else:
                problems.append(f"{place}.points_to[{j}]: " + _unknown("scenario", target, list(by_name)))
        signpost_id = _uuid_or_none(signpost_spec.id) if signpost_spec.id is not None else str(uuid.uuid5(_DERIVED_IDS, f"{study.id}:{signpost_spec.name}"))
        if signpost_id is None:
            problems.append(f"{place}.id: " + fill(translate("FileErrors", "%1 is not a UUID"), repr(signpost_spec.id)))
            signpost_id = str(uuid.uuid5(_DERIVED_IDS, f"{study.id}:{signpost_spec.name}"))
        if signpost_id in ids:
            problems.append(f"{place}.id: " + fill(translate("FileErrors", "duplicate id (also %1)"), ids[signpost_id]))
        ids.setdefault(signpost_id, place)
        study.signposts.append(Signpost(
            signpost_spec.name, signpost_spec.variable, Condition(condition.kind, condition.value, condition.periods, band_of),
            points_to, signpost_spec.owner, signpost_spec.note, signpost_id,
        ))
    return problems


def _uuid_or_none(text: str | None) -> str | None:
    try:
        return str(uuid.UUID(text)) if text is not None else None
    except ValueError:
        return None
