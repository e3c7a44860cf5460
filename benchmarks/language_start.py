"""Start-up in Spanish beside start-up in English: a first start of the real window, side by side.

Each start is a new process on a new library whose language is set beforehand (as the first start
sets it from the system locale), so it is seeded with that language's edition of the sample study,
loads that language's catalogue (none for English) and opens the window offscreen.
Printed: seconds from the process's creation to the window shown with its first results, and the
process's CPU seconds by then; medians and best of --runs starts of each, alternating languages.

    QT_QPA_PLATFORM=offscreen python benchmarks/language_start.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def child(library: Path) -> None:
    """Run the window until its first results are drawn; print the wall and CPU seconds since the process began."""
    import psutil
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui import app as app_module
    from ui.main_window import MainWindow

    began = psutil.Process().create_time()

    def ready() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        session = windows[0].session if windows else None
        if session is None or session.scheduler.delivered != session.scheduler.requested:
            QTimer.singleShot(5, ready)
            return
        QApplication.processEvents()  # the charts painted with the results
        cpu = psutil.Process().cpu_times()
        print(f"{time.time() - began:.3f} {cpu.user + cpu.system:.3f}", flush=True)
        windows[0].close()

    QTimer.singleShot(0, ready)
    app_module.run_gui(library)


def start(language: str) -> tuple[float, float]:
    """Start the window once on a new library in `language`; return wall and CPU seconds to its first results."""
    from storage.repository import open_library
    from ui.session.view_settings import LibraryChoices

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "library.sqlite"
        with open_library(path) as library:
            LibraryChoices(library).language = language
        environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        done = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                              env=environment, timeout=120, check=True)
        wall, cpu = done.stdout.split()[-2:]
        return float(wall), float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child is not None:
        child(options.child)
        return
    times: dict[str, list[tuple[float, float]]] = {"en": [], "es": []}
    for _ in range(options.runs):
        for language in times:  # alternating, so a busy moment of the machine falls on both
            times[language].append(start(language))
    print(f"{'first start':<14}{'wall median s':>15}{'best':>8}{'CPU median s':>15}{'best':>8}")
    for language, runs in times.items():
        walls, cpus = [w for w, _ in runs], [c for _, c in runs]
        print(f"{language:<14}{statistics.median(walls):>15.2f}{min(walls):>8.2f}"
              f"{statistics.median(cpus):>15.2f}{min(cpus):>8.2f}")


if __name__ == "__main__":
    main()
