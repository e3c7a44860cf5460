"""Scenario discovery with PRIM: find the few assumptions whose ranges hold most of the futures of interest.

The Patient Rule Induction Method (Friedman and Fisher, 1999) peels a box down from the whole
input space, a small slice (`alpha` of the points) at a time, always the slice whose removal
raises the share of cases of interest the most per point removed (the EMA Workbench's default,
"lenient 1"). Every box on the way is kept: the trajectory trades coverage (how many of all the
cases of interest the box holds) against density (how many of the box's points are cases of
interest), and the analyst picks one. Pure numpy, deterministic for given inputs.

Written here rather than taken from the EMA Workbench: its package (2.5.3) requires scikit-learn,
SALib, platypus-opt, matplotlib, statsmodels and seaborn for what is here a page of numpy, and
this desktop app ships none of them. It keeps the Workbench's defaults (peel 5 %, stop at 5 % of
the points, "lenient 1") and its quasi-p-values, so boxes read the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

ALPHA = 0.05  # share of the box's points peeled at each step
MIN_MASS = 0.05  # stop before a box holds fewer than this share of all points


@dataclass(frozen=True)
class Box:
    """One box of the trajectory: each input's range, and how well the box picks out the cases."""

    limits: dict[str, tuple[float, float]]
    coverage: float  # cases of interest inside / all cases of interest
    density: float  # cases of interest inside / points inside
    mass: float  # points inside / all points
    points: int

    def restricted(self, bounds: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
        """Return only the inputs whose range the box narrows, compared with the whole space `bounds`."""
        return {name: limit for name, limit in self.limits.items() if limit != bounds[name]}


@dataclass(frozen=True)
class Trajectory:
    """The boxes PRIM peeled, widest first, and the space they were peeled from."""

    boxes: list[Box]
    bounds: dict[str, tuple[float, float]]

    def best(self, min_coverage: float) -> Box:
        """Return the densest box that still holds at least `min_coverage` of the cases of interest."""
        eligible = [box for box in self.boxes if box.coverage >= min_coverage] or self.boxes[:1]
        return max(eligible, key=lambda box: (box.density, box.coverage))


def peel(inputs: dict[str, np.ndarray], interesting: np.ndarray, alpha: float = ALPHA,
         min_mass: float = MIN_MASS, bounds: dict[str, tuple[float, float]] | None = None) -> Trajectory:
    """Return PRIM's peeling trajectory for boolean `interesting` over the sampled `inputs`.

    `bounds` is the space the inputs were drawn from (each input's range); without it, the
    smallest and largest values drawn stand for it.
    """
    names = list(inputs)
    if not names:
        raise ValueError("PRIM needs at least one input")
    x = np.column_stack([np.asarray(inputs[name], dtype=float) for name in names])
    y = np.asarray(interesting, dtype=bool)
    if x.shape[0] != y.shape[0] or x.shape[0] == 0:
        raise ValueError(f"{x.shape[0]} input rows for {y.shape[0]} outcomes")
    total, wanted = y.size, int(y.sum())
    if wanted == 0:
        raise ValueError("no run meets the condition: there is nothing to find")
    if bounds is None:
        low, high = x.min(axis=0), x.max(axis=0)
    else:
        low = np.array([bounds[name][0] for name in names], dtype=float)
        high = np.array([bounds[name][1] for name in names], dtype=float)
    bounds = {name: (float(low[k]), float(high[k])) for k, name in enumerate(names)}
    inside = np.ones(total, dtype=bool)
    boxes = [_box(names, low, high, inside, y, total, wanted)]
    while True:
        step = _best_peel(x, y, inside, low, high, alpha)
        if step is None:
            break
        k, side, cut, kept = step
        if kept.sum() < min_mass * total:
            break
        low, high = low.copy(), high.copy()
        (low if side == 0 else high)[k] = cut
        inside = kept
        boxes.append(_box(names, low, high, inside, y, total, wanted))
        if boxes[-1].density >= 1.0:
            break
    return Trajectory(boxes, bounds)


def _best_peel(x: np.ndarray, y: np.ndarray, inside: np.ndarray, low: np.ndarray, high: np.ndarray,
               alpha: float) -> tuple[int, int, float, np.ndarray] | None:
    """Return the peel (input, side, new limit, points kept) that raises density most per point removed."""
    rows = np.flatnonzero(inside)
    here_x, here_y = x[rows], y[rows]
    mean_before = np.count_nonzero(here_y) / rows.size
    # Both cuts of a column from one partial sort; the counts as integers, so the means are those of numpy's mean.
    cuts = np.quantile(here_x, [alpha, 1 - alpha], axis=0)
    best: tuple[float, int, int, float, np.ndarray] | None = None
    for k in range(x.shape[1]):
        column = here_x[:, k]
        for side in (0, 1):
            cut = float(cuts[side, k])
            keep = column >= cut if side == 0 else column <= cut
            staying = int(np.count_nonzero(keep))
            removed = rows.size - staying
            if removed == 0 or removed == rows.size:
                continue
            gain = (np.count_nonzero(here_y & keep) / staying - mean_before) / removed
            if best is None or gain > best[0]:
                best = (gain, k, side, cut, keep)
    if best is None:
        return None
    _, k, side, cut, keep = best
    kept = np.zeros_like(inside)
    kept[rows[keep]] = True
    return k, side, cut, kept


def _box(names: list[str], low: np.ndarray, high: np.ndarray, inside: np.ndarray, y: np.ndarray,
         total: int, wanted: int) -> Box:
    points = int(inside.sum())
    hits = int((y & inside).sum())
    limits = {name: (float(low[k]), float(high[k])) for k, name in enumerate(names)}
    return Box(limits, hits / wanted, hits / points if points else 0.0, points / total, points)


def significance(box: Box, inputs: dict[str, np.ndarray], interesting: np.ndarray,
                 bounds: dict[str, tuple[float, float]]) -> dict[str, float]:
    """Return, for each input the box restricts, the chance its restriction helps only by luck.

    As the EMA Workbench's quasi-p-values: lift that one restriction, and ask how likely the box's
    density would be if its points were drawn from the wider box (one-sided binomial test).
    """
    y = np.asarray(interesting, dtype=bool)
    inside = _inside(box.limits, inputs)
    hits, points = int((y & inside).sum()), int(inside.sum())
    result = {}
    for name in box.restricted(bounds):
        wider = dict(box.limits)
        wider[name] = bounds[name]
        around = _inside(wider, inputs)
        base = float(y[around].mean()) if around.any() else 0.0
        result[name] = binomial_tail(hits, points, base)
    return result


def _inside(limits: dict[str, tuple[float, float]], inputs: dict[str, np.ndarray]) -> np.ndarray:
    mask = np.ones(len(next(iter(inputs.values()))), dtype=bool)
    for name, (lo, hi) in limits.items():
        column = np.asarray(inputs[name], dtype=float)
        mask &= (column >= lo) & (column <= hi)
    return mask


def binomial_tail(successes: int, trials: int, p: float) -> float:
    """Return P(X >= successes) for X ~ Binomial(trials, p), summed in log space so large counts stay exact enough."""
    if successes <= 0:
        return 1.0
    if p <= 0.0:
        return 0.0
    if p >= 1.0:
        return 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    terms = [math.lgamma(trials + 1) - math.lgamma(k + 1) - math.lgamma(trials - k + 1) + k * log_p + (trials - k) * log_q
             for k in range(successes, trials + 1)]
    top = max(terms)
    return min(1.0, math.exp(top) * sum(math.exp(t - top) for t in terms))
