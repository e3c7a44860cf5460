"""What a run needs besides the compiled model: assumption series and event effects over time."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from models.domain import Event, Path, Study, Variable


def base_series(variable: Variable, times: np.ndarray) -> np.ndarray:
    """Return an assumption's own value over time: its path if it has one, else its value."""
    if variable.path is not None:
        return variable.path.at(times)
    return np.full(times.shape, float(variable.value))  # type: ignore[arg-type]  # an assumption has a value or a path


def assumption_series(study: Study, scenario_id: str, times: np.ndarray) -> dict[int, np.ndarray]:
    """Return each assumption's values over time in a scenario, inherited overrides applied."""
    overrides = study.resolved_overrides(scenario_id)
    series: dict[int, np.ndarray] = {}
    for k, variable in enumerate(study.variables):
        if variable.kind != "assumption":
            continue
        override = overrides.get(variable.name)
        if override is None:
            series[k] = base_series(variable, times)
        elif isinstance(override[0], Path):
            series[k] = override[0].at(times)
        else:
            series[k] = np.full(times.shape, float(override[0]))
    return series


def active_window(event: Event, times: np.ndarray, step: float) -> slice:
    """Return the time points (ascending) where an event is active: start <= t < start + duration (one step by default)."""
    duration = step if event.duration is None else event.duration
    eps = 1e-9 * max(1.0, abs(event.start))
    first, end = np.searchsorted(times, [event.start - eps, event.start + duration - eps])
    return slice(int(first), int(end))


def targeted_auxiliaries(study: Study) -> list[int]:
    """Return the indices of auxiliaries some event changes (the compiled code applies those)."""
    index = {v.name: k for k, v in enumerate(study.variables)}
    found = {
        index[e.variable]
        for event in study.events
        for e in event.effects
        if e.variable in index and study.variables[index[e.variable]].kind == "auxiliary"
    }
    return sorted(found)


def apply_events(
    study: Study,
    series: dict[int, np.ndarray],
    occurs: Mapping[str, np.ndarray | bool],
    times: np.ndarray,
    samples: int | None = None,
) -> tuple[dict[int, np.ndarray], dict[int, np.ndarray]]:
    """Apply event effects: change assumption series in place, return multipliers and additions for auxiliaries.

    `occurs` maps an event name to True/False, or (Monte Carlo) to a boolean array over samples.
    Where several effects meet, multipliers apply first, then additions.
    """
    index = {v.name: k for k, v in enumerate(study.variables)}
    shape = times.shape if samples is None else (times.size, samples)
    multiply: dict[int, np.ndarray] = {}
    add: dict[int, np.ndarray] = {}
    for event in study.events:
        happens = occurs.get(event.name, False)
        if happens is False or (isinstance(happens, np.ndarray) and not happens.any()):
            continue
        # Only the time points inside the window change, in place: events are short next to a run,
        # and touching every (time, sample) cell was most of the cost of preparing a Monte Carlo pass.
        window = active_window(event, times, study.time.step)
        where = np.broadcast_to(happens, (samples,)) if samples is not None else True
        for effect in event.effects:
            k = index[effect.variable]
            if effect.op == "multiply":
                if k not in multiply:
                    multiply[k] = np.ones(shape)
                multiply[k][window] *= np.where(where, effect.value, 1.0)
            else:
                if k not in add:
                    add[k] = np.zeros(shape)
                add[k][window] += np.where(where, effect.value, 0.0)
    aux_multiply, aux_add = {}, {}
    for k in set(multiply) | set(add):
        factor = multiply.get(k, 1.0)
        extra = add.get(k, 0.0)
        if study.variables[k].kind == "assumption":
            base = series[k] if samples is None or series[k].ndim == 2 else series[k][:, None]
            series[k] = base * factor + extra
        else:
            aux_multiply[k] = np.broadcast_to(factor, shape)
            aux_add[k] = np.broadcast_to(extra, shape)
    return aux_multiply, aux_add
