"""Turn a PRIM box into a scenario: a child of the explored scenario whose assumptions sit in the box.

Each assumption the box restricts is set to the middle of its range there; the others are
inherited, so the new scenario is the explored one moved into the region where the condition
held. Its name comes from the question and its narrative says how it was found.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.commands.base import Change, Command
from models.commands.scenario import AddScenario, SetAssumption
from models.domain import Scenario, Study
from models.explore.exploration import Exploration
from models.explore.question import Question
from models.explore.prim import Box
from models.formatting import format_time, format_value, localise
from models.i18n import fill, translate

WORDS = {"<": "<", "<=": "≤", ">": ">", ">=": "≥"}


def question_words(study: Study, question: Question) -> str:
    """Return the question as a person reads it, in the interface's language: "GDP growth < 0 in 2030"."""
    variable = study.variable(question.variable)
    at = format_time(question.time, study.time.step, study.time.unit)
    if question.until is None:
        when = fill(translate("Explore", "in %1", "a question's time"), at)
    else:
        when = fill(translate("Explore", "at any time from %1 to %2", "a question's stretch"), at,
                    format_time(question.until, study.time.step, study.time.unit))
    return fill(translate("Explore", "%1 %2 %3 %4", "variable, comparison, threshold, time"), variable.title,
                WORDS[question.comparison], format_value(question.threshold, trim=True), when)


def box_values(box: Box, bounds: dict[str, tuple[float, float]]) -> dict[str, float]:
    """Return each assumption the box restricts with the middle of its range in the box."""
    return {name: (low + high) / 2 for name, (low, high) in box.restricted(bounds).items()}


def box_narrative(study: Study, question: Question, box: Box, bounds: dict[str, tuple[float, float]],
                  runs: int, seed: int, explored: str) -> str:
    """Return the Markdown narrative saying how the box was found: question, ensemble, coverage, density, ranges.

    Written in the interface's language when the scenario is made: a narrative is the study's text from then on.
    """
    lines = [fill(translate("Explore", "Found by scenario discovery on “%1”: of %2 runs (seed %3) with every slider "
                                       "drawn across its range, PRIM looked for where %4."),
                  explored, localise(f"{runs:,}"), seed, question_words(study, question)),
             "",
             fill(translate("Explore", "The box holds %1 of the runs where that happened (coverage), and it happened in "
                                       "%2 of the runs inside it (density). Each assumption it narrows is set to the middle "
                                       "of its range there:"),
                  localise(f"{box.coverage:.0%}"), localise(f"{box.density:.0%}")),
             ""]
    for name, (low, high) in box.restricted(bounds).items():
        variable = study.variable(name)
        whole_low, whole_high = bounds[name]
        values = (variable.title, format_value(low, trim=True), format_value(high, trim=True),
                  format_value(whole_low, trim=True), format_value(whole_high, trim=True))
        if variable.unit:
            lines.append(fill(translate("Explore", "- %1: %2 to %3 %6 (of %4 to %5)"), *values, variable.unit))
        else:
            lines.append(fill(translate("Explore", "- %1: %2 to %3 (of %4 to %5)"), *values))
    return "\n".join(lines)


@dataclass
class AddBoxScenario(Command):
    """Add a child scenario and set its assumptions in one undoable step."""

    scenario: Scenario
    index: int
    values: dict[str, float]
    labels: dict[str, str] = field(default_factory=dict)
    exploration: Exploration | None = None  # kept with the study: how the box was found, to run it again
    _steps: list[Command] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self.text = fill(translate("Commands", "Make scenario '%1'"), self.scenario.name)
        self._steps = [AddScenario(self.scenario, self.index, "Make scenario"),
                       *(SetAssumption(self.scenario.id, name, value, self.labels.get(name, ""))
                         for name, value in self.values.items())]

    def apply(self, study: Study) -> Change:
        """Add the scenario, then set each of its assumptions."""
        changes = [step.apply(study) for step in self._steps]
        if self.exploration is not None:
            study.foresight.explorations.append(self.exploration)
        return Change(values=frozenset({self.scenario.id}), scenarios=True,
                      assumptions=frozenset().union(*(c.assumptions for c in changes)),
                      foresight=self.exploration is not None)

    def revert(self, study: Study) -> Change:
        """Unset the assumptions, then remove the scenario."""
        if self.exploration is not None:
            study.foresight.explorations.remove(self.exploration)
        for step in reversed(self._steps):
            step.revert(study)
        # Only the list changed for the views: the scenario and its values are gone together.
        return Change(scenarios=True, foresight=self.exploration is not None)
