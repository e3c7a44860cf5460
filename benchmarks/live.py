"""Measure the live loop on the sample study with every scenario shown.

Prints: slider step -> curves hold new data and the whole window is repainted (median, p95 over 200
steps); the floor (the same frames' data given to the same plot items, then the same repaint);
cold start to the first shown window; memory growth over 10,000 slider steps.

    QT_QPA_PLATFORM=offscreen python benchmarks/live.py [--steps 200] [--memory-steps 10000]
"""

from __future__ import annotations

import argparse
import gc
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
EDITED_SCENARIO = "Reform dividend"  # it has a child, so each step re-simulates a family
DRIVER = "reform_pace"  # feeds most indicators
COLD_STARTS = 5


def open_window(library_path: Path):
    """Open (seeding if new) a library and show the main window at 1366x768 with all scenarios shown."""
    from storage.repository import open_library
    from storage.seed import seed_library_if_new
    from ui.app import application
    from ui.main_window import MainWindow

    app = application()
    library = open_library(library_path)
    seed_library_if_new(library, SAMPLE)
    window = MainWindow(library)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    return app, library, window


def settle(app, window) -> None:
    """Process events until every requested run has reached the views."""
    scheduler = window.session.scheduler
    app.processEvents()
    while scheduler.delivered != scheduler.requested:
        app.processEvents()


def positions(count: int, start: int = 500):
    """Return slider positions that change at every step, sweeping back and forth like a hand."""
    return [start + int(round(300 * math.sin(k / 15))) + (k % 2) for k in range(1, count + 1)]


def prepare(app, window):
    """Show every scenario, select the edited one, and return the driver's slider row."""
    session = window.session
    for scenario in session.study.scenarios:
        session.set_shown(scenario.id, True)
    session.select(session.study.scenario_named(EDITED_SCENARIO).id)
    settle(app, window)
    return window.assumptions.row(DRIVER)


def snapshot(window) -> dict:
    """Return every visible curve's current y array, by the curve object."""
    return {
        curve: curve.yData
        for plot in window.charts.plots()
        for scenario in window.session.shown_scenarios()
        if (curve := plot.curve(scenario.id)) is not None
    }


def repaint(app, window, full: bool) -> None:
    """Repaint the whole window now (full), or let Qt repaint just what changed."""
    app.processEvents()
    if full:
        window.repaint()


def measure_steps(app, window, row, count: int, full: bool = True) -> tuple[list[float], list[float], float]:
    """Time slider steps to a repainted window, each paired with its floor; return both and curves a step."""
    moves = [lambda p=p: row.slider.setValue(p) for p in positions(count)]
    row.slider.setSliderDown(True)
    steps, floors, redrawn = timed_with_floor(app, window, moves, full)
    row.slider.setSliderDown(False)
    settle(app, window)
    return steps, floors, redrawn


def timed_with_floor(app, window, moves: list, full: bool) -> tuple[list[float], list[float], float]:
    """Time each move to a repainted window, paired with its floor; return both (seconds) and curves redrawn a move.

    The floor of a move is the same data given to the same plot items, then the same repaint,
    timed right after the move so both see the same machine.
    """
    steps, floors, redrawn = [], [], 0
    previous = snapshot(window)
    for move in moves:
        start = time.perf_counter()
        move()
        settle(app, window)
        repaint(app, window, full)
        steps.append(time.perf_counter() - start)
        current = snapshot(window)
        frame = [(curve, curve.xData, y) for curve, y in current.items() if y is not previous.get(curve)]
        previous = current
        redrawn += len(frame)
        start = time.perf_counter()
        for curve, x, y in frame:
            curve.setData(x, y)
        repaint(app, window, full)
        floors.append(time.perf_counter() - start)
    return steps, floors, redrawn / max(1, len(moves))


