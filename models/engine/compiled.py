"""Compile a study once, then simulate its scenarios many times.

Compiling depends only on the model's structure (variables, kinds, equations, which auxiliaries
events touch); values, paths, overrides and event switches are read at run time, so moving an
assumption never recompiles.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import numpy as np

from models.domain import Study
from models.engine import anchoring, runtime
from models.engine.codegen import expression_lines, generate
from models.engine.inputs import apply_events, assumption_series, targeted_auxiliaries
from models.language.checker import Analysis, Problem, analyse

if TYPE_CHECKING:
    import pandas as pd

    from models.engine.native.model import NativeModel


class ModelError(ValueError):
    """A study whose model cannot be compiled; `problems` lists every reason."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


@dataclass
class Projection:
    """Deterministic results: for each scenario id, an array of shape (variables, times)."""

    times: np.ndarray
    names: list[str]
    values: dict[str, np.ndarray]

    def series(self, scenario_id: str, name: str) -> np.ndarray:
        """Return one variable's values over time in one scenario."""
        return self.values[scenario_id][self.names.index(name)]

    def to_frame(self, study: Study) -> pd.DataFrame:
        """Return tidy results: one row per scenario, variable and time."""
        import pandas as pd  # only tables need pandas; start-up does without it

        frames = []
        for scenario_id, values in self.values.items():
            name = study.scenario(scenario_id).name
            frames.append(pd.DataFrame({
                "scenario": name,
                "variable": np.repeat(self.names, self.times.size),
                "time": np.tile(self.times, len(self.names)),
                "value": values.reshape(-1),
            }))
        if not frames:
            return pd.DataFrame(columns=["scenario", "variable", "time", "value"])
        return pd.concat(frames, ignore_index=True)


class CompiledModel:
    """A study's model turned into straight-line Python, ready to run any of its scenarios.

    Native code compiled for the same structure (`models.engine.native.compile_native`, typically
    on a thread of the caller's) can be handed over with `use_native`; deterministic runs and Monte
    Carlo samples then go through it (percentiles stay in numpy).
    """

    def __init__(self, study: Study):
        analysis = analyse(study)
        if analysis.problems:
            raise ModelError(analysis.problems)
        self.names = [v.name for v in study.variables]
        self.targeted = targeted_auxiliaries(study)
        self._structure = structure(study)
        self._scalar = _build_checked(study, analysis, lambda: generate(study, analysis, self.targeted, vector=False),
                                      runtime.SCALAR, vector=False)
        # Numpy versions are written on first use, one per set of inputs that hold still; the study
        # may have been edited by then, so they are written from its variables as they are now.
        self._analysis = analysis
        self._shape = replace(study, variables=[copy.copy(v) for v in study.variables], events=[], scenarios=[])
        self._vector: dict[frozenset[int], Callable[..., Any]] = {}
        self._native: NativeModel | None = None
        # Re-anchored runs restart on a model whose stocks start from assumptions, built on first use.
        self._restart: tuple[CompiledModel, dict[str, str]] | None = None

    @property
    def analysis(self) -> Analysis:
        """Return the checked equations and evaluation orders this model was compiled from."""
        return self._analysis

    @property
    def backend(self) -> str:
        """Say which back end runs deterministic scenarios: "native" or "python"."""
        return "python" if self._native is None else "native"

    @property
    def native(self) -> NativeModel | None:
        """Return the native code runs go through, or None while the Python and numpy back ends serve."""
        return self._native

    def use_native(self, native: NativeModel) -> None:
        """Run deterministic scenarios on native code from now on (compiled by `compile_native` for this structure)."""
        if native.structure != self._structure:
            raise ValueError("the native code was compiled for another model structure")
        self._native = native

    def fits(self, study: Study) -> bool:
        """Say whether this compiled model still matches the study's structure."""
        return structure(study) == self._structure

    def run(self, study: Study, scenario_ids: Iterable[str] | None = None) -> Projection:
        """Simulate scenarios deterministically (all when `scenario_ids` is None), natively once that is ready.

        A scenario with anchors (re-anchored stocks, models.engine.anchoring) starts its stocks again
        at the anchors' values from their times; scenarios without anchors run as they always did.
        """
        projection = self._native.run(study, scenario_ids) if self._native is not None else self._run(study, scenario_ids)
        for scenario_id, values in projection.values.items():
            if study.resolved_anchors(scenario_id):
                projection.values[scenario_id] = self._anchored(study, scenario_id, values)
        return projection

    def _anchored(self, study: Study, scenario_id: str, values: np.ndarray) -> np.ndarray:
        """Return a scenario's values with its anchors applied: the run restarted from each anchor's time."""
        if self._restart is None:
            starts = anchoring.start_names(study)
            self._restart = (CompiledModel(anchoring.restart_study(study, starts)), starts)
        model, starts = self._restart
        return anchoring.restarted(study, starts, scenario_id, values,
                                   lambda piece, sid: model._run(piece, [sid]).values[sid])

    def _run(self, study: Study, scenario_ids: Iterable[str] | None = None) -> Projection:
        """Simulate scenarios with the generated Python code, anchors left aside."""
        times = study.time.points()
        ids = [s.id for s in study.scenarios] if scenario_ids is None else list(scenario_ids)
        values = {}
        for scenario_id in ids:
            series = assumption_series(study, scenario_id, times)
            occurs: dict[str, np.ndarray | bool] = dict(study.resolved_events(scenario_id))
            multiply, add = apply_events(study, series, occurs, times)
            ones, zeros = [1.0] * times.size, [0.0] * times.size  # auxiliaries no event touches in this scenario
            rows = self._scalar(
                {k: s.tolist() for k, s in series.items()},
                {k: multiply[k].tolist() if k in multiply else ones for k in self.targeted},
                {k: add[k].tolist() if k in add else zeros for k in self.targeted},
                None, float(times[0]), study.time.step, times.size, None,
            )
            values[scenario_id] = np.array(rows, dtype=float).T
        return Projection(times, list(self.names), values)

    def vectorised(self, still: frozenset[int] = frozenset()) -> Callable[..., Any]:
        """Return the numpy version of the simulation for runs whose `still` inputs hold still (see generate)."""
        if still not in self._vector:
            shape, analysis = self._shape, self._analysis
            self._vector[still] = _build_checked(
                shape, analysis, lambda: generate(shape, analysis, self.targeted, vector=True, still=still),
                runtime.VECTOR, vector=True)
        return self._vector[still]


