"""The study's own dates: its "as of" time, horizons and table times, with defaults from its axis.

Nothing here reads the computer's clock: the same study shows the same picture on any day.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from models.domain import Horizon, Study, TimeAxis

# Used when a study sets no horizons: the two the app has always shown, measured from "as of".
DEFAULT_HORIZONS: tuple[tuple[str, float, float], ...] = (("next 6 months", 0.0, 0.5), ("5–10 years", 5.0, 10.0))


def as_of(study: Study) -> float:
    """Return the study's "now": its stored as-of time, or the start of its axis."""
    return study.time.start if study.dates.as_of is None else float(study.dates.as_of)


def horizons(study: Study) -> list[Horizon]:
    """Return the study's horizons: stored ones, or the defaults measured from its as-of time (axes in years)."""
    if study.dates.horizons:
        return list(study.dates.horizons)
    if study.time.unit != "year":
        return []
    now = as_of(study)
    return [Horizon(name, now + begin, now + finish) for name, begin, finish in DEFAULT_HORIZONS]


def snap(axis: TimeAxis, time: float) -> float:
    """Return the axis point nearest to `time`, kept within the axis."""
    snapped = axis.start + round((time - axis.start) / axis.step) * axis.step
    return round(min(max(snapped, axis.start), axis.end), 6)


def table_times(study: Study) -> list[float]:
    """Return the times the value table shows: stored ones, or the ends of the default horizons."""
    if study.dates.table_times:
        return sorted(study.dates.table_times)
    now = as_of(study)
    wanted = [now + 0.5, math.floor(now) + 5, now + 10]
    return sorted({snap(study.time, t) for t in wanted})


def date_of(year: float) -> dt.date:
    """Return the calendar date a decimal year falls on (2026.5 is 2 July 2026)."""
    whole = int(math.floor(year))
    start = dt.date(whole, 1, 1)
    length = (dt.date(whole + 1, 1, 1) - start).days
    return start + dt.timedelta(days=int(round((year - whole) * length)))


def decimal_year(day: dt.date) -> float:
    """Return a date as a decimal year (2026-07-02 is 2026.5)."""
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


# "Q2 2026", or "T2 2026" as Spanish writes a quarter (trimestre), as models.formatting shows them.
_QUARTER = re.compile(r"^\s*(?:[QT]([1-4])\s*[-/ ]?\s*(\d{4})|(\d{4})\s*[-/ ]?\s*[QT]([1-4]))\s*$", re.IGNORECASE)
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def _month_start(year: int, month: int) -> float:
    # Months are twelfths of the year, so quarters and months agree (April and Q2 both start at .25).
    dt.date(year, month, 1)  # refuses month 13
    return year + (month - 1) / 12


class TimeTextError(ValueError):
    """A time written in a way that cannot be read."""


def parse_time(text: str, unit: str = "year") -> tuple[float, bool]:
    """Return the axis time a text names and whether it was a date converted to a decimal year.

    Numbers are taken as they are. On an axis in years, a quarter ("Q2 2026", "2026-Q2"), a month
    ("2026-03") or a day ("2026-03-15") becomes the decimal year at its start, counting months as
    twelfths of the year (Q2 2026 and 2026-04 are 2026.25, 2026-03 is 2026.1667).
    """
    raw = text.strip()
    try:
        return float(raw), False
    except ValueError:
        pass
    if unit != "year":
        raise TimeTextError(f"{raw!r} is not a number (the study's time unit is '{unit}', so dates cannot be converted)")
    try:
        if match := _QUARTER.match(raw):
            quarter = int(match.group(1) or match.group(4))
            year = int(match.group(2) or match.group(3))
            return year + (quarter - 1) / 4, True
        if match := _MONTH.match(raw):
            return _month_start(int(match.group(1)), int(match.group(2))), True
        if match := _DAY.match(raw):
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            days = (dt.date(day.year + day.month // 12, day.month % 12 + 1, 1) - day.replace(day=1)).days
            return _month_start(day.year, day.month) + (day.day - 1) / days / 12, True
    except ValueError as error:  # month 13, 30 February
        raise TimeTextError(f"{raw!r} is not a date ({error})") from error
    raise TimeTextError(f"{raw!r} is not a time: give a number on the axis, or a date such as 2026-03 or Q2 2026")
