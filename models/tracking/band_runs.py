"""Monte Carlo bands for the band signposts, computed on demand (headless: no fans on screen to read them from)."""

from __future__ import annotations

import numpy as np

from models.domain import Study
from models.engine.bands import band_rows
from models.engine.compiled import CompiledModel
from models.tracking.bands import Bands


def signpost_bands(model: CompiledModel, study: Study, samples: int, seed: int) -> Bands:
    """Return the bands the study's band signposts watch, from `samples` draws with `seed` (one run per scenario)."""
    wanted: dict[str, list[str]] = {}
    scenario_ids = {s.id for s in study.scenarios}
    for signpost in study.signposts:
        scenario = signpost.condition.scenario
        if signpost.condition.kind == "outside_band" and scenario in scenario_ids:
            names = wanted.setdefault(scenario, [])
            if signpost.variable not in names:
                names.append(signpost.variable)
    found: dict[tuple[str, str], dict[str, np.ndarray]] = {}
    times = study.time.points()
    for scenario_id, names in wanted.items():
        rows = band_rows(model, study, [scenario_id], names, samples, seed)
        stats = rows["stats"].get(scenario_id, {})
        for k, name in enumerate(rows["names"]):
            found[(scenario_id, name)] = {stat: np.asarray(values[k], dtype=float) for stat, values in stats.items()}

    def band(scenario_id: str, name: str) -> tuple[np.ndarray, dict[str, np.ndarray]] | None:
        stats = found.get((scenario_id, name))
        return (times, stats) if stats is not None else None

    return band
