"""Spanish runs about a fifth longer than English: at 1024×768 no label of the main window or the room's screen is cut."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from storage.repository import open_library
from storage.seed import seed_library_if_new
from tests.ui.screen_checks import labels_problems
from tests.ui.test_screen_sizes import settle
from ui.i18n import install_language, remove_language
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
SHOTS = os.environ.get("PROSPECTIVA_SCREENSHOTS")


@pytest.fixture
def window(qtbot, tmp_path, qapp):
    translators = install_language("es")
    library = open_library(tmp_path / "library.sqlite")
    seed_library_if_new(library, SAMPLE)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    scheduler = window.session.scheduler
    qtbot.waitUntil(lambda: scheduler.delivered == scheduler.requested, timeout=10000)
    yield window
    window.close()
    library.close()
    remove_language(translators)


def test_the_main_window_fits_its_spanish_at_1024(window):
    assert labels_problems(window) == []
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "main-es-1024.png"))


def test_the_rooms_screen_fits_its_spanish_at_1024(qtbot, window):
    window.workshop.toggle_presentation()
    view = window.workshop.view
    assert view is not None
    qtbot.waitExposed(view)
    view.showNormal()
    settle(qtbot, window, view, 1024, 768)
    assert labels_problems(view) == []
    assert "próx.&nbsp;6&nbsp;meses" in view.horizons.text()  # the default horizons are named in Spanish
    if SHOTS:
        view.grab().save(str(Path(SHOTS) / "workshop-es-1024.png"))
    window.workshop.toggle_presentation()
