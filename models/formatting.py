"""Numbers and times for people: one formatter for tables, charts, workbooks and briefs.

Files for machines (the study file, tidy CSV) keep plain numbers; everything a person reads goes
through here, so "−1.479" never sits beside "-0.3496" and a quarter reads "Q3 2026", not "2026.5".
"""

from __future__ import annotations

import math
from collections.abc import Iterable

# The separators a person expects: (decimal mark, thousands group). Files for machines never come here.
SEPARATORS = {"en": (".", ","), "es": (",", ".")}
_people_locale = "en"

MINUS = "\u2212"  # the true minus sign: as wide as "+", and not a hyphen that a line may break at
SIGNIFICANT = 4
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Month abbreviations and the quarter's letter ("T3 2026": trimestre) as each language writes them.
MONTHS_BY_LOCALE = {"en": MONTHS, "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")}
QUARTER_LETTER = {"en": "Q", "es": "T"}
# Tolerance when deciding that a time sits on a quarter or a month (decimal years carry float error).
ON_GRID = 1e-6


def set_people_locale(locale: str) -> None:
    """Choose the locale ("en", "es") used when a caller passes none; the window sets it once at start."""
    global _people_locale
    if locale not in SEPARATORS:
        raise ValueError(f"no number format for locale {locale!r}; known: {', '.join(sorted(SEPARATORS))}")
    _people_locale = locale


def people_locale() -> str:
    """Return the locale numbers for people are formatted in when a caller passes none."""
    return _people_locale


def localise(text: str, locale: str | None = None) -> str:
    """Return a number written with "." and "," in the separators of `locale`."""
    decimal, group = SEPARATORS[locale or _people_locale]
    if (decimal, group) == (".", ","):
        return text
    return text.translate(str.maketrans(".,", decimal + group))


def _words(value: float) -> str | None:
    if math.isnan(value):
        return "undefined"
    if math.isinf(value):
        return "∞" if value > 0 else f"{MINUS}∞"
    return None


def decimals_for(magnitude: float, significant: int = SIGNIFICANT) -> int:
    """Return how many decimals show `significant` digits of a number of this size (none for 1,000 and up)."""
    if magnitude == 0 or not math.isfinite(magnitude):
        return 0
    return max(0, significant - 1 - math.floor(math.log10(abs(magnitude))))


def format_number(value: float, decimals: int, group: bool = True, signed: bool = False, locale: str | None = None) -> str:
    """Return a number with fixed decimals, thousands grouped, a true minus sign, and "+" if `signed`."""
    words = _words(value)
    if words is not None:
        return words
    text = f"{abs(value):{',' if group else ''}.{decimals}f}"
    negative = value < 0 and any(c not in "0.," for c in text)  # −0.00 is shown as 0.00
    sign = MINUS if negative else ("+" if signed and text.strip("0.,") else "")
    return sign + localise(text, locale)


def format_value(value: float, trim: bool = False, group: bool | None = None, signed: bool = False,
                 locale: str | None = None) -> str:
    """Return a number with about four significant digits, and words for non-finite values.

    `trim` drops trailing zeros; `group` forces thousands separators on or off (by default only
    from 10,000, since four-digit numbers are often years).
    """
    words = _words(value)
    if words is not None:
        return words
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 1e7 or magnitude < 1e-3:
        text = localise(f"{magnitude:.3g}", locale)
        return (MINUS if value < 0 else "+" if signed else "") + text
    text = format_number(value, decimals_for(magnitude), group=magnitude >= 10_000 if group is None else group,
                         signed=signed, locale=locale)
    decimal = SEPARATORS[locale or _people_locale][0]
    return text.rstrip("0").rstrip(decimal) if trim and decimal in text else text


def format_column(values: Iterable[float], signed: bool = False, locale: str | None = None) -> list[str]:
    """Return a column of numbers with one number of decimals for all: enough for four digits of the largest."""
    values = list(values)
    finite = [abs(v) for v in values if math.isfinite(v)]
    largest = max(finite, default=0.0)
    if largest >= 1e7 or (0 < largest < 1e-3):
        return [format_value(v, signed=signed, locale=locale) for v in values]
    decimals = decimals_for(largest)
    group = largest >= 10_000
    return [format_number(v, decimals, group=group, signed=signed, locale=locale) for v in values]


def format_time(t: float, step: float | None = None, unit: str = "year", locale: str | None = None) -> str:
    """Return a time for people: a year ("2031"), a quarter ("Q3 2026") or a month ("Jun 2027").

    Times on an axis counted in years are decimal years (2026.5 is the start of July 2026). With a
    step, the label is as fine as the step; without one, as fine as the time needs.
    """
    if unit.lower() not in ("year", "years", "yr"):
        shown = format_value(t, trim=True, group=False, locale=locale)
        return f"{unit} {shown}".strip() if unit else shown
    locale = locale or _people_locale
    year = math.floor(t + ON_GRID)
    fraction = t - year
    # A whole year reads as the year; so does any time on an axis that steps by years.
    if fraction < ON_GRID or (step is not None and step >= 1 - ON_GRID):
        return str(year)
    quarters = fraction * 4
    on_quarter = abs(quarters - round(quarters)) < ON_GRID * 4
    quarterly = step is not None and abs(step * 4 - round(step * 4)) < ON_GRID * 4
    if quarterly or (step is None and on_quarter):
        return f"{QUARTER_LETTER[locale]}{min(4, math.floor(quarters + ON_GRID) + 1)} {year}"
    month = min(11, math.floor(fraction * 12 + ON_GRID))
    return f"{MONTHS_BY_LOCALE[locale][month]} {year}"


def format_span(start: float, end: float, step: float | None = None, unit: str = "year") -> str:
    """Return a stretch of time for people: "Q1 2025 to Q4 2026"."""
    return f"{format_time(start, step, unit)} to {format_time(end, step, unit)}"
