"""The shapes of the study file's version-2 sections (dates, actuals, signposts), as strict pydantic models.

A version-2 file is a version-1 file plus these optional sections (docs/file-format.md). They check
keys and types only; references and times are checked against the study in `storage.tracking.validation`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# The study keys that only version 2 knows: a study that uses none of them is written as version 1.
V2_STUDY_KEYS = ("as_of", "horizons", "table_times", "actuals", "signposts",
                 "drivers", "objectives", "actors", "matrix", "morphology",  # these five: storage.foresight.schema
                 "diagram",  # storage.diagram.schema
                 "explorations")  # storage.explorations


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)


class HorizonModel(_Strict):
    """A named stretch of the study's time, in the axis's units."""

    name: str
    start: float
    end: float


class ActualModel(_Strict):
    """One observed value of a variable at a time on the axis."""

    variable: str
    time: float
    value: float
    source: str = ""
    note: str = ""


class AnchorModel(_Strict):
    """A scenario's re-anchored stock: from `time` on it starts again at `value` (usually an observation)."""

    time: float
    value: float


class ConditionModel(_Strict):
    """When a signpost triggers: above/below `value`, rising/falling for `periods` periods, or outside
    the 90 % Monte Carlo band of `scenario` (an id, or a name in a hand-written file)."""

    kind: Literal["above", "below", "rising", "falling", "outside_band"]
    value: float | None = None
    periods: int | None = Field(default=None, ge=1)
    scenario: str | None = None


class SignpostModel(_Strict):
    """A named condition on a variable that points to scenarios (by id)."""

    id: str | None = None
    name: str
    variable: str
    condition: ConditionModel
    points_to: list[str] = []
    owner: str = ""
    note: str = ""
