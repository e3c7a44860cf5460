"""Today as a decimal year, the brief's two horizons, and number formatting for people."""

from __future__ import annotations

import datetime as dt

from models.formatting import format_time, format_value

__all__ = ["HORIZONS", "format_time", "format_value", "format_year", "today_year"]

# The brief's horizons, in years from today: the next six months, and five to ten years out.
HORIZONS: tuple[tuple[str, float, float], ...] = (("next 6 months", 0.0, 0.5), ("5–10 years", 5.0, 10.0))


def today_year(today: dt.date | None = None) -> float:
    """Return a date as a decimal year (2026-11-28 is about 2026.91)."""
    today = today or dt.date.today()
    start = dt.date(today.year, 1, 1)
    length = (dt.date(today.year + 1, 1, 1) - start).days
    return today.year + (today - start).days / length


def format_year(year: float) -> str:
    """Return a year as briefly as it is exact, for fields people type into: 2031, 2027.5, 2027.25."""
    return f"{round(year, 2):g}"
