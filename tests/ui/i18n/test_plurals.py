"""Counts read right in both languages: the catalogue picks the Spanish form, English resolves its "(s)"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from ui.i18n import install_language, remove_language
from ui.i18n.text import counted, fill

DELETE = "Delete the study “%1” with its %n scenario(s)?\n\nFile ▸ Undo delete brings it back while this window stays open."
DIFFER = "%n input(s) differ between “%1” and “%2”."


def spoken(context: str, source: str, n: int, *values: object) -> str:
    """Return a counted sentence as the window shows it."""
    return fill(counted(QCoreApplication.translate(context, source, "", n), n), *values)


@pytest.fixture
def spanish(qapp):
    translators = install_language("es")
    yield
    remove_language(translators)


def test_one_scenario_and_three_scenarios_in_spanish(spanish):
    assert spoken("StudyMenu", DELETE, 1, "Bolivia").startswith("¿Eliminar el estudio «Bolivia» con su 1 escenario?")
    assert spoken("StudyMenu", DELETE, 3, "Bolivia").startswith("¿Eliminar el estudio «Bolivia» con sus 3 escenarios?")


def test_the_verb_agrees_with_the_count_in_spanish(spanish):
    assert spoken("DifferencesDialog", DIFFER, 1, "A", "B") == "1 insumo difiere entre «A» y «B»."
    assert spoken("DifferencesDialog", DIFFER, 4, "A", "B") == "4 insumos difieren entre «A» y «B»."


def test_english_counts_without_a_catalogue(qapp):
    assert spoken("StudyMenu", DELETE, 1, "Bolivia").startswith("Delete the study “Bolivia” with its 1 scenario?")
    assert spoken("StudyMenu", DELETE, 3, "Bolivia").startswith("Delete the study “Bolivia” with its 3 scenarios?")


def test_the_differences_dialog_counts_in_spanish(qtbot, spanish):
    from models.domain import Scenario, Study, TimeAxis, Variable
    from ui.compare.differences_dialog import DifferencesDialog

    variables = [Variable("a", "assumption", label="A", value=1.0), Variable("b", "assumption", label="B", value=2.0)]
    base, one, both = Scenario("Base"), Scenario("Uno", overrides={"a": 5.0}), Scenario("Dos", overrides={"a": 5.0, "b": 7.0})
    study = Study("S", TimeAxis(2025.0, 2030.0, 1.0), variables=variables, scenarios=[base, one, both])
    dialog = DifferencesDialog(study, base.id, one.id)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "1 insumo difiere entre «Base» y «Uno»."
    dialog = DifferencesDialog(study, base.id, both.id)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "2 insumos difieren entre «Base» y «Dos»."


def test_fill_puts_each_value_in_its_place_once():
    assert fill("%2 de %1", "a", "b") == "b de a"
    assert fill("%1 y %2", "%2", "x") == "%2 y x"  # a value holding "%2" is not filled again
