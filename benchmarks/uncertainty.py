"""Measure fan charts, drags with uncertainty on, and the tornado on the sample study with every scenario shown.

Prints 1,000-sample bands of every shown scenario recomputed and repainted (median, p95) and the
sampling alone; a slider step with uncertainty on, to the deterministic line repainted (median,
p95), beside the same steps with uncertainty off in the same minutes; how long after a pause the
bands of the edited family are current again; one tornado; a 100,000-sample chance question asked
through the dialog (answer time, and the longest the window's event loop stalled meanwhile) beside
the same question sampled on the GUI thread, as the dialog once did. Bands and steps are timed
twice: with a forced whole-window repaint, and with Qt repainting what changed, as on a user's screen.

    QT_QPA_PLATFORM=offscreen python benchmarks/uncertainty.py [--repeats 30] [--steps 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.live import (  # noqa: E402
    DRIVER,
    open_window,
    percentile,
    positions,
    prepare,
    repaint,
    settle,
)

INDICATOR = "gdp_growth"
BLOCK = 10  # drag steps in a row with uncertainty on, then as many with it off


def measure_bands(app, window, repeats: int, full: bool = True) -> tuple[list[float], list[float]]:
    """Time a full recompute of every shown scenario's bands to a repainted window; also the sampling alone.

    `full` forces a whole-window repaint; without it Qt repaints what changed, as on a user's screen.
    """
    bar = window.uncertainty_bar
    totals, sampling = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        bar.recompute()
        bar.worker.wait()
        repaint(app, window, full)
        totals.append(time.perf_counter() - start)
        sampling.append(bar.last_seconds)
    return totals, sampling


def measure_one(app, window, repeats: int) -> list[float]:
    """Time the bands of the one edited scenario recomputed to a repainted window, the others kept."""
    bar = window.uncertainty_bar
    scenario_id = window.session.choices.selected
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        bar.refresh([scenario_id])
        bar.worker.wait()
        repaint(app, window, True)
        times.append(time.perf_counter() - start)
    return times


def measure_drag(app, window, row, count: int, full: bool = True) -> tuple[list[float], list[float], list[float]]:
    """Time slider steps to the repainted deterministic line, in blocks with uncertainty on and off by turns.

    Returns the steps with bands sampled behind, the steps of the same minutes with uncertainty off
    (the live window's own figure, which this host's speed moves by half from one minute to the
    next), and how soon after a block's last step its bands were current again. `full` forces a
    whole-window repaint each step; without it Qt repaints what changed, as on a user's screen.
    """
    bar = window.uncertainty_bar
    on, off, catch_up = [], [], []
    sweep = positions(count)
    for first in range(0, count, BLOCK):
        moves = sweep[first:first + BLOCK]  # each block of the sweep is dragged twice: on, then off
        for uncertain in (True, False):
            bar.set_on(uncertain)
            bar.worker.wait()
            settle(app, window)
            repaint(app, window, True)  # switching draws or hides every fan: not a drag step's work
            row.slider.setSliderDown(True)
            for position in moves:
                start = time.perf_counter()
                row.slider.setValue(position)
                settle(app, window)
                repaint(app, window, full)
                (on if uncertain else off).append(time.perf_counter() - start)
            if uncertain:  # a pause in the drag: how soon are the bands current again?
                bar.worker.wait()
                repaint(app, window, full)
                catch_up.append(time.perf_counter() - start)
            row.slider.setSliderDown(False)
            settle(app, window)
    bar.set_on(True)
    bar.worker.wait()
    return on, off, catch_up


def measure_tornado(window, repeats: int) -> list[float]:
    """Time the tornado of one indicator in the selected scenario."""
    from models.engine.compiled import compile_study
    from models.engine.tornado import tornado

    session = window.session
    model = compile_study(session.study)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        tornado(model, session.study, session.choices.selected, INDICATOR, float(session.times[-1]))
        times.append(time.perf_counter() - start)
    return times


def measure_chance(app, window, repeats: int, samples: int = 100_000) -> tuple[list[float], list[float], list[float]]:
    """Time a chance question through the dialog (answer, longest event-loop stall) and sampled on the GUI thread."""
    from PySide6.QtCore import QEventLoop, QTimer

    from models.engine.chance import chance_of
    from models.engine.compiled import compile_study
    from ui.uncertainty.chance_dialog import ChanceDialog

    session = window.session
    dialog = ChanceDialog(session, window.compute, samples, 1, window)
    dialog.show()
    answers, stalls, blocking = [], [], []
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)  # the stall is the longest gap between its ticks, beyond their 5 ms
    for _ in range(repeats):
        ticks.clear()
        start = time.perf_counter()
        dialog.compute()
        while dialog.busy:  # as the dialog's own event loop would: sleep until an event comes
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        answers.append(time.perf_counter() - start)
        marks = [start] + ticks + [time.perf_counter()]
        stalls.append(max(b - a for a, b in pairwise(marks)))
        study = session.study
        start = time.perf_counter()
        chance_of(compile_study(study), study, dialog.scenario.currentData(), dialog.indicator.currentData(),
                  dialog.threshold.value(), dialog.side.currentData(), dialog.time.currentData(),
                  dialog.span.currentData(), samples, 1)
        blocking.append(time.perf_counter() - start)
    timer.stop()
    dialog.close()
    return answers, stalls, blocking


def main() -> int:
    """Run every measurement and print the figures against their targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--steps", type=int, default=100)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app, library, window = open_window(Path(folder) / "bench.sqlite")
        row = prepare(app, window)
        window.uncertainty_bar.set_samples(1_000)
        window.uncertainty_bar.set_on(True)
        window.uncertainty_bar.worker.wait()
        measure_bands(app, window, 3)  # warm-up, not counted
        bands, sampling = measure_bands(app, window, options.repeats)
        bands_changed, _ = measure_bands(app, window, options.repeats, full=False)
        one = measure_one(app, window, options.repeats)
        measure_drag(app, window, row, BLOCK)
        steps, baseline, catch_up = measure_drag(app, window, row, options.steps)
        changed_steps, changed_baseline, _ = measure_drag(app, window, row, options.steps, full=False)
        tornado_times = measure_tornado(window, 10)
        chance_answers, chance_stalls, chance_blocking = measure_chance(app, window, 5)
        shown = len(window.session.shown_scenarios())
        charts = len(window.charts.plots())
        window.close()
        library.close()
    ms = 1000.0
    print(f"sample study, {shown} scenarios shown, {charts} charts, 1,000 samples, dragging {DRIVER}")
    print(f"bands recomputed + repainted (all shown): median {statistics.median(bands) * ms:6.1f} ms, "
          f"p95 {percentile(bands, 0.95) * ms:6.1f} ms   (target <= 50 ms)")
    print(f"  of which sampling + percentiles:        median {statistics.median(sampling) * ms:6.1f} ms")
    print(f"  Qt repainting what changed:             median {statistics.median(bands_changed) * ms:6.1f} ms, "
          f"p95 {percentile(bands_changed, 0.95) * ms:6.1f} ms")
    print(f"bands recomputed + repainted (one scenario changed, others kept): median {statistics.median(one) * ms:6.1f} ms, "
          f"p95 {percentile(one, 0.95) * ms:6.1f} ms")
    print(f"drag step, uncertainty on (line + repaint): median {statistics.median(steps) * ms:6.1f} ms, "
          f"p95 {percentile(steps, 0.95) * ms:6.1f} ms   (target <= 16 ms)")
    print(f"  the same minutes, uncertainty off:         median {statistics.median(baseline) * ms:6.1f} ms, "
          f"p95 {percentile(baseline, 0.95) * ms:6.1f} ms   "
          f"(on / off: {statistics.median(steps) / statistics.median(baseline):.2f}x)")
    print(f"  Qt repainting what changed, uncertainty on: median {statistics.median(changed_steps) * ms:6.1f} ms, "
          f"p95 {percentile(changed_steps, 0.95) * ms:6.1f} ms; off: median {statistics.median(changed_baseline) * ms:6.1f} ms "
          f"(on / off: {statistics.median(changed_steps) / statistics.median(changed_baseline):.2f}x)")
    print(f"bands current again after a step (edited family): median {statistics.median(catch_up) * ms:6.1f} ms")
    print(f"tornado, one indicator: median {statistics.median(tornado_times) * ms:6.1f} ms   (target < 1000 ms)")
    print(f"chance, 100,000 samples, through the dialog: answer median {statistics.median(chance_answers) * ms:6.1f} ms; "
          f"longest event-loop stall median {statistics.median(chance_stalls) * ms:6.1f} ms")
    print(f"  the same question sampled on the GUI thread (the window frozen throughout): "
          f"median {statistics.median(chance_blocking) * ms:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
