"""The chance question samples in the compute service: the dialog stays live, shows progress, can be cancelled."""

from __future__ import annotations

from statistics import NormalDist

import pytest
from PySide6.QtCore import Qt

from models.domain import Distribution, TimeAxis
from tests.ui.conftest import make_study
from ui.uncertainty.chance_dialog import ChanceDialog

SAMPLES = 20_000


@pytest.fixture
def study():
    """Return the small study over four centuries (1,601 steps: sampling takes a while), price ~ normal(40, 5)."""
    study = make_study()
    study.time = TimeAxis(2025.0, 2425.0, 0.25)
    study.variable("price").distribution = Distribution("normal", {"mean": 40.0, "sd": 5.0})
    return study


def _ask(dialog: ChanceDialog, threshold: float) -> None:
    dialog.scenario.setCurrentIndex(dialog.scenario.findText("Base"))
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("revenue"))
    dialog.threshold.setValue(threshold)
    dialog.time.setCurrentIndex(dialog.time.findData(2025.0))
    dialog.compute()


def _shown_probability(dialog: ChanceDialog) -> float:
    return float(dialog.answer.text().split("<b>")[1].split("%")[0]) / 100


def test_the_dialog_answers_later_shows_progress_meanwhile_and_a_cancel_drops_the_question(qtbot, window):
    dialog = ChanceDialog(window.session, window.compute, SAMPLES, 1, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.progress.isVisible() and not dialog.cancel_button.isVisible()
    seen = []

    def on_progress(kind: str, stamp: int, done: float) -> None:
        # Runs right after the dialog took the report, before any answer can be delivered.
        if not seen:
            seen.append((dialog.busy, dialog.progress.isVisible(), dialog.cancel_button.isVisible(),
                         dialog.progress.value() == round(done * 100)))
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    window.compute.progressed.connect(on_progress)
    _ask(dialog, 85.0)
    assert dialog.busy and "Computing" in dialog.answer.text()  # compute() returned before the answer
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert seen == [(True, True, True, True)]
    assert not dialog.busy and "Cancelled" in dialog.answer.text() and not dialog.progress.isVisible()
    window.compute.wait()
    assert "Cancelled" in dialog.answer.text()  # no answer came after the cancel
    window.compute.progressed.disconnect(on_progress)


def test_asking_again_replaces_the_question_being_computed(qtbot, window):
    dialog = ChanceDialog(window.session, window.compute, SAMPLES, 1, window)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(window.compute.progressed, timeout=60_000):
        _ask(dialog, 85.0)
    _ask(dialog, 70.0)
    dialog.wait()
    # revenue = 2 x price in 2025, price ~ normal(40, 5): P(revenue < 70) = P(price < 35)
    assert _shown_probability(dialog) == pytest.approx(NormalDist(40, 5).cdf(35.0), abs=0.015)
    assert "70" in dialog.answer.text() and "20,000 samples" in dialog.answer.text()
    assert not dialog.progress.isVisible()

