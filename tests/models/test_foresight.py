"""The foresight layer headless: quadrant scenarios, the box's enumeration, actors' relations, undo."""

import itertools

import pytest

from models.domain import Scenario, Variable
from models.foresight.actors import relation, relations, support
from models.foresight.box import combination_count, enumerate_consistent
from models.foresight.commands import (
    CaptureQuadrantVariant,
    EditForesight,
    MakeQuadrants,
    RateDriver,
    ScenarioFromCombination,
    SetJudgement,
    SetPole,
)
from models.foresight.domain import (
    Actor,
    Axis,
    Descriptor,
    Driver,
    Judgement,
    Matrix,
    Morphology,
    Objective,
    Pole,
    Variant,
)
from models.foresight.matrix import axes_problems, quadrant_scenarios
from tests.models.helpers import assert_round_trip_is_exact, study_of


def _assumption(name, value):
    return Variable(name, "assumption", value=value, min=0, max=100)


def _matrix():
    pace = Axis("d1", (Pole("Slow reform", {"reform_pace": 20.0}), Pole("Fast reform", {"reform_pace": 80.0})))
    outside = Axis("d2", (Pole("Little outside influence", {"us_aid": 10.0, "china_invest": 5.0}),
                          Pole("Strong outside influence", {"us_aid": 90.0, "china_invest": 60.0})))
    return Matrix((pace, outside))


def _study():
    base = Scenario("Base", overrides={"reform_pace": 50.0})
    return study_of(_assumption("reform_pace", 50), _assumption("us_aid", 30), _assumption("china_invest", 20),
                    scenarios=[base])


def test_the_four_quadrant_scenarios_overrides_are_exactly_the_poles():
    made = quadrant_scenarios(_matrix(), "ref")
    assert set(made) == {"00", "01", "10", "11"}
    assert made["00"].overrides == {"reform_pace": 20.0, "us_aid": 10.0, "china_invest": 5.0}
    assert made["01"].overrides == {"reform_pace": 20.0, "us_aid": 90.0, "china_invest": 60.0}
    assert made["10"].overrides == {"reform_pace": 80.0, "us_aid": 10.0, "china_invest": 5.0}
    assert made["11"].overrides == {"reform_pace": 80.0, "us_aid": 90.0, "china_invest": 60.0}
    assert made["10"].name == "Fast reform / Little outside influence"
    assert all(s.parent_id == "ref" for s in made.values())
    assert "How we got here" in made["11"].narrative
    assert len({s.id for s in made.values()}) == 4


def test_an_assumption_on_both_axes_is_refused_with_its_place():
    matrix = _matrix()
    matrix.axes[1].poles[0].assumptions["reform_pace"] = 1.0
    study = _study()
    assert any("'reform_pace' is already set by axis 1" in p for p in axes_problems(matrix, study))
    with pytest.raises(ValueError, match="reform_pace"):
        quadrant_scenarios(matrix, "ref")


def test_making_quadrants_adds_four_children_and_undo_removes_them_exactly():
    study = _study()
    reference = study.scenarios[0].id
    command = MakeQuadrants(matrix=_matrix(), reference_id=reference)
    assert_round_trip_is_exact(study, command)
    assert len(study.scenarios) == 5
    assert set(study.foresight.matrix.quadrants) == {"00", "01", "10", "11"}
    for key, sid in study.foresight.matrix.quadrants.items():
        first, second = study.foresight.matrix.poles_of(key)
        assert study.scenario(sid).overrides == first.assumptions | second.assumptions
        assert study.scenario(sid).parent_id == reference


def test_changing_a_pole_moves_its_two_quadrants_in_one_undoable_step():
    study = _study()
    MakeQuadrants(matrix=_matrix(), reference_id=study.scenarios[0].id).apply(study)
    quadrants = dict(study.foresight.matrix.quadrants)
    study.scenario(quadrants["11"]).overrides["extra"] = 3.0  # the team's own edit survives the pole change
    command = SetPole(axis=0, pole=1, value=Pole("Very fast reform", {"reform_pace": 95.0}))
    assert_round_trip_is_exact(study, command)
    assert study.scenario(quadrants["10"]).overrides["reform_pace"] == 95.0
    assert study.scenario(quadrants["11"]).overrides == {"reform_pace": 95.0, "us_aid": 90.0,
                                                         "china_invest": 60.0, "extra": 3.0}
    assert study.scenario(quadrants["00"]).overrides["reform_pace"] == 20.0  # the other pole's are untouched
    assert study.scenario(quadrants["10"]).name == "Very fast reform / Little outside influence"
    command.revert(study)
    assert study.scenario(quadrants["10"]).overrides["reform_pace"] == 80.0


def _box(sizes, scores):
    """Return a box with descriptors of these sizes and judgements from `scores` ((d, v, e, w) -> score)."""
    descriptors = [Descriptor(f"D{d}", [Variant(f"D{d}v{v}", id=f"{d}.{v}") for v in range(n)], id=f"D{d}")
                   for d, n in enumerate(sizes)]
    judgements = [Judgement(f"{d}.{v}", f"{e}.{w}", s) for (d, v, e, w), s in scores.items()]
    return Morphology(descriptors, judgements)


