"""A study's view settings: what an older library remembered shows again, and deleting a study forgets them."""

from __future__ import annotations

from storage.repository import open_library
from ui.main_window import MainWindow
from ui.workshop.controller import remembered_choice


def test_a_library_from_the_previous_version_opens_with_every_remembered_choice(qtbot, library_path, library, study):
    other = study.scenario_named("Other").id
    child = study.scenario_named("Child").id
    library.set_setting(f"view:{study.id}", {"indicators": ["stability", "gdp"], "shown": [other, child],
                                             "years": [2027.0, 2033.0], "selected": child})
    library.set_setting(f"compare:{study.id}", {"reference": other, "mode": "percent"})
    library.set_setting(f"uncertainty:{study.id}", {"on": False, "samples": 2500})
    library.set_setting(f"workshop_choice:{study.id}", {"levers": ["aid", "unrest"], "indicators": ["gdp"]})
    library.close()
    for _ in range(2):  # the first opening moves the choices over; the second reads them where they now are
        reopened = open_library(library_path)
        window = MainWindow(reopened, study.id)
        qtbot.addWidget(window)
        assert [p.name for p in window.charts.plots()] == ["stability", "gdp"]
        assert [s.id for s in window.session.shown_scenarios()] == [child, other]
        assert window.session.choices.years == [2027.0, 2033.0]
        assert window.session.choices.selected == child
        assert (window.compare_bar.reference_id, window.compare_bar.mode) == (other, "percent")
        assert window.uncertainty_bar.samples.value() == 2500 and not window.uncertainty_bar.on
        assert remembered_choice(window.session) == (["aid", "unrest"], ["gdp"])
        window.close()
        reopened.close()


def test_deleting_a_study_removes_its_settings_and_undo_delete_brings_them_back(qtbot, window, library):
    studies = window.model_editor.studies
    studies.new_study("Scratch", copy=True)
    scratch = window.session.study.id
    window.session.set_indicators(["aid", "price"])
    window.compare_bar.set_mode("difference")
    assert library.view_settings(scratch)["indicators"] == ["aid", "price"]
    studies.delete_open_study()
    assert library.view_settings(scratch) is None
    assert all(library.get_setting(f"{old}:{scratch}") is None for old in ("view", "compare", "uncertainty"))
    studies.restore_action.trigger()
    assert window.session.study.id == scratch
    assert [p.name for p in window.charts.plots()] == ["aid", "price"]
    assert window.compare_bar.mode == "difference"
