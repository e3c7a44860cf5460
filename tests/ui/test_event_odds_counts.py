"""Event odds count how often each event happens in the samples, through the compute service, bands on or off."""

from __future__ import annotations

import pytest

from models.domain import Effect, Event
from tests.ui.conftest import make_study
from ui.uncertainty.event_odds_dialog import EventOddsDialog

SAMPLES = 4_000
MARGIN = 3 * (0.25 / SAMPLES) ** 0.5  # three standard errors of a share near one half


@pytest.fixture
def study():
    """Return the small study with one chance event."""
    study = make_study()
    study.events = [Event("Strike", 0.3, start=2026, duration=1, effects=[Effect("growth", "add", -2)])]
    return study


def _share(dialog: EventOddsDialog) -> float:
    return float(dialog.table.item(0, 3).text().split("%")[0]) / 100


def test_the_counts_come_with_the_bands_off_and_follow_a_probability_edit_and_a_switch(qtbot, window):
    assert not window.uncertainty_bar.on
    dialog = EventOddsDialog(window.session, window.compute, SAMPLES, 1, window)
    qtbot.addWidget(dialog)
    dialog.wait()
    assert abs(_share(dialog) - 0.3) < MARGIN
    dialog.table.cellWidget(0, 1).setValue(60)
    dialog.wait()
    assert abs(_share(dialog) - 0.6) < MARGIN
    box = dialog.table.cellWidget(0, 2)
    box.setCurrentIndex(box.findText("never happens"))
    box.activated.emit(box.currentIndex())
    dialog.wait()
    assert dialog.table.item(0, 3).text() == "0.0% of samples"
    dialog.scenario.setCurrentIndex(dialog.scenario.findText("Other"))  # its own switch: by chance
    assert dialog.table.item(0, 3).text() == "counting…"
    dialog.wait()
    assert abs(_share(dialog) - 0.6) < MARGIN


@pytest.mark.parametrize("button", ["chance_button", "tornado_button", "events_button"])
def test_each_tool_button_opens_its_dialog_answered_by_the_windows_compute_service(qtbot, window, button):
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    seen = []

    def inside_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, inside_the_dialog)
            return
        if button == "chance_button":
            dialog.compute()
        dialog.wait()
        seen.append((type(dialog).__name__, window.compute.worker_pid is not None))
        dialog.reject()

    QTimer.singleShot(0, inside_the_dialog)
    getattr(window.uncertainty_bar, button).click()
    expected = {"chance_button": "ChanceDialog", "tornado_button": "TornadoDialog", "events_button": "EventOddsDialog"}
    assert seen == [(expected[button], True)]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.uncertainty_bar.findChildren(QDialog) == []  # closed dialogs are let go
