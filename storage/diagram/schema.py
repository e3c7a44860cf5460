"""The shape of the study file's `diagram` section (version 2): where the user put boxes on the model diagram."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

# [x, y]: a box's centre in the diagram's own units (about a pixel at life size).
CentreModel = Annotated[list[float], Field(min_length=2, max_length=2)]
MAX_POSITIONS = 100_000  # more boxes than any model has variables: a file claiming more is refused early


class DiagramModel(BaseModel):
    """The diagram section: the kept positions, by variable name."""

    model_config = ConfigDict(extra="forbid", strict=True, allow_inf_nan=False)

    positions: Annotated[dict[str, CentreModel], Field(max_length=MAX_POSITIONS)] = {}
