"""Run a saved exploration again: the same ensemble, the same trajectory, and the saved box found on it."""

from __future__ import annotations

from models.domain import Study
from models.engine.compiled import CompiledModel, compile_study
from models.explore.ensemble import Ensemble, run_ensemble
from models.explore.exploration import Exploration
from models.explore.prim import Box, Trajectory, peel


def rerun(study: Study, exploration: Exploration,
          model: CompiledModel | None = None) -> tuple[Ensemble, Trajectory | None, Box | None]:
    """Return the exploration's ensemble, its trajectory (None when the condition never held) and the saved box on it.

    The box is None when no box of the trajectory narrows exactly the saved ranges: the model or the
    sliders' ranges changed since it was saved.
    """
    ensemble = run_ensemble(model or compile_study(study), study, exploration.scenario, exploration.question,
                            exploration.runs, exploration.seed)
    if not ensemble.interesting.any():
        return ensemble, None, None
    trajectory = peel(ensemble.columns(), ensemble.interesting, bounds=ensemble.space)
    found = [box for box in trajectory.boxes if box.restricted(trajectory.bounds) == exploration.box]
    return ensemble, trajectory, found[0] if found else None
