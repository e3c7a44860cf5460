"""Ensembles for scenario discovery: many runs of one scenario across the whole range of its assumptions.

Where Monte Carlo asks "how uncertain is this scenario" (draws around its values), exploration asks
"where, across everything the sliders allow, does the outcome we fear happen": every assumption
with a slider range is drawn uniformly over it, every chance event happens with its probability,
and each run records its inputs and whether the question's condition held.

Runs are made in chunks of fixed size, each drawing from its own child of one
`numpy.random.SeedSequence`: a chunk's numbers depend only on the seed and the chunk's number, so
the same seed gives the same ensemble however many processes or machines share the chunks.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from models.domain import Path, Study
from models.engine.compiled import CompiledModel
from models.engine.montecarlo import run_columns
from models.explore.question import Question
from models.formatting import localise
from models.i18n import fill, translate

CHUNK = 5_000  # runs simulated side by side in one vectorised pass
MAX_RUNS = 10_000_000

_CONDITION = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(<=|>=|<|>)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*$")


def parse_question(study: Study, condition: str, time: float | None, until: float | None = None) -> Question:
    """Return the question `condition` ("gdp_growth < 0") asks at `time` (default: the end), or at any time
    from `time` to `until` when that is given; raise ValueError saying why not."""
    match = _CONDITION.match(condition)
    if match is None:
        raise ValueError(fill(translate("Explore", "the condition %1 is not of the form 'variable < number' (or <=, >, >=)"), repr(condition)))
    name, comparison, threshold = match.group(1), match.group(2), float(match.group(3))
    if not any(v.name == name for v in study.variables):
        raise ValueError(fill(translate("Explore", "the condition names '%1', which is not a variable of the study"), name))
    times = study.time.points()
    at = float(times[-1]) if time is None else float(time)
    if not times[0] - 1e-9 <= at <= times[-1] + 1e-9:
        raise ValueError(_off_axis(at, times))
    if until is None:
        return Question(name, comparison, threshold, at)
    end = float(until)
    if not times[0] - 1e-9 <= end <= times[-1] + 1e-9:
        raise ValueError(_off_axis(end, times))
    if end <= at:
        raise ValueError(fill(translate("Explore", "the stretch ends at %1, not after it starts at %2"), localise(f"{end:g}"),
                              localise(f"{at:g}")))
    return Question(name, comparison, threshold, at, end)


def _off_axis(time: float, times: np.ndarray) -> str:
    return fill(translate("Explore", "the time %1 is outside the study's axis (%2 to %3)"), localise(f"{time:g}"),
                localise(f"{times[0]:g}"), localise(f"{times[-1]:g}"))


def uncertainty_space(study: Study, scenario_id: str) -> dict[str, tuple[float, float]]:
    """Return each assumption a run may vary, with its slider range: those with a range and a constant value."""
    overrides = study.resolved_overrides(scenario_id)
    space = {}
    for variable in study.variables:
        if variable.kind != "assumption" or variable.min is None or variable.max is None:
            continue
        override = overrides.get(variable.name)
        if variable.min < variable.max and not isinstance(override[0] if override else variable.path, Path):
            space[variable.name] = (float(variable.min), float(variable.max))
    return space


@dataclass
class Ensemble:
    """The runs: each varied input's value per run, the outcome, and whether the question held."""

    question: Question
    space: dict[str, tuple[float, float]]  # each varied input's range, in the order of `inputs`' columns
    inputs: np.ndarray  # (runs, inputs)
    outcome: np.ndarray  # (runs,)
    seed: int

    @property
    def names(self) -> list[str]:
        """Return the varied inputs' names, in column order."""
        return list(self.space)

    @property
    def interesting(self) -> np.ndarray:
        """Return, per run, whether the question's condition held."""
        return self.question.holds(self.outcome)

    def columns(self) -> dict[str, np.ndarray]:
        """Return the inputs by name, as PRIM takes them."""
        return {name: self.inputs[:, k] for k, name in enumerate(self.names)}


def chunk_sizes(runs: int, chunk: int = CHUNK) -> list[int]:
    """Return the size of each chunk of an ensemble: all `chunk` but the last."""
    if not 1 <= runs <= MAX_RUNS:
        raise ValueError(f"the number of runs must be from 1 to {MAX_RUNS:,}, not {runs:,}")
    return [min(chunk, runs - start) for start in range(0, runs, chunk)]


