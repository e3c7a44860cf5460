"""The words of array refusals: what is not supported, and where it is."""

from __future__ import annotations


class ArrayError(ValueError):
    """An arrayed construct that cannot be expanded; the message names it."""


def unknown_subscript(name: str, variable: str) -> str:
    """Return the message for a subscript that is neither a dimension nor an element."""
    return f"'{name}' is not a dimension or an element of '{variable}'"


def too_many(total: int, limit: int) -> str:
    """Return the message for a model whose arrays expand past the variable limit."""
    return (f"its arrays expand to {total:,} variables (one per element); at most {limit:,} are allowed, "
            "so the model is not imported")


def free_dimension(name: str) -> str:
    """Return the message for a dimension left unbound outside SUM, PROD, MIN, MAX or MEAN."""
    return (f"the dimension '{name}' is not one of the variable's own, so it can only appear inside "
            "SUM, PROD, MIN, MAX, MEAN or SIZE")


def wrong_count(variable: str, expected: int, found: int) -> str:
    """Return the message for a subscripted reference with too few or too many subscripts."""
    return f"'{variable}' has {expected} dimension(s) but is given {found} subscript(s)"


def not_arrayed(variable: str) -> str:
    """Return the message for subscripts on a variable that has no dimensions."""
    return f"'{variable}' is subscripted but has no dimensions"