def compile_study(study: Study) -> CompiledModel:
    """Check and compile a study's model; raise ModelError listing every problem."""
    return CompiledModel(study)


def _build(source: str, table: dict[str, Any]) -> Callable[..., Any]:
    namespace = dict(table)
    # The source is generated from a checked tree: names become v<index>, numbers float literals.
    exec(compile(source, "<prospectiva model>", "exec"), namespace)  # safe: no user text reaches it (codegen.py)
    simulate: Callable[..., Any] = namespace["simulate"]
    return simulate


# What Python's compiler raises on source it cannot take: too deep, too large, a literal out of range.
_COMPILE_FAILURES = (SyntaxError, RecursionError, MemoryError, OverflowError, ValueError)


def _build_checked(study: Study, analysis: Analysis, source: Callable[[], str], table: dict[str, Any],
                   vector: bool) -> Callable[..., Any]:
    """Build generated code, turning a failure to compile into a ModelError that names the equation."""
    try:
        return _build(source(), table)
    except _COMPILE_FAILURES as error:
        raise ModelError([_compile_problem(study, analysis, error, vector)]) from None


def _compile_problem(study: Study, analysis: Analysis, error: BaseException, vector: bool) -> Problem:
    """Return the problem a failed compile is, placed at the first equation that fails alone."""
    reason = {SyntaxError: "it nests too deeply", RecursionError: "it nests too deeply",
              MemoryError: "it needs more memory than there is"}.get(type(error), f"{type(error).__name__}: {error}")
    for (name, field_name), tree in analysis.trees.items():
        try:
            compile(expression_lines(study, analysis, tree, vector), "<prospectiva equation>", "exec")
        except _COMPILE_FAILURES:
            return Problem(name, field_name, f"cannot be compiled: {reason}; split it into smaller auxiliaries")
    return Problem("", "variables", f"the model cannot be compiled: {reason}; split its largest equations into smaller auxiliaries")


def structure(study: Study) -> tuple[object, ...]:
    """Return what compilation depends on, to tell when a recompile is due."""
    variables = tuple((v.name, v.kind, v.equation, v.initial) for v in study.variables)
    effects = tuple((e.variable, study.variable(e.variable).kind if _has(study, e.variable) else None)
                    for event in study.events for e in event.effects)
    return variables, effects


def _has(study: Study, name: str) -> bool:
    return any(v.name == name for v in study.variables)
