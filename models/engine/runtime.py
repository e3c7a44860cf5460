"""The fixed function tables generated model code may call: one for floats, one for numpy arrays.

Both give the same answers; errors become inf or nan, never exceptions, so a division by zero
or an overflow in a user's equation is marked in the results instead of stopping the run.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable
from typing import Any

import numpy as np

INF = math.inf
NAN = math.nan
TIME_EPS = 1e-9  # times are start + i*step; this absorbs the rounding of that product


# -- scalar (one scenario, plain Python floats) -----------------------------------------------

def _div(a: float, b: float) -> float:
    try:
        return a / b
    except ZeroDivisionError:
        if a == 0 or a != a:
            return NAN
        return math.copysign(INF, a) * math.copysign(1.0, b)


def _pow(a: float, b: float) -> float:
    try:
        result = a ** b
    except OverflowError:
        return INF if a > 0 or b == round(b) and b % 2 == 0 else -INF
    except ZeroDivisionError:
        return INF
    return NAN if isinstance(result, complex) else result


def _exp(x: float) -> float:
    try:
        return math.exp(x)
    except OverflowError:
        return INF


def _log(fn: Callable[[float], float]) -> Callable[[float], float]:
    def safe(x: float) -> float:
        if x > 0:
            return fn(x)
        return -INF if x == 0 else NAN
    return safe


def _sqrt(x: float) -> float:
    return math.sqrt(x) if x >= 0 else NAN


def _integral(fn: Callable[[float], int]) -> Callable[[float], float]:
    def safe(x: float) -> float:
        return float(fn(x)) if math.isfinite(x) else x
    return safe


def _trig(fn: Callable[[float], float]) -> Callable[[float], float]:
    def safe(x: float) -> float:
        try:
            return fn(x)
        except ValueError:  # outside the domain (asin(2)) or infinite (sin(inf)), where numpy gives nan
            return NAN
    return safe


def _mod(a: float, b: float) -> float:
    try:
        return a % b
    except ZeroDivisionError:
        return NAN


def _rem(a: float, b: float) -> float:
    try:
        return math.fmod(a, b)
    except ValueError:
        return NAN


def _round(x: float) -> float:
    # Half away from zero, as people round (Python's round() rounds half to even).
    return math.copysign(math.floor(abs(x) + 0.5), x) if math.isfinite(x) else x


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _step(h: float, t0: float, t: float) -> float:
    return h if t + TIME_EPS >= t0 else 0.0


def _ramp(slope: float, t0: float, t: float, t1: float = INF) -> float:
    if t <= t0:
        return 0.0
    return slope * (min(t, t1) - t0)


def _pulse(h: float, t0: float, width: float, t: float, interval: float = 0.0) -> float:
    if not t + TIME_EPS >= t0:
        return 0.0
    start = t0
    if 0 < interval < INF:
        periods = (t + TIME_EPS - t0) / interval
        # An infinite number of periods (a start at -1e308) cannot be floored; numpy keeps it infinite.
        start = t0 + (math.floor(periods) if math.isfinite(periods) else periods) * interval
    return h if t + TIME_EPS < start + width else 0.0


def _delay(history: list[float], i: int, tau: float, dt: float, initial: float) -> float:
    lag = _round(_div(tau, dt))
    if not math.isfinite(lag):
        return NAN
    back = i - max(1, int(lag))
    return history[back] if back >= 0 else initial


def _lookup(x: float, xs: tuple[float, ...], ys: tuple[float, ...]) -> float:
    if x != x:
        return NAN
    if x <= xs[0]:
        return ys[0]
    if x >= xs[-1]:
        return ys[-1]
    k = bisect.bisect_right(xs, x)
    x0, x1, y0, y1 = xs[k - 1], xs[k], ys[k - 1], ys[k]
    return y0 + (y1 - y0) * (x - x0) / (x1 - x0)


def _truth(x: float) -> bool:
    return bool(x) and x == x


SCALAR = {
    "_div": _div, "_pow": _pow, "_exp": _exp, "_ln": _log(math.log), "_log10": _log(math.log10),
    "_sqrt": _sqrt, "_abs": abs, "_min": min, "_max": max, "_clip": _clip, "_round": _round,
    "_floor": _integral(math.floor), "_ceil": _integral(math.ceil), "_step": _step, "_ramp": _ramp,
    "_pulse": _pulse, "_delay": _delay, "_lookup": _lookup, "_truth": _truth,
    "_trunc": _integral(math.trunc), "_mod": _mod, "_rem": _rem, "_sin": _trig(math.sin), "_cos": _trig(math.cos),
    "_tan": _trig(math.tan), "_asin": _trig(math.asin), "_acos": _trig(math.acos), "_atan": _trig(math.atan),
    "_and": lambda a, b: float(_truth(a) and _truth(b)), "_or": lambda a, b: float(_truth(a) or _truth(b)),
    "_not": lambda a: float(not _truth(a)), "_where": None,  # scalar code uses Python's conditional expression
    "INF": INF,
}


# -- vectorised (samples along the last axis) -------------------------------------------------

Values = Any  # a float or a numpy array: generated code passes either


def _v_clip_public(x: Values, lo: Values, hi: Values) -> Values:
    return np.minimum(np.maximum(x, lo), hi)


# np.clip's own ufunc, min(max(x, lo), hi) with nan passed through: one call instead of np.clip's
# argument checks (5x slower) or a maximum then a minimum (4x). numpy 2, which pyproject requires,
# keeps it in numpy._core; should a later numpy move it, the public functions give the same answers.
_v_clip = getattr(getattr(getattr(np, "_core", None), "umath", None), "clip", None) or _v_clip_public


def _v_round(x: Values) -> Values:
    return np.copysign(np.floor(np.abs(x) + 0.5), x)


def _v_step(h: Values, t0: Values, t: Values) -> Values:
    return np.where(t + TIME_EPS >= t0, h, 0.0)


def _v_ramp(slope: Values, t0: Values, t: Values, t1: Values = INF) -> Values:
    return np.where(t <= t0, 0.0, slope * (np.minimum(t, t1) - t0))


def _v_pulse(h: Values, t0: Values, width: Values, t: Values, interval: Values = 0.0) -> Values:
    repeats = (np.asarray(interval) > 0) & np.isfinite(interval)
    periods = np.floor((t + TIME_EPS - t0) / np.where(repeats, interval, 1.0))
    start = np.where(repeats, t0 + periods * interval, t0)
    return np.where((t + TIME_EPS >= t0) & (t + TIME_EPS < start + width), h, 0.0)


def _v_delay(history: list[Values], i: int, tau: Values, dt: float, initial: Values) -> Values:
    lag = np.maximum(1, _v_round(np.asarray(tau, dtype=float) / dt))
    # As in the scalar _delay: a lag that is not a number gives nan, one longer than the run so far
    # gives the initial value (capped before converting: 1e300 steps is no integer numpy holds).
    finite = np.isfinite(lag)
    steps = np.minimum(np.where(finite, lag, 1.0), i + 1).astype(int)
    if lag.ndim == 0:
        if not finite:
            return NAN
        one_back = i - int(steps)
        return history[one_back] if one_back >= 0 else initial
    back = i - steps
    current = np.broadcast_to(initial, lag.shape).astype(float)
    for b in np.unique(back[back >= 0]):
        chosen = back == b
        current[chosen] = np.broadcast_to(history[b], lag.shape)[chosen]
    current[~finite] = NAN
    return current


def _v_truth(x: Values) -> Values:
    return np.logical_and(x != 0, x == x)


def _v_minmax(reduce: Callable[[Values, Values], Values]) -> Callable[..., Values]:
    def combined(*args: Values) -> Values:
        result = args[0]
        for arg in args[1:]:
            result = reduce(result, arg)
        return result
    return combined


VECTOR = {
    "_div": np.true_divide, "_pow": np.power, "_exp": np.exp, "_ln": np.log, "_log10": np.log10,
    "_sqrt": np.sqrt, "_abs": np.abs, "_min": _v_minmax(np.minimum), "_max": _v_minmax(np.maximum),
    "_min2": np.minimum, "_max2": np.maximum,
    "_clip": _v_clip, "_round": _v_round,
    "_floor": np.floor, "_ceil": np.ceil, "_step": _v_step, "_ramp": _v_ramp, "_pulse": _v_pulse,
    "_delay": _v_delay, "_lookup": lambda x, xs, ys: np.where(x == x, np.interp(x, xs, ys), NAN),
    "_truth": _v_truth, "_trunc": np.trunc, "_mod": np.mod, "_rem": np.fmod, "_sin": np.sin, "_cos": np.cos,
    "_tan": np.tan, "_asin": np.arcsin, "_acos": np.arccos, "_atan": np.arctan,
    "_and": lambda a, b: (_v_truth(a) & _v_truth(b)).astype(float),
    "_or": lambda a, b: (_v_truth(a) | _v_truth(b)).astype(float),
    "_not": lambda a: (~_v_truth(a)).astype(float),
    "_where": lambda c, a, b: np.where(_v_truth(c), a, b), "_where_mask": np.where,
    "INF": INF,
}
