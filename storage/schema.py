"""The shape of an interchange file, versions 1 and 2, as strict pydantic models (see docs/file-format.md).

These check keys and types only; what needs the whole file (names, references, ranges)
is checked in `storage.validation`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from storage.diagram.schema import DiagramModel
from storage.explorations import ExplorationModel
from storage.foresight.schema import (
    ActorModel,
    DriverModel,
    MatrixModel,
    MorphologyModel,
    ObjectiveModel,
)
from storage.schema_v2 import ActualModel, AnchorModel, HorizonModel, SignpostModel

FORMAT = "prospectiva-study"
VERSION = 2  # the newest version this app reads and writes
BASE_VERSION = 1  # what a study that uses no version-2 section is written as


class _Strict(BaseModel):
    # Strict: no "12" for 12 or true for 1; unknown keys and NaN/Infinity are refused.
    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


# [t, v]: JSON has no tuples, so a list of exactly two numbers.
PointModel = Annotated[list[float], Field(min_length=2, max_length=2)]
PathModel = Annotated[list[PointModel], Field(min_length=1)]


class TimeModel(_Strict):
    """The time axis: from start to end inclusive, by step."""

    start: float
    end: float
    step: float
    unit: str = "year"


class DistributionModel(_Strict):
    """An uncertainty distribution; which parameters it needs depends on its type."""

    type: Literal["normal", "uniform", "triangular", "pert"]
    mean: float | None = None
    sd: float | None = None
    low: float | None = None
    mode: float | None = None
    high: float | None = None


class VariableModel(_Strict):
    """A variable; which of equation, initial and value it needs depends on its kind."""

    id: str | None = None
    name: str
    kind: Literal["assumption", "auxiliary", "stock"]
    label: str = ""
    unit: str = ""
    group: str = ""
    description: str = ""
    source: str = ""
    equation: str | None = None
    initial: str | None = None
    value: float | None = None
    min: float | None = None
    max: float | None = None
    path: PathModel | None = None
    distribution: DistributionModel | None = None


class EffectModel(_Strict):
    """What an active event does to one variable."""

    id: str | None = None
    variable: str
    op: Literal["add", "multiply"]
    value: float


class EventModel(_Strict):
    """An event that may happen, with its effects."""

    id: str | None = None
    name: str
    probability: float
    start: float
    duration: float | None = None
    description: str = ""
    effects: list[EffectModel]


class StudyModel(_Strict):
    """The study's model: title, time axis, variables and events."""

    id: str | None = None
    title: str
    description: str = ""
    time: TimeModel
    variables: list[VariableModel]
    events: list[EventModel] = []
    # Version 2 (storage.schema_v2): the study's dates, actuals and signposts.
    as_of: float | None = None
    horizons: list[HorizonModel] | None = None
    table_times: list[float] | None = None
    actuals: list[ActualModel] | None = None
    signposts: list[SignpostModel] | None = None
    # Version 2 (storage.foresight.schema): drivers, objectives, actors, the 2x2 matrix, the box.
    drivers: list[DriverModel] | None = None
    objectives: list[ObjectiveModel] | None = None
    actors: list[ActorModel] | None = None
    matrix: MatrixModel | None = None
    morphology: MorphologyModel | None = None
    # Version 2 (storage.diagram.schema): where the user put boxes on the model diagram.
    diagram: DiagramModel | None = None
    explorations: list[ExplorationModel] | None = None  # storage.explorations


class PathOverrideModel(_Strict):
    """A scenario's time path for one assumption."""

    path: PathModel


class ScenarioModel(_Strict):
    """A scenario: what it sets on top of its parent."""

    id: str | None = None
    name: str
    parent: str | None = None
    color: str = "#1f77b4"
    narrative: str = ""
    # A number or {"path": ...}: checked one by one so the message can say exactly that.
    assumptions: dict[str, Any] = {}
    events: dict[str, bool] = {}
    # Version 2 (storage.schema_v2): stocks re-anchored at observed values, by stock name.
    anchors: dict[str, AnchorModel] | None = None


class FileModel(_Strict):
    """A whole study file."""

    format: Literal["prospectiva-study"]
    version: int
    exported_at: str | None = None
    study: StudyModel
    scenarios: list[ScenarioModel]
