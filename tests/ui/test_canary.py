"""The Qt binding in use does not leak references to None (PySide6 6.12.0 on Python 3.11 does)."""

import sys

from PySide6.QtCore import QObject


def test_qt_calls_returning_nothing_keep_none_refcount():
    obj = QObject()
    obj.parent()  # the first call may cache something that holds None once
    before = sys.getrefcount(None)
    for _ in range(1000):
        obj.parent()
    # Counted before the assert: pytest's rewritten assert itself holds extra references to None.
    change = sys.getrefcount(None) - before
    assert change == 0
