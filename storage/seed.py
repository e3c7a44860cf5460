"""Give a new library its first study, the bundled sample, through the ordinary importer."""

from __future__ import annotations

import os
from pathlib import Path

from storage.interchange import read_study_file
from storage.merge import ImportReport, import_study
from storage.repository import Library
from storage.sample_editions import sample_for

SEEDED = "library.seeded"


def seed_library_if_new(library: Library, sample_path: str | os.PathLike) -> ImportReport | None:
    """Import the sample into a library that has never held a study; return the report, or None."""
    # Remembered, so a user who deletes every study does not find the sample back.
    if library.get_setting(SEEDED, False):
        return None
    if library.list_studies():
        library.set_setting(SEEDED, True)
        return None
    sample_path = Path(sample_path)
    report = import_study(library, read_study_file(sample_path), origin=sample_path.name)
    library.set_setting(SEEDED, True)
    return report


def seed_library_in_language(library: Library, language: str) -> ImportReport | None:
    """Seed a new library with the sample written in `language` (the English one for a language without an edition)."""
    return seed_library_if_new(library, sample_for(language))
