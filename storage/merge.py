"""Bring an imported study into the library without clobbering anything already there."""

from __future__ import annotations

import copy
import hashlib
import json
import uuid
from dataclasses import dataclass, field

from models.domain import Path, Scenario, Study, Variable, new_id
from models.language.token_diff import equation_changes
from models.palette import distinct_color
from storage.diagram.merge import merge_positions
from storage.foresight.merge import merge_foresight
from storage.repository import Library
from storage.tracking.merge import merge_tracking
from models.i18n import fill, translate

# Namespace for the ids of scenarios that come in beside a local one: the same file
# gives the same id, so importing it twice adds nothing the second time.
_BESIDE = uuid.UUID("6f1c3a52-6b0e-4c55-9f0a-3d2b8f7c1e94")


@dataclass
class ImportReport:
    """What an import did, in words a user can read."""

    study_id: str
    study_title: str
    new_study: bool = False
    added: list[str] = field(default_factory=list)  # scenario names, as stored
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (name in file, name stored)
    identical: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (your scenario, the copy beside it)
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # left out at the user's choice
    model_differences: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    model_replaced: bool = False
    tracking_added: list[str] = field(default_factory=list)  # actuals, signposts, dates
    tracking_kept: list[str] = field(default_factory=list)  # yours kept where the file differs
    foresight_added: list[str] = field(default_factory=list)  # drivers, actors, matrix, box
    foresight_kept: list[str] = field(default_factory=list)
    diagram_added: list[str] = field(default_factory=list)  # kept diagram positions, counted
    diagram_kept: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Say whether the library changed."""
        return bool(self.new_study or self.added or self.renamed or self.conflicts or self.replaced
                    or self.dropped or self.model_replaced or self.tracking_added or self.foresight_added
                    or self.diagram_added)

    def lines(self) -> list[str]:
        """Return the report as lines of plain text."""
        if self.new_study:
            names = ", ".join(f'"{n}"' for n in self.added) or translate("ImportReport", "none")
            count = len(self.added)
            return [fill(translate("ImportReport", 'Added the new study "%1" with %2 scenario(s): %3.', "", count),
                         self.study_title, count, names)]
        lines = [fill(translate("ImportReport", '"%1" is already in your library; merged the file into it.'), self.study_title)]

        def section(title: str, items: list[str]) -> None:
            if items:
                lines.append(f"{title}:")
                lines.extend(f"  - {item}" for item in items)

        beside = translate("ImportReport", '"%1" as "%2"')
        section(translate("ImportReport", "Added"), [f'"{n}"' for n in self.added])
        section(translate("ImportReport", "Added under a new name (the name was taken)"), [fill(beside, a, b) for a, b in self.renamed])
        section(translate("ImportReport", "Already here, unchanged"), [f'"{n}"' for n in self.identical])
        section(translate("ImportReport", "Differs from yours, so it came in beside yours"), [fill(beside, a, b) for a, b in self.conflicts])
        section(translate("ImportReport", "Replaced with the file's version"), [f'"{n}"' for n in self.replaced])
        section(translate("ImportReport", "Skipped, as you chose"), [f'"{n}"' for n in self.skipped])
        model_title = (translate("ImportReport", "The model was replaced with the file's; it differed") if self.model_replaced
                       else translate("ImportReport", "Your model was kept; the file's differs"))
        section(model_title, self.model_differences)
        section(translate("ImportReport", "Left out (they refer to what the model does not have)"), self.dropped)
        section(translate("ImportReport", "Tracking added"), self.tracking_added)
        section(translate("ImportReport", "Tracking: yours kept where the file differs"), self.tracking_kept)
        section(translate("ImportReport", "Foresight added"), self.foresight_added)
        section(translate("ImportReport", "Foresight: yours kept where the file differs"), self.foresight_kept)
        section(translate("ImportReport", "Diagram"), self.diagram_added + self.diagram_kept)
        if not self.changed:
            lines.append(translate("ImportReport", "Nothing changed."))
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())


def import_study(library: Library, study: Study, replace: bool = False, origin: str = "", file_name: str = "") -> ImportReport:
    """Add `study` to the library, or merge it into the stored study with the same id; say what happened.

    A copy that comes in beside a local scenario is named "NAME (from FILE)", as in the window.
    """
    incoming = copy.deepcopy(study)
    report = ImportReport(incoming.id, incoming.title)
    if not library.has_study(incoming.id):
        for scenario in incoming.scenarios:
            scenario.origin = scenario.origin or origin
        library.save_study(incoming)
        report.new_study = True
        report.added = [s.name for s in incoming.scenarios]
        return report
    merged = library.load_study(incoming.id)
    report = merge_into(merged, incoming, replace, origin, beside_label=f"from {file_name}" if file_name else "imported")
    if report.changed:
        library.save_study(merged)
    return report


def merge_into(local: Study, study: Study, replace: bool = False, origin: str = "",
               decisions: dict[str, str] | None = None, replace_model: bool | None = None,
               beside_label: str = "imported") -> ImportReport:
    """Merge `study` into `local` in place and say what happened; `study` itself is left as it was.

    `decisions` maps an incoming scenario id to "skip", "replace" or "beside" (the default for a
    changed scenario unless `replace`); `replace_model` defaults to `replace`. A copy that comes in
    beside a local scenario is named "NAME (beside_label)".
    """
    incoming = copy.deepcopy(study)
    report = ImportReport(local.id, local.title)
    report.model_differences = model_differences(local, incoming)
    if (replace if replace_model is None else replace_model) and report.model_differences:
        local.title, local.description, local.time = incoming.title, incoming.description, incoming.time
        local.variables, local.events = incoming.variables, incoming.events
        report.model_replaced = True
    _merge_scenarios(local, incoming, replace, origin, report, decisions or {}, beside_label)
    report.dropped = _drop_dangling(local)
    tracking = merge_tracking(local, incoming, bool(replace if replace_model is None else replace_model))
    report.tracking_added, report.tracking_kept = tracking.added, tracking.kept
    foresight = merge_foresight(local, incoming, bool(replace if replace_model is None else replace_model), origin)
    report.foresight_added, report.foresight_kept = foresight.added, foresight.kept
    report.diagram_added, report.diagram_kept = merge_positions(
        local, incoming, bool(replace if replace_model is None else replace_model)).lines()
    return report


def _content(scenario: Scenario) -> tuple:
    """Return what a scenario says, apart from its name, id and origin."""
    return (scenario.color, scenario.narrative, scenario.parent_id, scenario.overrides, scenario.events,
            scenario.anchors)


def _digest(scenario: Scenario) -> str:
    overrides = {k: [list(p) for p in v.points] if isinstance(v, Path) else v for k, v in scenario.overrides.items()}
    content: list[object] = [scenario.color, scenario.narrative, scenario.parent_id, overrides, scenario.events]
    if scenario.anchors:  # only then: the ids of copies made before anchors existed stay as they were
        content.append({k: list(v) for k, v in scenario.anchors.items()})
    text = json.dumps(content, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _unique_name(name: str, used: set[str], label: str = "imported") -> str:
    candidate, number = f"{name} ({label})", 2
    while candidate in used:
        candidate, number = f"{name} ({label} {number})", number + 1
    return candidate


def _parents_first(scenarios: list[Scenario]) -> list[Scenario]:
    by_id: dict[str | None, Scenario] = {s.id: s for s in scenarios}
    ordered: list[Scenario] = []
    placed: set[str] = set()

    def place(scenario: Scenario, visiting: set[str]) -> None:
        if scenario.id in placed or scenario.id in visiting:
            return
        parent = by_id.get(scenario.parent_id)
        if parent is not None:
            place(parent, visiting | {scenario.id})
        placed.add(scenario.id)
        ordered.append(scenario)

    for scenario in scenarios:
        place(scenario, set())
    return ordered


def beside_id(scenario: Scenario) -> str:
    """Return the id a changed scenario's copy gets beside the local one: the same file gives the same id."""
    return str(uuid.uuid5(_BESIDE, f"{scenario.id}:{_digest(scenario)}"))


