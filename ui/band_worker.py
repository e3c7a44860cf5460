"""Compute fan-chart bands in a helper process; the newest request wins and older work is never queued."""

from __future__ import annotations

import multiprocessing
import pickle
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from models.bands import compute_bands
from models.domain import Study


@dataclass
class BandResult:
    """Percentile rows per scenario for the requested variables, with what produced them."""

    stamp: int
    names: list[str]
    stats: dict[str, dict]  # scenario id -> stat -> (variables, times)
    frequency: dict[str, dict[str, float]]  # scenario id -> event name -> share of samples it happened in
    samples: int
    seconds: float


class _Relay(QObject):
    """Carry a finished job's result to the GUI thread (a queued signal)."""

    finished = Signal(object)


class BandWorker(QObject):
    """Run band requests one at a time in a helper process; requests made while one runs collapse into one.

    A process, not a thread: sampling runs Python between numpy calls, and a thread holding the GIL
    made each drag frame wait for it (38 ms a step instead of 12 on the sample study).
    """

    bands_ready = Signal(object)  # BandResult (a result whose stamp is older than `requested` is stale)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._job_finished)
        self._executor: ProcessPoolExecutor | None = None
        self._running = False
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
        if not self._running:
            self._start_pending()
        return self.requested

    def wait(self) -> None:
        """Block until every request has been computed and delivered (for tests and benchmarks)."""
        while self.busy:
            QCoreApplication.processEvents()
            QThread.msleep(1)

    def shutdown(self) -> None:
        """Stop the helper process."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _start_pending(self) -> None:
        request, self._pending = self._pending, None
        if request is None:
            return
        if self._executor is None:
            # spawn, not fork: a forked copy of a process running Qt threads may deadlock.
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        self._running = True
        stamp, study, ids, variables, samples, seed = request
        future = self._executor.submit(compute_bands, study, ids, variables, samples, seed)
        # The callback runs on the executor's own thread; the relay's signal queues it to the GUI thread.
        future.add_done_callback(lambda done: self._relay.finished.emit((stamp, samples, done)))

    def _job_finished(self, outcome: tuple[int, int, Future]) -> None:
        stamp, samples, future = outcome
        self._running = False
        self.delivered = stamp
        try:
            found = future.result()
        except Exception:  # the helper process died or was shut down: the next request starts a new one
            found, self._executor = None, None
        if found is not None:
            self.bands_ready.emit(BandResult(stamp, found["names"], found["stats"], found["frequency"], samples, found["seconds"]))
        self._start_pending()
