"""How far each variable ends from the reference scenario: what the diagram's badges say while a slider moves."""

from __future__ import annotations

import math
from dataclasses import dataclass

from models.formatting import format_number, format_value

NEGLIGIBLE = 1e-9  # a relative change below this is rounding, not an effect


@dataclass(frozen=True)
class Change:
    """A variable's end value in the shown scenario against the reference: the text and which way it went."""

    text: str
    direction: int  # +1 up, −1 down, 0 unchanged
    strength: float  # 0 … 1, how large the change is (relative, capped): the badge's colour depth


def change(value: float, reference: float) -> Change | None:
    """Return the change from `reference` to `value` (in % when the reference is not zero); None when undefined."""
    if not (math.isfinite(value) and math.isfinite(reference)):
        return None
    difference = value - reference
    scale = max(abs(reference), abs(value), 1e-300)
    if abs(difference) <= NEGLIGIBLE * scale:
        return Change("=", 0, 0.0)
    direction = 1 if difference > 0 else -1
    if reference != 0:
        relative = difference / abs(reference)
        percent = relative * 100
        # Whole percents from 10 up, one decimal below; under 0.1 % the first digits, never a bare "0.0".
        text = (format_number(percent, 0 if abs(percent) >= 10 else 1, signed=True) if abs(percent) >= 0.1
                else format_value(percent, signed=True, trim=True))
        return Change(text + " %", direction, min(abs(relative) / 0.5, 1.0))
    return Change(format_value(difference, signed=True, trim=True), direction, 1.0)
