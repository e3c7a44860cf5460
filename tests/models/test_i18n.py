"""Headless words in the interface's language, from the window's own catalogue and without Qt."""

from __future__ import annotations

import pytest

from models import i18n
from models.commands.scenario import AddScenario
from models.domain import Scenario
from models.tracking.commands import AddActuals


@pytest.fixture
def spanish():
    i18n.set_language("es")
    yield
    i18n.set_language("en")


def test_undo_texts_read_in_spanish(spanish):
    assert AddScenario(Scenario("Auge"), 0, "Branch").text == "Derivar 'Auge'"
    assert AddScenario(Scenario("Auge"), 0, "Duplicate").text == "Duplicar 'Auge'"


def test_undo_texts_stay_english_by_default():
    assert AddScenario(Scenario("Boom"), 0, "Branch").text == "Branch 'Boom'"
    assert AddActuals([]).text == "Add 0 actuals"


def test_english_counts_resolve_their_plural():
    assert i18n.translate("Commands", "Add %n actual(s)", "", 1) == "Add 1 actual"
    assert i18n.translate("Commands", "Add %n actual(s)", "", 3) == "Add 3 actuals"


def test_a_message_the_catalogue_lacks_stays_as_written(spanish):
    assert i18n.translate("Commands", "No such message %1") == "No such message %1"


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "es_BO.UTF-8"}, "es"), ({"LC_ALL": "es_ES", "LANG": "en_GB"}, "es"), ({"LANG": "fr_FR.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"), ({}, "en"), ({"LC_ALL": "en_US", "LANG": "es_BO"}, "en"),
])
def test_the_terminal_language_comes_from_its_locale(environ, language):
    assert i18n.language_of_environment(environ) == language


def test_an_unknown_language_is_refused_by_name():
    with pytest.raises(ValueError, match="'fr'"):
        i18n.set_language("fr")


def _study_with_a_typo():
    from models.domain import Study, TimeAxis, Variable

    variables = [Variable("price", "assumption", value=1.0), Variable("revenue", "auxiliary", equation="pricee * 2 +")]
    return Study("S", TimeAxis(2025.0, 2030.0, 1.0), variables=variables)


def test_the_checker_speaks_spanish(spanish):
    from models.language.checker import check_study

    problems = [str(p) for p in check_study(_study_with_a_typo())]
    assert problems and all("revenue.equation, columna" in p for p in problems), problems
    assert any("el final de la ecuación" in p for p in problems) or any("¿quiso decir 'price'?" in p for p in problems), problems


def test_the_checker_speaks_english_by_default():
    from models.language.checker import check_study

    problems = [str(p) for p in check_study(_study_with_a_typo())]
    assert problems and all("revenue.equation, column" in p for p in problems), problems
