"""Preview an import before anything changes: which scenarios are new, identical or in conflict."""

from __future__ import annotations

import copy as copying
from dataclasses import dataclass, field

from models.domain import Scenario, Study
from storage.diagram.merge import merge_positions
from storage.foresight.merge import merge_foresight
from storage.merge import (
    ImportReport,
    beside_id,
    merge_into,
    model_differences,
    same_content,
)
from storage.tracking.merge import merge_tracking
from models.i18n import fill, translate

# What the user may do with an incoming scenario, by what it is.
CHOICES = {
    "new": ("add", "skip"),
    "name taken": ("beside", "skip"),
    "conflict": ("beside", "replace", "skip"),
    "identical": ("keep",),
    "follows parent": ("beside", "skip"),
}
CHOICE_TITLES = {"add": "Add", "beside": "Add beside", "replace": "Replace mine", "skip": "Skip", "keep": "Nothing to do"}


@dataclass(frozen=True)
class PlanItem:
    """One scenario of the file and what importing it would mean."""

    scenario_id: str
    name: str
    status: str  # "new", "name taken" (same name, another id), "conflict" (same id, other content), "identical",
    # or "follows parent" (the same as yours, but its parent comes in beside yours, so it comes with it)
    detail: str  # in words, for the preview

    @property
    def choices(self) -> tuple[str, ...]:
        """Return what the user may do with it, the default first."""
        return CHOICES[self.status]


@dataclass
class ImportPlan:
    """What an import of a study into the library would do, item by item."""

    study_title: str
    new_study: bool
    items: list[PlanItem] = field(default_factory=list)
    model_differences: list[str] = field(default_factory=list)
    tracking: list[str] = field(default_factory=list)  # actuals, signposts and dates the import adds or leaves
    foresight: list[str] = field(default_factory=list)  # drivers, actors, matrix and box entries likewise
    diagram: list[str] = field(default_factory=list)  # kept diagram positions the import adds or leaves, counted
    local: Study | None = field(default=None, repr=False, compare=False)
    incoming: Study | None = field(default=None, repr=False, compare=False)

    def count(self, status: str) -> int:
        """Return how many items have a status."""
        return sum(item.status == status for item in self.items)


def plan_import(local: Study | None, incoming: Study) -> ImportPlan:
    """Return the preview of importing `incoming` into the library, where `local` is its stored version."""
    if local is None:
        return ImportPlan(incoming.title, True,
                          [PlanItem(s.id, s.name, "new", translate("ImportPlan", "new scenario")) for s in incoming.scenarios], incoming=incoming)
    plan = ImportPlan(local.title, False, model_differences=model_differences(local, incoming), local=local, incoming=incoming)
    tracking = merge_tracking(copying.deepcopy(local), incoming)  # a dry run on a copy: nothing changes yet
    plan.tracking = [fill(translate("ImportPlan", "adds %1"), item) for item in tracking.added] + tracking.kept
    foresight = merge_foresight(copying.deepcopy(local), incoming)
    plan.foresight = [fill(translate("ImportPlan", "adds %1"), item) for item in foresight.added] + foresight.kept
    added, kept = merge_positions(copying.deepcopy(local), incoming).lines()
    plan.diagram = [fill(translate("ImportPlan", "adds %1"), item) for item in added] + kept
    by_id = {s.id: s for s in local.scenarios}
    names = {s.name for s in local.scenarios}
    for scenario in incoming.scenarios:
        mine = by_id.get(scenario.id)
        copy = by_id.get(beside_id(scenario))
        if mine is not None and same_content(mine, scenario):
            plan.items.append(PlanItem(scenario.id, scenario.name, "identical", fill(translate("ImportPlan", "already here as “%1”"), mine.name)))
        elif copy is not None and same_content(copy, scenario, colour=False):  # a copy beside got its own colour
            plan.items.append(PlanItem(scenario.id, scenario.name, "identical", fill(translate("ImportPlan", "imported before as “%1”"), copy.name)))
        elif mine is not None:
            plan.items.append(PlanItem(scenario.id, scenario.name, "conflict",
                                       fill(translate("ImportPlan", "yours (“%1”) differs: %2"), mine.name, scenario_differences(mine, scenario))))
        elif scenario.name in names:
            plan.items.append(PlanItem(scenario.id, scenario.name, "name taken",
                                       translate("ImportPlan", "another scenario of yours has this name; it would come in renamed")))
        else:
            plan.items.append(PlanItem(scenario.id, scenario.name, "new", translate("ImportPlan", "new scenario")))
    _follow_parents(plan, incoming)
    return plan


def _follow_parents(plan: ImportPlan, incoming: Study) -> None:
    # A scenario like yours whose parent comes in beside yours comes in beside too, under that parent
    # (the import does so, to show what the sender saw): the preview must say so, not "nothing to do".
    by_id = {s.id: s for s in incoming.scenarios}
    moving = {item.scenario_id for item in plan.items if item.status == "conflict"}
    changed = True
    while changed:
        changed = False
        for k, item in enumerate(plan.items):
            parent_id = by_id[item.scenario_id].parent_id
            if item.status == "identical" and parent_id in moving and item.scenario_id not in moving:
                parent = by_id[parent_id].name
                plan.items[k] = PlanItem(item.scenario_id, item.name, "follows parent",
                                         fill(translate("ImportPlan", "as yours, but its parent “%1” comes in beside yours, so it comes with it"), parent))
                moving.add(item.scenario_id)
                changed = True


def predict(plan: ImportPlan, decisions: dict[str, str], replace_model: bool = False,
            beside_label: str = "imported") -> ImportReport:
    """Return what importing with these choices would do, by doing it on a copy (the library is not touched)."""
    incoming = plan.incoming
    assert incoming is not None
    if plan.local is None:
        kept = {a.id for s in incoming.scenarios if decisions.get(s.id) != "skip" for a in incoming.lineage(s.id)}
        report = ImportReport(incoming.id, incoming.title, new_study=True)
        report.added = [s.name for s in incoming.scenarios if s.id in kept]
        return report
    return merge_into(copying.deepcopy(plan.local), incoming, decisions=decisions, replace_model=replace_model,
                      beside_label=beside_label)


def scenario_differences(mine: Scenario, theirs: Scenario) -> str:
    """Describe briefly how the file's version of a scenario differs from the local one."""
    parts = []
    for name in sorted(set(mine.overrides) | set(theirs.overrides)):
        if mine.overrides.get(name) != theirs.overrides.get(name):
            parts.append(name)
    for name in sorted(set(mine.events) | set(theirs.events)):
        if mine.events.get(name) != theirs.events.get(name):
            parts.append(fill(translate("ImportPlan", "event “%1”"), name))
    if mine.narrative != theirs.narrative:
        parts.append(translate("ImportPlan", "narrative"))
    if mine.color != theirs.color:
        parts.append(translate("ImportPlan", "colour"))
    if mine.parent_id != theirs.parent_id:
        parts.append(translate("ImportPlan", "parent"))
    return ", ".join(parts) or translate("ImportPlan", "details")
