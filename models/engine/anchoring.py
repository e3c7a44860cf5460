"""Re-anchoring: a scenario's stocks start again at given values from given times (off unless a scenario has anchors).

A scenario is first simulated as usual. At each anchor time, earliest first, the simulation starts
again from that point of the axis: every anchored stock at its anchor's value (usually an observed
one), every other stock at the value the run had reached. A stock whose net rate does not depend on
itself therefore continues as `value + rate × (t − anchor time)`.

Assumptions, paths, events and the time functions read absolute time, so they go on unchanged.
`smooth`, `delay` and `prev` start again from their input at the anchor time: what they remembered
before it is not carried over. An anchor between two points of the axis applies at the nearer one;
one after the end of the axis does nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from models.domain import Study, TimeAxis, Variable
from models.language.equations import is_identifier

# Runs one scenario of a study on its own axis: (study, scenario id) -> (variables, times) array.
Runner = Callable[[Study, str], np.ndarray]


def anchor_index(axis: TimeAxis, time: float) -> int | None:
    """Return the point of the axis an anchor at `time` applies at (the nearer one), or None past the end."""
    index = int(round((time - axis.start) / axis.step))
    if index >= axis.count:
        return None
    return max(index, 0)


def anchors_by_index(study: Study, scenario_id: str) -> dict[int, dict[str, float]]:
    """Return the scenario's anchors (inherited ones too) grouped by the axis point they apply at."""
    grouped: dict[int, dict[str, float]] = {}
    stocks = {v.name for v in study.variables if v.kind == "stock"}
    for name, (time, value) in study.resolved_anchors(scenario_id).items():
        index = anchor_index(study.time, time)
        if name in stocks and index is not None:
            grouped.setdefault(index, {})[name] = float(value)
    return grouped


def start_names(study: Study) -> dict[str, str]:
    """Return, for each stock, the name of the assumption that holds its start value in a restarted run."""
    taken = {v.name for v in study.variables}
    names: dict[str, str] = {}
    for variable in study.variables:
        if variable.kind != "stock":
            continue
        name, k = f"restart_{variable.name}", 1
        while name in taken or not is_identifier(name):
            name, k = f"restart{k}_{variable.name}", k + 1
        taken.add(name)
        names[variable.name] = name
    return names


def restart_study(study: Study, starts: dict[str, str], values: dict[str, float] | None = None,
                  axis: TimeAxis | None = None) -> Study:
    """Return the study with each stock starting from an assumption of its own (`starts`), set to `values`.

    Its structure is the same whatever the values and axis, so it is compiled once for a model's structure.
    """
    values = values or {}
    variables: list[Variable] = []
    for variable in study.variables:
        if variable.kind == "stock":
            variable = replace(copy.copy(variable), initial=starts[variable.name])
        variables.append(variable)
    variables += [Variable(name, "assumption", value=values.get(stock, 0.0)) for stock, name in starts.items()]
    return replace(study, time=axis or study.time, variables=variables)


def restarted(study: Study, starts: dict[str, str], scenario_id: str, run: np.ndarray, runner: Runner) -> np.ndarray:
    """Return the scenario's run (variables × times) with its anchors applied, earliest first."""
    anchors = anchors_by_index(study, scenario_id)
    if not anchors:
        return run
    count = len(study.variables)
    stocks = {v.name: k for k, v in enumerate(study.variables) if v.kind == "stock"}
    result = np.array(run, dtype=float, copy=True)
    times = study.time.points()
    for index in sorted(anchors):
        start_values = {stock: float(result[k, index]) for stock, k in stocks.items()}
        start_values.update(anchors[index])
        begin = float(times[index])
        # An axis needs two points; a restart at the last point uses only the first.
        axis = TimeAxis(begin, max(study.time.end, begin + study.time.step), study.time.step, study.time.unit)
        piece = runner(restart_study(study, starts, start_values, axis), scenario_id)
        result[:, index:] = piece[:count, : times.size - index]
    return result
