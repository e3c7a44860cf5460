"""The compute service: sampling work runs in one spawned worker process; the newest request of a kind wins.

Every request gets a stamp. One request runs at a time; a newer request of the same kind replaces
one still waiting and, unless it says otherwise, cancels the one running. A result whose request
was cancelled, or that is older than one already delivered for its kind, is dropped. If the worker
dies, the service starts another and runs the interrupted request again (once).
"""

from __future__ import annotations

import multiprocessing
import pickle
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from models.domain import Study
from ui.compute.receiver import AnswerReceiver
from ui.compute.worker import Problem, serve
from ui.i18n.text import QT_TRANSLATE_NOOP

RETRIES = 1  # a request the worker died on runs once more; a second death is reported, not retried forever
STOP_WAIT = 0.5  # seconds a stopping worker gets to exit by itself before it is terminated
DIED = QT_TRANSLATE_NOOP("ComputeService", "The computation stopped unexpectedly (its worker process ended) twice in a row, so it was given up.")


@dataclass(frozen=True)
class Answer:
    """A request's result, with what produced it."""

    kind: str
    stamp: int
    value: Any
    seconds: float  # spent in the worker


@dataclass(frozen=True)
class Failure:
    """Why a request has no result."""

    kind: str
    stamp: int
    model_broken: bool  # the study's model does not compile (the Problems panel says why)
    message: str


@dataclass
class _Request:
    stamp: int
    kind: str
    study: Study | None  # pickled only when sent: a request replaced while it waits costs nothing
    params: dict
    tries: int = 0


