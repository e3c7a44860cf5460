"""The headless code's words (undo texts, the command line) in the interface's language, without Qt.

The English source strings live in the window's catalogue, resources/i18n/prospectiva_es.ts: lupdate finds
its translate(context, text) calls here as it does in ui/, so one catalogue holds both and `python -m
ui.i18n.refresh` keeps it whole. The .ts is read as XML the first time Spanish is asked for.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUES = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LANGUAGES = ("en", "es")
_PLACE = re.compile(r"%(\d+)")
_language = "en"
_messages: dict[str, dict[tuple[str, str], list[str]]] = {}


def set_language(language: str) -> None:
    """Choose the language headless text is written in ("en", "es"); the window sets it with its own."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"no catalogue for language {language!r}; known: {', '.join(LANGUAGES)}")
    _language = language


def language() -> str:
    """Return the language headless text is written in."""
    return _language


def language_of_environment(environ: dict[str, str]) -> str:
    """Return the language a terminal asks for: PROSPECTIVA_LANGUAGE, else its locale (LC_ALL, LC_MESSAGES, LANG); English otherwise."""
    for name in ("PROSPECTIVA_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            code = value.split("_")[0].split(".")[0].lower()
            return code if code in LANGUAGES else "en"
    return "en"


def _catalogue(language: str) -> dict[tuple[str, str], list[str]]:
    if language not in _messages:
        found: dict[tuple[str, str], list[str]] = {}
        path = CATALOGUES / f"prospectiva_{language}.ts"
        if path.exists():
            for context in ET.parse(path).getroot().iter("context"):
                name = context.findtext("name") or ""
                for message in context.iter("message"):
                    translation = message.find("translation")
                    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                        continue
                    forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
                    if all(forms):
                        found[(name, message.findtext("source") or "")] = forms
        _messages[language] = found
    return _messages[language]


def translate(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """Return `source` in the current language; with a count `n`, its plural form, %n filled.

    English is the source: its "(s)" is resolved by the count. A message the catalogue lacks stays English.
    """
    del disambiguation  # for lupdate's sake: the catalogue is keyed by context and source
    text = source
    if _language != "en":
        forms = _catalogue(_language).get((context, source))
        if forms:
            # Spanish has two forms: one for exactly one, the other for every other count.
            text = forms[0] if n == 1 or len(forms) == 1 else forms[-1]
    if n >= 0:
        text = text.replace("(s)", "" if n == 1 else "s").replace("%n", str(n))
    return text


def fill(template: str, *values: object) -> str:
    """Return `template` with %1, %2 … replaced by `values` in one pass, so a value that holds "%2" stays as it is."""
    def place(match: re.Match[str]) -> str:
        k = int(match.group(1))
        return str(values[k - 1]) if 0 < k <= len(values) else match.group(0)
    return _PLACE.sub(place, template)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for the catalogue under `context`; return it untranslated (translated where it is used)."""
    return text
