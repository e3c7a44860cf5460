"""Actual observations and signposts as plain dataclasses (no study, no Qt, no database)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal

ConditionKind = Literal["above", "below", "rising", "falling"]
CONDITION_KINDS: tuple[str, ...] = ("above", "below", "rising", "falling")


@dataclass(frozen=True)
class Actual:
    """One observed value of a variable at a time on the study's axis, with where it comes from."""

    variable: str
    time: float
    value: float
    source: str = ""
    note: str = ""

    @property
    def key(self) -> tuple[str, float, str]:
        """Return what identifies the observation: the same variable, time and source is the same figure."""
        return (self.variable, self.time, self.source)


@dataclass(frozen=True)
class Condition:
    """When a signpost triggers: above/below `value`, or rising/falling for `periods` periods in a row."""

    kind: ConditionKind
    value: float | None = None  # above, below: the threshold
    periods: int | None = None  # rising, falling: how many consecutive periods

    def describe(self) -> str:
        """Return the condition in words."""
        if self.kind in ("above", "below"):
            return f"{self.kind} {self.value:g}"
        periods = self.periods or 1
        return f"{self.kind} for {periods} period{'' if periods == 1 else 's'}"


@dataclass
class Signpost:
    """A named condition on a variable that, when it holds, points to some scenarios."""

    name: str
    variable: str
    condition: Condition
    points_to: list[str] = field(default_factory=list)  # scenario ids
    owner: str = ""
    note: str = ""
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
