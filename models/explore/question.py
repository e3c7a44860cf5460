"""What an exploration asks: a variable compared with a threshold at one time, or at any time of a stretch.

Kept apart from the ensemble so the study's saved explorations can name a question without the engine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

REDUCE = {"<": np.min, "<=": np.min, ">": np.max, ">=": np.max}  # "at any time": the extreme that decides


@dataclass(frozen=True)
class Question:
    """What makes a run interesting: a variable compared with a threshold at `time`, or at any time up to `until`."""

    variable: str
    comparison: str  # "<", "<=", ">" or ">="
    threshold: float
    time: float
    until: float | None = None  # with it, the condition holds when it holds at any time from `time` to `until`

    def holds(self, values: np.ndarray) -> np.ndarray:
        """Return, per run, whether the condition holds for these values of the variable."""
        op = {"<": np.less, "<=": np.less_equal, ">": np.greater, ">=": np.greater_equal}[self.comparison]
        return np.asarray(op(values, self.threshold), dtype=bool)

    def reduce(self, values: np.ndarray) -> np.ndarray:
        """Return, per run, the one value that decides the question from (times, runs) values over its stretch.

        Below a threshold at any time is the same as the lowest value being below it (above: the highest).
        """
        return np.asarray(REDUCE[self.comparison](values, axis=0), dtype=float)

    def describe(self) -> str:
        """Return the question as people read it."""
        if self.until is None:
            return f"{self.variable} {self.comparison} {self.threshold:g} at {self.time:g}"
        return f"{self.variable} {self.comparison} {self.threshold:g} at any time from {self.time:g} to {self.until:g}"
