"""Fan-chart bands computed in a helper process: a cached compiled model and percentile rows per scenario."""

from __future__ import annotations

import os
import pickle
import time
from multiprocessing.connection import Connection

from models.domain import Study
from models.engine.compiled import CompiledModel, ModelError, compile_study
from models.engine.montecarlo import run_samples

_model: CompiledModel | None = None  # the helper process keeps one compiled model between requests


def compute_bands(study: Study | bytes, scenario_ids: list[str], variables: list[str], samples: int, seed: int) -> dict | None:
    """Return percentile rows of these variables per scenario, event frequencies and seconds taken; None if the model fails."""
    global _model
    started = time.perf_counter()
    if isinstance(study, bytes):
        study = pickle.loads(study)  # safe: pickled by this application's own process a moment ago
    try:
        if _model is None or not _model.fits(study):
            _model = compile_study(study)
        known = set(_model.names)
        names = [v for v in variables if v in known]
        existing = {s.id for s in study.scenarios}
        ids = [s for s in scenario_ids if s in existing]
        if not names or not ids:
            return {"names": names, "stats": {}, "frequency": {}, "seconds": 0.0}
        result = run_samples(_model, study, samples, seed, ids, variables=names)
    except ModelError:
        _model = None
        return None
    return {"names": names, "stats": result.stats, "frequency": result.event_frequency,
            "seconds": time.perf_counter() - started}


def serve(connection: Connection) -> None:
    """Answer band requests (compute_bands' arguments) from a connection, one at a time, until it closes or sends None."""
    # Behind the window in the queue for the processor: when both want it, a drag frame must not
    # wait for bands, which may lag a few frames (they are marked as updating meanwhile).
    os.nice(5)
    while True:
        try:
            arguments = connection.recv()  # sent by this application's own process
        except (EOFError, OSError):
            return
        if arguments is None:
            return
        connection.send(compute_bands(*arguments))
