"""A small study in a real library file, and a real main window on it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from models.domain import Scenario, Study, TimeAxis, Variable
from models.language.equations import names_in, parse
from storage.repository import open_library
from ui.main_window import MainWindow


def make_study() -> Study:
    """Return a study small enough to reason about: three drivers, four indicators, three scenarios."""
    variables = [
        Variable("price", "assumption", label="Price", unit="USD/t", group="External", value=40.0, min=10.0, max=100.0),
        Variable("aid", "assumption", label="Aid", unit="USD M/yr", group="External", value=5.0, min=0.0, max=20.0),
        Variable("unrest", "assumption", label="Unrest", unit="index", group="Domestic", value=0.3, min=0.0, max=1.0),
        Variable("revenue", "auxiliary", label="Revenue", unit="USD M/yr", group="Economy", equation="price * 2 * (1 + (t - 2025) / 10)"),
        Variable("growth", "auxiliary", label="Growth", unit="%/yr", group="Economy", equation="1 + revenue / 100 - unrest"),
        Variable("stability", "auxiliary", label="Stability", unit="index", group="Politics", equation="1 - unrest + aid / 100"),
        Variable("gdp", "stock", label="GDP", unit="USD bn", group="Economy", initial="100", equation="gdp * growth / 100"),
    ]
    base = Scenario("Base", color="#1f77b4")
    child = Scenario("Child", color="#ff7f0e", parent_id=base.id, overrides={"aid": 10.0})
    other = Scenario("Other", color="#2ca02c", overrides={"price": 80.0})
    return Study("Small study", TimeAxis(2025.0, 2035.0, 0.25), variables=variables, scenarios=[base, child, other])


def dependents(study: Study, assumption: str) -> set[str]:
    """Return every variable whose value depends on an assumption, following equations transitively."""
    uses = {
        v.name: {n.id for text in (v.equation, v.initial) if text for n in names_in(parse(text))}
        for v in study.variables
    }
    found = {assumption}
    while True:
        more = {name for name, used in uses.items() if used & found} - found
        if not more:
            return found - {assumption}
        found |= more


def curves(window: MainWindow) -> dict[tuple[str, str], np.ndarray]:
    """Return the y data of every visible curve, keyed by (indicator, scenario id)."""
    data = {}
    for plot in window.charts.plots():
        for scenario in window.session.shown_scenarios():
            y = plot.curve(scenario.id).getData()[1]
            data[(plot.name, scenario.id)] = np.array(y, copy=True)
    return data


def changed_keys(before: dict, after: dict) -> set[tuple[str, str]]:
    """Return the keys whose arrays differ (NaN equal to NaN)."""
    return {key for key in after if not np.array_equal(before[key], after[key], equal_nan=True)}


@pytest.fixture
def study() -> Study:
    """Return a fresh small study."""
    return make_study()


@pytest.fixture
def library_path(tmp_path):
    """Return where the test's library file lives."""
    return tmp_path / "library.sqlite"


@pytest.fixture
def library(library_path, study):
    """Open a real library file holding the small study."""
    library = open_library(library_path)
    library.save_study(study)
    yield library
    library.close()


@pytest.fixture
def window(qtbot, library, study):
    """Show a main window on the small study."""
    window = MainWindow(library, study.id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()  # saves, while the library is still open


def wait_results(qtbot, window: MainWindow) -> None:
    """Wait until every requested run has been delivered to the views."""
    scheduler = window.session.scheduler
    qtbot.waitUntil(lambda: scheduler.delivered == scheduler.requested, timeout=2000)


def library_killed_after(tmp_path: Path, child_code: str) -> Path:
    """Run `child_code` in a fresh process on a library holding make_study(); return the library once it killed itself."""
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    library.save_study(make_study())
    library.close()
    root = Path(__file__).resolve().parents[2]
    child = subprocess.run(
        [sys.executable, "-c", child_code, str(path), str(root)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True, timeout=60,
    )
    assert child.returncode == -9, child.stderr
    return path
