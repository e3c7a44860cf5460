"""A PRIM box becomes a child scenario in one command: midpoints of the box, a name from the question, undone exactly."""

from __future__ import annotations

from models.domain import Scenario, Variable
from models.explore.box_scenario import (
    AddBoxScenario,
    box_narrative,
    box_values,
    question_words,
)
from models.explore.ensemble import Question
from models.explore.prim import Box
from tests.models.helpers import assert_round_trip_is_exact, aux, study_of

BOUNDS = {"reform": (0.0, 100.0), "aid": (0.0, 400.0), "noise": (0.0, 1.0)}
BOX = Box({"reform": (0.0, 30.0), "aid": (250.0, 400.0), "noise": (0.0, 1.0)}, coverage=0.8, density=0.9, mass=0.1,
          points=1000)


def _study():
    return study_of(Variable("reform", "assumption", label="Reform pace", unit="%", value=50, min=0, max=100),
                    Variable("aid", "assumption", label="US aid", unit="USD M", value=100, min=0, max=400),
                    Variable("noise", "assumption", value=0.5, min=0, max=1),
                    aux("gdp_growth", "reform / 10 - aid / 100"), start=2025.0, end=2035.0, step=0.25,
                    scenarios=[Scenario("Base", overrides={"aid": 150.0})])


def test_each_narrowed_assumption_goes_to_the_middle_of_its_range_in_the_box_and_the_others_are_left_alone():
    assert box_values(BOX, BOUNDS) == {"reform": 15.0, "aid": 325.0}


def test_the_question_reads_with_the_variable_s_label_and_the_year():
    study = _study()
    study.variable("gdp_growth").label = "GDP growth"
    assert question_words(study, Question("gdp_growth", "<", 0.0, 2030.0)) == "GDP growth < 0 in 2030"
    assert question_words(study, Question("gdp_growth", ">=", 2.5, 2026.5)) == "GDP growth ≥ 2.5 in Q3 2026"


def test_the_narrative_says_how_the_box_was_found():
    study = _study()
    text = box_narrative(study, Question("gdp_growth", "<", 0.0, 2030.0), BOX, BOUNDS, 10_000, 7, "Base")
    assert "“Base”" in text and "10,000 runs (seed 7)" in text and "gdp_growth < 0 in 2030" in text
    assert "holds 80%" in text and "in 90%" in text
    assert "- Reform pace: 0 to 30 % (of 0 to 100)" in text and "- US aid: 250 to 400 USD M (of 0 to 400)" in text
    assert "noise" not in text  # not narrowed, not listed


def test_making_the_scenario_is_one_command_that_reverts_exactly():
    study = _study()
    base = study.scenarios[0]
    child = Scenario("Where growth fails", parent_id=base.id)
    command = AddBoxScenario(child, 1, box_values(BOX, BOUNDS), {"aid": "US aid"})
    assert_round_trip_is_exact(study, command)
    assert study.scenarios[1] is child and child.overrides == {"reform": 15.0, "aid": 325.0}
    assert base.overrides == {"aid": 150.0}  # the explored scenario keeps its own value
    assert command.text == "Make scenario 'Where growth fails'"


def test_the_question_and_narrative_read_in_spanish_with_decimal_commas():
    from models import i18n
    from models.formatting import people_locale, set_people_locale

    study = _study()
    study.variable("gdp_growth").label = "Crecimiento del PIB"
    before = (i18n.language(), people_locale())
    i18n.set_language("es")
    set_people_locale("es")
    try:
        assert question_words(study, Question("gdp_growth", ">=", 2.5, 2026.5)) == "Crecimiento del PIB ≥ 2,5 en T3 2026"
        stretch = question_words(study, Question("gdp_growth", "<", 0.0, 2026.0, 2030.0))
        assert stretch == "Crecimiento del PIB < 0 en algún momento entre 2026 y 2030"
        text = box_narrative(study, Question("gdp_growth", "<", 0.0, 2030.0), BOX, BOUNDS, 10_000, 7, "Base")
    finally:
        i18n.set_language(before[0])
        set_people_locale(before[1])
    assert "«Base»" in text and "10.000 corridas (semilla 7)" in text and "Crecimiento del PIB < 0 en 2030" in text
    assert "el 80%" in text and "el 90%" in text and "cobertura" in text and "densidad" in text
    assert "- Reform pace: 0 a 30 % (de 0 a 100)" in text and "- US aid: 250 a 400 USD M (de 0 a 400)" in text
    for english in ("Found by", "runs", "seed", "The box holds", "coverage", "density", " to ", " of ", " in 2030"):
        assert english not in text, english
