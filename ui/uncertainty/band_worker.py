"""Compute fan-chart bands in a helper process; the newest request wins and older work is never queued."""

from __future__ import annotations

import multiprocessing
import pickle
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QThread, Signal

from models.domain import Study
from models.engine.bands import serve


@dataclass
class BandResult:
    """Percentile rows per scenario for the requested variables, with what produced them."""

    stamp: int
    names: list[str]
    stats: dict[str, dict]  # scenario id -> stat -> (variables, times)
    frequency: dict[str, dict[str, float]]  # scenario id -> event name -> share of samples it happened in
    samples: int
    seconds: float


class BandWorker(QObject):
    """Run band requests one at a time in a helper process; requests made while one runs collapse into one.

    A process, not a thread: sampling runs Python between numpy calls, and a thread holding the GIL
    made each drag frame wait for it (38 ms a step instead of 12 on the sample study). It is fed
    through a pipe watched by the event loop: a process pool's own threads in this process took the
    GIL from the GUI thread for milliseconds at each request during a drag.
    """

    bands_ready = Signal(object)  # BandResult (a result whose stamp is older than `requested` is stale)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._process = None
        self._connection = None
        self._notifier: QSocketNotifier | None = None
        self._running: tuple[int, int] | None = None  # (stamp, samples) of the request being computed
        self._pending: tuple | None = None  # (stamp, study copy, scenario ids, variables, samples, seed)
        self.requested = 0
        self.delivered = 0
        self.destroyed.connect(lambda: self.shutdown())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        """Return whether results newer than the last delivered ones are on their way."""
        return self.delivered != self.requested

    def request(self, study: Study, scenario_ids: list[str], variables: list[str], samples: int, seed: int) -> int:
        """Ask for bands of these scenarios and variables as the study is now; return the request's stamp."""
        self.requested += 1
        wanted = list(dict.fromkeys(scenario_ids))
        if self._pending is not None and self._pending[3] == variables and self._pending[4] == samples:
            wanted = list(dict.fromkeys(self._pending[2] + wanted))  # not yet started: serve both at once
        # Pickled now, on this thread (about a millisecond, a fifth of a deep copy): edits made while
        # the request waits cannot reach it, and the helper process needs it pickled anyway.
        self._pending = (self.requested, pickle.dumps(study), wanted, list(variables), samples, seed)
        if self._running is None:
            self._start_pending()
        return self.requested

    def wait(self) -> None:
        """Block until every request has been computed and delivered (for tests and benchmarks)."""
        while self.busy:
            QCoreApplication.processEvents()
            if self._connection is not None and self._running is not None:
                self._connection.poll(0.001)  # back as soon as the answer is readable, not a whole sleep later
            else:
                QThread.msleep(1)

    def shutdown(self) -> None:
        """Stop the helper process and drop every request not yet delivered."""
        self._pending, self._running = None, None
        self.delivered = self.requested
        self._stop_helper()

    def _stop_helper(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        if self._process is not None:
            self._process.terminate()  # do not wait for a computation nobody will read
            self._process.join(1)
            self._process = None

    def _start_pending(self) -> None:
        request, self._pending = self._pending, None
        if request is None:
            return
        if self._process is None:
            # spawn, not fork: a forked copy of a process running Qt threads may deadlock.
            context = multiprocessing.get_context("spawn")
            self._connection, theirs = context.Pipe()
            self._process = context.Process(target=serve, args=(theirs,), daemon=True)
            self._process.start()
            theirs.close()
            self._notifier = QSocketNotifier(self._connection.fileno(), QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._answer_arrived)
        stamp, study, ids, variables, samples, seed = request
        self._running = (stamp, samples)
        try:
            self._connection.send((study, ids, variables, samples, seed))
        except OSError:  # the helper died: this request gets no bands, the next one starts a new helper
            self._finish(None, helper_died=True)

    def _answer_arrived(self) -> None:
        try:
            found = self._connection.recv()
        except (EOFError, OSError):  # the helper died (it may have been idle)
            if self._running is None:
                self._stop_helper()
            else:
                self._finish(None, helper_died=True)
            return
        self._finish(found)

    def _finish(self, found: dict | None, helper_died: bool = False) -> None:
        """Deliver a request's bands (None when its model failed to compile), then start the one waiting."""
        stamp, samples = self._running
        self._running = None
        self.delivered = stamp
        if helper_died:
            self._stop_helper()
        if found is not None:
            self.bands_ready.emit(BandResult(stamp, found["names"], found["stats"], found["frequency"], samples, found["seconds"]))
        self._start_pending()
