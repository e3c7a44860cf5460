"""Explorations saved with the study: question, runs, seed and chosen box, in the file and the library,
refused with their place when wrong, and run again from the file to the same box."""

from __future__ import annotations

import json

import pytest

from models.domain import Variable
from models.engine.compiled import compile_study
from models.explore.ensemble import parse_question, run_ensemble
from models.explore.exploration import Exploration
from models.explore.prim import peel
from models.explore.rerun import rerun
from storage.errors import InterchangeError
from storage.interchange import parse_study_text, read_study_file, study_to_dict, write_study_file
from tests.models.helpers import aux, study_of


def box_study():
    """Failure exactly when reform < 0.3 and aid > 0.6."""
    return study_of(Variable("reform", "assumption", value=0.5, min=0, max=1),
                    Variable("aid", "assumption", value=0.5, min=0, max=1),
                    Variable("noise", "assumption", value=0.5, min=0, max=1),
                    aux("failure", "if(reform < 0.3 and aid > 0.6, 1, 0) + 0 * noise"), end=2.0)


def explored(study, runs=4_000, seed=9):
    """Explore `failure > 0.5` as the window does and keep the densest box holding half the failures."""
    question = parse_question(study, "failure > 0.5", 1.0, 2.0)
    scenario = study.scenarios[0].id
    ensemble = run_ensemble(compile_study(study), study, scenario, question, runs, seed)
    trajectory = peel(ensemble.columns(), ensemble.interesting, bounds=ensemble.space)
    box = trajectory.best(0.5)
    exploration = Exploration("Where failure > 0.5", scenario, question, runs, seed, box.restricted(trajectory.bounds))
    study.foresight.explorations.append(exploration)
    return exploration, trajectory, box


def test_an_exploration_is_written_as_its_question_runs_seed_and_box_and_read_back_the_same(tmp_path, library):
    study = box_study()
    exploration, _, _ = explored(study)
    path = tmp_path / "study.json"
    write_study_file(study, path)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written["version"] == 2
    [row] = written["study"]["explorations"]
    assert (row["question"], row["at"], row["until"], row["runs"], row["seed"]) == ("failure > 0.5", 1.0, 2.0, 4_000, 9)
    assert set(row["box"]) == {"reform", "aid"}
    assert read_study_file(path).foresight.explorations == [exploration]
    library.save_study(study)
    assert library.load_study(study.id).foresight.explorations == [exploration]


def test_the_same_seed_and_runs_from_the_file_give_the_same_box(tmp_path):
    study = box_study()
    exploration, trajectory, box = explored(study)
    path = tmp_path / "study.json"
    write_study_file(study, path)
    again = read_study_file(path)
    _, trajectory_again, box_again = rerun(again, again.foresight.explorations[0])
    assert box_again == box  # every limit, coverage and density, exactly
    assert trajectory_again.boxes == trajectory.boxes


def test_a_box_the_model_no_longer_gives_is_not_found_rather_than_another_shown(tmp_path):
    study = box_study()
    exploration, _, _ = explored(study)
    exploration.seed += 1  # another ensemble: its boxes' limits differ from the saved ones
    assert rerun(study, exploration)[2] is None


@pytest.mark.parametrize("change, place", [
    ({"scenario": "Nowhere"}, "study.explorations[0].scenario: unknown scenario 'Nowhere'"),
    ({"question": "growth < 0"}, "study.explorations[0].question: the condition names 'growth'"),
    ({"at": 2.0, "until": 1.0}, "study.explorations[0].question: the stretch ends at 1"),
    ({"box": {"speed": [0, 1]}}, "study.explorations[0].box.speed: 'speed' is not an assumption"),
    ({"box": {"aid": [0.9, 0.1]}}, "study.explorations[0].box.aid: the range 0.9 to 0.1 runs backwards"),
    ({"runs": 0}, "study.explorations[0].runs: Input should be greater than or equal to 1"),
])
def test_a_wrong_exploration_is_refused_with_its_place(change, place):
    study = box_study()
    explored(study, runs=500)
    document = study_to_dict(study)
    document["study"]["explorations"][0].update(change)
    with pytest.raises(InterchangeError) as caught:
        parse_study_text(json.dumps(document), "bad.json")
    assert any(place in problem for problem in caught.value.problems), caught.value.problems
