"""Numbers a person types, in the interface's language: "0,25" and "1.250,5" in Spanish, "0.25" and "1,250.5" in English.

Files keep their locale-free numbers; this is only for what is typed into a field and shown back in it.
"""

from __future__ import annotations

import re

from models.formatting import MINUS, SEPARATORS, localise, people_locale

# A group separator stands between digits in groups of exactly three ("1.250", "12.125.000").
_GROUPED = {mark: re.compile(rf"^[+-]?\d{{1,3}}(\{mark}\d{{3}})+(\D|$)") for mark in (",", ".")}


def parse_number(text: str, locale: str | None = None) -> float:
    """Return the number a person typed; raise ValueError naming the text when it is not one.

    The language's decimal mark is the decimal mark. The other mark groups thousands when it sits before groups of
    three digits; otherwise it is taken as a decimal mark too, since a number pasted from a file ("0.25") keeps its point.
    """
    decimal, group = SEPARATORS[locale or people_locale()]
    cleaned = text.strip().replace(MINUS, "-").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if not cleaned:
        raise ValueError(f"{text!r} is empty")
    if group in cleaned and (decimal in cleaned or _GROUPED[group].match(cleaned)):
        cleaned = cleaned.replace(group, "")
    cleaned = cleaned.replace(decimal, ".").replace(group, ".")
    if cleaned.count(".") > 1:
        raise ValueError(f"{text!r} is not a number")
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError(f"{text!r} is not a number") from None


def show_number(value: float, locale: str | None = None) -> str:
    """Return a number for an edit field: every significant digit it needs, in the language's decimal mark, no grouping."""
    return localise(f"{value:.15g}", locale)
