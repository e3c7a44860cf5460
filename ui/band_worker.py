"""Compute fan-chart bands off the GUI thread; the newest request wins and older work is never queued."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from models.domain import Study
from models.engine import CompiledModel, ModelError, compile_study
from models.montecarlo import run_samples


@dataclass
class BandRequest:
    """What one band computation reads: a private copy of the study, so edits made meanwhile cannot reach it."""

    stamp: int
    study: Study
    scenario_ids: list[str]
    variables: list[str]
    samples: int
    seed: int


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


class _Job(QRunnable):
    def __init__(self, worker: BandWorker, request: BandRequest):
        super().__init__()
        self._worker = worker
        self._request = request
        self._relay = worker._relay

    def run(self) -> None:
        self._relay.finished.emit(self._worker._compute(self._request))


class BandWorker(QObject):
    """Run band requests one at a time on a pool thread; requests made while one runs collapse into one."""

    bands_ready = Signal(object)  # BandResult (a result whose stamp is older than `requested` is stale)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._job_finished)
        self._model: CompiledModel | None = None  # touched only by the pool thread
        self._running = False
        self._pending: BandRequest | None = None
        self.requested = 0
        self.delivered = 0

    @property
    def busy(self) -> bool:
        """Return whether results newer than the last delivered ones are on their way."""
        return self.delivered != self.requested

    def request(self, study: Study, scenario_ids: list[str], variables: list[str], samples: int, seed: int) -> int:
        """Ask for bands of these scenarios and variables as the study is now; return the request's stamp."""
        self.requested += 1
        wanted = list(dict.fromkeys(scenario_ids))
        if self._pending is not None and self._pending.variables == variables and self._pending.samples == samples:
            wanted = list(dict.fromkeys(self._pending.scenario_ids + wanted))  # not yet started: serve both at once
        # A deep copy of a study takes about a millisecond; reading the live one from another thread would race edits.
        self._pending = BandRequest(self.requested, copy.deepcopy(study), wanted, list(variables), samples, seed)
        if not self._running:
            self._start_pending()
        return self.requested

    def wait(self) -> None:
        """Block until every request has been computed and delivered (for tests and benchmarks)."""
        while self.busy:
            self._pool.waitForDone()
            QCoreApplication.processEvents()

    def _start_pending(self) -> None:
        request, self._pending = self._pending, None
        if request is None:
            return
        self._running = True
        self._pool.start(_Job(self, request))

    def _compute(self, request: BandRequest) -> BandResult | int:
        started = time.perf_counter()
        try:
            if self._model is None or not self._model.fits(request.study):
                self._model = compile_study(request.study)
            known = set(self._model.names)
            existing = {s.id for s in request.study.scenarios}
            variables = [v for v in request.variables if v in known]
            ids = [s for s in request.scenario_ids if s in existing]
            if not variables or not ids:
                return BandResult(request.stamp, variables, {}, {}, request.samples, 0.0)
            result = run_samples(self._model, request.study, request.samples, request.seed, ids, variables=variables)
        except ModelError:
            self._model = None
            return request.stamp  # the model does not compile: the window already says so
        return BandResult(request.stamp, variables, result.stats, result.event_frequency, request.samples, time.perf_counter() - started)

    def _job_finished(self, result: BandResult | int) -> None:
        self._running = False
        if isinstance(result, BandResult):
            self.delivered = result.stamp
            self.bands_ready.emit(result)
        else:
            self.delivered = result
        self._start_pending()
