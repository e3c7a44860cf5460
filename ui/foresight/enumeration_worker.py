"""Enumerate a morphological box on a thread of its own: progress, the best found so far, and a stop.

A 4^12 box takes seconds; the window must keep drawing meanwhile. The thread works on a copy of the
box, so edits made while it runs never race with it. Its lifetime is its own: it has no Qt parent (a
view being deleted cannot destroy it while it runs), a module-level set keeps it alive until it
finishes, and when the application quits every one still running is stopped and waited for.
"""

from __future__ import annotations

import copy
import threading

from PySide6.QtCore import QCoreApplication, QThread, Signal

from models.foresight.box import Enumeration, enumerate_consistent
from models.foresight.domain import Morphology

_running: set[EnumerationWorker] = set()  # strong references until each thread has finished
_quit_hooked = False


class EnumerationWorker(QThread):
    """List a box's consistent combinations off the GUI thread; `stop()` ends it at the next block."""

    progressed = Signal(float)  # share of the box crossed, 0..1
    found_so_far = Signal(object)  # an Enumeration of the best found so far (not final)
    done = Signal(object)  # the final Enumeration (its `cancelled` says whether it was stopped)

    def __init__(self, morphology: Morphology, floor: float, keep: int = 200):
        super().__init__()
        self._box = copy.deepcopy(morphology)
        self._floor = floor
        self._keep = keep
        self._stop = threading.Event()
        self.result: Enumeration | None = None

    def start(self, *args, **kwargs) -> None:
        """Start listing; the worker keeps itself alive until it has finished."""
        _hook_quit()
        _running.add(self)
        self.finished.connect(self._forget)
        super().start(*args, **kwargs)

    def stop(self) -> None:
        """Ask the listing to end at its next block (it then reports what it found, marked cancelled)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        """Say whether the worker was asked to stop."""
        return self._stop.is_set()

    def run(self) -> None:
        """Cross the box, reporting progress and the best so far as it goes."""

        def check(progress: float) -> bool:
            self.progressed.emit(progress)
            return not self._stop.is_set()

        self.result = enumerate_consistent(self._box, floor=self._floor, keep=self._keep, check=check,
                                           found_so_far=self.found_so_far.emit)
        self.done.emit(self.result)

    def _forget(self) -> None:
        # `finished` comes as the thread ends: wait the last moment out, so dropping the last reference can
        # never destroy a thread still running. Whoever still holds the worker can use it (no deleteLater).
        self.wait()
        _running.discard(self)


def running() -> list[EnumerationWorker]:
    """Return the workers still running (for tests and for quitting)."""
    return list(_running)


def stop_all() -> None:
    """Stop every running worker and wait for it: nothing may run on once the application quits."""
    for worker in list(_running):
        worker.stop()
    for worker in list(_running):
        worker.wait()


def _hook_quit() -> None:
    global _quit_hooked
    app = QCoreApplication.instance()
    if app is not None and not _quit_hooked:
        app.aboutToQuit.connect(stop_all)
        _quit_hooked = True