def rss_mb() -> float:
    """Return the process's resident memory in MB (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure_memory(app, window, row, count: int) -> tuple[float, list[float]]:
    """Return resident memory growth in MB over `count` slider steps, and the readings along the way."""
    row.slider.setSliderDown(True)
    for position in positions(500):  # warm caches before the baseline
        row.slider.setValue(position)
        settle(app, window)
    gc.collect()
    baseline = rss_mb()
    readings = []
    for k, position in enumerate(positions(count, start=480), start=1):
        row.slider.setValue(position)
        settle(app, window)
        if k % 50 == 0:
            window.repaint()
        if k % (count // 5 or 1) == 0:
            readings.append(rss_mb() - baseline)
    row.slider.setSliderDown(False)
    settle(app, window)
    gc.collect()
    return rss_mb() - baseline, readings


def cold_start(library_path: Path) -> float:
    """Return seconds from launching a fresh interpreter to its main window being shown."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--child-start", str(library_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    line = child.stdout.readline()  # printed once the window has been shown and painted
    elapsed = time.perf_counter() - start
    _, errors = child.communicate()
    if not line.startswith("shown"):
        raise RuntimeError(errors)
    return elapsed


def child_start(library_path: Path) -> None:
    """Show the window once (run in a fresh process by cold_start) and report it."""
    app, library, window = open_window(library_path)
    window.repaint()
    print("shown", flush=True)
    app.processEvents()
    window.close()
    library.close()


def percentile(values: list[float], share: float) -> float:
    """Return the value below which `share` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


def main() -> int:
    """Run every measurement and print the figures against their targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--memory-steps", type=int, default=10_000)
    parser.add_argument("--child-start", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child_start:
        child_start(options.child_start)
        return 0
    with tempfile.TemporaryDirectory() as folder:
        # One launch is at the mercy of the machine: take the median of a few, and show their range.
        first_runs = [cold_start(Path(folder) / f"new-{k}.sqlite") for k in range(COLD_STARTS)]  # creates and seeds
        warm_libraries = [cold_start(Path(folder) / "new-0.sqlite") for _ in range(COLD_STARTS)]
        first_run, warm_library = statistics.median(first_runs), statistics.median(warm_libraries)
        app, library, window = open_window(Path(folder) / "bench.sqlite")
        row = prepare(app, window)
        measure_steps(app, window, row, 20)  # warm-up, not counted
        steps, floor, curves = measure_steps(app, window, row, options.steps, full=True)
        dirty_steps, dirty_floor, _ = measure_steps(app, window, row, options.steps, full=False)
        rss_growth, readings = measure_memory(app, window, row, options.memory_steps)
        shown = len(window.session.shown_scenarios())
        window.close()
        library.close()

    ms = 1000.0
    step_median, step_p95 = statistics.median(steps) * ms, percentile(steps, 0.95) * ms
    floor_median, floor_p95 = statistics.median(floor) * ms, percentile(floor, 0.95) * ms
    print(f"sample study, {shown} scenarios shown, driver '{DRIVER}' of '{EDITED_SCENARIO}', 1366x768 offscreen")
    print(f"slider step -> repainted   median {step_median:6.2f} ms   p95 {step_p95:6.2f} ms   ({options.steps} steps, {curves:.1f} curves redrawn a step)")
    print(f"floor (setData + repaint)  median {floor_median:6.2f} ms   p95 {floor_p95:6.2f} ms")
    print(f"step / floor (median)      {step_median / floor_median:6.2f} x")
    print(
        f"  without forcing a full-window repaint (Qt repaints what changed): step median "
        f"{statistics.median(dirty_steps) * ms:.2f} ms, p95 {percentile(dirty_steps, 0.95) * ms:.2f} ms; "
        f"floor median {statistics.median(dirty_floor) * ms:.2f} ms"
    )
    print(
        f"cold start to shown window first run {first_run:5.2f} s ({min(first_runs):.2f}-{max(first_runs):.2f})   "
        f"existing library {warm_library:5.2f} s ({min(warm_libraries):.2f}-{max(warm_libraries):.2f}), median of {COLD_STARTS}"
    )
    trend = ", ".join(f"{r:.1f}" for r in readings)
    print(f"memory growth              {rss_growth:6.1f} MB resident over {options.memory_steps} steps (along the way: {trend} MB)")
    targets = [
        ("median <= 16 ms", step_median <= 16),
        ("median <= 2 x floor", step_median <= 2 * floor_median),
        ("p95 <= 33 ms", step_p95 <= 33),
        ("cold start <= 2 s", max(first_run, warm_library) <= 2),
        ("memory growth < 20 MB", rss_growth < 20),
    ]
    for name, met in targets:
        print(f"  {'met ' if met else 'MISSED'} {name}")
    return 0 if all(met for _, met in targets) else 1


if __name__ == "__main__":
    sys.exit(main())
