"""A new library opened in Spanish starts on the Spanish edition of the sample study; in English on the English one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator

from storage.repository import open_library
from tests.ui.test_app import close_main_window_soon
from ui import app as app_module
from ui.i18n import remove_language
from ui.session.view_settings import LibraryChoices


@pytest.mark.parametrize(("language", "title"), [("es", "Bolivia: el giro de Paz"), ("en", "Bolivia: the Paz Pivot")])
def test_the_first_start_seeds_the_sample_in_the_library_s_language(qapp, tmp_path, language, title):
    path = tmp_path / "new.sqlite"
    with open_library(path) as library:
        # What the first start writes from the system locale, or View ▸ Language before any study exists.
        LibraryChoices(library).language = language
    seen: list = []
    close_main_window_soon(seen)
    try:
        assert app_module.run_gui(path) == 0
    finally:
        remove_language(qapp.findChildren(QTranslator))  # the window's translators outlive it: back to English
    assert [study_title for _, study_title, _ in seen] == [title]
    with open_library(path) as library:
        assert [s.title for s in library.list_studies()] == [title]
