"""Print how long PRIM takes to peel a trajectory, at the sizes scenario discovery meets.

And how many runs a second an ensemble makes in this process, on 2 local processes and on a
2-worker local Dask cluster (the last needs the 'cluster' extra).

Targets (issue 19): 10^6 runs within 60 s on a 2-worker local Dask cluster, peak memory (all processes)
within 2 GB, 2 workers at least 1.6x the throughput of 1, scheduling overhead within 10 % of the run,
PRIM on 100,000 runs x 20 inputs within 2 s.

Run: python benchmarks/explore.py [RUNS]   (default 1,000,000; figures side by side; the machine is shared,
so compare ratios and the CPU seconds, which do not depend on how busy the cores are)
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.engine.compiled import compile_study  # noqa: E402
from models.explore.ensemble import ensemble_job, parse_question, run_ensemble  # noqa: E402
from models.explore.evaluators import InProcess, OnDask, OnExecutor, local_cluster  # noqa: E402
from models.explore.prim import peel  # noqa: E402
from storage.interchange import read_study_file  # noqa: E402

SCHEDULING: dict[str, float] = {}  # per Dask evaluator: the share of the workers' time not spent in chunks
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bolivia-paz-pivot.json"


def timed(runs: int, inputs_count: int, repeats: int = 3) -> tuple[float, float, int]:
    rng = np.random.default_rng(1)
    inputs = {f"x{k}": rng.uniform(0, 1, runs) for k in range(inputs_count)}
    interesting = (inputs["x0"] < 0.3) & (inputs["x1"] > 0.6)
    times, cpu, boxes = [], [], 0
    for _ in range(repeats):
        start, used = time.perf_counter(), time.process_time()
        boxes = len(peel(inputs, interesting).boxes)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - used)
    return statistics.median(times), statistics.median(cpu), boxes


def drawn(runs: int, inputs_count: int) -> tuple[float, float, int]:
    """Return the seconds (wall, CPU) from the runs to PRIM's trajectory painted on the window's chart (offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.explore.trajectory_plot import TrajectoryPlot

    app = QApplication.instance() or QApplication([])
    plot = TrajectoryPlot()
    plot.resize(760, 420)
    plot.show()
    app.processEvents()
    rng = np.random.default_rng(1)
    inputs = {f"x{k}": rng.uniform(0, 1, runs) for k in range(inputs_count)}
    interesting = (inputs["x0"] < 0.3) & (inputs["x1"] > 0.6)
    start, used = time.perf_counter(), time.process_time()
    trajectory = peel(inputs, interesting)
    plot.show_trajectory(trajectory)
    plot.repaint()
    app.processEvents()
    seconds, cpu = time.perf_counter() - start, time.process_time() - used
    plot.close()
    return seconds, cpu, len(trajectory.boxes)


def main() -> None:
    print(f"{'runs':>9} {'inputs':>7} {'boxes':>6} {'PRIM trajectory, wall (median of 3)':>37} {'CPU':>9}")
    for runs, inputs_count in ((10_000, 5), (100_000, 5), (100_000, 20)):
        seconds, cpu, boxes = timed(runs, inputs_count)
        print(f"{runs:>9,} {inputs_count:>7} {boxes:>6} {seconds * 1000:>34.0f} ms {cpu * 1000:>6.0f} ms")
    seconds, cpu, boxes = drawn(100_000, 20)
    print(f"{100_000:>9,} {20:>7} {boxes:>6} {'peeled and drawn in the window: ' + f'{seconds * 1000:.0f}':>34} ms "
          f"{cpu * 1000:>6.0f} ms")
    print("target: 100,000 runs x 20 inputs drawn within 2 s")
    study = read_study_file(SAMPLE)
    model = compile_study(study)
    # The outcome at 5 times (2029 to 2030, quarterly), reduced on the workers to whether it fell below 0 at any.
    question = parse_question(study, "gdp_growth < 0", 2029.0, 2030.0)
    print(f"\n{'runs':>9} {'ensemble, one process':>24} {'runs/s':>10}")
    for runs in (10_000, 100_000):
        start = time.perf_counter()
        run_ensemble(model, study, study.scenarios[0].id, question, runs, seed=1)
        seconds = time.perf_counter() - start
        print(f"{runs:>9,} {seconds * 1000:>21.0f} ms {runs / seconds:>10,.0f}")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    print(f"\n{runs:,} runs of the sample study (17 inputs, the outcome at 5 times), chunks of 5,000:")
    print(f"{'where':>30} {'seconds':>8} {'runs/s':>10} {'x in-process':>13} {'CPU s, all processes':>21} "
          f"{'extra CPU':>10} {'peak memory':>12}")
    job = ensemble_job(study, study.scenarios[0].id, question, runs, seed=1)
    base = None
    rates = {}
    for name, (seconds, cpu, peak) in evaluator_timings(job):
        base = base or (seconds, cpu)
        rates[name] = runs / seconds
        # CPU beyond what one process spends on the same chunks: sending, scheduling, pickling. Unlike the
        # wall clock, it does not depend on how busy the shared machine's cores are.
        print(f"{name:>30} {seconds:>8.1f} {runs / seconds:>10,.0f} {base[0] / seconds:>12.2f}x {cpu:>21.1f} "
              f"{(cpu - base[1]) / cpu:>10.0%} {peak / 2**30:>9.2f} GB")
    one, two = rates.get("1-worker Dask LocalCluster"), rates.get("2-worker Dask LocalCluster")
    if one and two:
        print(f"2 Dask workers against 1: {two / one:.2f}x the throughput (target at least 1.6x)")
    for name, share in SCHEDULING.items():
        print(f"{name}: the workers spent {1 - share:.0%} of the run inside chunks, {share:.0%} scheduling, "
              "sending and waiting (target: overhead within 10 %)")
    print("targets: 10^6 runs within 60 s on the 2-worker cluster, peak memory within 2 GB")


def evaluator_timings(job):
    """Yield (where, seconds) for the whole ensemble on each evaluator, the workers started before the clock."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    yield "in-process", _time(InProcess(), job)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        list(pool.map(abs, [1, 2]))  # the processes start before the clock
        yield "2 local processes", _time(OnExecutor(pool, window=4), job)
    try:
        from distributed import Client
    except ImportError:
        print(f"{'2-worker Dask LocalCluster':>30}  skipped: install the 'cluster' extra")
        return
    from distributed import get_task_stream

    for workers in (1, 2):
        with local_cluster(workers) as cluster, Client(cluster) as client:  # as `explore --cluster` starts it
            with get_task_stream(client) as stream:
                seconds, cpu, peak = _time(OnDask(client, window=2 * workers), job)
            # The workers' time inside chunks, against all the time they had: the rest is scheduling, sending
            # and waiting. Both sides stretch alike when the shared machine is busy, so the share is fair.
            computing = sum(part["stop"] - part["start"] for task in stream.data if str(task["key"]).startswith("chunk-")
                            for part in task["startstops"] if part["action"] == "compute")
            SCHEDULING[f"{workers}-worker Dask LocalCluster"] = 1 - computing / (workers * seconds)
            yield f"{workers}-worker Dask LocalCluster", (seconds, cpu, peak)


def _time(evaluator, job) -> tuple[float, float, int]:
    """Return the wall-clock seconds, the CPU seconds and the peak memory of this process and its children."""
    warm = replace(job, sizes=(10, 10, 10, 10), key="warm-up")
    for _ in evaluator.chunks(warm, range(4)):  # workers import numpy and the engine before the clock starts
        pass
    peak, stop = [0], threading.Event()

    def watch() -> None:  # the sum of resident memory over all processes, sampled while the chunks run
        while not stop.wait(0.1):
            peak[0] = max(peak[0], _memory())
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    start, cpu = time.perf_counter(), _cpu()
    for _ in evaluator.chunks(job, range(len(job.sizes))):
        pass
    seconds, used = time.perf_counter() - start, _cpu() - cpu
    stop.set()
    watcher.join()
    return seconds, used, peak[0]


def _memory() -> int:
    import psutil

    total = 0
    for process in [psutil.Process(), *psutil.Process().children(recursive=True)]:
        try:
            total += process.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def _cpu() -> float:
    import psutil

    processes = [psutil.Process(), *psutil.Process().children(recursive=True)]
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


if __name__ == "__main__":
    main()
