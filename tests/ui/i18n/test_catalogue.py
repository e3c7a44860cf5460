"""The Spanish catalogue covers the source: lupdate finds no message without a translation, so an English string
added to ui/ without its Spanish fails here, not in front of a user."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from ui.i18n import refresh


def lupdate_into(tmp_path):
    """Run the README's refresh on a copy of the catalogue; return the copy, as lupdate left it."""
    try:
        refresh.tool("pyside6-lupdate")
    except FileNotFoundError as missing:
        pytest.skip(f"lupdate is not installed beside this Python: {missing}")
    copy = tmp_path / "prospectiva_es.ts"
    shutil.copy(refresh.CATALOGUE, copy)
    refresh.update(copy)
    return copy


def test_lupdate_finds_no_message_left_untranslated(tmp_path):
    copy = lupdate_into(tmp_path)
    waiting = []
    for context in ET.parse(copy).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text for form in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f and f.strip() for f in forms):
                waiting.append(f"{name}: {message.findtext('source')!r}")
    assert waiting == [], "translate these in resources/i18n/prospectiva_es.ts, then run python -m ui.i18n.refresh --release"


def test_the_committed_catalogue_is_what_lupdate_makes_of_the_source(tmp_path):
    copy = lupdate_into(tmp_path)
    # Same messages in the same order: the committed .ts is refreshed, not hand-edited out of step.
    def messages(path):
        return [(c.findtext("name"), m.findtext("source")) for c in ET.parse(path).getroot().iter("context") for m in c.iter("message")]
    assert messages(copy) == messages(refresh.CATALOGUE)


def test_plural_messages_have_both_spanish_forms():
    for message in ET.parse(refresh.CATALOGUE).getroot().iter("message"):
        if message.get("numerus") == "yes":
            forms = [form.text for form in message.iter("numerusform")]
            assert len(forms) == 2 and forms[0] != forms[1], message.findtext("source")
