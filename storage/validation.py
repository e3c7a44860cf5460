"""Check a parsed study file as a whole and build the domain Study from it.

Every problem is a string that starts with its place in the file, e.g.
`scenarios[2].assumptions.us_aid: unknown variable 'us_aid'`, so a user can find and fix it.
"""

from __future__ import annotations

import difflib
import math
import uuid
from typing import Any

from pydantic import ValidationError

from models.colours import is_hex_colour
from models.controls import quoted
from models.domain import (
    DISTRIBUTION_PARAMETERS,
    Distribution,
    Effect,
    Event,
    Path,
    Scenario,
    Study,
    TimeAxis,
    Variable,
)
from models.engine.acceptance import study_problems
from models.formatting import localise
from models.i18n import QT_TRANSLATE_NOOP, fill, translate
from models.language.checker import MAX_VARIABLES
from models.language.equations import RESERVED, is_identifier
from storage.diagram.files import read_diagram
from storage.file_shape import MAX_TIME_POINTS, a_kind, kind_of, pydantic_problems
from storage.foresight.files import read_foresight
from storage.jsontext import join_place
from storage.schema import FileModel, PathOverrideModel, VariableModel
from storage.tracking.validation import read_v2_sections

# Ids missing from a file are derived from names, not drawn at random: reading the same
# file twice gives the same ids, so importing it twice adds nothing the second time.
_DERIVED_IDS = uuid.UUID("3d0e5c8a-9b47-4f6e-8d21-7a5c0e9b4f13")


def _closest(name: str, known: list[str]) -> str:
    match = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return fill(translate("FileErrors", " — did you mean '%1'?"), match[0]) if match else ""


def _unknown_variable(name: str, known: list[str]) -> str:
    return fill(translate("FileErrors", "unknown variable '%1'%2"), name, _closest(name, known))


def _g(value: float) -> str:
    """Return a number as Python's "g" writes it, in the separators of the people's locale."""
    return localise(f"{value:g}")


