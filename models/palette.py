"""Colours for scenario lines that stay apart, also for readers with red-green colour blindness.

Candidates are the Okabe-Ito palette (designed for colour-blind readers) and Tableau 10 (designed
for distinguishable lines); a new scenario takes the candidate farthest from every colour in use,
measured in CIELAB as seen normally and as a deuteranope sees it, so no two lines are near twins.
"""

from __future__ import annotations

import math

# Okabe-Ito without its black (the axes' ink) and yellow (unreadable as a thin line on white).
OKABE_ITO = ("#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9")
TABLEAU_10 = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac")
CANDIDATES = OKABE_ITO + TABLEAU_10
# Below this CIELAB distance two thin lines read as one colour.
NEAR_TWIN = 20.0

# Brettel, Viénot and Mollon's deuteranopia simulation as one linear-RGB matrix (Viénot et al. 1999).
_DEUTAN = ((0.29031, 0.70969, 0.0), (0.29031, 0.70969, 0.0), (-0.02197, 0.02197, 1.0))


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _rgb(color: str) -> tuple[float, float, float]:
    text = color.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a colour like #1f77b4: {color!r}")
    return tuple(_linear(int(text[k:k + 2], 16) / 255) for k in (0, 2, 4))  # type: ignore[return-value]


def _lab(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _deutan(rgb: tuple[float, float, float]) -> tuple[float, float, float]:
    return tuple(max(0.0, sum(m * c for m, c in zip(row, rgb))) for row in _DEUTAN)  # type: ignore[return-value]


def distance(first: str, second: str) -> float:
    """Return how far apart two colours look: the CIELAB distance, the smaller of normal and deuteranope vision."""
    a, b = _rgb(first), _rgb(second)
    return min(math.dist(_lab(a), _lab(b)), math.dist(_lab(_deutan(a)), _lab(_deutan(b))))


def distinct_color(used: list[str], candidates: tuple[str, ...] = CANDIDATES) -> str:
    """Return the candidate that looks least like any colour in use (the first candidate when none is)."""
    taken = []
    for color in used:
        try:
            _rgb(color)
        except ValueError:
            continue  # a name like "red" from an old file: it cannot be measured, so it does not block
        taken.append(color)
    if not taken:
        return candidates[0]
    return max(candidates, key=lambda c: (min(distance(c, u) for u in taken), -candidates.index(c)))


def is_near_twin(color: str, used: list[str]) -> bool:
    """Say whether a colour would be mistaken for one already in use."""
    try:
        return any(distance(color, u) < NEAR_TWIN for u in used if u.lower() != "" and _valid(u))
    except ValueError:
        return False


def _valid(color: str) -> bool:
    try:
        _rgb(color)
    except ValueError:
        return False
    return True
