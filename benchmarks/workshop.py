"""Measure workshop mode on the sample study with the room's screen at 1920x1080.

Prints: lever step on the room's screen -> its charts hold the new data and the whole view is repainted
(median, p95 over the steps); capture of a proposal, stored in the library before it returns, and until the
room's screen shows it (median, p95).

    QT_QPA_PLATFORM=offscreen python benchmarks/workshop.py [--steps 200] [--captures 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.live import SAMPLE, positions, settle  # noqa: E402


def percentiles(times: list[float]) -> str:
    """Return 'median X ms, p95 Y ms' for a list of seconds."""
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return f"median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def main() -> None:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--captures", type=int, default=20)
    args = parser.parse_args()
    from storage.repository import open_library
    from storage.seed import seed_library_if_new
    from ui.app import application
    from ui.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(Path(folder) / "library.sqlite3")
        seed_library_if_new(library, SAMPLE)
        window = MainWindow(library)
        window.resize(1366, 768)
        window.show()
        window.workshop.toggle_presentation()
        view = window.workshop.view
        view.showNormal()
        view.resize(1920, 1080)
        settle(app, window)
        view.resize(1920, 1080)
        settle(app, window)
        slider = view.levers.controls[next(iter(view.levers.controls))].slider
        slider.setSliderDown(True)
        frames = []
        for position in positions(args.steps):
            start = time.perf_counter()
            slider.setValue(position)
            window.session.scheduler.flush()
            view.repaint()
            frames.append(time.perf_counter() - start)
        slider.setSliderDown(False)
        settle(app, window)
        captures, shown = [], []
        for k in range(args.captures):
            slider.setValue(100 + 37 * k)
            settle(app, window)
            start = time.perf_counter()
            window.workshop.controller.capture()
            captures.append(time.perf_counter() - start)
            settle(app, window)
            view.repaint()
            shown.append(time.perf_counter() - start)
        print(f"room's screen {view.width()}x{view.height()}, {len(view.plots())} charts, {len(view.levers.controls)} levers")
        print(f"lever step -> room's charts repainted ({args.steps} steps): {percentiles(frames)}")
        print(f"capture, stored before it returns ({args.captures} captures): {percentiles(captures)}")
        print(f"capture -> room's screen repainted with it ({args.captures} captures): {percentiles(shown)}")
        window.close()
        library.close()


if __name__ == "__main__":
    main()