def _brute(box, floor):
    """Score every combination by looping over all pairs: the definition, written independently."""
    table = {}
    for j in box.judgements:
        table.setdefault(frozenset((j.first, j.second)), []).append(j.score)
    found = []
    for combo in itertools.product(*[[v.id for v in d.variants] for d in box.descriptors]):
        pair_scores = [sum(table.get(frozenset(p), [0])) / len(table.get(frozenset(p), [0]))
                       for p in itertools.combinations(combo, 2)]
        if all(s >= floor for s in pair_scores):
            found.append((combo, sum(pair_scores)))
    return found


@pytest.mark.parametrize("sizes, seed", [((2, 3), 1), ((3, 3, 2), 2), ((4, 2, 3, 2), 3), ((2, 2, 2, 2, 2), 4),
                                         ((3, 4, 2, 3, 2), 5), ((5, 1, 3), 6)])
@pytest.mark.parametrize("floor", [0, -1])
def test_enumeration_matches_brute_force(sizes, seed, floor):
    import random

    rng = random.Random(seed)
    scores = {}
    for d, e in itertools.combinations(range(len(sizes)), 2):
        for v in range(sizes[d]):
            for w in range(sizes[e]):
                if rng.random() < 0.7:
                    scores[(d, v, e, w)] = rng.randint(-3, 3)
    box = _box(sizes, scores)
    expected = _brute(box, floor)
    result = enumerate_consistent(box, floor=floor, keep=10_000)
    assert result.consistent == len(expected)
    assert result.total == combination_count(box)
    assert {c.variants: c.score for c in result.combinations} == pytest.approx(dict(expected))
    assert [c.score for c in result.combinations] == sorted((c.score for c in result.combinations), reverse=True)


def test_a_hand_built_box_has_the_combinations_worked_out_by_hand():
    # Two descriptors of two variants, A0-B1 contradictory (-3), A1-B1 reinforcing (+2), the rest unjudged (0):
    # consistent are A0B0 (0), A1B0 (0), A1B1 (+2); best first is A1B1.
    box = _box((2, 2), {(0, 0, 1, 1): -3, (0, 1, 1, 1): 2})
    result = enumerate_consistent(box)
    assert result.consistent == 3
    assert result.combinations[0].variants == ("0.1", "1.1")
    assert result.combinations[0].score == 2
    assert ("0.0", "1.1") not in [c.variants for c in result.combinations]


def test_two_assessors_scores_are_averaged_and_their_disagreement_shown():
    box = _box((2, 2), {})
    box.judgements = [Judgement("0.0", "1.0", 3, "Ana"), Judgement("1.0", "0.0", -1, "Ben")]
    assert box.consistency("0.0", "1.0") == 1.0
    assert box.disagreement("1.0", "0.0") == 4
    assert box.scores(frozenset(("0.0", "1.0"))) == {"Ana": 3, "Ben": -1}


def test_enumeration_can_be_cancelled_and_says_so():
    box = _box((4,) * 8, {(0, 0, 1, 0): 1})
    calls = []

    def check(progress):
        calls.append(progress)
        return len(calls) < 2

    result = enumerate_consistent(box, check=check, block_cells=1000)
    assert result.cancelled
    assert result.examined < result.total


def test_a_box_too_large_to_list_is_sampled_and_says_so():
    box = _box((5,) * 12, {(0, 0, 1, 0): -3})
    result = enumerate_consistent(box, exact_limit=1000, samples=5000)
    assert result.sampled
    assert result.total == 5 ** 12
    assert all(not (c.variants[0] == "0.0" and c.variants[1] == "1.0") for c in result.combinations)


def test_convergence_and_divergence_between_actors():
    objectives = [Objective("Reform", id="o1"), Objective("Aid", id="o2"), Objective("Mining", id="o3")]
    us = Actor("US", 5, {"o1": 2, "o2": 2, "o3": -1}, id="us")
    gov = Actor("Government", 4, {"o1": 1, "o2": 2, "o3": 2}, id="gov")
    neutral = Actor("Neutral", 1, {}, id="n")
    r = relation(us, gov, objectives)
    assert r.convergence == (2 + 1) / 2 + (2 + 2) / 2
    assert r.divergence == (1 + 2) / 2
    assert r.agree_on == ("o1", "o2") and r.oppose_on == ("o3",)
    assert relation(us, neutral, objectives).balance == 0
    assert len(relations([us, gov, neutral], objectives)) == 3
    assert support([us, gov], objectives[2]) == (4 * 2, 5 * 1)


def _with_layer():
    study = _study()
    study.foresight.drivers = [Driver("Reform pace", impact=5, uncertainty=4, assumptions=["reform_pace"], id="d1")]
    study.foresight.morphology = _box((2, 2), {(0, 0, 1, 0): 1})
    study.foresight.morphology.descriptors[0].variants[1].assumptions = {"reform_pace": 70.0}
    study.foresight.morphology.descriptors[1].variants[0].assumptions = {"us_aid": 40.0}
    return study


