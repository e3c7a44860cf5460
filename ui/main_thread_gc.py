"""Python's cycle collector runs on the GUI thread only, from a timer, never on a worker thread.

Left automatic, the collector runs on whichever thread happens to allocate when a threshold is
crossed: often the native-compile or band thread, which allocate the most. If the garbage it finds
holds a Qt widget (a closed dialog caught in a reference cycle), the widget is destroyed on that
worker thread while the GUI thread deletes other objects; with PySide 6.9 the two then wait on each
other (Qt's object mutex against Python's GIL) and the window freezes for good. Collecting on the GUI
thread, in the same generations and at the same thresholds Python would use, removes that race.
Reference counting, which frees almost everything, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000  # cycles wait at most this long; a check with nothing to do costs microseconds


class MainThreadCollector(QObject):
    """Disable automatic collection and collect on a timer of the GUI thread instead."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collect the generations whose counts passed Python's own thresholds, youngest first."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


def collect_in_main_thread(app: QCoreApplication) -> MainThreadCollector:
    """Install the collector on the application once; return it (the same one on every call)."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
