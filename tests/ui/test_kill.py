"""A process killed mid-session loses at most the last second of work."""

from __future__ import annotations

import textwrap

from storage.repository import open_library
from tests.ui.conftest import library_killed_after

CHILD = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, sys.argv[2])
    from PySide6.QtWidgets import QApplication
    from storage.repository import open_library
    from ui.main_window import MainWindow

    app = QApplication([])
    library = open_library(sys.argv[1])
    window = MainWindow(library)
    window.show()
    slider = window.assumptions.row("price").slider
    slider.setSliderDown(True)  # a drag under way: nothing is saved on release
    slider.setValue(900)
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    os.kill(os.getpid(), 9)
    """
)


def test_a_killed_process_keeps_changes_older_than_a_second(tmp_path):
    path = library_killed_after(tmp_path, CHILD)
    library = open_library(path)
    try:
        study = library.load_study(library.list_studies()[0].id)
        assert study.scenario_named("Base").overrides["price"] == 91.0
    finally:
        library.close()
