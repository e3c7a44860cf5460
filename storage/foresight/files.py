"""The study file's foresight sections: written from the domain, and read back with every problem placed.

The library stores the same sections as one JSON document per study (revision 0005), read by the same code.
"""

from __future__ import annotations

import difflib
import json
import uuid
from typing import Any, Protocol

from models.domain import Study
from models.foresight.domain import (
    Actor,
    Axis,
    Descriptor,
    Driver,
    Foresight,
    Judgement,
    Matrix,
    Morphology,
    Objective,
    Pole,
    Variant,
)
from models.formatting import localise
from models.i18n import QT_TRANSLATE_NOOP, fill, translate
from storage.explorations import ExplorationModel, exploration_sections, read_explorations
from storage.foresight.schema import (
    ActorModel,
    DriverModel,
    ForesightDocument,
    MatrixModel,
    MorphologyModel,
    ObjectiveModel,
)

_DERIVED_IDS = uuid.UUID("5d0c1f7e-9b3a-4c62-8f15-2e7a9d4b6c01")


class Sections(Protocol):
    """Anything holding the five foresight sections (the file's study, or the library's document)."""

    drivers: list[DriverModel] | None
    objectives: list[ObjectiveModel] | None
    actors: list[ActorModel] | None
    matrix: MatrixModel | None
    morphology: MorphologyModel | None
    explorations: list[ExplorationModel] | None


def foresight_sections(foresight: Foresight, scenario_ids: set[str] | None = None) -> dict[str, Any]:
    """Return the foresight keys in use, as the file writes them (quadrants only to `scenario_ids` when given)."""
    out: dict[str, Any] = {}
    if foresight.drivers:
        out["drivers"] = [{"id": d.id, "name": d.name, "category": d.category, "description": d.description,
                           "source": d.source, "impact": d.impact, "uncertainty": d.uncertainty,
                           "assumptions": list(d.assumptions)} for d in foresight.drivers]
    if foresight.objectives:
        out["objectives"] = [{"id": o.id, "name": o.name, "description": o.description} for o in foresight.objectives]
    if foresight.actors:
        out["actors"] = [{"id": a.id, "name": a.name, "influence": a.influence, "positions": dict(a.positions),
                          "motivation": a.motivation, "source": a.source, "drivers": list(a.drivers)}
                         for a in foresight.actors]
    matrix = foresight.matrix
    if matrix is not None:
        def keep(sid: str | None) -> bool:
            return sid is not None and (scenario_ids is None or sid in scenario_ids)

        shape: dict[str, Any] = {
            "axes": [{"driver": axis.driver, "poles": [{"label": p.label, "assumptions": {k: float(v) for k, v in
                                                                                          p.assumptions.items()}}
                                                       for p in axis.poles]} for axis in matrix.axes],
            "quadrants": {k: v for k, v in sorted(matrix.quadrants.items()) if keep(v)},
        }
        if keep(matrix.reference):
            shape["reference"] = matrix.reference
        out["matrix"] = shape
    box = foresight.morphology
    if not box.is_empty:
        out["morphology"] = {
            "descriptors": [{"id": d.id, "name": d.name, "variants": [
                {"id": v.id, "name": v.name, "description": v.description,
                 "assumptions": {k: float(x) for k, x in v.assumptions.items()}} for v in d.variants]}
                for d in box.descriptors],
            "consistency": [{"first": j.first, "second": j.second, "score": j.score, "assessor": j.assessor}
                            for j in box.judgements],
        }
    out.update(exploration_sections(foresight.explorations, scenario_ids))
    return out


def _closest(name: str, known: list[str]) -> str:
    match = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return fill(translate("FileErrors", " — did you mean '%1'?"), match[0]) if match else ""


# "unknown driver 'x'": one sentence per kind of thing a foresight section names, translated where it is said.
_UNKNOWN = {"objective": QT_TRANSLATE_NOOP("FileErrors", "unknown objective '%1'%2"),
            "driver": QT_TRANSLATE_NOOP("FileErrors", "unknown driver '%1'%2"),
            "scenario": QT_TRANSLATE_NOOP("FileErrors", "unknown scenario '%1'%2"),
            "variant": QT_TRANSLATE_NOOP("FileErrors", "unknown variant '%1'%2")}


def _g(value: float) -> str:
    return localise(f"{value:g}")


