"""A process killed mid-session keeps every change the autosave has written, mid-drag included.

How soon after a change the autosave writes it is a matter of time, and time on a loaded machine
is not the app's: `benchmarks/autosave.py` measures it. Here the child waits for the autosave to
report a save (however long the machine takes), then kills itself without any clean-up.
"""

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
    saves = []
    window.session.autosave.saved.connect(lambda: saves.append(True))
    deadline = time.monotonic() + 30.0  # only so a broken autosave ends the test; not a speed claim
    while not saves and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    os.kill(os.getpid(), 9)
    """
)


def test_a_killed_process_keeps_a_change_made_mid_drag_once_autosaved(tmp_path):
    path = library_killed_after(tmp_path, CHILD)
    library = open_library(path)
    try:
        study = library.load_study(library.list_studies()[0].id)
        assert study.scenario_named("Base").overrides["price"] == 91.0
    finally:
        library.close()
