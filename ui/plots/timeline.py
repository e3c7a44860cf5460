"""Number formatting for people (the study's dates live in models.timeline, never the computer's clock)."""

from __future__ import annotations

import math


def format_value(value: float, trim: bool = False, group: bool | None = None) -> str:
    """Return a number with about four significant digits, and words for non-finite values.

    `trim` drops trailing zeros; `group` forces thousands separators on or off (by default only
    from 10,000, since four-digit numbers are often years).
    """
    if math.isnan(value):
        return "undefined"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 1e7 or magnitude < 1e-3:
        return f"{value:.3g}"
    decimals = max(0, 3 - int(math.floor(math.log10(magnitude))))
    grouping = "," if (magnitude >= 10_000 if group is None else group) else ""
    text = f"{value:{grouping}.{decimals}f}"
    return text.rstrip("0").rstrip(".") if trim and "." in text else text


def format_year(year: float) -> str:
    """Return a year as briefly as it is exact: 2031, 2027.5, 2027.25."""
    return f"{round(year, 2):g}"
