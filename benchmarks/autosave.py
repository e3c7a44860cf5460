"""Measure what survives when the app is killed shortly after a change (autosave under load).

Each run starts the real app (the main window, offscreen) on a copy of a library holding the sample
study, types a new value for one driver (a change that waits for the debounced save, unlike a
released slider, which saves at once), and kills the process (Popen.kill: SIGKILL on Linux and
macOS, TerminateProcess on Windows) a fixed delay after the change. The library is then reopened
and the change counted as kept or lost. The same runs are made with the other core left alone and
with it kept busy by a spinning process. Also printed: how long after the change the save finished,
as reported by the runs that lived long enough to say so.

    QT_QPA_PLATFORM=offscreen python benchmarks/autosave.py [--repeats 3] [--delays 0.1,0.2,...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
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
DRIVER = "reform_pace"  # 0-100 in whole steps: each run types a value no other run used
DELAYS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
SETTLE_S = 0.3  # after the window shows, before the change: start-up work is done, as for a user


def child(library_path: Path, value: int) -> None:
    """Open the window on the library, change the driver once, and keep running until killed."""
    from PySide6.QtCore import QTimer

    from storage.repository import open_library
    from ui.app import application
    from ui.main_window import MainWindow

    app = application()
    library = open_library(library_path)
    window = MainWindow(library)
    window.resize(1366, 768)
    window.show()
    session = window.session

    def change() -> None:
        began = time.perf_counter()
        session.autosave.saved.connect(lambda: print(f"saved {time.perf_counter() - began:.4f}", flush=True))
        window.assumptions.row(DRIVER).spin.setValue(value)
        print(f"changed {session.choices.selected}", flush=True)

    QTimer.singleShot(int(SETTLE_S * 1000), change)
    app.exec()


def template(folder: Path) -> Path:
    """Return a closed library file holding the sample study."""
    from storage.repository import open_library
    from storage.seed import seed_library_if_new

    path = folder / "template.sqlite"
    with open_library(path) as library:
        seed_library_if_new(library, SAMPLE)
    return path


def fresh_copy(source: Path, target: Path) -> None:
    """Copy a library with SQLite's backup (a file copy of a WAL database may miss rows)."""
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        leftover.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def kept(library_path: Path, scenario_id: str, value: int) -> bool:
    """Say whether the change reached the library."""
    from storage.repository import open_library

    with open_library(library_path) as library:
        study = library.load_study(library.list_studies()[0].id)
    return study.scenario(scenario_id).overrides.get(DRIVER) == float(value)


def one_run(source: Path, folder: Path, value: int, delay: float) -> tuple[bool, float | None]:
    """Start the app, change, kill `delay` s after the change; return (kept, save latency if reported)."""
    path = folder / "run.sqlite"
    fresh_copy(source, path)
    process = subprocess.Popen(
        [sys.executable, __file__, "--child", str(path), str(value)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    changed_at = time.perf_counter()
    if not line.startswith("changed "):
        process.kill()
        raise RuntimeError(f"the app did not start: {line!r}")
    scenario_id = line.split()[1]
    time.sleep(max(0.0, delay - (time.perf_counter() - changed_at)))
    process.kill()
    rest = process.stdout.read()
    process.wait()
    latencies = [float(word.split()[1]) for word in rest.splitlines() if word.startswith("saved ")]
    return kept(path, scenario_id, value), (latencies[0] if latencies else None)


def spinner() -> subprocess.Popen:
    """Start a process that keeps one core busy."""
    return subprocess.Popen([sys.executable, "-c", "while True: pass"])


def values_in(source: Path) -> set[float]:
    """Return every value the driver already has in the study: a change to one of those would change nothing."""
    from storage.repository import open_library

    with open_library(source) as library:
        study = library.load_study(library.list_studies()[0].id)
    return {study.variable(DRIVER).value} | {s.overrides[DRIVER] for s in study.scenarios if DRIVER in s.overrides}


def measure(source: Path, folder: Path, delays: list[float], repeats: int, start_value: int) -> tuple[dict, list]:
    """Return, per delay, whether each run's change was kept; and the save latencies reported."""
    results: dict[float, list[bool]] = {d: [] for d in delays}
    latencies: list[float] = []
    taken = values_in(source)
    value = start_value
    for _ in range(repeats):
        for delay in delays:
            value = value % 99 + 1
            while value in taken:
                value = value % 99 + 1
            survived, latency = one_run(source, folder, value, delay)
            results[delay].append(survived)
            if latency is not None:
                latencies.append(latency)
    return results, latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs per delay and condition (default 3)")
    parser.add_argument("--delays", default=",".join(str(d) for d in DELAYS), help="seconds after the change, comma-separated")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(Path(options.child[0]), int(options.child[1]))
        return 0
    delays = [float(d) for d in options.delays.split(",")]
    folder = Path(tempfile.mkdtemp(prefix="prospectiva-autosave-"))
    try:
        source = template(folder)
        # The machine's own load matters as much as ours; the load average exists only on POSIX systems.
        load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
        print(f"{os.cpu_count()} cores{load}; {options.repeats} runs per delay; the change waits for the debounced save")
        quiet, quiet_latency = measure(source, folder, delays, options.repeats, 0)
        busy = spinner()
        try:
            loaded, loaded_latency = measure(source, folder, delays, options.repeats, 50)
        finally:
            busy.kill()
            busy.wait()
        print(f"{'killed after':>12}  {'kept (other core free)':>22}  {'kept (other core busy)':>22}")
        for delay in delays:
            a, b = quiet[delay], loaded[delay]
            print(f"{delay:>10.1f} s  {sum(a):>14} of {len(a):<5}  {sum(b):>14} of {len(b):<5}")
        for label, values in (("free", quiet_latency), ("busy", loaded_latency)):
            if values:
                print(f"change -> saved, other core {label}: median {statistics.median(values) * 1000:.0f} ms, "
                      f"max {max(values) * 1000:.0f} ms (n={len(values)})")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
