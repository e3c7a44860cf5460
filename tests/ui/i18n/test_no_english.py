"""With Spanish on, every room and dialog a person opens reads in Spanish: no English word of the catalogue is left.

The sample study's own texts are English (its Spanish edition is separate), so its words are set aside; what
is checked is the interface around them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from storage.repository import open_library
from storage.seed import seed_library_if_new
from tests.ui.i18n.visible_text import catalogue_words, english_in, menu_texts, study_words, visible_texts
from ui.i18n import CATALOGUES, install_language, remove_language
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"


@pytest.fixture
def spanish(qapp):
    translators = install_language("es")
    yield translators
    remove_language(translators)


@pytest.fixture
def window(qtbot, tmp_path, spanish):
    library = open_library(tmp_path / "library.sqlite")
    seed_library_if_new(library, SAMPLE)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    scheduler = window.session.scheduler
    qtbot.waitUntil(lambda: scheduler.delivered == scheduler.requested, timeout=10000)
    yield window
    window.close()
    library.close()


@pytest.fixture
def english(window) -> set[str]:
    return catalogue_words(CATALOGUES / "prospectiva_es.ts") - study_words(window.session.study)


def shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_main_window_and_its_menus_read_in_spanish(window, english):
    window.model_editor.dock.show()
    texts = visible_texts(window) + menu_texts(a.menu() for a in window.menuBar().actions() if a.menu() is not None)
    assert english_in(texts, english) == []


def test_the_model_editor_reads_in_spanish_on_every_kind_and_tab(qtbot, window, english):
    editor = window.model_editor
    editor.dock.show()
    found: list[str] = []
    for kind in ("assumption", "auxiliary", "stock"):
        name = next(v.name for v in window.session.study.variables if v.kind == kind)
        editor.variables.select_name(name)
        found += english_in(visible_texts(editor), english)
    editor.tabs.setCurrentIndex(1)  # the events
    found += english_in(visible_texts(editor), english)
    assert sorted(set(found)) == []


def test_every_dialog_reads_in_spanish(qtbot, window, english):
    from ui.compare.chart_size_dialog import ChartSizeDialog
    from ui.compare.differences_dialog import DifferencesDialog
    from ui.compare.horizon_table_dialog import HorizonTableDialog
    from ui.editor.study_settings_dialog import StudySettingsDialog
    from ui.explore.explore_dialog import ExploreDialog
    from ui.panels.indicator_chooser import IndicatorChooser
    from ui.tracking.signpost_dialog import SignpostDialog
    from ui.uncertainty.chance_dialog import ChanceDialog
    from ui.uncertainty.event_odds_dialog import EventOddsDialog
    from ui.uncertainty.tornado_dialog import TornadoDialog
    from ui.workshop.session_chooser import SessionChooser

    session, study = window.session, window.session.study
    first, second = study.scenarios[0].id, study.scenarios[1].id
    dialogs: list[QDialog] = [
        StudySettingsDialog(study, window),
        DifferencesDialog(study, first, second, window),
        HorizonTableDialog(session, first, window),
        ChartSizeDialog(True, window),
        IndicatorChooser(study, list(session.choices.indicators), window),
        SignpostDialog(study, None, window),
        SessionChooser(study, [], [], window),
        ChanceDialog(session, window.compute, 200, 1, window),
        TornadoDialog(session, window.compute, window),
        EventOddsDialog(session, window.compute, 200, 1, window),
        ExploreDialog(session, window.compute, window),
    ]
    found = {type(d).__name__: english_in(visible_texts(shown(qtbot, d)), english) for d in dialogs}
    for dialog in dialogs:
        dialog.close()
    assert {name: problems for name, problems in found.items() if problems} == {}


def test_the_rooms_read_in_spanish(qtbot, window, english):
    window.foresight.show()
    qtbot.waitExposed(window.foresight)
    found = {}
    for tab in ("drivers", "matrix", "box", "actors"):
        window.foresight.show_tab(tab)
        found[tab] = english_in(visible_texts(window.foresight), english)
    window.foresight.close()
    window.tracking.dock.show()
    window.tracking.panel.show()
    found["tracking"] = english_in(visible_texts(window.tracking.dock), english)
    window.workshop.dock.show()
    found["workshop panel"] = english_in(visible_texts(window.workshop.dock), english)
    window.workshop.toggle_presentation()
    view = window.workshop.view
    assert view is not None
    qtbot.waitExposed(view)
    found["room's screen"] = english_in(visible_texts(view), english)
    window.workshop.toggle_presentation()
    assert {room: problems for room, problems in found.items() if problems} == {}
