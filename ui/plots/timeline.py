"""Today as a decimal year, the brief's two horizons, and number formatting for people."""

from __future__ import annotations

import datetime as dt
import math

# The brief's horizons, in years from today: the next six months, and five to ten years out.
HORIZONS: tuple[tuple[str, float, float], ...] = (("next 6 months", 0.0, 0.5), ("5–10 years", 5.0, 10.0))


def today_year(today: dt.date | None = None) -> float:
    """Return a date as a decimal year (2026-11-28 is about 2026.91)."""
    today = today or dt.date.today()
    start = dt.date(today.year, 1, 1)
    length = (dt.date(today.year + 1, 1, 1) - start).days
    return today.year + (today - start).days / length


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
