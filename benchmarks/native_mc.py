"""Print Monte Carlo on the numpy back end beside Monte Carlo through native code, side by side.

    QT_QPA_PLATFORM=offscreen python benchmarks/native_mc.py [--repeats 15] [--steps 60] [--no-window]

Rows: the sample study, 5 scenarios x 1,000 samples (the charted indicators, as bands ask, and
every variable); a synthetic model of 500 variables x 100 steps x 1,000 samples; and, in the
window (each back end in a child process of its own, numpy by PROSPECTIVA_NO_NATIVE), bands
recomputed and repainted and a drag step with bands on beside the same steps with bands off, Qt
repainting what changed (wall, and the window process's own CPU). Times are medians, wall / CPU of the whole process (summary threads
included): CPU is the steadier figure when others share the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.engine import synthetic_study  # noqa: E402
from models.domain import Distribution  # noqa: E402
from models.engine.compiled import compile_study  # noqa: E402
from models.engine.montecarlo import run_samples  # noqa: E402
from models.engine.native import LANES, NO_NATIVE, available, compile_native  # noqa: E402
from storage.interchange import read_study_file  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
CHARTED = ["gdp_growth", "public_debt", "political_stability", "social_unrest"]


def timed(action, repeats: int) -> tuple[float, float]:
    """Return median wall and CPU milliseconds of `action` (CPU of every thread of this process)."""
    action()  # warm-up: first calls write the numpy code and fill caches
    walls, cpus = [], []
    for _ in range(repeats):
        wall, cpu = time.perf_counter(), time.process_time()
        action()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def row(label: str, study, repeats: int, variables=None, samples: int = 1_000) -> None:
    """Print one Monte Carlo case on numpy, native one sample at a time, and native in lanes, with compile times."""
    models, compiles = [compile_study(study)], []
    for lanes in (False, True):
        model = compile_study(study)
        began = time.perf_counter()
        model.use_native(compile_native(study, model=model, lanes=lanes))
        compiles.append((time.perf_counter() - began) * 1000)
        models.append(model)
    cells = [timed(lambda m=model: run_samples(m, study, samples, seed=1, variables=variables), repeats)
             for model in models]
    numpy_cpu = cells[0][1]
    text = "".join(f"{wall:>9.1f} /{cpu:>7.1f}" for wall, cpu in cells)
    ratios = "".join(f"{numpy_cpu / cpu:>7.1f}x" for _, cpu in cells[1:])
    print(f"{label:<46}{text}{ratios}{compiles[0]:>9.0f} /{compiles[1]:>5.0f} ms", flush=True)


def with_distributions(study):
    """Give every assumption of a synthetic study a normal distribution (10 % spread) so samples differ."""
    for variable in study.variables:
        if variable.kind == "assumption":
            variable.distribution = Distribution("normal", {"mean": variable.value, "sd": 0.1 * variable.value})
    return study


def drag(app, window, row_widget, count: int) -> dict[str, list[float]]:
    """Time slider steps with bands on and off by turns (blocks of the same positions), wall and this process's CPU.

    As benchmarks/uncertainty.measure_drag, Qt repainting what changed, plus the window process's
    CPU per step (the worker's is not in it): steadier than wall time when others load the machine.
    """
    from benchmarks.live import positions, repaint, settle
    from benchmarks.uncertainty import BLOCK

    bar = window.uncertainty_bar
    found: dict[str, list[float]] = {"on": [], "off": [], "on_cpu": [], "off_cpu": []}
    sweep = positions(count)
    for first in range(0, count, BLOCK):
        for uncertain in (True, False):
            bar.set_on(uncertain)
            bar.worker.wait()
            settle(app, window)
            repaint(app, window, True)
            row_widget.slider.setSliderDown(True)
            key = "on" if uncertain else "off"
            for position in sweep[first:first + BLOCK]:
                wall, cpu = time.perf_counter(), time.process_time()
                row_widget.slider.setValue(position)
                settle(app, window)
                repaint(app, window, False)
                found[key].append(time.perf_counter() - wall)
                found[key + "_cpu"].append(time.process_time() - cpu)
            row_widget.slider.setSliderDown(False)
            settle(app, window)
    bar.set_on(True)
    bar.worker.wait()
    return found


def window_child(repeats: int, steps: int) -> None:
    """Measure bands and drag steps in the window on whichever back end this process may use; print JSON."""
    from benchmarks.live import open_window, prepare
    from benchmarks.uncertainty import BLOCK, measure_bands
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        app, library, window = open_window(Path(folder) / "bench.sqlite")
        row_widget = prepare(app, window)
        bar = window.uncertainty_bar
        bar.set_samples(1_000)
        bar.set_on(True)
        bar.worker.wait()
        service = window.compute
        stamps = []
        service.result_ready.connect(lambda answer: stamps.append(answer.value) if answer.kind == "native" else None)
        service.request("native", window.session.study, {})
        service.wait("native")
        measure_bands(app, window, 3, full=False)
        bands, sampling = measure_bands(app, window, repeats, full=False)
        drag(app, window, row_widget, BLOCK)  # warm-up
        steps_taken = drag(app, window, row_widget, steps)
        window.close()
        library.close()
    figures = {key: statistics.median(values) * 1000 for key, values in steps_taken.items()}
    print(json.dumps({"backend": stamps[-1] if stamps else "?", "bands": statistics.median(bands) * 1000,
                      "sampling": statistics.median(sampling) * 1000, **figures}))


def window_rows(repeats: int, steps: int) -> None:
    """Run the window measurements once per back end, each in a fresh process, and print them side by side."""
    results = {}
    for name, extra in (("numpy", {NO_NATIVE: "1"}), ("native", {})):
        env = {k: v for k, v in os.environ.items() if k != NO_NATIVE} | extra
        done = subprocess.run([sys.executable, __file__, "--window-child", "--repeats", str(repeats),
                               "--steps", str(steps)], env=env, capture_output=True, text=True, check=True)
        results[name] = json.loads(done.stdout.strip().splitlines()[-1])
    numpy_, native = results["numpy"], results["native"]
    print(f"(window: worker back ends {numpy_['backend']} / {native['backend']}; wall ms, Qt repainting what changed)")
    print(f"{'':<46}{'numpy':>17}{'native, lanes':>17}")
    print(f"{'bands recomputed + repainted, all shown':<46}{numpy_['bands']:>17.1f}{native['bands']:>17.1f}")
    print(f"{'  of which sampling + percentiles (worker)':<46}{numpy_['sampling']:>17.1f}{native['sampling']:>17.1f}")
    print(f"{'drag step, bands on':<46}{numpy_['on']:>17.1f}{native['on']:>17.1f}")
    print(f"{'drag step, bands off (same minutes)':<46}{numpy_['off']:>17.1f}{native['off']:>17.1f}")
    print(f"{'  on / off (target <= 1.2x)':<46}{numpy_['on'] / numpy_['off']:>16.2f}x"
          f"{native['on'] / native['off']:>16.2f}x")
    print(f"{'drag step, window process CPU, bands on':<46}{numpy_['on_cpu']:>17.1f}{native['on_cpu']:>17.1f}")
    print(f"{'drag step, window process CPU, bands off':<46}{numpy_['off_cpu']:>17.1f}{native['off_cpu']:>17.1f}")
    print(f"{'  on / off by CPU':<46}{numpy_['on_cpu'] / numpy_['off_cpu']:>16.2f}x"
          f"{native['on_cpu'] / native['off_cpu']:>16.2f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--steps", type=int, default=60, help="drag steps with bands on (and as many off)")
    parser.add_argument("--no-window", action="store_true", help="leave out the window measurements")
    parser.add_argument("--window-child", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.window_child:
        window_child(options.repeats, options.steps)
        return 0
    if not available():
        print("llvmlite is not installed (or PROSPECTIVA_NO_NATIVE is set): nothing to compare")
        return 1
    print(f"lanes: {LANES} samples a vector; wall / CPU ms (CPU of the whole process); CPU ratio: numpy / native; "
          "compile: one sample at a time / with lanes")
    print(f"{'case':<46}{'numpy':>17}{'native, 1 a time':>17}{'native, lanes':>17}{'ratio 1':>8}"
          f"{'lanes':>8}{'compile':>16}")
    study = read_study_file(SAMPLE)
    row("sample study 5 x 1,000, charted indicators", study, options.repeats, CHARTED)
    row("sample study 5 x 1,000, every variable", study, max(3, options.repeats // 3))
    synthetic = with_distributions(synthetic_study(500, 100))
    row("synthetic 500 vars x 100 steps x 1,000, 5 shown", synthetic, 5, ["x0", "x100", "x200", "x300", "s5"])
    if not options.no_window:
        window_rows(options.repeats, options.steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
