"""Make a scenario from a PRIM box, through the session's undo stack, and show it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.domain import Scenario
from models.explore.box_scenario import (
    AddBoxScenario,
    box_narrative,
    box_values,
    question_words,
)
from models.explore.ensemble import Ensemble
from models.explore.exploration import Exploration
from models.explore.prim import Box, Trajectory
from ui.panels.scenario_panel import next_color, unique_name
from ui.i18n.text import fill
from ui.session.study_session import StudySession


def make_box_scenario(session: StudySession, parent_id: str, ensemble: Ensemble, trajectory: Trajectory,
                      box: Box) -> Scenario:
    """Add a child of `parent_id` whose narrowed assumptions sit in the box's middle; return it, shown and selected."""
    study = session.study
    parent = study.scenario(parent_id)
    runs = int(ensemble.inputs.shape[0])
    name = unique_name(fill(QCoreApplication.translate("MakeScenario", "Where %1", "a scenario's name: where the question holds"),
                            question_words(study, ensemble.question)), {s.name for s in study.scenarios})
    narrative = box_narrative(study, ensemble.question, box, trajectory.bounds, runs, ensemble.seed, parent.name)
    scenario = Scenario(name, color=next_color([s.color for s in study.scenarios]), narrative=narrative,
                        parent_id=parent_id)
    values = box_values(box, trajectory.bounds)
    labels = {name: study.variable(name).title for name in values}
    session.set_shown(scenario.id, True)
    # Kept with the study, so the box can be found again from the file: same question, runs and seed.
    exploration = Exploration(scenario.name, parent_id, ensemble.question, runs, ensemble.seed,
                              box.restricted(trajectory.bounds), made=scenario.id)
    session.push(AddBoxScenario(scenario, study.scenarios.index(parent) + 1, values, labels, exploration))
    session.select(scenario.id)
    return scenario
