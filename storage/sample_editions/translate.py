"""Write a language's edition of the sample study from the English one and a translation table.

Only text a person reads is replaced: titles, labels, units, descriptions, sources, narratives, notes,
names of scenarios, events, signposts and of the foresight work. Variable names, equations and numbers
are copied, so both editions project the same numbers. Scenario parents and a scenario's events are
referred to by name, and follow their translation.

The edition's ids (study, variables, events, scenarios, signposts: every UUID, and every reference to
one) are derived from the English ids, so the two editions are two studies: a library that holds one
and imports the other keeps both side by side, instead of merging Spanish scenarios into an English
model whose events they name differently.

Regenerate after the English sample changes:  python -m storage.sample_editions.translate
A string of the English edition the table lacks is named, and nothing is written.
"""

from __future__ import annotations

import json
import re
import sys
import uuid
from pathlib import Path
from typing import Any

from storage.sample_editions import EDITIONS, ENGLISH
from storage.sample_editions.bolivia_es import STUDY
from storage.sample_editions.bolivia_es_coefficients import COEFFICIENTS
from storage.sample_editions.bolivia_es_foresight import FORESIGHT

# The Spanish table, kept in three modules by part of the study; one dict here, in the file's order.
TABLE = {**STUDY, **COEFFICIENTS, **FORESIGHT}

TEXT_KEYS = frozenset({"title", "description", "label", "unit", "source", "name", "narrative", "note", "motivation",
                       "group", "owner"})
# Where a text key holds part of the model instead: a variable's name is what equations use, and the
# time axis's unit is the engine's own word.
MODEL_FIELDS = {("study.variables", "name"), ("study.time", "unit")}


UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
EDITION_IDS = uuid.UUID("5b0c4c1e-6f0a-4a57-9d2e-3b8f2c1a7e44")  # the namespace the editions' ids are made in


def edition_id(english_id: str, language: str) -> str:
    """Return the id an edition in `language` gives what the English edition calls `english_id`."""
    return str(uuid.uuid5(EDITION_IDS, f"{language}:{english_id}"))


class MissingTranslation(ValueError):
    """The table has no translation for some of the English edition's text."""

    def __init__(self, missing: list[str]):
        shown = "\n".join(f"  {text[:90]!r}" for text in missing)
        super().__init__(f"{len(missing)} text(s) of the English sample have no translation in the table:\n{shown}")
        self.missing = missing


def translate_study(english: dict[str, Any], table: dict[str, str], language: str = "es") -> dict[str, Any]:
    """Return a copy of the study file `english` with its people's text replaced through `table`, its ids renewed."""
    missing: list[str] = []

    def text(value: str) -> str:
        if not value:
            return value
        if value not in table:
            if value not in missing:
                missing.append(value)
            return value
        return table[value]

    def walk(node: Any, path: str) -> Any:
        if isinstance(node, list):
            return [walk(item, path) for item in node]
        if isinstance(node, str) and UUID.match(node):
            return edition_id(node, language)  # an id, or a reference to one (points_to, matrix.reference)
        if not isinstance(node, dict):
            return node
        copied: dict[str, Any] = {}
        for key, value in node.items():
            inner = f"{path}.{key}" if path else key
            if path == "scenarios" and key == "parent" and isinstance(value, str):
                copied[key] = text(value)  # a parent is named, not numbered
            elif path == "scenarios" and key == "events" and isinstance(value, dict):
                copied[key] = {text(name): on for name, on in value.items()}
            elif path == "scenarios" and key == "assumptions":
                copied[key] = value  # keyed by variable name; values are numbers or paths
            elif isinstance(value, str) and key in TEXT_KEYS and (path, key) not in MODEL_FIELDS:
                copied[key] = text(value)
            else:
                copied[key] = walk(value, inner)
        return copied

    translated = walk(english, "")
    if missing:
        raise MissingTranslation(missing)
    return translated  # type: ignore[no-any-return]


def edition_text(language: str) -> str:
    """Return the file text of the sample in `language`, as written to its edition's path."""
    if language != "es":
        raise ValueError(f"no translation table for language {language!r}; known: es")
    english = json.loads(ENGLISH.read_text(encoding="utf-8"))
    return json.dumps(translate_study(english, TABLE, language), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    """Write the Spanish edition beside the English one; say what was written or what is missing."""
    try:
        text = edition_text("es")
    except MissingTranslation as error:
        print(error, file=sys.stderr)
        return 1
    target: Path = EDITIONS["es"]
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
