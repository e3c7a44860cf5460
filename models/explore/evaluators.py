"""Evaluators: where an ensemble's chunks run is hidden behind one loop, and the numbers never depend on it.

A chunk's runs depend only on the job and the chunk's number (its own child of the seed), so
running them here, on local processes or on a Dask cluster gives the same arrays bit for bit.
Nothing here starts a process: the command line (or the window) creates the executor or the
Dask client and hands it over. A worker compiles the study once per job and keeps it; at most
`window` chunks are in flight at a time, so memory stays flat however large the ensemble.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

import numpy as np

from models.engine.compiled import CompiledModel, compile_study
from models.explore.ensemble import Ensemble, EnsembleJob, assemble

Chunk = tuple[int, np.ndarray, np.ndarray]  # (chunk number, inputs (size, inputs), outcome (size,))

_COMPILED: dict[str, CompiledModel] = {}  # per process: the model of the job its chunks belong to


class Pending(Protocol):
    """A chunk under way elsewhere: concurrent.futures' and Dask's futures both fit."""

    def result(self) -> Any:
        """Return the value, waiting for it."""

    def cancel(self) -> Any:
        """Stop it, if it has not started."""


def run_chunk_task(job: EnsembleJob, index: int) -> Chunk:
    """Run chunk `index` of `job` in this process, compiling the study the first time this job is seen."""
    model = _COMPILED.get(job.key)
    if model is None:
        _COMPILED.clear()  # one job at a time per worker: an older job's model is not needed again
        model = _COMPILED[job.key] = compile_study(job.study)
    inputs, outcome = job.chunk(model, index)
    return index, inputs, outcome


class Evaluator(Protocol):
    """Runs the chunks it is given and yields each one, in the order given."""

    def chunks(self, job: EnsembleJob, indices: Iterable[int]) -> Iterator[Chunk]:
        """Yield (number, inputs, outcome) for each chunk number in `indices`, in that order."""


class InProcess:
    """Runs chunks one after the other in this process."""

    def chunks(self, job: EnsembleJob, indices: Iterable[int]) -> Iterator[Chunk]:
        """Yield each chunk as it is run here."""
        for index in indices:
            yield run_chunk_task(job, index)


class OnExecutor:
    """Runs chunks on a `concurrent.futures` executor (local processes started with the spawn method)."""

    def __init__(self, executor: Any, window: int) -> None:
        self.executor = executor
        self.window = window

    def chunks(self, job: EnsembleJob, indices: Iterable[int]) -> Iterator[Chunk]:
        """Yield each chunk in order, keeping at most `window` under way."""
        return _windowed(lambda index: self.executor.submit(run_chunk_task, job, index), indices, self.window)


class OnDask:
    """Runs chunks on a Dask cluster through a `distributed.Client`; a lost worker's chunks are run again by Dask."""

    def __init__(self, client: Any, window: int) -> None:
        self.client = client
        self.window = window

    def chunks(self, job: EnsembleJob, indices: Iterable[int]) -> Iterator[Chunk]:
        """Send the job to every worker once, then yield each chunk in order, at most `window` under way."""
        handle = self.client.scatter(job, broadcast=True, hash=False)

        def submit(index: int) -> Pending:
            return self.client.submit(run_chunk_task, handle, index, key=f"chunk-{job.key}-{index}", pure=False)

        try:
            yield from _windowed(submit, indices, self.window)
        finally:
            self.client.cancel([handle])


def collect(job: EnsembleJob, evaluator: Evaluator, finished: Iterable[int] = (),
            write: Callable[[int, np.ndarray, np.ndarray], None] | None = None,
            progress: Callable[[int], None] | None = None) -> Ensemble | None:
    """Run the chunks not `finished`; give each to `write` or keep them all; `progress(runs done)` after each.

    Returns the ensemble when it was kept here, None when every chunk went to `write`.
    """
    done = set(finished)
    runs = sum(job.sizes[k] for k in done)
    kept: list[Chunk] = []
    for index, inputs, outcome in evaluator.chunks(job, [k for k in range(len(job.sizes)) if k not in done]):
        if write is None:
            kept.append((index, inputs, outcome))
        else:
            write(index, inputs, outcome)
        runs += outcome.size
        if progress is not None:
            progress(runs)
    if write is not None:
        return None
    return assemble(job, [chunk[1] for chunk in kept], [chunk[2] for chunk in kept])


def _windowed(submit: Callable[[int], Pending], indices: Iterable[int], window: int) -> Iterator[Chunk]:
    waiting: deque[Pending] = deque()
    todo = iter(indices)
    try:
        for index in todo:
            waiting.append(submit(index))
            if len(waiting) >= max(1, window):
                yield waiting.popleft().result()
        while waiting:
            yield waiting.popleft().result()
    finally:
        for pending in waiting:  # stopped early (interrupted, or an error): what has not started never will
            pending.cancel()


def local_cluster(workers: int | None = None) -> Any:
    """Return a Dask LocalCluster of `workers` single-threaded processes (default: one per core) for ensembles.

    Dask's statistical profiler is turned off on its workers: every 10 ms it takes the interpreter lock
    from the chunk being computed to read its stack, which cost about a quarter of the wall clock here.
    """
    import dask
    from distributed import LocalCluster

    with dask.config.set({"distributed.worker.profile.enabled": False}):  # the workers take the config at start
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,  # type: ignore[no-untyped-call]
                            dashboard_address=":0")
