"""The sample study in each interface language, and which edition a new library is given.

One study per language rather than one study with labels in both: a study's text is what its people
edit, export and send, and a second set of labels would have to be kept in step by hand in every
editor, file and brief. The editions share one model (names, equations, numbers) and are two studies
(their ids differ, so one library can hold both); the Spanish one is generated from the English one and
a translation table (python -m storage.sample_editions.translate).
"""

from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
ENGLISH = SAMPLES / "bolivia-paz-pivot.json"
EDITIONS = {"en": ENGLISH, "es": SAMPLES / "bolivia-paz-pivot.es.json"}


def sample_for(language: str) -> Path:
    """Return the sample study written in `language`; English for a language without an edition."""
    return EDITIONS.get(language, ENGLISH)