def run_chunk(model: CompiledModel, study: Study, scenario_id: str, question: Question,
              space: dict[str, tuple[float, float]], seed: np.random.SeedSequence, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Run one chunk: return its inputs (size, inputs) and the question's variable at its time (size,)."""
    rng = np.random.default_rng(seed)
    names = list(space)
    low = np.array([space[n][0] for n in names])
    high = np.array([space[n][1] for n in names])
    drawn = rng.uniform(low, high, size=(size, len(names)))
    index = {v.name: k for k, v in enumerate(study.variables)}
    current = _constant_values(study, scenario_id)
    shifts = {index[name]: drawn[:, j] - current[name] for j, name in enumerate(names)}
    draws = {event.name: rng.random(size) for event in study.events}
    out = run_columns(model, study, scenario_id, shifts, draws, size, variables=[question.variable])
    return drawn, question.reduce(out[steps(study, question), 0, :])


def steps(study: Study, question: Question) -> slice:
    """Return the time steps the question looks at: its one time, or every step of its stretch."""
    times = study.time.points()
    first = int(np.argmin(np.abs(times - question.time)))
    last = first if question.until is None else int(np.argmin(np.abs(times - question.until)))
    return slice(first, last + 1)


@dataclass(frozen=True)
class EnsembleJob:
    """Everything needed to run any chunk of one ensemble, so a worker gets it once and then chunk numbers."""

    study: Study
    scenario_id: str
    question: Question
    space: dict[str, tuple[float, float]]
    seed: int
    sizes: tuple[int, ...]
    key: str  # tells one job from another in a worker's cache of compiled models

    @property
    def runs(self) -> int:
        """Return the number of runs in the whole ensemble."""
        return sum(self.sizes)

    def start(self, index: int) -> int:
        """Return the number of the first run of chunk `index`."""
        return sum(self.sizes[:index])

    def chunk(self, model: CompiledModel, index: int) -> tuple[np.ndarray, np.ndarray]:
        """Run chunk `index`: its numbers come from child `index` of the seed, whoever runs it."""
        child = np.random.SeedSequence(self.seed, spawn_key=(index,))  # equals SeedSequence(seed).spawn(n)[index]
        return run_chunk(model, self.study, self.scenario_id, self.question, self.space, child, self.sizes[index])


def ensemble_job(study: Study, scenario_id: str, question: Question, runs: int, seed: int, chunk: int = CHUNK) -> EnsembleJob:
    """Return the job of an ensemble of `runs` runs; raise ValueError when there is nothing to vary."""
    space = uncertainty_space(study, scenario_id)
    if not space:
        raise ValueError("the scenario has no assumption with a slider range to vary")
    sizes = tuple(chunk_sizes(runs, chunk))
    return EnsembleJob(study, scenario_id, question, space, seed, sizes, f"{uuid.uuid4().hex}")


def assemble(job: EnsembleJob, inputs: list[np.ndarray], outcomes: list[np.ndarray]) -> Ensemble:
    """Return the ensemble made of its chunks' inputs and outcomes, in chunk order."""
    return Ensemble(job.question, job.space, np.concatenate(inputs), np.concatenate(outcomes), job.seed)


def run_ensemble(model: CompiledModel, study: Study, scenario_id: str, question: Question, runs: int, seed: int,
                 chunk: int = CHUNK, progress: Callable[[int, int], None] | None = None) -> Ensemble:
    """Run the whole ensemble here, chunk by chunk; `progress(done, runs)` after each chunk (it may raise to stop)."""
    job = ensemble_job(study, scenario_id, question, runs, seed, chunk)
    inputs, outcomes, done = [], [], 0
    for index, size in enumerate(job.sizes):
        drawn, outcome = job.chunk(model, index)
        inputs.append(drawn)
        outcomes.append(outcome)
        done += size
        if progress is not None:
            progress(done, runs)
    return assemble(job, inputs, outcomes)


def _constant_values(study: Study, scenario_id: str) -> dict[str, float]:
    overrides = study.resolved_overrides(scenario_id)
    values = {}
    for variable in study.variables:
        if variable.kind == "assumption":
            override = overrides.get(variable.name)
            value = override[0] if override else variable.value
            values[variable.name] = float(value) if isinstance(value, (int, float)) else 0.0
    return values
