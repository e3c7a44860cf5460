"""The window in Spanish: menus, buttons and plurals from the catalogue, decimal commas, and back to English."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from models.formatting import people_locale
from storage.repository import open_library
from storage.seed import seed_library_if_new
from tests.ui.screen_checks import labels_problems
from ui.i18n import CATALOGUES, catalogue_path, install_language, remove_language
from ui.i18n.menu import language_for
from ui.main_window import MainWindow
from ui.session.view_settings import LibraryChoices

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
SHOTS = os.environ.get("PROSPECTIVA_SCREENSHOTS")
PLURAL = "Median (dashed), 50 % and 90 % bands from %1 samples (seed %2; %3 ms)"
# A number as Spanish writes it: a point between thousands, a comma before decimals, a true minus.
SPANISH_NUMBER = re.compile(r"^\u2212?\d{1,3}(\.\d{3})*(,\d+)?$")
ENGLISH_NUMBER = re.compile(r"^\u2212?\d{1,3}(,\d{3})*(\.\d+)?$")


@pytest.fixture
def library(tmp_path):
    library = open_library(tmp_path / "library.sqlite")
    seed_library_if_new(library, SAMPLE.with_name("bolivia-paz-pivot.es.json"))  # the Spanish edition
    yield library
    library.close()


@pytest.fixture
def spanish(qapp):
    translators = install_language("es")
    yield translators
    remove_language(translators)


def show(qtbot, library) -> MainWindow:
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    scheduler = window.session.scheduler
    qtbot.waitUntil(lambda: scheduler.delivered == scheduler.requested, timeout=5000)
    window.table.refresh()
    return window


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def table_numbers(window: MainWindow) -> list[str]:
    model = window.table.model
    cells = [model.data(model.index(row, column)) for row in range(model.rowCount()) for column in range(1, model.columnCount())]
    return [cell for cell in cells if isinstance(cell, str) and any(ch.isdigit() for ch in cell)]


def test_the_window_speaks_spanish_and_writes_decimal_commas(qtbot, library, spanish):
    window = show(qtbot, library)
    assert menu_titles(window)[:4] == ["&Archivo", "&Editar", "E&scenario", "&Ver"]
    assert window.indicators_button.text() == "&Indicadores…"
    assert window.scenarios.new_action.text() == "&Nuevo escenario"
    assert window.problems_dock.windowTitle() == "Problemas"
    numbers = table_numbers(window)
    assert numbers, "the table shows no numbers"
    assert all(SPANISH_NUMBER.match(text) for text in numbers), numbers
    assert any("," in text for text in numbers)  # the sample study has values below 1,000 with decimals
    assert labels_problems(window) == []  # Spanish runs longer: no label may be cut at 1366×768
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "main-1366-es.png"))


def test_plurals_agree_with_the_count(spanish):
    one = QCoreApplication.translate("UncertaintyBar", PLURAL, "", 1)
    many = QCoreApplication.translate("UncertaintyBar", PLURAL, "", 1000)
    assert "a partir de %1 muestra (" in one
    assert "a partir de %1 muestras (" in many


def test_switching_back_gives_english_and_the_choice_is_remembered(qtbot, library, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    translators = install_language("es")
    remove_language(translators)
    window = show(qtbot, library)
    assert menu_titles(window)[:4] == ["&File", "&Edit", "S&cenario", "&View"]
    assert people_locale() == "en"
    numbers = table_numbers(window)
    assert numbers and all(ENGLISH_NUMBER.match(text) for text in numbers), numbers
    espanol = next(a for a in window.language_menu.actions() if a.data() == "es")
    espanol.trigger()
    assert LibraryChoices(library).language == "es"
    assert language_for(library) == "es"
    assert told and "next time Prospectiva starts" in told[0] and "Español" in told[0]


def test_first_start_takes_the_system_language_and_remembers_it(library, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.Spanish, QLocale.Country.Bolivia)))
    assert LibraryChoices(library).language is None
    assert language_for(library) == "es"
    assert LibraryChoices(library).language == "es"


def test_the_shipped_catalogue_is_complete_and_built_from_its_source(tmp_path):
    source = CATALOGUES / "prospectiva_es.ts"
    assert 'type="unfinished"' not in source.read_text(encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease" + (".exe" if os.name == "nt" else ""))
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    built = tmp_path / "es.qm"
    subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(built)], check=True)
    assert built.read_bytes() == catalogue_path("es").read_bytes(), "run pyside6-lrelease on the .ts and commit the .qm"


def test_the_import_preview_speaks_spanish(qtbot, spanish):
    from storage.merge_plan import ImportPlan
    from ui.sharing.import_dialog import ImportDialog

    plan = ImportPlan("Bolivia", True)
    plan.model_differences = ["a", "b", "c"]
    dialog = ImportDialog(plan, "bolivia.json")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Importar bolivia.json"
    assert dialog.import_button.text() == "&Importar"
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["Escenario", "En el archivo", "Detalles", "Acción"]
    from PySide6.QtWidgets import QGroupBox

    assert dialog.findChild(QGroupBox).title() == "El modelo del archivo difiere del suyo en 3 aspectos"


def test_study_settings_speak_spanish_and_nothing_is_cut(qtbot, library, spanish):
    from PySide6.QtWidgets import QLabel

    from ui.editor.study_settings_dialog import StudySettingsDialog

    window = show(qtbot, library)
    dialog = StudySettingsDialog(window.session.study, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Configuración del estudio"
    captions = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"desde", "hasta", "cada", "<b>Eje temporal</b>", "Fecha &base:"} <= captions  # "from" here is not "de"
    assert labels_problems(dialog) == []
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "study-settings-es.png"))
