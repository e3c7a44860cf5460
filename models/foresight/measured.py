"""The model's measured effect of each driver, set beside the team's impact rating.

A driver moves one or more assumptions; the tornado swings each uncertain assumption from its 10th to its
90th percentile and measures how far an indicator moves. A driver's measured effect is the largest swing
among its assumptions (one at a time, as the tornado measures them: the swings are not added, since
effects of inputs moved together are not what a tornado shows). On the map it becomes a rating on the
same 1-5 scale as the team's: the largest measured effect is 5, no effect is 1, the rest in proportion.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.engine.tornado import Tornado
from models.foresight.domain import Driver


@dataclass(frozen=True)
class Measured:
    """A driver's measured effect: the swing, the assumption that gives it, and its 1-5 rating."""

    driver: str  # driver id
    effect: float  # width of the largest swing in the indicator
    assumption: str  # the assumption whose swing that is
    rating: float  # 1 (no effect) .. 5 (the largest effect of any driver)


def measured_effects(drivers: list[Driver], result: Tornado) -> dict[str, Measured]:
    """Return each driver's measured effect; drivers with no uncertain assumption in the tornado are left out."""
    swings = {bar.name: bar.effect for bar in result.bars}
    found: dict[str, tuple[float, str]] = {}
    for driver in drivers:
        linked = [(swings[name], name) for name in driver.assumptions if name in swings]
        if linked:
            found[driver.id] = max(linked, key=lambda pair: pair[0])
    largest = max((effect for effect, _ in found.values()), default=0.0)
    return {driver_id: Measured(driver_id, effect, name, 1.0 + 4.0 * effect / largest if largest > 0 else 1.0)
            for driver_id, (effect, name) in found.items()}
