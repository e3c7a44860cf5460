"""An exploration kept with the study: the question, the ensemble's size and seed, and the box chosen.

Only what is needed to run it again is kept (not the runs): the same scenario, question, number of
runs and seed give the same ensemble bit for bit, so the same trajectory and the same box.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from models.explore.question import Question


@dataclass
class Exploration:
    """One saved exploration of a scenario."""

    name: str  # as people read the question ("Where GDP growth < 0 in 2030")
    scenario: str  # the id of the scenario explored
    question: Question
    runs: int
    seed: int
    box: dict[str, tuple[float, float]]  # the chosen box: each assumption it narrows, with its range there
    made: str | None = None  # the id of the scenario made from the box, while it exists
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def condition(self) -> str:
        """Return the condition as `explore --where` takes it ("gdp_growth < 0")."""
        return f"{self.question.variable} {self.question.comparison} {self.question.threshold!r}"
