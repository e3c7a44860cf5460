"""The shapes of the study file's foresight sections (drivers, objectives, actors, matrix, morphology).

Strict pydantic models that check keys, types and score ranges; references (assumptions, drivers,
objectives, variants, scenarios) are checked against the study in `storage.foresight.files`.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from storage.explorations import ExplorationModel

FORESIGHT_KEYS = ("drivers", "objectives", "actors", "matrix", "morphology", "explorations")

Rating = Annotated[int, Field(ge=1, le=5)]
Position = Annotated[int, Field(ge=-2, le=2)]
Consistency = Annotated[int, Field(ge=-3, le=3)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class DriverModel(_Strict):
    """A driving force with its STEEP category, ratings and the assumptions it moves."""

    id: str | None = None
    name: str
    category: Literal["social", "technological", "economic", "environmental", "political"]
    description: str = ""
    source: str = ""
    impact: Rating
    uncertainty: Rating
    assumptions: list[str] = []


class ObjectiveModel(_Strict):
    """Something actors want or oppose."""

    id: str | None = None
    name: str
    description: str = ""


class ActorModel(_Strict):
    """A stakeholder: influence, positions on objectives (by id), motivation and its source, drivers it moves."""

    id: str | None = None
    name: str
    influence: Rating
    positions: dict[str, Position] = {}
    motivation: str = ""
    source: str = ""
    drivers: list[str] = []


class PoleModel(_Strict):
    """One end of an axis: a label and the assumption values that make it so."""

    label: str
    assumptions: dict[str, float]


class AxisModel(_Strict):
    """A matrix axis: the driver it stands for and its two poles."""

    driver: str
    poles: list[PoleModel]  # exactly two: counted in storage.foresight.files, to say so in words


class MatrixModel(_Strict):
    """The 2x2 matrix: two axes, the reference scenario and the scenario each quadrant became."""

    axes: list[AxisModel]  # exactly two
    reference: str | None = None
    quadrants: dict[Literal["00", "01", "10", "11"], str] = {}


class VariantModel(_Strict):
    """One value a descriptor may take."""

    id: str | None = None
    name: str
    description: str = ""
    assumptions: dict[str, float] = {}


class DescriptorModel(_Strict):
    """A dimension of the box with its 2-5 variants."""

    id: str | None = None
    name: str
    variants: list[VariantModel]  # 2 to 5


class JudgementModel(_Strict):
    """One assessor's consistency score for a pair of variants (by id)."""

    first: str
    second: str
    score: Consistency
    assessor: str = ""


class MorphologyModel(_Strict):
    """The morphological box and its consistency judgements."""

    descriptors: list[DescriptorModel] = []
    consistency: list[JudgementModel] = []


class ForesightDocument(_Strict):
    """The library's stored foresight layer: the same five sections as the file."""

    drivers: list[DriverModel] | None = None
    objectives: list[ObjectiveModel] | None = None
    actors: list[ActorModel] | None = None
    matrix: MatrixModel | None = None
    morphology: MorphologyModel | None = None
    explorations: list[ExplorationModel] | None = None