@pytest.mark.parametrize("make", [
    lambda s: EditForesight("Add driver", lambda f: f.drivers.append(Driver("Crime"))),
    lambda s: EditForesight("Add actor", lambda f: f.actors.append(Actor("Brazil", 3))),
    lambda s: RateDriver("d1", 2, 5),
    lambda s: SetJudgement("0.0", "1.0", -2),
    lambda s: SetJudgement("0.0", "1.0", None),
    lambda s: SetJudgement("0.1", "1.1", 3, "Ana"),
    lambda s: ScenarioFromCombination(("0.1", "1.0"), s.scenarios[0].id, "From the box"),
    lambda s: EditForesight("Remove objective", lambda f: f.objectives.clear()),
    # The room's capture with a quadrant picked: the base scenario stands in for the quadrant and the explored one.
    lambda s: CaptureQuadrantVariant(s.scenarios[0].id, s.scenarios[0].id,
                                     Scenario("Variant", parent_id=s.scenarios[0].id, overrides={"us_aid": 10.0}), {}),
])
def test_every_foresight_edit_reverts_exactly(make):
    study = _with_layer()
    assert_round_trip_is_exact(study, make(study))


def test_a_scenario_from_a_combination_takes_its_variants_values():
    study = _with_layer()
    command = ScenarioFromCombination(("0.1", "1.0"), study.scenarios[0].id, "From the box")
    command.apply(study)
    made = study.scenario_named("From the box")
    assert made.overrides == {"reform_pace": 70.0, "us_aid": 40.0}
    assert made.parent_id == study.scenarios[0].id


def test_a_drag_on_the_map_is_one_step_and_a_drag_back_is_nothing():
    study = _with_layer()
    first = RateDriver("d1", 4, 4, gesture=7)
    first.apply(study)
    later = RateDriver("d1", 3, 2, gesture=7)
    assert first.merge(later)
    later.apply(study)
    first.revert(study)
    assert (study.foresight.driver("d1").impact, study.foresight.driver("d1").uncertainty) == (5, 4)
    assert RateDriver("d1", 5, 4).is_noop() is False  # not applied yet: nothing to compare
    with pytest.raises(ValueError):
        RateDriver("d1", 6, 1)


def test_only_the_best_are_kept_best_first_and_ties_in_box_order():
    import random

    rng = random.Random(9)
    sizes = (3, 3, 3, 3)
    scores = {(d, v, e, w): rng.randint(-1, 2) for d, e in itertools.combinations(range(4), 2)
              for v in range(3) for w in range(3)}
    box = _box(sizes, scores)
    expected = sorted(_brute(box, 0), key=lambda item: -item[1])  # stable: box order among equals
    result = enumerate_consistent(box, keep=7, block_cells=10)
    assert [(c.variants, c.score) for c in result.combinations] == [(v, pytest.approx(s)) for v, s in expected[:7]]
    assert result.consistent == len(expected)


def test_a_matrix_set_up_from_two_drivers_starts_at_their_assumptions_ends():
    from models.foresight.matrix import matrix_from_drivers

    study = _study()
    pace = Driver("Reform", assumptions=["reform_pace", "us_aid"], id="d1")
    outside = Driver("Outside", assumptions=["us_aid", "china_invest"], id="d2")
    matrix = matrix_from_drivers(study, pace, outside)
    assert matrix.axes[0].poles[0].assumptions == {"reform_pace": 0.0, "us_aid": 0.0}
    assert matrix.axes[0].poles[1].assumptions == {"reform_pace": 100.0, "us_aid": 100.0}
    assert matrix.axes[1].poles[1].assumptions == {"china_invest": 100.0}  # us_aid stays with the first axis
    assert matrix.axes[1].poles[0].label == "Low outside"
    assert not axes_problems(matrix, study)


def test_a_quadrant_variant_sits_under_its_quadrant_and_the_explored_scenario_returns_to_its_start():
    study = _study()
    quadrant = Scenario("Fast reform / Aid up", parent_id=study.scenarios[0].id, overrides={"reform_pace": 80.0})
    other = Scenario("Other")
    study.scenarios += [quadrant, other]
    explored = study.scenarios[0]  # moved by the room: reform_pace 50 -> 60 since the start (start: 50)
    explored.overrides = {"reform_pace": 60.0}
    variant = Scenario("Variant", parent_id=quadrant.id, overrides={"reform_pace": 60.0})
    command = CaptureQuadrantVariant(explored.id, quadrant.id, variant, {"reform_pace": 50.0})
    command.apply(study)
    assert [s.name for s in study.scenarios] == ["Base", "Fast reform / Aid up", "Variant", "Other"]
    assert explored.overrides == {"reform_pace": 50.0}
    command.revert(study)
    assert [s.name for s in study.scenarios] == ["Base", "Fast reform / Aid up", "Other"]
    assert explored.overrides == {"reform_pace": 60.0}
