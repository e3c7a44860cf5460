"""Test set-up shared by every package: Qt runs offscreen."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks the terminal's language; the tests read its English unless told otherwise.
os.environ.setdefault("PROSPECTIVA_LANGUAGE", "en")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


import pytest  # noqa: E402 - after the environment above, which Qt reads when it is first imported


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, collecting garbage on the GUI thread only, as the app's own does."""
    from ui.main_thread_gc import collect_in_main_thread

    collect_in_main_thread(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _collect_between_tests():
    """Give the GUI-thread collector its turn after each test, so cycles never pile up across tests."""
    yield
    import gc

    if not gc.isenabled():
        from PySide6.QtCore import QCoreApplication

        from ui.main_thread_gc import collect_in_main_thread

        app = QCoreApplication.instance()
        if app is not None:
            collect_in_main_thread(app).check()
