"""Fan-chart bands: percentile rows of the charted indicators per scenario, and how often each event happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models.domain import Study
from models.engine.compiled import CompiledModel
from models.engine.montecarlo import run_samples


def band_rows(model: CompiledModel, study: Study, scenario_ids: list[str], variables: list[str], samples: int, seed: int,
              check: Callable[[float], None] | None = None) -> dict[str, Any]:
    """Return percentile rows of these variables per scenario and event frequencies; unknown names and ids are left out.

    The answer holds `names` (the variables covered, in order), `stats` (scenario id -> statistic ->
    (variables, times)), `frequency` (scenario id -> event name -> share of samples it happened in)
    and `backend` ("native" when the samples ran through native code, else "numpy").
    """
    known = set(model.names)
    names = [v for v in variables if v in known]
    existing = {s.id for s in study.scenarios}
    ids = [s for s in scenario_ids if s in existing]
    if not names or not ids:
        return {"names": names, "stats": {}, "frequency": {}, "backend": "numpy"}
    result = run_samples(model, study, samples, seed, ids, variables=names, check=check)
    return {"names": names, "stats": result.stats, "frequency": result.event_frequency, "backend": result.backend}
