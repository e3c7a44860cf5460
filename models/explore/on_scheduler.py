"""Run an exploration's ensemble on the Dask cluster at a scheduler address, for the window's worker process.

The chunks are those of `run_ensemble` (same seed children, same order), so the numbers are the same
bit for bit wherever they ran; the window's cancel reaches here through `progress`, which may raise.
"""

from __future__ import annotations

from collections.abc import Callable

from models.domain import Study
from models.explore.ensemble import CHUNK, Ensemble, ensemble_job
from models.explore.evaluators import OnDask, collect
from models.explore.question import Question


class SchedulerError(ValueError):
    """The cluster cannot be used; the message says why and what to do."""


def run_on_scheduler(study: Study, scenario_id: str, question: Question, runs: int, seed: int, address: str,
                     progress: Callable[[int, int], None] | None = None, chunk: int = CHUNK) -> Ensemble:
    """Return the ensemble run on the cluster at `address`; `progress(done, runs)` after each chunk."""
    try:
        from distributed import Client
    except ImportError:
        raise SchedulerError("a cluster needs Dask: install the 'cluster' extra (pip install -e \".[cluster]\")") from None
    job = ensemble_job(study, scenario_id, question, runs, seed, chunk)
    try:
        client = Client(address, timeout=10)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError, ValueError) as error:
        raise SchedulerError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        ensemble = collect(job, OnDask(client, window=2 * workers),
                           progress=None if progress is None else (lambda done: progress(done, job.runs)))
    assert ensemble is not None  # kept here: nothing was written elsewhere
    return ensemble
