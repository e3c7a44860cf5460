"""Actual observations and signposts as plain dataclasses (no study, no Qt, no database)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Literal

from models.formatting import localise
from models.i18n import fill, language, translate

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
        """Return the condition in words, in the interface's language (`names`: scenario id -> name, for the band's scenario)."""
        if self.kind == "outside_band":
            name = (names or {}).get(self.scenario or "")
            if name is None:
                return translate("Signposts", "outside a scenario's 90 % band")
            return fill(translate("Signposts", "outside %1's 90 % band"), name)
        if self.kind in ("above", "below"):
            value = localise(f"{self.value:g}", language())
            return fill(translate("Signposts", "above %1") if self.kind == "above" else translate("Signposts", "below %1"), value)
        periods = self.periods or 1
        # Whole sentences per kind and count: Spanish words for "rising" and "period(s)" do not follow English's.
        if self.kind == "rising":
            return fill(translate("Signposts", "rising for 1 period") if periods == 1 else
                        translate("Signposts", "rising for %1 periods"), periods)
        return fill(translate("Signposts", "falling for 1 period") if periods == 1 else
                    translate("Signposts", "falling for %1 periods"), periods)


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