class _Reader:
    """Builds the foresight layer from the sections, collecting every problem with its place."""

    def __init__(self, study: Study) -> None:
        self.study = study
        self.problems: list[str] = []
        self.assumptions = {v.name: v for v in study.variables if v.kind == "assumption"}

    def ident(self, given: str | None, kind: str, name: str, place: str, seen: dict[str, str]) -> str:
        """Return the element's id (derived from its name when missing); a blank or repeated id is a problem."""
        ident = given if given is not None else str(uuid.uuid5(_DERIVED_IDS, f"{self.study.id}:{kind}:{name}"))
        if not ident.strip():
            self.problems.append(f"{place}.id: " + translate("FileErrors", "must not be blank"))
        if ident in seen:
            self.problems.append(f"{place}.id: " + fill(translate("FileErrors", "duplicate id (also %1)"), seen[ident]))
        seen.setdefault(ident, place)
        return ident

    def assumption(self, name: str, place: str, value: float | None = None) -> None:
        """Check that `name` is an assumption of the model, and `value` within its range."""
        variable = self.assumptions.get(name)
        if variable is None:
            self.problems.append(f"{place}: " + fill(translate("FileErrors", "'%1' is not an assumption of the model%2"), name,
                                                     _closest(name, list(self.assumptions))))
        elif value is not None and ((variable.min is not None and value < variable.min)
                                    or (variable.max is not None and value > variable.max)):
            self.problems.append(f"{place}: " + (
                fill(translate("FileErrors", "%1 is outside %2's range (%3 to %4)"), _g(value), name, _g(variable.min), _g(variable.max))
                if variable.min is not None and variable.max is not None
                else fill(translate("FileErrors", "%1 is outside %2's range"), _g(value), name)))

    def reference(self, target: str, by_id: dict[str, str], place: str, what: str) -> str | None:
        """Return the id `target` names (an id, or a hand-written file's name), or None with the problem said."""
        if target in by_id.values():
            return target
        if target in by_id:
            return by_id[target]
        self.problems.append(f"{place}: " + fill(translate("FileErrors", _UNKNOWN[what]), target, _closest(target, list(by_id))))
        return None

    def read(self, spec: Sections) -> Foresight:
        """Return the foresight layer the sections describe."""
        layer = Foresight()
        seen: dict[str, str] = {}
        for k, d in enumerate(spec.drivers or []):
            place = f"study.drivers[{k}]"
            for j, name in enumerate(d.assumptions):
                self.assumption(name, f"{place}.assumptions[{j}]")
            layer.drivers.append(Driver(d.name, d.category, d.description, d.source, d.impact, d.uncertainty,
                                        list(d.assumptions), self.ident(d.id, "driver", d.name, place, seen)))
        drivers = {d.name: d.id for d in layer.drivers}
        seen = {}
        for k, o in enumerate(spec.objectives or []):
            layer.objectives.append(Objective(o.name, o.description,
                                              self.ident(o.id, "objective", o.name, f"study.objectives[{k}]", seen)))
        objectives = {o.name: o.id for o in layer.objectives}
        seen = {}
        for k, a in enumerate(spec.actors or []):
            place = f"study.actors[{k}]"
            positions = {}
            for target, value in a.positions.items():
                found = self.reference(target, objectives, f"{place}.positions.{target}", "objective")
                if found is not None:
                    positions[found] = value
            moved = [self.reference(t, drivers, f"{place}.drivers[{j}]", "driver") for j, t in enumerate(a.drivers)]
            layer.actors.append(Actor(a.name, a.influence, positions, a.motivation, a.source,
                                      [m for m in moved if m is not None], self.ident(a.id, "actor", a.name, place, seen)))
        if spec.matrix is not None:
            layer.matrix = self.matrix(spec.matrix, drivers) if self.counted(spec.matrix) else None
        if spec.morphology is not None:
            layer.morphology = self.morphology(spec.morphology)
        layer.explorations, problems = read_explorations(spec.explorations or [], self.study)
        self.problems += problems
        return layer

    def counted(self, spec: MatrixModel) -> bool:
        """Say whether the matrix has two axes of two poles each (a problem is said where it has not)."""
        if len(spec.axes) != 2:
            self.problems.append("study.matrix.axes: " + fill(translate("FileErrors", "a matrix has exactly two axes, not %1"), len(spec.axes)))
            return False
        ok = True
        for a, axis in enumerate(spec.axes):
            if len(axis.poles) != 2:
                self.problems.append(f"study.matrix.axes[{a}].poles: "
                                     + fill(translate("FileErrors", "an axis has exactly two poles, not %1"), len(axis.poles)))
                ok = False
        return ok

    def matrix(self, spec: MatrixModel, drivers: dict[str, str]) -> Matrix:
        """Return the matrix; its poles, drivers and scenarios checked."""
        axes = []
        owner: dict[str, int] = {}
        for a, axis in enumerate(spec.axes):
            place = f"study.matrix.axes[{a}]"
            driver = self.reference(axis.driver, drivers, f"{place}.driver", "driver") or axis.driver
            poles = []
            for p, pole in enumerate(axis.poles):
                for name, value in pole.assumptions.items():
                    where = f"{place}.poles[{p}].assumptions.{name}"
                    self.assumption(name, where, value)
                    if owner.get(name, a) != a:
                        self.problems.append(f"{where}: " + fill(translate("FileErrors", "already set by axis %1; an assumption belongs to one axis"),
                                                                 owner[name]))
                    owner.setdefault(name, a)
                poles.append(Pole(pole.label, dict(pole.assumptions)))
            axes.append(Axis(driver, (poles[0], poles[1])))
        scenarios = {s.name: s.id for s in self.study.scenarios}
        quadrants: dict[str, str] = {}
        for key, target in spec.quadrants.items():
            found = self.reference(target, scenarios, f"study.matrix.quadrants.{key}", "scenario")
            if found is not None:
                quadrants[key] = found
        reference = None
        if spec.reference is not None:
            reference = self.reference(spec.reference, scenarios, "study.matrix.reference", "scenario")
        return Matrix((axes[0], axes[1]), quadrants, reference)

    def morphology(self, spec: MorphologyModel) -> Morphology:
        """Return the box; its variants' assumptions and the judgements' variants checked."""
        box = Morphology()
        seen: dict[str, str] = {}
        descriptor_of: dict[str, int] = {}
        for k, d in enumerate(spec.descriptors):
            place = f"study.morphology.descriptors[{k}]"
            if not 2 <= len(d.variants) <= 5:
                self.problems.append(f"{place}.variants: " + fill(translate("FileErrors", "a descriptor has 2 to 5 variants, not %1"), len(d.variants)))
            variants = []
            for j, v in enumerate(d.variants):
                where = f"{place}.variants[{j}]"
                for name, value in v.assumptions.items():
                    self.assumption(name, f"{where}.assumptions.{name}", value)
                ident = self.ident(v.id, "variant", f"{d.name}:{v.name}", where, seen)
                descriptor_of[ident] = k
                variants.append(Variant(v.name, dict(v.assumptions), v.description, ident))
            box.descriptors.append(Descriptor(d.name, variants, self.ident(d.id, "descriptor", d.name, place, {})))
        judged: dict[tuple[frozenset[str], str], str] = {}
        for k, row in enumerate(spec.consistency):
            place = f"study.morphology.consistency[{k}]"
            ok = True
            for side in ("first", "second"):
                target = getattr(row, side)
                if target not in descriptor_of:
                    self.problems.append(f"{place}.{side}: " + fill(translate("FileErrors", _UNKNOWN["variant"]), target,
                                                                    _closest(target, list(descriptor_of))))
                    ok = False
            if ok and descriptor_of[row.first] == descriptor_of[row.second]:
                self.problems.append(f"{place}: " + fill(translate("FileErrors", "'%1' and '%2' are variants of one descriptor; only "
                                                                     "variants of different descriptors are judged"), row.first, row.second))
                ok = False
            judgement = Judgement(row.first, row.second, row.score, row.assessor)
            if judgement.key in judged:
                self.problems.append(f"{place}: " + fill(translate("FileErrors", "the same pair and assessor as %1"), judged[judgement.key]))
                ok = False
            judged.setdefault(judgement.key, place)
            if ok:
                box.judgements.append(judgement)
        return box


def read_foresight(spec: Sections, study: Study) -> list[str]:
    """Fill the study's foresight layer from the sections; return every problem found, each with its place."""
    reader = _Reader(study)
    study.foresight = reader.read(spec)
    return reader.problems


def foresight_rows(study: Study) -> list[dict[str, Any]]:
    """Return the library rows that store the study's foresight layer (none when it has none)."""
    if study.foresight.is_empty:
        return []
    return [{"study_id": study.id, "document": json.dumps(foresight_sections(study.foresight), allow_nan=False)}]


def foresight_from_document(text: str, study: Study) -> Foresight:
    """Return the foresight layer stored in the library (what the model has since lost is kept, not refused)."""
    reader = _Reader(study)
    return reader.read(ForesightDocument.model_validate_json(text))
