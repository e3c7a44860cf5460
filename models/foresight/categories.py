"""A driver's STEEP category as people read it: files keep the stable English key, people see their language's word."""

from __future__ import annotations

import unicodedata

from models.foresight.domain import CATEGORIES, Category
from models.i18n import QT_TRANSLATE_NOOP, translate

# The key stored in study files and the library -> the word shown (translated where it is shown).
WORDS: dict[str, str] = {
    "social": QT_TRANSLATE_NOOP("Categories", "social"),
    "technological": QT_TRANSLATE_NOOP("Categories", "technological"),
    "economic": QT_TRANSLATE_NOOP("Categories", "economic"),
    "environmental": QT_TRANSLATE_NOOP("Categories", "environmental"),
    "political": QT_TRANSLATE_NOOP("Categories", "political"),
}


def category_text(category: str) -> str:
    """Return the word shown for a stored category, in the interface's language (an unknown key as it is)."""
    return translate("Categories", WORDS[category]) if category in WORDS else category


def category_choices() -> str:
    """Return the categories as people may type them, in the interface's language: "social, technological, …"."""
    return ", ".join(category_text(c) for c in CATEGORIES)


def _plain(text: str) -> str:
    # "Económico", "economico" and "ECONÓMICO" are one word to someone typing it.
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def category_of(text: str) -> Category | None:
    """Return the stored key for what a person typed: the word shown or the key, in any case, accents optional."""
    typed = _plain(text)
    for category in CATEGORIES:
        if typed in (_plain(category), _plain(category_text(category))):
            return category
    return None
