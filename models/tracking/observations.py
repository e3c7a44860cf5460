"""Actual observations and signposts as plain dataclasses (no study, no Qt, no database)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal

ConditionKind = Literal["above", "below", "rising", "falling", "outside_band"]
CONDITION_KINDS: tuple[str, ...] = ("above", "below", "rising", "falling", "outside_band")


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
    """When a signpost triggers: above/below `value`, rising/falling for `periods` periods in a row, or
    outside the 90 % band (5th to 95th percentile of its Monte Carlo samples) of the scenario `scenario`."""

    kind: ConditionKind
    value: float | None = None  # above, below: the threshold
    periods: int | None = None  # rising, falling: how many consecutive periods
    scenario: str | None = None  # outside_band: the id of the scenario whose band is watched

    def describe(self, names: dict[str, str] | None = None) -> str:
        """Return the condition in words (`names`: scenario id -> name, for the band's scenario)."""
        if self.kind == "outside_band":
            name = (names or {}).get(self.scenario or "", "a scenario")
            return f"outside {name}'s 90 % band"
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
