"""Exploration ensembles: every run drawn across the sliders' ranges, reproducible by seed, and PRIM finds the box."""

from __future__ import annotations

import numpy as np
import pytest

from models.domain import Effect, Event, Variable
from models.engine.compiled import compile_study
from models.explore.ensemble import (
    chunk_sizes,
    parse_question,
    run_chunk,
    run_ensemble,
    uncertainty_space,
)
from models.explore.prim import peel
from tests.models.helpers import aux, study_of


def slider(name: str, value: float, low: float = 0.0, high: float = 1.0) -> Variable:
    return Variable(name, "assumption", value=value, min=low, max=high)


def box_study():
    """Failure exactly when reform < 0.3 and aid > 0.6; `noise` plays no part."""
    return study_of(slider("reform", 0.5), slider("aid", 0.5), slider("noise", 0.5, -5, 5),
                    aux("failure", "if(reform < 0.3 and aid > 0.6, 1, 0) + 0 * noise"), end=2.0)


def test_each_run_draws_every_slider_across_its_whole_range():
    study = box_study()
    assert uncertainty_space(study, study.scenarios[0].id) == {"reform": (0, 1), "aid": (0, 1), "noise": (-5, 5)}
    question = parse_question(study, "failure > 0.5", None)
    ensemble = run_ensemble(compile_study(study), study, study.scenarios[0].id, question, 20_000, seed=7, chunk=3_000)
    inputs = ensemble.columns()
    assert inputs["noise"].min() >= -5 and inputs["noise"].max() <= 5 and abs(inputs["noise"].mean()) < 0.1
    # The model's answer, run by run, is the closed form of its equation.
    expected = (inputs["reform"] < 0.3) & (inputs["aid"] > 0.6)
    np.testing.assert_array_equal(ensemble.interesting, expected)
    assert ensemble.interesting.mean() == pytest.approx(0.3 * 0.4, abs=0.01)


def test_the_same_seed_gives_the_same_ensemble_whichever_order_chunks_are_run_in():
    study = box_study()
    model, scenario = compile_study(study), study.scenarios[0].id
    question = parse_question(study, "failure > 0.5", 2.0)
    whole = run_ensemble(model, study, scenario, question, 7_000, seed=11, chunk=2_000)
    sizes = chunk_sizes(7_000, 2_000)
    seeds = np.random.SeedSequence(11).spawn(len(sizes))
    space = uncertainty_space(study, scenario)
    # As workers would: each chunk alone, finished in reverse order, then put in chunk order.
    parts = {k: run_chunk(model, study, scenario, question, space, seeds[k], sizes[k]) for k in reversed(range(len(sizes)))}
    np.testing.assert_array_equal(np.concatenate([parts[k][0] for k in range(len(sizes))]), whole.inputs)
    np.testing.assert_array_equal(np.concatenate([parts[k][1] for k in range(len(sizes))]), whole.outcome)


def test_prim_on_the_ensemble_finds_the_box_that_was_built_into_the_model():
    study = box_study()
    question = parse_question(study, "failure > 0.5", None)
    ensemble = run_ensemble(compile_study(study), study, study.scenarios[0].id, question, 20_000, seed=3)
    trajectory = peel(ensemble.columns(), ensemble.interesting, bounds=ensemble.space)
    limits = trajectory.best(min_coverage=0.8).restricted(trajectory.bounds)
    assert set(limits) == {"reform", "aid"}
    assert limits["reform"][1] == pytest.approx(0.3, abs=0.05) and limits["aid"][0] == pytest.approx(0.6, abs=0.05)


def test_a_chance_event_happens_with_its_probability_in_the_runs():
    study = box_study()
    study.events.append(Event("shock", probability=0.25, start=0.0, duration=10.0, effects=[Effect("failure", "add", 10.0)]))
    question = parse_question(study, "failure > 5", None)
    ensemble = run_ensemble(compile_study(study), study, study.scenarios[0].id, question, 20_000, seed=5)
    assert ensemble.interesting.mean() == pytest.approx(0.25, abs=0.01)


@pytest.mark.parametrize("condition, time, message", [
    ("failure is bad", None, "not of the form"),
    ("missing < 1", None, "'missing', which is not a variable"),
    ("failure > 0", 99.0, "outside the study's axis"),
])
def test_a_question_that_cannot_be_asked_says_why(condition, time, message):
    with pytest.raises(ValueError, match=message):
        parse_question(box_study(), condition, time)


def rising_study():
    """`level` starts at 0 and grows by `pace` a year: at year t it is t × pace (Euler, one-year steps)."""
    return study_of(slider("pace", 0.5), slider("noise", 0.5), Variable("level", "stock", initial="0", equation="pace"),
                    end=10.0)


def test_at_any_time_in_a_stretch_holds_when_the_condition_holds_at_one_of_its_times():
    study = rising_study()
    model, scenario = compile_study(study), study.scenarios[0].id
    # Above 2 at any time from year 1 to year 5: 5 × pace > 2, so pace > 0.4; at year 2 alone, 2 × pace > 2 never.
    stretch = parse_question(study, "level > 2", 1.0, 5.0)
    ensemble = run_ensemble(model, study, scenario, stretch, 5_000, seed=2)
    np.testing.assert_array_equal(ensemble.interesting, ensemble.columns()["pace"] > 0.4)
    once = run_ensemble(model, study, scenario, parse_question(study, "level > 2", 2.0), 5_000, seed=2)
    assert not once.interesting.any()
    # Below 0.5 at any time from year 1 to year 5: the lowest value, at year 1, is pace itself.
    low = run_ensemble(model, study, scenario, parse_question(study, "level < 0.5", 1.0, 5.0), 5_000, seed=2)
    np.testing.assert_array_equal(low.interesting, low.columns()["pace"] < 0.5)


def test_a_stretch_that_ends_before_it_starts_or_off_the_axis_is_refused():
    study = rising_study()
    with pytest.raises(ValueError, match="not after it starts"):
        parse_question(study, "level > 2", 5.0, 3.0)
    with pytest.raises(ValueError, match="outside the study's axis"):
        parse_question(study, "level > 2", 5.0, 30.0)
