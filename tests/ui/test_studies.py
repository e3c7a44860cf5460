"""Studies from the File menu: new blank or copied, settings with undo, delete and bring back."""

from __future__ import annotations

from models.domain import Path
from storage.repository import open_library
from tests.ui.conftest import wait_results
from ui.editor.study_settings_dialog import StudySettingsDialog


def test_a_new_blank_study_opens_and_a_copy_has_new_ids_but_the_same_projection(qtbot, window, library):
    wait_results(qtbot, window)
    original = window.session.study
    gdp = window.session.series(original.scenarios[0].id, "gdp").copy()
    copy = window.model_editor.studies.new_study("Small study, second try", copy=True)
    assert window.session.study.id == copy.id != original.id
    assert {s.id for s in copy.scenarios}.isdisjoint(s.id for s in original.scenarios)
    child = copy.scenario_named("Child")
    assert child.parent_id == copy.scenario_named("Base").id
    wait_results(qtbot, window)
    assert (window.session.series(copy.scenarios[0].id, "gdp") == gdp).all()
    blank = window.model_editor.studies.new_study("Teacup")
    assert window.windowTitle() == "Teacup — Prospectiva"
    assert [window.study_box.itemText(i) for i in range(window.study_box.count())].count("Teacup") == 1
    assert [s.title for s in library.list_studies()].count("Small study") == 1
    assert window.session.study.id == blank.id and window.session.study.variables == []


def test_settings_change_title_and_time_axis_in_one_undo_step_and_warn_about_points_outside(qtbot, window, library_path):
    wait_results(qtbot, window)
    session = window.session
    session.study.scenario_named("Other").overrides["price"] = Path(((2025.0, 40.0), (2034.0, 90.0)))
    dialog = StudySettingsDialog(session.study, window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Shorter study")
    dialog.description.setPlainText("A *short* look")
    assert "A short look" in dialog.preview.toPlainText() and "italic" in dialog.preview.toHtml()
    assert dialog.warning.text() == ""
    dialog.end.setValue(2030.0)
    assert "price in 'Other': 1 point at 2034" in dialog.warning.text()
    dialog.start.setValue(2031.0)
    assert "must end after it starts" in dialog.warning.text()
    dialog.start.setValue(2025.0)
    session.push(dialog.command())
    wait_results(qtbot, window)
    assert window.windowTitle() == "Shorter study — Prospectiva"
    plot = window.charts.plots()[0]
    x, y = plot.curve(session.study.scenarios[0].id).getData()
    assert x[-1] == 2030.0 and len(y) == len(x) == 21
    window.undo_action.trigger()
    wait_results(qtbot, window)
    assert window.windowTitle() == "Small study — Prospectiva"
    x, _ = window.charts.plots()[0].curve(session.study.scenarios[0].id).getData()
    assert x[-1] == 2035.0
    window.redo_action.trigger()
    study_id = session.study.id
    window.close()
    window.library.close()
    reopened = open_library(library_path)
    stored = reopened.load_study(study_id)
    assert (stored.title, stored.description, stored.time.end) == ("Shorter study", "A *short* look", 2030.0)
    reopened.close()


def test_a_deleted_study_leaves_the_library_and_comes_back_with_undo_delete(qtbot, window, library):
    studies = window.model_editor.studies
    original = window.session.study.id
    studies.new_study("Scratch")
    scratch = window.session.study.id
    studies.delete_open_study()
    assert window.session.study.id == original
    assert not library.has_study(scratch)
    assert studies.restore_action.isVisible() and "Scratch" in studies.restore_action.text()
    studies.restore_action.trigger()
    assert library.has_study(scratch) and window.session.study.id == scratch
    assert not studies.restore_action.isVisible()