def same_content(mine: Scenario, theirs: Scenario, colour: bool = True) -> bool:
    """Say whether two scenarios say the same, apart from name, id and origin (and colour, unless `colour`)."""
    if colour:
        return _content(mine) == _content(theirs)
    return _content(mine)[1:] == _content(theirs)[1:]


def _merge_scenarios(merged: Study, incoming: Study, replace: bool, origin: str, report: ImportReport,
                     decisions: dict[str, str], label: str) -> None:
    local = {s.id: s for s in merged.scenarios}
    used = {s.name for s in merged.scenarios}
    diverted: dict[str | None, str | None] = {}  # incoming id -> id of the copy that came in beside a local scenario
    for scenario in _parents_first(incoming.scenarios):
        copy_id = beside_id(scenario)
        decision = decisions.get(scenario.id)
        if decision == "skip":
            report.skipped.append(scenario.name)
            continue
        # A child of a scenario that came in beside follows its parent, so it shows what the sender saw.
        scenario.parent_id = diverted.get(scenario.parent_id, scenario.parent_id)
        scenario.origin = scenario.origin or origin
        mine = local.get(scenario.id)
        if mine is None:
            if scenario.name in used:
                stored = _unique_name(scenario.name, used, label)
                report.renamed.append((scenario.name, stored))
                scenario.name = stored
            else:
                report.added.append(scenario.name)
            used.add(scenario.name)
            merged.scenarios.append(scenario)
            local[scenario.id] = scenario
        elif _content(mine) == _content(scenario):
            report.identical.append(mine.name)  # a local rename is the user's choice, not a difference
        elif decision == "replace" or (replace and decision != "beside"):
            mine.color, mine.narrative, mine.parent_id = scenario.color, scenario.narrative, scenario.parent_id
            mine.overrides, mine.events, mine.anchors = scenario.overrides, scenario.events, scenario.anchors
            report.replaced.append(mine.name)
        elif copy_id in local and same_content(local[copy_id], scenario, colour=False):
            diverted[scenario.id] = copy_id
            report.identical.append(local[copy_id].name)
        else:
            copy_ = copy.deepcopy(scenario)
            copy_.id = copy_id if copy_id not in local else new_id()
            copy_.name = _unique_name(scenario.name, used, label)
            # Beside yours, in a colour of its own: the same colour would draw two lines as one.
            copy_.color = distinct_color([s.color for s in merged.scenarios])
            used.add(copy_.name)
            merged.scenarios.append(copy_)
            local[copy_.id] = copy_
            diverted[scenario.id] = copy_.id
            report.conflicts.append((mine.name, copy_.name))


