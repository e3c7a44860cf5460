"""Times a person types and reads in a field: "Q2 2031" (T2 2031 in Spanish), a year, or a number on the axis.

What is shown can be typed back unchanged: a time on a quarter is shown as the quarter, a whole year
as the year, anything else as the number it is, in the interface's decimal mark.
"""

from __future__ import annotations

import math
import re

from models.formatting import ON_GRID, QUARTER_LETTER, SEPARATORS, people_locale
from models.timeline import parse_time
from ui.editor.typed_numbers import parse_number, show_number

YEARS = ("year", "years", "yr")


def read_time(text: str, unit: str, locale: str | None = None) -> float:
    """Return a typed time: a number in the language's or a file's notation, or a date such as Q2 2026 or 2026-04.

    Raises TimeTextError (a ValueError) naming the text when it is neither.
    """
    try:
        return parse_number(text, locale)
    except ValueError:
        return parse_time(text, unit)[0]


def split_times(text: str, locale: str | None = None) -> list[str]:
    """Split a typed list of times on ";", or on "," (only ", " where the language writes decimal commas)."""
    if ";" in text:
        parts = text.split(";")
    elif SEPARATORS[locale or people_locale()][0] == ",":
        parts = re.split(r",\s+", text)
    else:
        parts = text.split(",")
    return [p.strip() for p in parts if p.strip()]


def show_time(t: float, unit: str, locale: str | None = None) -> str:
    """Return a time for a field: the quarter or the year it is, else its number (which reads back the same)."""
    locale = locale or people_locale()
    if unit.lower() in YEARS:
        year = math.floor(t + ON_GRID)
        quarters = (t - year) * 4
        if abs(quarters) < ON_GRID * 4:
            return str(year)
        if abs(quarters - round(quarters)) < ON_GRID * 4:
            return f"{QUARTER_LETTER[locale]}{round(quarters) + 1} {year}"
    return show_number(round(t, 9), locale)


def show_times(times: list[float], unit: str, locale: str | None = None) -> str:
    """Return times for a field, separated so that `split_times` reads them back ("; " beside decimal commas)."""
    locale = locale or people_locale()
    separator = "; " if SEPARATORS[locale][0] == "," else ", "
    return separator.join(show_time(t, unit, locale) for t in times)
