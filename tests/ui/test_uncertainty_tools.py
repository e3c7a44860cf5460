"""The chance question, the tornado and the event odds, used as a person would from the uncertainty bar."""

from __future__ import annotations

from statistics import NormalDist

import pytest

from models.domain import Distribution, Effect, Event
from tests.ui.conftest import make_study
from ui.uncertainty.chance_dialog import ChanceDialog
from ui.uncertainty.event_odds_dialog import EventOddsDialog
from ui.uncertainty.tornado_dialog import TornadoDialog


@pytest.fixture
def study():
    """Return the small study with uncertain price and aid, and one chance event."""
    study = make_study()
    study.variable("price").distribution = Distribution("normal", {"mean": 40.0, "sd": 5.0})
    study.variable("aid").distribution = Distribution("uniform", {"low": 2.0, "high": 8.0})
    study.events = [Event("Strike", 0.3, start=2026, duration=1, effects=[Effect("growth", "add", -2)])]
    return study


def test_the_chance_question_answers_with_a_number_and_its_margin(qtbot, window):
    dialog = ChanceDialog(window.session, window.compute, 2_000, 1, window)
    qtbot.addWidget(dialog)
    dialog.scenario.setCurrentIndex(dialog.scenario.findText("Base"))
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("revenue"))
    dialog.threshold.setValue(85.0)
    dialog.time.setCurrentIndex(dialog.time.findData(2025.0))
    dialog.compute()
    dialog.wait()
    # revenue = 2 x price in 2025, price ~ normal(40, 5): P(revenue < 85) = P(price < 42.5)
    exact = NormalDist(40, 5).cdf(42.5)
    shown = dialog.answer.text()
    percent = float(shown.split("<b>")[1].split("%")[0]) / 100
    assert abs(percent - exact) < 0.035 and "±" in shown and "2,000 samples" in shown


def test_the_tornado_puts_the_input_that_matters_most_on_top(qtbot, window):
    dialog = TornadoDialog(window.session, window.compute, window)
    qtbot.addWidget(dialog)
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("revenue"))
    dialog.wait()
    assert [bar.name for bar in dialog.result.bars] == ["price", "aid"]  # revenue does not depend on aid
    assert dialog.result.bars[1].effect == 0
    assert "one at a time" in dialog.caption.text()


def test_a_tornado_bar_labels_its_swing_with_both_ends_grouped_alike():
    from ui.uncertainty.tornado_dialog import _swing

    assert _swing(7256.4, 15882.0) == "7,256–15,882"
    assert _swing(2026.0, 2031.0) == "2026–2031"  # years stay ungrouped


def test_event_odds_edits_are_undoable_and_the_switch_follows_the_file_format(qtbot, window):
    session = window.session
    window.uncertainty_bar.set_on(True)
    window.uncertainty_bar.worker.wait()
    dialog = EventOddsDialog(session, window.compute, window.uncertainty_bar.samples.value(), 1, window)
    qtbot.addWidget(dialog)
    dialog.wait()
    assert "of samples" in dialog.table.item(0, 3).text()
    dialog.table.cellWidget(0, 1).setValue(60)
    assert session.study.events[0].probability == 0.6
    box = dialog.table.cellWidget(0, 2)
    box.setCurrentIndex(box.findText("always happens"))
    box.activated.emit(box.currentIndex())
    base = session.study.scenario_named("Base")
    assert base.events == {"Strike": True}
    session.undo_stack.undo()
    assert base.events == {} and box.currentText() == "by chance"
    session.undo_stack.undo()
    assert session.study.events[0].probability == 0.3 and dialog.table.cellWidget(0, 1).value() == 30
