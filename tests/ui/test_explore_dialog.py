"""Explore…: a real window on a study whose runs of interest sit in a box built into it, found again by PRIM."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from models.domain import Scenario, Study, TimeAxis, Variable
from models.explore.rerun import rerun
from tests.ui.screen_checks import labels_problems
from ui.explore.explore_dialog import ExploreDialog

# The outcome is 1 exactly where reform < 0.3 and aid > 0.6 (from 2030 on); noise and price do not enter.
BUILT = {"reform": (0.0, 0.3), "aid": (0.6, 1.0)}


@pytest.fixture
def study() -> Study:
    """Return a study with four sliders of which two, by construction, make the crisis."""
    variables = [
        Variable("reform", "assumption", label="Reform pace", unit="index", value=0.5, min=0.0, max=1.0),
        Variable("aid", "assumption", label="Aid dependence", unit="share", value=0.5, min=0.0, max=1.0),
        Variable("noise", "assumption", label="Weather", unit="index", value=0.5, min=0.0, max=1.0),
        Variable("price", "assumption", label="Price", unit="USD/t", value=40.0, min=10.0, max=100.0),
        Variable("crisis", "auxiliary", label="Crisis", unit="flag",
                 equation="if(t >= 2030 and reform < 0.3 and aid > 0.6, 1, 0)"),
        Variable("output", "auxiliary", label="Output", unit="USD M", equation="price * (1 + noise)"),
    ]
    base = Scenario("Base", color="#1f77b4")
    return Study("Crisis study", TimeAxis(2025.0, 2035.0, 0.5), variables=variables, scenarios=[base])


def _ask(dialog: ExploreDialog, runs: int = 10_000) -> None:
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("crisis"))
    dialog.comparison.setCurrentIndex(dialog.comparison.findData(">"))
    dialog.threshold.setValue(0.5)
    dialog.time.setCurrentIndex(dialog.time.findData(2030.0))
    dialog.runs.setValue(runs)
    dialog.run()


def _open(qtbot, window) -> ExploreDialog:
    window.explore.action.trigger()
    dialog = window.explore.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_asks_at_the_end_of_the_second_horizon_with_ten_thousand_runs_by_default(qtbot, window):
    dialog = _open(qtbot, window)
    # No stored horizons: the defaults, "5–10 years" from the start of the axis (2025), end in 2035.
    assert dialog.time.currentData() == 2035.0
    assert dialog.runs.value() == 10_000 and dialog.seed.value() == 1
    assert dialog.scenario.currentText() == "Base"
    dialog.close()


def test_the_shortcut_opens_the_dialog(qtbot, window):
    assert window.explore.action.shortcut().toString() == "Ctrl+Shift+E"
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.explore.dialog is not None and window.explore.dialog.isVisible()
    window.explore.dialog.close()


def test_the_bar_button_opens_the_same_dialog(qtbot, window):
    qtbot.mouseClick(window.uncertainty_bar.explore_button, Qt.MouseButton.LeftButton)
    assert window.explore.dialog is not None and window.explore.dialog.isVisible()
    window.explore.dialog.close()


def test_running_shows_the_trajectory_and_the_densest_box_lists_exactly_the_built_in_assumptions(qtbot, window):
    dialog = _open(qtbot, window)
    with qtbot.waitSignal(dialog.explored, timeout=60_000):
        _ask(dialog)
        assert dialog.busy  # run() returned before the answer: the GUI thread was not held
    x, y = dialog.plot.dots.getData()
    assert len(x) >= 10  # one dot per peeled box
    assert x[0] == pytest.approx(1.0) and y[0] == pytest.approx(0.3 * 0.4, abs=0.02)  # the whole space: 12 % are crises
    # Coloured by how many assumptions a box narrows: the whole space (none) apart from the narrowest.
    counts = dialog.plot.restricted_counts()
    brushes = [spot.brush().color().name() for spot in dialog.plot.dots.points()]
    assert counts[0] == 0 and max(counts) >= 2
    assert brushes[0] != brushes[counts.index(max(counts))]
    assert len({b for b, c in zip(brushes, counts) if c == counts[-1]}) == 1  # one colour per count
    # The densest box on the trajectory, clicked as a user would pick it.
    densest = max(range(len(y)), key=lambda k: (y[k], x[k]))
    dialog.plot._clicked(dialog.plot.dots, [dialog.plot.dots.points()[densest]])
    assert dialog.plot.chosen == densest
    assert sorted(dialog.table.names) == ["aid", "reform"]
    rows = {dialog.table.item(r, 0).text(): [dialog.table.item(r, c).text() for c in range(1, 6)]
            for r in range(dialog.table.rowCount())}
    assert set(rows) == {"Reform pace", "Aid dependence"}
    assert rows["Reform pace"][0] == "index" and rows["Reform pace"][2] == "0 to 1"
    assert rows["Reform pace"][4] == "< 0.001" and rows["Aid dependence"][4] == "< 0.001"  # neither is luck
    box = dialog.box
    assert box is not None and box.density > 0.9
    low, high = box.limits["reform"]
    assert low == pytest.approx(0.0, abs=0.01) and high == pytest.approx(0.3, abs=0.03)
    low, high = box.limits["aid"]
    assert low == pytest.approx(0.6, abs=0.03) and high == pytest.approx(1.0, abs=0.01)
    dialog.close()


def test_a_scenario_made_from_the_box_sits_in_it_and_one_undo_removes_it(qtbot, window):
    dialog = _open(qtbot, window)
    with qtbot.waitSignal(dialog.explored, timeout=60_000):
        _ask(dialog)
    session = window.session
    base = session.study.scenarios[0]
    before = len(session.study.scenarios)
    qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    made = session.study.scenarios[-1]
    assert len(session.study.scenarios) == before + 1
    assert made.parent_id == base.id and session.choices.selected == made.id
    assert made.name == "Where Crisis > 0.5 in 2030"
    assert set(made.overrides) == {"aid", "reform"}
    for name, (low, high) in BUILT.items():
        assert low < made.overrides[name] < high  # inside the region built into the model
    assert "10,000 runs (seed 1)" in made.narrative and "Reform pace" in made.narrative
    assert "coverage" in made.narrative and "density" in made.narrative
    # And it is a crisis: the projection of the new scenario has the crisis from 2030.
    qtbot.waitUntil(lambda: session.series(made.id, "crisis") is not None, timeout=5000)
    crisis = session.series(made.id, "crisis")
    assert crisis[session.times >= 2030].min() == 1.0
    # The exploration is kept with the study, and running it again from what was kept finds the same box.
    [kept] = session.study.foresight.explorations
    assert (kept.scenario, kept.runs, kept.seed, kept.made) == (base.id, 10_000, 1, made.id)
    assert kept.question == dialog.question()
    _, _, again = rerun(session.study, kept)
    assert again == dialog.box
    window.undo_action.trigger()
    assert len(session.study.scenarios) == before and made.id not in {s.id for s in session.study.scenarios}
    assert base.overrides == {} and session.study.foresight.explorations == []
    dialog.close()


def test_cancel_stops_the_run_and_an_older_answer_never_replaces_a_newer_question(qtbot, window):
    dialog = _open(qtbot, window)
    _ask(dialog, runs=200_000)
    dialog.cancel()
    assert not dialog.busy and "Cancelled" in dialog.status.text()
    assert not dialog.cancel_button.isVisible() and dialog.run_button.isEnabled()
    window.compute.wait()
    assert dialog.found is None  # nothing arrived after the cancel
    # Two questions in a row: only the second one's trajectory is shown.
    _ask(dialog, runs=2_000)
    with qtbot.waitSignal(dialog.explored, timeout=60_000):
        dialog.threshold.setValue(-0.5)  # crisis > -0.5 holds everywhere
        dialog.run()
    window.compute.wait()
    assert dialog.found is not None and dialog.found[1].question.threshold == -0.5
    dialog.close()


def test_a_condition_that_never_holds_says_so(qtbot, window):
    dialog = _open(qtbot, window)
    with qtbot.waitSignal(dialog.explored, timeout=60_000):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("crisis"))
        dialog.comparison.setCurrentIndex(dialog.comparison.findData(">"))
        dialog.threshold.setValue(2.0)
        dialog.runs.setValue(1_000)
        dialog.run()
    assert "In none of 1,000 runs" in dialog.status.text()
    assert not dialog.make_button.isEnabled() and dialog.table.rowCount() == 0
    dialog.close()


def test_the_dialog_at_1366_by_768_cuts_no_label(qtbot, window, tmp_path):
    window.resize(1366, 768)
    dialog = _open(qtbot, window)
    with qtbot.waitSignal(dialog.explored, timeout=60_000):
        _ask(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768
    assert labels_problems(dialog) == []
    assert not dialog.grab().isNull()
    dialog.close()


def test_a_condition_at_any_time_of_a_stretch_finds_what_the_same_condition_at_its_start_does_not(qtbot, window):
    dialog = _open(qtbot, window)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("crisis"))
    dialog.comparison.setCurrentIndex(dialog.comparison.findData(">"))
    dialog.threshold.setValue(0.5)
    dialog.time.setCurrentIndex(dialog.time.findData(2027.0))  # the crisis can only start in 2030
    dialog.runs.setValue(5_000)
    with qtbot.waitSignal(dialog.explored, timeout=60_000):
        dialog.run()
    assert dialog.found is None and "In none of 5,000 runs" in dialog.status.text()
    dialog.until.setCurrentIndex(dialog.until.findData(2031.0))  # "at any time from 2027 to 2031"
    assert dialog.question().until == 2031.0
    with qtbot.waitSignal(dialog.explored, timeout=60_000):
        dialog.run()
    assert dialog.found is not None and "at any time from 2027 to 2031" in dialog.status.text()
    assert set(dialog.box.restricted(dialog.found[2].bounds)) == set(BUILT)
    dialog.close()


def test_with_a_cluster_address_the_runs_go_there_and_give_the_same_box(qtbot, window):
    distributed = pytest.importorskip("distributed", reason="Dask is the optional 'cluster' extra")
    dialog = _open(qtbot, window)
    with qtbot.waitSignal(dialog.explored, timeout=60_000):
        _ask(dialog, runs=8_000)
    here = (dialog.found[1].inputs.copy(), dialog.found[1].outcome.copy(), dialog.box)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local, \
            distributed.Client(local) as client:
        dialog.scheduler.setText(local.scheduler_address)
        with qtbot.waitSignal(dialog.explored, timeout=120_000):
            dialog.run()
        ran_there = sum(len(log) for log in client.run(lambda dask_worker: list(dask_worker.state.log)).values())
    assert ran_there > 0  # the workers of that cluster did the chunks
    np.testing.assert_array_equal(dialog.found[1].inputs, here[0])
    np.testing.assert_array_equal(dialog.found[1].outcome, here[1])
    assert dialog.box == here[2]
    dialog.close()


def test_a_cluster_address_nobody_answers_is_said_plainly(qtbot, window):
    pytest.importorskip("distributed", reason="Dask is the optional 'cluster' extra")
    dialog = _open(qtbot, window)
    dialog.scheduler.setText("tcp://127.0.0.1:9")  # the discard port: no scheduler listens there
    _ask(dialog, runs=1_000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in dialog.status.text()
    dialog.close()
