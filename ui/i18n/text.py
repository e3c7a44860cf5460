"""Fill a translated sentence's numbered places (%1, %2 …): a sentence is translated whole, never glued from pieces."""

from __future__ import annotations

from models.formatting import localise
from models.i18n import fill

__all__ = ["QT_TRANSLATE_NOOP", "counted", "fill", "people_number"]


def people_number(value: float, spec: str) -> str:
    """Return `value` formatted by a Python format spec (",", ".1f", ".0%") in the separators of the interface's language."""
    return localise(format(value, spec))


def counted(text: str, n: int) -> str:
    """Return a counted sentence with the English source's "(s)" resolved by `n`.

    A translated sentence carries its own plural forms, chosen by the catalogue from the count passed to translate();
    English is the source and has no catalogue, so its "warning(s)" becomes "warning" or "warnings" here.
    """
    return text.replace("(s)", "" if n == 1 else "s")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for the catalogue under `context` and return it untranslated (translated where it is shown).

    Qt's own returns `object` to the type checker; this one says it is a string.
    """
    return text
