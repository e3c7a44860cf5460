"""Number formatting for people (the study's dates live in models.timeline, never the computer's clock)."""

from __future__ import annotations

from models.formatting import format_time, format_value

__all__ = ["format_time", "format_value", "format_year"]


def format_year(year: float) -> str:
    """Return a year as briefly as it is exact, for fields people type into: 2031, 2027.5, 2027.25."""
    return f"{round(year, 2):g}"
