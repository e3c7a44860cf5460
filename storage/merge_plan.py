"""Preview an import before anything changes: which scenarios are new, identical or in conflict."""

from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field

from models.domain import Scenario, Study
from storage.foresight_merge import merge_foresight
from storage.merge import beside_id, model_differences, same_content
from storage.tracking_merge import merge_tracking

# What the user may do with an incoming scenario, by what it is.
CHOICES = {
    "new": ("add", "skip"),
    "name taken": ("beside", "skip"),
    "conflict": ("beside", "replace", "skip"),
    "identical": ("keep",),
}
CHOICE_TITLES = {"add": "Add", "beside": "Add beside", "replace": "Replace mine", "skip": "Skip", "keep": "Nothing to do"}


@dataclass(frozen=True)
class PlanItem:
    """One scenario of the file and what importing it would mean."""

    scenario_id: str
    name: str
    status: str  # "new", "name taken" (same name, another id), "conflict" (same id, other content), "identical"
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

    def count(self, status: str) -> int:
        """Return how many items have a status."""
        return sum(item.status == status for item in self.items)


def plan_import(local: Study | None, incoming: Study) -> ImportPlan:
    """Return the preview of importing `incoming` into the library, where `local` is its stored version."""
    if local is None:
        return ImportPlan(incoming.title, True,
                          [PlanItem(s.id, s.name, "new", "new scenario") for s in incoming.scenarios])
    plan = ImportPlan(local.title, False, model_differences=model_differences(local, incoming))
    tracking = merge_tracking(deepcopy(local), incoming)  # a dry run on a copy: nothing changes yet
    plan.tracking = [f"adds {item}" for item in tracking.added] + tracking.kept
    foresight = merge_foresight(deepcopy(local), incoming)
    plan.foresight = [f"adds {item}" for item in foresight.added] + foresight.kept
    by_id = {s.id: s for s in local.scenarios}
    names = {s.name for s in local.scenarios}
    for scenario in incoming.scenarios:
        mine = by_id.get(scenario.id)
        copy = by_id.get(beside_id(scenario))
        if mine is not None and same_content(mine, scenario):
            plan.items.append(PlanItem(scenario.id, scenario.name, "identical", f"already here as “{mine.name}”"))
        elif copy is not None and same_content(copy, scenario):
            plan.items.append(PlanItem(scenario.id, scenario.name, "identical", f"imported before as “{copy.name}”"))
        elif mine is not None:
            plan.items.append(PlanItem(scenario.id, scenario.name, "conflict",
                                       f"yours (“{mine.name}”) differs: {scenario_differences(mine, scenario)}"))
        elif scenario.name in names:
            plan.items.append(PlanItem(scenario.id, scenario.name, "name taken",
                                       "another scenario of yours has this name; it would come in renamed"))
        else:
            plan.items.append(PlanItem(scenario.id, scenario.name, "new", "new scenario"))
    return plan


def scenario_differences(mine: Scenario, theirs: Scenario) -> str:
    """Describe briefly how the file's version of a scenario differs from the local one."""
    parts = []
    for name in sorted(set(mine.overrides) | set(theirs.overrides)):
        if mine.overrides.get(name) != theirs.overrides.get(name):
            parts.append(name)
    for name in sorted(set(mine.events) | set(theirs.events)):
        if mine.events.get(name) != theirs.events.get(name):
            parts.append(f"event “{name}”")
    if mine.narrative != theirs.narrative:
        parts.append("narrative")
    if mine.color != theirs.color:
        parts.append("colour")
    if mine.parent_id != theirs.parent_id:
        parts.append("parent")
    return ", ".join(parts) or "details"