def _drop_dangling(study: Study) -> list[str]:
    """Remove overrides, event switches and parents that point at nothing; describe each removal."""
    assumptions = {v.name for v in study.variables if v.kind == "assumption"}
    stocks = {v.name for v in study.variables if v.kind == "stock"}
    events = {e.name for e in study.events}
    ids = {s.id for s in study.scenarios}
    dropped = []
    for scenario in study.scenarios:
        for name in [n for n in scenario.overrides if n not in assumptions]:
            del scenario.overrides[name]
            dropped.append(f'"{scenario.name}": its setting of {name} (the model has no such assumption)')
        for name in [n for n in scenario.anchors if n not in stocks]:
            del scenario.anchors[name]
            dropped.append(f'"{scenario.name}": its re-anchoring of {name} (the model has no such stock)')
        for name in [n for n in scenario.events if n not in events]:
            del scenario.events[name]
            dropped.append(f'"{scenario.name}": its switch for event "{name}" (the model has no such event)')
        if scenario.parent_id is not None and scenario.parent_id not in ids:
            scenario.parent_id = None
            dropped.append(f'"{scenario.name}": its parent (no longer there), so it now stands alone')
    return dropped


def _fields_differing(mine: object, theirs: object, names: tuple[str, ...]) -> list[str]:
    return [n for n in names if getattr(mine, n) != getattr(theirs, n)]


def model_differences(local: Study, incoming: Study) -> list[str]:
    """Describe how the file's model (title, time, variables, events) differs from the local one."""
    found = [f"{n} differs" for n in _fields_differing(local, incoming, ("title", "description", "time"))]
    for what, mine, theirs, names in (
        ("variable", local.variables, incoming.variables,
         ("kind", "equation", "initial", "value", "min", "max", "path", "distribution",
          "label", "unit", "group", "description", "source")),
        ("event", local.events, incoming.events, ("probability", "start", "duration", "effects", "description")),
    ):
        mine_by = {x.name: x for x in mine}
        theirs_by = {x.name: x for x in theirs}
        for name, item in theirs_by.items():
            if name not in mine_by:
                found.append(f"{what} '{name}' is in the file but not in your model")
                continue
            differing = _fields_differing(mine_by[name], item, names)
            if "equation" in differing:
                # The changed tokens, not two whole equations of hundreds of characters to compare by eye.
                yours, filed = mine_by[name], item
                assert isinstance(yours, Variable) and isinstance(filed, Variable)  # only variables have equations
                places = equation_changes(yours.equation or "", filed.equation or "")
                where = "1 place" if len(places) == 1 else f"{len(places)} places"
                found.append(f"{what} '{name}': equation differs in {where} (yours → file): " + "; ".join(places))
                differing.remove("equation")
            if differing:
                found.append(f"{what} '{name}': {', '.join(differing)} differ{'s' if len(differing) == 1 else ''}")
        found += [f"{what} '{name}' is in your model but not in the file" for name in mine_by if name not in theirs_by]
    return found
