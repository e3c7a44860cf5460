"""How an assumption's slider maps to values: its range, its step and the rounding every slider shares."""

from __future__ import annotations

import math

from models.domain import Variable

SLIDER_STEPS = 1000


def nice_step(span: float) -> float:
    """Return a round step (1, 2 or 5 times a power of ten) near a hundredth of a span."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / 100
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def slider_range(variable: Variable) -> tuple[float, float]:
    """Return the slider's range: the variable's min and max, or a range around its value."""
    value = variable.value if variable.value is not None else 0.0
    low = variable.min if variable.min is not None else (0.0 if value >= 0 else 2 * value)
    high = variable.max if variable.max is not None else (2 * value if value > 0 else low + 1.0)
    return (low, high) if high > low else (low, low + 1.0)


class SliderScale:
    """Positions 0..SLIDER_STEPS of one assumption's slider and the values they stand for."""

    def __init__(self, variable: Variable):
        self.low, self.high = slider_range(variable)
        self.step = nice_step(self.high - self.low)
        # One digit finer than the step: a slider position lands on a value the spin box can show.
        self.decimals = max(0, min(6, -math.floor(math.log10(self.step)) + 1))

    def position_of(self, value: float) -> int:
        """Return the slider position nearest a value."""
        share = (value - self.low) / (self.high - self.low)
        return int(round(min(max(share, 0.0), 1.0) * SLIDER_STEPS))

    def value_at(self, position: int) -> float:
        """Return the value a slider position stands for, rounded to the scale's decimals."""
        return round(self.low + (self.high - self.low) * position / SLIDER_STEPS, self.decimals)
