"""What a run needs besides the compiled model: assumption series and event effects over time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

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
    multiply, add = _effects(study, series, occurs, times, samples, None)
    shape = times.shape if samples is None else (times.size, samples)
    aux_multiply, aux_add = {}, {}
    for k in set(multiply) | set(add):
        aux_multiply[k] = np.broadcast_to(multiply.get(k, 1.0), shape)
        aux_add[k] = np.broadcast_to(add.get(k, 0.0), shape)
    return aux_multiply, aux_add


@dataclass(frozen=True)
class EffectRows:
    """Events' multipliers (or additions) on an auxiliary over samples, kept only on the time points they can act."""

    first: int  # the time point of the first row; the identity before it and after the last
    values: np.ndarray  # (time points, samples)


# One scenario's sampled inputs: assumption series, event multipliers and additions, by variable index;
# each (times,) for every sample alike, or (times, samples), possibly broadcast (EffectRows for native code).
Inputs = tuple[dict[int, np.ndarray], dict[int, "np.ndarray | EffectRows"], dict[int, "np.ndarray | EffectRows"]]


def sampled_effects(study: Study, series: dict[int, np.ndarray], occurs: Mapping[str, np.ndarray | bool],
                    times: np.ndarray, samples: int) -> tuple[dict[int, EffectRows], dict[int, EffectRows]]:
    """apply_events for samples, with auxiliaries' effects only on the time points some event acts on.

    The numbers are apply_events' own: the same operations in the same order on those rows, the
    identity elsewhere. Native code reads only these rows; filling whole (times, samples) arrays
    with ones and zeros was most of the cost of preparing a scenario's samples.
    """
    index = {v.name: k for k, v in enumerate(study.variables)}
    spans: dict[int, tuple[int, int]] = {}
    for event in study.events:
        if _happens(occurs.get(event.name, False)):
            window = active_window(event, times, study.time.step)
            for effect in event.effects:
                k = index[effect.variable]
                if study.variables[k].kind != "assumption" and window.stop > window.start:
                    low, high = spans.get(k, (window.start, window.stop))
                    spans[k] = (min(low, window.start), max(high, window.stop))
    multiply, add = _effects(study, series, occurs, times, samples, spans)
    return ({k: EffectRows(spans[k][0], v) for k, v in multiply.items()},
            {k: EffectRows(spans[k][0], v) for k, v in add.items()})


def _happens(happens: np.ndarray | bool) -> bool:
    return not (happens is False or (isinstance(happens, np.ndarray) and not happens.any()))


def _effects(study: Study, series: dict[int, np.ndarray], occurs: Mapping[str, np.ndarray | bool], times: np.ndarray,
             samples: int | None, spans: dict[int, tuple[int, int]] | None) -> tuple[dict[int, np.ndarray], dict[int, np.ndarray]]:
    """Apply effects to assumption series in place; return auxiliaries' multipliers and additions.

    With `spans`, an auxiliary gets rows spans[k][0]..spans[k][1] only (every window of its events
    lies within them), none when it is not there (its windows are empty); without, every time point.
    """
    index = {v.name: k for k, v in enumerate(study.variables)}
    shape = times.shape if samples is None else (times.size, samples)
    multiply: dict[int, np.ndarray] = {}
    add: dict[int, np.ndarray] = {}
    for event in study.events:
        happens = occurs.get(event.name, False)
        if not _happens(happens):
            continue
        # Only the time points inside the window change, in place: events are short next to a run,
        # and touching every (time, sample) cell was most of the cost of preparing a Monte Carlo pass.
        window = active_window(event, times, study.time.step)
        where = np.broadcast_to(happens, (samples,)) if samples is not None else True
        for effect in event.effects:
            k = index[effect.variable]
            rows, span = window, shape
            if spans is not None and k in spans:
                first, end = spans[k]
                rows, span = slice(window.start - first, window.stop - first), (end - first, *shape[1:])
            elif spans is not None and study.variables[k].kind != "assumption":
                continue  # an auxiliary whose windows are all empty: the identity throughout
            if effect.op == "multiply":
                if k not in multiply:
                    multiply[k] = np.ones(span)
                multiply[k][rows] *= np.where(where, effect.value, 1.0)
            else:
                if k not in add:
                    add[k] = np.zeros(span)
                add[k][rows] += np.where(where, effect.value, 0.0)
    aux_multiply, aux_add = {}, {}
    for k in set(multiply) | set(add):
        if study.variables[k].kind == "assumption":
            factor = multiply.get(k, 1.0)
            extra = add.get(k, 0.0)
            base = series[k] if samples is None or series[k].ndim == 2 else series[k][:, None]
            series[k] = base * factor + extra
        else:
            if k in multiply:
                aux_multiply[k] = multiply[k]
            if k in add:
                aux_add[k] = add[k]
    return aux_multiply, aux_add