class _Builder:
    """Collect problems while turning a FileModel into a Study."""

    def __init__(self, model: FileModel):
        self.model = model
        self.problems: list[str] = []
        self.points = 0

    def problem(self, place: str, message: str) -> None:
        """Record a problem at `place`."""
        self.problems.append(f"{place}: {message}")

    def ident(self, value: str | None, place: str, seed: str) -> str:
        """Return a canonical UUID string for `value`, or one derived from `seed` where it is missing."""
        if value is None:
            return str(uuid.uuid5(_DERIVED_IDS, seed))
        try:
            return str(uuid.UUID(value))
        except ValueError:
            self.problem(join_place(place, "id"), fill(translate("FileErrors", "%1 is not a UUID"), repr(value)))
            return str(uuid.uuid5(_DERIVED_IDS, seed))

    def unique(self, items: list[tuple[str, str]], what: str) -> None:
        """Report every value in (place, value) pairs that an earlier item already used (`what`: "name" or "id")."""
        first: dict[str, str] = {}
        sentence = (translate("FileErrors", "duplicate name %1 (also %2)") if what == "name" else
                    translate("FileErrors", "duplicate id %1 (also %2)"))
        for place, value in items:
            if value in first:
                self.problem(place, fill(sentence, repr(value), first[value]))
            else:
                first[value] = place

    def path(self, points: list[list[float]], place: str) -> Path:
        """Return a domain Path, counting its points and checking they go forward in time."""
        self.points += len(points)
        for k in range(1, len(points)):
            if points[k][0] < points[k - 1][0]:
                self.problem(join_place(place, k), translate("FileErrors", "path times must not go backwards"))
                break
        return Path(tuple((p[0], p[1]) for p in points))

    # -- the study --------------------------------------------------------------------------

    def study(self) -> Study:
        """Return the whole Study, recording every problem on the way."""
        spec = self.model.study
        self.study_id = self.ident(spec.id, "study", f"study:{spec.title}")
        time = TimeAxis(spec.time.start, spec.time.end, spec.time.step, spec.time.unit)
        if time.step <= 0:
            self.problem("study.time.step", fill(translate("FileErrors", "must be greater than 0, not %1"), _g(time.step)))
        elif time.end <= time.start:
            self.problem("study.time.end", fill(translate("FileErrors", "must be after start (%1), not %2"), _g(time.start), _g(time.end)))
        else:
            count = (time.end - time.start) / time.step + 1
            if count > MAX_TIME_POINTS:
                self.problem("study.time", fill(translate("FileErrors", "%1 time points; at most %2 are allowed"),
                                                localise(f"{count:,.0f}"), localise(f"{MAX_TIME_POINTS:,}")))
            else:
                self.points += time.count
        variables = [self.variable(v, f"study.variables[{i}]") for i, v in enumerate(spec.variables)]
        self.unique([(f"study.variables[{i}].name", v.name) for i, v in enumerate(variables)], "name")
        self.unique([(f"study.variables[{i}].id", v.id) for i, v in enumerate(variables)
                     if spec.variables[i].id is not None], "id")
        events = [self.event(i, variables) for i in range(len(spec.events))]
        self.unique([(f"study.events[{i}].name", e.name) for i, e in enumerate(events)], "name")
        self.unique([(f"study.events[{i}].id", e.id) for i, e in enumerate(events)
                     if spec.events[i].id is not None], "id")
        scenarios = self.scenarios(variables, events)
        if self.points > MAX_TIME_POINTS:
            self.problem(translate("FileErrors", "(file)"), fill(translate("FileErrors", "%1 time points in all; at most %2 are allowed"),
                                                                localise(f"{self.points:,}"), localise(f"{MAX_TIME_POINTS:,}")))
        return Study(
            title=spec.title, time=time, description=spec.description, variables=variables,
            events=events, scenarios=scenarios, id=self.study_id,
        )

    def variable(self, spec: VariableModel, place: str) -> Variable:
        """Return one variable, checking its name, required keys and range."""
        if not is_identifier(spec.name):
            why = (translate("FileErrors", "%1 is reserved (a built-in name, function or keyword of the equation language)")
                   if spec.name in RESERVED else
                   translate("FileErrors", "%1 is not a name equations can use (letters, digits and _, not starting with a digit)"))
            self.problem(join_place(place, "name"), fill(why, repr(spec.name)))
        needs = {"assumption": ("value",), "auxiliary": ("equation",), "stock": ("initial", "equation")}
        for key in needs[spec.kind]:
            if getattr(spec, key) is None:
                self.problem(join_place(place, key), fill(translate("FileErrors", "required for %1"), a_kind(spec.kind)))
        low, high = spec.min, spec.max
        if low is not None and high is not None and low > high:
            self.problem(join_place(place, "min"), fill(translate("FileErrors", "min %1 is greater than max %2"), _g(low), _g(high)))
        elif spec.value is not None and ((low is not None and spec.value < low) or (high is not None and spec.value > high)):
            bounds = f"{'' if low is None else _g(low)}..{'' if high is None else _g(high)}"
            self.problem(join_place(place, "value"), fill(translate("FileErrors", "%1 is outside min..max (%2)"), _g(spec.value), bounds))
        return Variable(
            name=spec.name, kind=spec.kind, label=spec.label, unit=spec.unit, group=spec.group,
            description=spec.description, source=spec.source, equation=spec.equation or "",
            initial=spec.initial or "", value=spec.value, min=low, max=high,
            path=None if spec.path is None else self.path(spec.path, join_place(place, "path")),
            distribution=self.distribution(spec, join_place(place, "distribution")),
            id=self.ident(spec.id, place, f"{self.study_id}:variable:{spec.name}"),
        )

    def distribution(self, spec: VariableModel, place: str) -> Distribution | None:
        """Return the variable's distribution, checking its parameters fit its type."""
        if spec.distribution is None:
            return None
        given = spec.distribution.model_dump(exclude={"type"}, exclude_none=True)
        wanted = DISTRIBUTION_PARAMETERS[spec.distribution.type]
        for key in wanted:
            if key not in given:
                self.problem(join_place(place, key), fill(translate("FileErrors", "required for a %1 distribution"), spec.distribution.type))
        for key in given.keys() - set(wanted):
            self.problem(join_place(place, key), fill(translate("FileErrors", "not a parameter of a %1 distribution"), spec.distribution.type))
        if given.get("sd", 0) < 0:
            self.problem(join_place(place, "sd"), translate("FileErrors", "must not be negative"))
        ordered = [given[k] for k in ("low", "mode", "high") if k in given]
        if ordered != sorted(ordered):
            self.problem(place, translate("FileErrors", "needs low <= mode <= high"))
        return Distribution(spec.distribution.type, {k: given[k] for k in wanted if k in given})

    def event(self, index: int, variables: list[Variable]) -> Event:
        """Return one event, checking its probability, duration and effects."""
        spec = self.model.study.events[index]
        place = f"study.events[{index}]"
        if not spec.name.strip():
            self.problem(join_place(place, "name"), translate("FileErrors", "an event needs a name"))
        if not 0 <= spec.probability <= 1:
            self.problem(join_place(place, "probability"), fill(translate("FileErrors", "must be between 0 and 1, not %1"), _g(spec.probability)))
        if spec.duration is not None and spec.duration < 0:
            self.problem(join_place(place, "duration"), fill(translate("FileErrors", "must not be negative, not %1"), _g(spec.duration)))
        names = [v.name for v in variables]
        for k, effect in enumerate(spec.effects):
            if effect.id is not None:
                self.ident(effect.id, f"{place}.effects[{k}]", "")  # checked, but the domain keeps no effect ids
            if effect.variable not in names:
                self.problem(f"{place}.effects[{k}].variable",
                             _unknown_variable(effect.variable, names))
        return Event(
            name=spec.name, probability=spec.probability, start=spec.start, duration=spec.duration,
            description=spec.description, effects=[Effect(e.variable, e.op, e.value) for e in spec.effects],
            id=self.ident(spec.id, place, f"{self.study_id}:event:{spec.name}"),
        )

    # -- scenarios --------------------------------------------------------------------------

    def scenarios(self, variables: list[Variable], events: list[Event]) -> list[Scenario]:
        """Return the scenarios, resolving parents by name and checking every reference."""
        specs = self.model.scenarios
        scenarios = [
            Scenario(name=s.name, color=s.color, narrative=s.narrative,
                     id=self.ident(s.id, f"scenarios[{i}]", f"{self.study_id}:scenario:{s.name}"))
            for i, s in enumerate(specs)
        ]
        self.unique([(f"scenarios[{i}].name", s.name) for i, s in enumerate(scenarios)], "name")
        self.unique([(f"scenarios[{i}].id", s.id) for i, s in enumerate(scenarios) if specs[i].id is not None], "id")
        by_name = {s.name: s for s in reversed(scenarios)}
        kinds = {v.name: v.kind for v in variables}
        event_names = [e.name for e in events]
        for i, (spec, scenario) in enumerate(zip(specs, scenarios)):
            place = f"scenarios[{i}]"
            if not spec.name.strip():
                self.problem(join_place(place, "name"), translate("FileErrors", "a scenario needs a name"))
            if not is_hex_colour(spec.color):
                self.problem(join_place(place, "color"),
                             fill(translate("FileErrors", 'should be a colour written #RRGGBB (like "#1f77b4"), not %1'), quoted(spec.color)))
            if spec.parent is not None:
                if spec.parent in by_name:
                    scenario.parent_id = by_name[spec.parent].id
                else:
                    self.problem(join_place(place, "parent"),
                                 fill(translate("FileErrors", "unknown scenario '%1'%2"), spec.parent, _closest(spec.parent, list(by_name))))
            for name, value in spec.assumptions.items():
                where = join_place(join_place(place, "assumptions"), name)
                if name not in kinds:
                    self.problem(where, _unknown_variable(name, list(kinds)))
                elif kinds[name] != "assumption":
                    self.problem(where, fill(translate("FileErrors", "'%1' is %2; a scenario sets assumptions only"), name,
                                             a_kind(kinds[name])))
                override = self.override(value, where)
                if override is not None:
                    scenario.overrides[name] = override
            if spec.anchors is not None and self.model.version < 2:
                self.problem(join_place(place, "anchors"),
                             fill(translate("FileErrors", "re-anchoring is version 2, but the file says version %1"), self.model.version))
            for name, anchor in (spec.anchors or {}).items():
                where = join_place(join_place(place, "anchors"), name)
                if name not in kinds:
                    self.problem(where, _unknown_variable(name, list(kinds)))
                elif kinds[name] != "stock":
                    self.problem(where, fill(translate("FileErrors", "'%1' is %2; only a stock can be re-anchored"), name,
                                             a_kind(kinds[name])))
                else:
                    scenario.anchors[name] = (anchor.time, anchor.value)
            for name, on in spec.events.items():
                if name not in event_names:
                    self.problem(join_place(join_place(place, "events"), name),
                                 fill(translate("FileErrors", "unknown event '%1'%2"), name, _closest(name, event_names)))
                scenario.events[name] = on
        self.parent_cycles(scenarios)
        return scenarios

    def override(self, value: Any, place: str) -> float | Path | None:
        """Return one scenario override (a number or a Path), or None if it is malformed."""
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if math.isfinite(value):
                return float(value)
            self.problem(place, translate("FileErrors", "should be a finite number"))
            return None
        if isinstance(value, dict):
            try:
                spec = PathOverrideModel.model_validate(value)
            except ValidationError as error:
                self.problems += pydantic_problems(error, place)
                return None
            return self.path(spec.path, join_place(place, "path"))
        self.problem(place, fill(translate("FileErrors", 'should be a number or {"path": [[t, v], ...]}, not %1'), kind_of(value)))
        return None

    def parent_cycles(self, scenarios: list[Scenario]) -> None:
        """Report each loop of scenario parents once, visiting every scenario once (linear time)."""
        by_id: dict[str | None, Scenario] = {s.id: s for s in scenarios}
        position = {s.id: i for i, s in enumerate(scenarios)}
        finished: set[str] = set()  # scenarios whose ancestors are known to end or loop
        for scenario in scenarios:
            chain: list[Scenario] = []
            on_chain: dict[str, int] = {}  # scenario id -> its place in `chain`
            current: Scenario | None = scenario
            while current is not None and current.id not in finished and current.id not in on_chain:
                on_chain[current.id] = len(chain)
                chain.append(current)
                current = by_id.get(current.parent_id) if current.parent_id is not None else None
            if current is not None and current.id in on_chain:
                loop = chain[on_chain[current.id]:]
                path = " → ".join(s.name for s in [*loop, current])
                self.problem(f"scenarios[{position[current.id]}].parent", fill(translate("FileErrors", "parents form a cycle: %1"), path))
            finished.update(on_chain)


def _model_problems(study: Study, reported: list[str]) -> list[str]:
    """Return why the model cannot run (equations, compiling, memory), placed in the file, skipping places already reported."""
    variables = {v.name: i for i, v in reversed(list(enumerate(study.variables)))}
    events = {e.name: i for i, e in reversed(list(enumerate(study.events)))}
    problems = []
    for problem in study_problems(study, bounds=not reported):
        if not problem.variable:
            problems.append(f"study.{problem.field}: {problem.message}")
            continue
        if problem.field.startswith("effects"):
            place = f"study.events[{events[problem.variable]}].{problem.field}"
        else:
            place = f"study.variables[{variables[problem.variable]}].{problem.field}"
        if not any(r.startswith(place) for r in reported):
            problems.append(f"{place}: {problem}")
    return problems


def build_study(model: FileModel) -> tuple[Study, list[str]]:
    """Return the Study a validated file describes, and every problem found in it."""
    builder = _Builder(model)
    study = builder.study()
    problems = builder.problems + _model_problems(study, builder.problems)
    problems += read_v2_sections(model, study)
    if model.version >= 2:  # a version-1 file using these was refused just above
        problems += read_foresight(model.study, study)
        problems += read_diagram(model.study, study)
    return study, problems