class ComputeService(QObject):
    """Run sampling requests in a worker process and deliver their stamped results on the GUI thread."""

    result_ready = Signal(object)  # Answer
    failed = Signal(object)  # Failure
    progressed = Signal(str, int, float)  # kind, stamp, share of the work done
    cancelled = Signal(str, int)  # kind, stamp of a request that will never be answered

    def __init__(self, parent: QObject | None = None, native: bool = False, native_cache: str | None = None):
        """With `native`, the worker compiles each model to native code in the background (cached in
        `native_cache`) and samples through it once ready; numpy samples meanwhile and without llvmlite."""
        super().__init__(parent)
        self._native = (native, native_cache)
        self._context = multiprocessing.get_context("spawn")  # spawn everywhere: a fork of a Qt process may deadlock
        self._cancel = None  # shared number: the stamp the worker should stop computing
        self._process: BaseProcess | None = None
        self._requests: Connection | None = None  # our end of the request pipe
        self._receiver: AnswerReceiver | None = None
        self._generation = 0
        self._stamp = 0
        self._queue: dict[str, _Request] = {}  # kind -> the request waiting to run
        self._running: _Request | None = None
        self._dropped: set[int] = set()  # stamps cancelled while running
        self._delivered: dict[str, int] = {}  # kind -> newest stamp delivered
        self._closed = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- asking ----------------------------------------------------------------------------------

    def request(self, kind: str, study: Study | None, params: dict, *, cancel_running: bool = True,
                progress: bool = False, merge: Callable[[dict, dict], dict] | None = None) -> int:
        """Ask for a computation of this kind on the study; return the request's stamp.

        The worker sees the study as it is when the request is sent to it: as it is now if the worker
        is idle, else as it is when the worker is done with what it runs (never older than now).

        A request of the same kind still waiting is replaced (`merge(waiting, new)` may combine
        their parameters); with `cancel_running`, one running is cancelled too. With `progress`,
        `progressed` reports the share done as the worker goes.
        """
        self._stamp += 1
        stamp = self._stamp
        if self._closed:
            self.cancelled.emit(kind, stamp)
            return stamp
        waiting = self._queue.pop(kind, None)
        if waiting is not None:
            if merge is not None:
                params = merge(waiting.params, params)
            self.cancelled.emit(kind, waiting.stamp)
        if cancel_running and self._running is not None and self._running.kind == kind:
            self._cancel_running()
        self._queue[kind] = _Request(stamp, kind, study, dict(params, progress=progress))
        self._start_next()
        return stamp

    def cancel(self, kind: str) -> None:
        """Drop the waiting and running requests of this kind; none of them will be answered."""
        waiting = self._queue.pop(kind, None)
        if waiting is not None:
            self.cancelled.emit(kind, waiting.stamp)
        if self._running is not None and self._running.kind == kind:
            self._cancel_running()

    def pending(self, kind: str | None = None) -> bool:
        """Return whether requests (of this kind) are waiting or running."""
        running = self._running is not None and self._running.stamp not in self._dropped and (kind is None or self._running.kind == kind)
        return running or (kind in self._queue if kind is not None else bool(self._queue))

    def wait(self, kind: str | None = None, timeout: float = 120.0) -> None:
        """Process events until no request (of this kind) is pending (for tests and benchmarks)."""
        deadline = time.monotonic() + timeout
        heartbeat = QTimer()  # wakes the blocking wait below now and then, so the deadline is seen
        heartbeat.start(50)
        try:
            while self.pending(kind):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the compute worker did not answer within {timeout:g} s")
                # Blocks until an event arrives: an answer wakes it at once, not a sleep later.
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        finally:
            heartbeat.stop()

    @property
    def worker_pid(self) -> int | None:
        """Return the worker process's id, or None when none runs."""
        return None if self._process is None else self._process.pid

    # -- stopping --------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the worker process and drop every request; later requests are not run."""
        self._closed = True
        self._queue.clear()
        if self._running is not None and self._cancel is not None:
            self._cancel.value = self._running.stamp  # stop sampling at once, so the worker can exit
        self._running = None
        self._stop_worker()

    def _stop_worker(self) -> None:
        self._generation += 1  # whatever the old worker still says is ignored
        process, self._process = self._process, None
        requests, self._requests = self._requests, None
        receiver, self._receiver = self._receiver, None
        if process is not None:
            try:
                if requests is not None:
                    requests.send(None)  # ask it to exit between requests
            except OSError:
                pass  # it is gone already
            process.join(STOP_WAIT)
            if process.is_alive():
                process.terminate()
                process.join(STOP_WAIT)
            if process.is_alive():
                process.kill()
                process.join()
        if requests is not None:
            requests.close()
        if receiver is not None:
            receiver.wait()  # the worker's end of the pipe closed with it, so its recv() has returned
            receiver.deleteLater()

    # -- running ---------------------------------------------------------------------------------

    def _cancel_running(self) -> None:
        running = self._running
        assert running is not None
        if running.stamp in self._dropped:
            return
        self._dropped.add(running.stamp)
        if self._cancel is not None:
            self._cancel.value = running.stamp
        self.cancelled.emit(running.kind, running.stamp)

    def _start_next(self) -> None:
        if self._running is not None or not self._queue or self._closed:
            return
        request = min(self._queue.values(), key=lambda r: r.stamp)
        del self._queue[request.kind]
        if self._process is None:
            try:
                self._start_worker()
            except OSError as error:  # out of processes or memory: say so, and try again at the next request
                self.failed.emit(Failure(request.kind, request.stamp, False, f"the compute worker could not start ({error})"))
                return
        assert self._requests is not None
        self._running = request
        # Pickled here, on the GUI thread, between edits: the worker gets a consistent copy.
        data = None if request.study is None else pickle.dumps(request.study)
        try:
            self._requests.send((request.stamp, request.kind, data, request.params))
        except OSError:
            pass  # the worker died just now: its receiver reports it, and the request runs again

    def _start_worker(self) -> None:
        if self._cancel is None:
            self._cancel = self._context.Value("q", 0, lock=False)
        ours, theirs = self._context.Pipe(duplex=False)  # requests: window -> worker
        answers, sender = self._context.Pipe(duplex=False)  # answers: worker -> window
        process = self._context.Process(target=serve, args=(ours, sender, self._cancel, *self._native), daemon=True,
                                        name="prospectiva-compute")
        process.start()
        # Only the worker may hold its ends: when it exits, our recv() must see the pipe close.
        ours.close()
        sender.close()
        self._generation += 1
        self._process, self._requests = process, theirs
        self._receiver = AnswerReceiver(answers, self._generation)
        self._receiver.received.connect(self._received)
        self._receiver.lost.connect(self._lost)
        self._receiver.start()

    def _received(self, generation: int, message: tuple) -> None:
        if generation != self._generation or self._running is None or message[1] != self._running.stamp:
            return
        request = self._running
        tag = message[0]
        if tag == "progress":
            if request.stamp not in self._dropped:
                self.progressed.emit(request.kind, request.stamp, message[2])
            return
        self._running = None
        dropped = request.stamp in self._dropped
        self._dropped.discard(request.stamp)
        self._start_next()  # the worker starts on the next request while this one is delivered
        if dropped or tag == "cancelled":
            return
        if tag == "failed":
            problem: Problem = message[2]
            self.failed.emit(Failure(request.kind, request.stamp, problem.model_broken, problem.message))
            return
        if request.stamp <= self._delivered.get(request.kind, 0):
            return  # older than what the window already shows: a stale result never wins
        self._delivered[request.kind] = request.stamp
        self.result_ready.emit(Answer(request.kind, request.stamp, message[2], message[3]))

    def _lost(self, generation: int) -> None:
        if generation != self._generation:
            return
        # The worker died (it was killed, or ran out of memory): start again with a new one.
        self._stop_worker()
        request, self._running = self._running, None
        if request is not None and request.stamp in self._dropped:
            self._dropped.discard(request.stamp)
        elif request is not None and request.kind not in self._queue:
            if request.tries < RETRIES:
                request.tries += 1
                self._queue[request.kind] = request
            else:
                self.failed.emit(Failure(request.kind, request.stamp, False, QCoreApplication.translate("ComputeService", DIED)))
        elif request is not None:
            self.cancelled.emit(request.kind, request.stamp)  # a newer request of its kind waits anyway
        self._start_next()
