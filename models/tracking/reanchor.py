"""Start from the latest actuals: a child scenario whose stocks start again at their observed values."""

from __future__ import annotations

from dataclasses import dataclass, field

from models.commands.scenario import AddScenario
from models.domain import Point, Scenario, Study
from models.palette import distinct_color

VERB = "Start from the latest actuals"


@dataclass
class Reanchoring:
    """What re-anchoring a scenario would do: the stocks' starts, and the observations it cannot use."""

    anchors: dict[str, Point] = field(default_factory=dict)  # stock -> (time, observed value)
    not_stocks: list[str] = field(default_factory=list)  # observed variables that are not stocks (computed, not started)
    after_as_of: int = 0  # observations after the study's as-of date, left aside


def latest_observed_stocks(study: Study) -> Reanchoring:
    """Return each stock's latest observation at or before the study's as-of date (any time when it has none).

    Several observations of a stock at that same time (from different sources) count as their mean.
    """
    as_of = study.dates.as_of
    stocks = {v.name for v in study.variables if v.kind == "stock"}
    found = Reanchoring()
    latest: dict[str, tuple[float, list[float]]] = {}
    others: set[str] = set()
    for actual in study.actuals:
        if as_of is not None and actual.time > as_of + 1e-9:
            found.after_as_of += 1
        elif actual.variable not in stocks:
            others.add(actual.variable)
        else:
            time, values = latest.get(actual.variable, (-float("inf"), []))
            if actual.time > time:
                latest[actual.variable] = (actual.time, [actual.value])
            elif actual.time == time:
                values.append(actual.value)
    # In the study's order of variables, so the explanation reads as the model does.
    found.anchors = {v.name: (latest[v.name][0], sum(latest[v.name][1]) / len(latest[v.name][1]))
                     for v in study.variables if v.name in latest}
    found.not_stocks = [v.name for v in study.variables if v.name in others]
    return found


def explanation(study: Study, parent: Scenario, found: Reanchoring) -> str:
    """Return the new scenario's narrative: what it starts from and what it is otherwise."""
    starts = ", ".join(f"{study.variable(name).title} at {value:g} in {time:g}" for name, (time, value) in found.anchors.items())
    text = (f"{parent.name}, started again from the latest actuals: {starts}. From each of those times on, "
            f"the projection continues from what was observed; before them, and for everything else, it is "
            f"{parent.name}.")
    if found.not_stocks:
        text += (" Observed variables that are computed rather than accumulated are not set: "
                 + ", ".join(study.variable(n).title for n in found.not_stocks) + ".")
    return text


def reanchor_command(study: Study, parent_id: str) -> AddScenario | None:
    """Return the undoable step that adds the re-anchored child of a scenario (None: no stock was observed)."""
    found = latest_observed_stocks(study)
    if not found.anchors:
        return None
    parent = study.scenario(parent_id)
    taken = {s.name for s in study.scenarios}
    name, number = f"{parent.name} – from actuals", 2
    while name in taken:
        name, number = f"{parent.name} – from actuals {number}", number + 1
    child = Scenario(name=name, color=distinct_color([s.color for s in study.scenarios]),
                     narrative=explanation(study, parent, found), parent_id=parent.id, anchors=dict(found.anchors))
    return AddScenario(child, study.scenarios.index(parent) + 1, VERB)
