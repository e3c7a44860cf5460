"""The words of array refusals: what is not supported, and where it is."""

from __future__ import annotations

from models.formatting import localise
from models.i18n import fill, translate


class ArrayError(ValueError):
    """An arrayed construct that cannot be expanded; the message names it."""


def unknown_subscript(name: str, variable: str) -> str:
    """Return the message for a subscript that is neither a dimension nor an element."""
    return fill(translate("FileErrors", "'%1' is not a dimension or an element of '%2'"), name, variable)


def too_many(total: int, limit: int) -> str:
    """Return the message for a model whose arrays expand past the variable limit."""
    return fill(translate("FileErrors", "its arrays expand to %1 variables (one per element); at most %2 are allowed, so the model "
                                        "is not imported"), localise(f"{total:,}"), localise(f"{limit:,}"))


def free_dimension(name: str) -> str:
    """Return the message for a dimension left unbound outside SUM, PROD, MIN, MAX or MEAN."""
    return fill(translate("FileErrors", "the dimension '%1' is not one of the variable's own, so it can only appear inside "
                                        "SUM, PROD, MIN, MAX, MEAN or SIZE"), name)


def wrong_count(variable: str, expected: int, found: int) -> str:
    """Return the message for a subscripted reference with too few or too many subscripts."""
    return fill(translate("FileErrors", "'%1' has %2 dimension(s) but is given %3 subscript(s)"), variable, expected, found)


def not_arrayed(variable: str) -> str:
    """Return the message for subscripts on a variable that has no dimensions."""
    return fill(translate("FileErrors", "'%1' is subscripted but has no dimensions"), variable)
