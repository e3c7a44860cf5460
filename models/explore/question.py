"""What an exploration asks: a variable compared with a threshold at one time, or at any time of a stretch.

Kept apart from the ensemble so the study's saved explorations can name a question without the engine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.formatting import localise
from models.i18n import fill, translate

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
        """Return the question as people read it, variable by its name, in the interface's language."""
        threshold, time = localise(f"{self.threshold:g}"), localise(f"{self.time:g}")
        if self.until is None:
            return fill(translate("Explore", "%1 %2 %3 at %4"), self.variable, self.comparison, threshold, time)
        return fill(translate("Explore", "%1 %2 %3 at any time from %4 to %5"), self.variable, self.comparison, threshold,
                    time, localise(f"{self.until:g}"))
