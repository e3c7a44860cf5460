"""Each Foresight view on the sample study at 1366×768: nothing cut, nothing overlapping (pictures on request)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from storage.repository import open_library
from storage.seed import seed_library_if_new
from tests.ui.screen_checks import labels_problems
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
# Set PROSPECTIVA_SCREENSHOTS to a folder to keep the pictures (docs/screenshots/foresight/ comes from here).
SHOTS = os.environ.get("PROSPECTIVA_SCREENSHOTS")


@pytest.fixture
def sample_window(qtbot, tmp_path):
    library = open_library(tmp_path / "library.sqlite")
    seed_library_if_new(library, SAMPLE)
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    library.close()


def _save(widget, name: str) -> None:
    if SHOTS:
        (Path(SHOTS) / "foresight").mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / "foresight" / f"{name}-1366.png"))


def _settle(qtbot, window) -> None:
    scheduler = window.session.scheduler
    qtbot.waitUntil(lambda: scheduler.delivered == scheduler.requested, timeout=5000)
    QApplication.processEvents()
    qtbot.wait(50)


@pytest.mark.parametrize("tab", ["drivers", "matrix", "box", "actors"])
def test_each_foresight_view_fits_1366_by_768(qtbot, sample_window, tab):
    window = sample_window
    foresight = window.foresight
    foresight.resize(1366, 768)
    if tab == "drivers":  # with Monte Carlo on, the model's measured effect beside the team's ratings
        window.uncertainty_bar.toggle.setChecked(True)
    foresight.show_tab(tab)
    qtbot.waitUntil(lambda: (foresight.resize(1366, 768), (foresight.width(), foresight.height()) == (1366, 768))[1],
                    timeout=3000)
    if tab == "drivers":
        effects = foresight.drivers.effects
        assert effects.switch.isEnabled()
        effects.switch.setChecked(True)
        effects.wait()
        qtbot.waitUntil(lambda: bool(foresight.drivers.map.measured_points()), timeout=30_000)
    if tab == "matrix":
        foresight.matrix.make_quadrants()
    _settle(qtbot, window)
    _save(foresight, tab)
    assert (foresight.width(), foresight.height()) == (1366, 768)
    assert labels_problems(foresight) == []
