"""The study file's `explorations` section: each saved scenario discovery, written and read back with its place.

The library keeps the section in the study's foresight document (revision 0005), read by the same code.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from models.domain import Study
from models.explore.ensemble import MAX_RUNS, parse_question
from models.explore.exploration import Exploration
from models.formatting import localise
from models.i18n import fill, translate


class ExplorationModel(BaseModel):
    """One saved exploration: enough to run it again and find the same box."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)

    id: str | None = None
    name: str
    scenario: str  # the scenario explored (its id, or its name in a hand-written file)
    question: str  # the condition, as `explore --where` takes it: "gdp_growth < 0"
    at: float
    until: float | None = None
    runs: int = Field(ge=1, le=MAX_RUNS)
    seed: int = Field(ge=0)
    box: dict[str, Annotated[list[float], Field(min_length=2, max_length=2)]] = {}
    made: str | None = None


def exploration_sections(explorations: list[Exploration], scenario_ids: set[str] | None = None) -> dict[str, Any]:
    """Return the `explorations` key as the file writes it (only those of `scenario_ids` when given)."""
    kept = [e for e in explorations if scenario_ids is None or e.scenario in scenario_ids]
    if not kept:
        return {}
    rows = []
    for e in kept:
        q = e.question
        row: dict[str, Any] = {"id": e.id, "name": e.name, "scenario": e.scenario, "question": e.condition,
                               "at": q.time, "until": q.until, "runs": e.runs, "seed": e.seed,
                               "box": {name: [low, high] for name, (low, high) in e.box.items()}}
        if e.made is not None and (scenario_ids is None or e.made in scenario_ids):
            row["made"] = e.made
        rows.append(row)
    return {"explorations": rows}


def read_explorations(specs: list[ExplorationModel], study: Study) -> tuple[list[Exploration], list[str]]:
    """Return the explorations the section describes and every problem found, each with its place."""
    found: list[Exploration] = []
    problems: list[str] = []
    scenarios = {s.name: s.id for s in study.scenarios}
    assumptions = {v.name for v in study.variables if v.kind == "assumption"}
    seen: set[str] = set()
    for k, spec in enumerate(specs):
        place = f"study.explorations[{k}]"
        before = len(problems)
        scenario = spec.scenario if spec.scenario in scenarios.values() else scenarios.get(spec.scenario)
        if scenario is None:
            problems.append(f"{place}.scenario: " + fill(translate("FileErrors", "unknown scenario '%1'%2"), spec.scenario, ""))
        try:
            question = parse_question(study, spec.question, spec.at, spec.until)
        except ValueError as error:
            problems.append(f"{place}.question: {error}")
        box = {}
        for name, (low, high) in spec.box.items():
            if name not in assumptions:
                problems.append(f"{place}.box.{name}: " + fill(translate("FileErrors", "'%1' is not an assumption of the model%2"), name, ""))
            elif low > high:
                problems.append(f"{place}.box.{name}: " + fill(translate("FileErrors", "the range %1 to %2 runs backwards"),
                                                               localise(f"{low:g}"), localise(f"{high:g}")))
            box[name] = (low, high)
        made = spec.made
        if made is not None and made not in scenarios.values():
            problems.append(f"{place}.made: " + fill(translate("FileErrors", "unknown scenario '%1'%2"), made, ""))
        if spec.id is not None and spec.id in seen:
            problems.append(f"{place}.id: " + translate("FileErrors", "duplicate id"))
        if len(problems) > before or scenario is None:
            continue
        exploration = Exploration(spec.name, scenario, question, spec.runs, spec.seed, box, made)
        if spec.id is not None:
            exploration.id = spec.id
            seen.add(spec.id)
        found.append(exploration)
    return found, problems
