"""Measure how soon the Foresight views show an edit on the sample study: a pole value, a consistency cell.

For each edit (median and worst over the steps): "shown" is the time from the edit to the view painted with
it (the four quadrants, or the consistency matrix); "edit done" adds whatever else reacts in the same turn
(the main window's panels); "with results" adds the re-simulation of the scenarios it touched and every
view painting them. A frame at 60 Hz is 16.7 ms.

With --against REF the same figures are measured on that git revision too (exported to a temporary folder)
and printed beside this checkout's, e.g. `--against main` before a change is merged.

    QT_QPA_PLATFORM=offscreen python benchmarks/foresight_repaint.py [--steps 40] [--against main]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parents[1]


class PaintClock:
    """Remember when each watched widget was first painted since the clock was last reset."""

    def __init__(self, widgets) -> None:
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Watch(QObject):
            def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint and watched in clock.first and clock.first[watched] is None:
                    clock.first[watched] = time.perf_counter()
                return False

        self.widgets = list(widgets)
        self.first: dict = {}
        self.watch = Watch()
        for widget in self.widgets:
            widget.installEventFilter(self.watch)

    def reset(self) -> None:
        self.first = {widget: None for widget in self.widgets}

    def all_painted(self) -> float | None:
        """Return when the last of the watched widgets was first painted, None if one was not."""
        times = list(self.first.values())
        return None if any(t is None for t in times) else max(times)

    def remove(self) -> None:
        for widget in self.widgets:
            widget.removeEventFilter(self.watch)


def timed(app, window, clock: PaintClock, step) -> tuple[float, float, float]:
    """Return the milliseconds from an edit to its view painted, to the edit's turn done, to new results shown."""
    from benchmarks.live import settle

    clock.reset()
    began = time.perf_counter()
    step()
    window.foresight.repaint()  # what the event loop would paint at the end of this turn
    done = time.perf_counter()
    shown = clock.all_painted() or done
    settle(app, window)
    window.foresight.repaint()
    return (shown - began) * 1000, (done - began) * 1000, (time.perf_counter() - began) * 1000


def measure(steps: int) -> dict[str, list[tuple[float, float, float]]]:
    """Return the timings of each edit on the sample study, as (shown, done, with results) per step."""
    from benchmarks.live import open_window, settle

    with tempfile.TemporaryDirectory() as folder:
        app, library, window = open_window(Path(folder) / "library.sqlite")
        foresight = window.foresight
        foresight.resize(1366, 768)
        foresight.show_tab("matrix")
        foresight.matrix.make_quadrants()
        settle(app, window)
        matrix = window.session.study.foresight.matrix
        name = next(iter(matrix.axes[0].poles[1].assumptions))
        base = matrix.axes[0].poles[1].assumptions[name]
        clock = PaintClock(cell.values for cell in foresight.matrix.cells.values())
        poles = [timed(app, window, clock,
                       lambda k=k: foresight.matrix.set_pole_value(0, 1, name, base + (k % 5) - 2 + 0.5))
                 for k in range(steps)]
        clock.remove()
        foresight.show_tab("box")
        box = foresight.box
        cell = next((r, c) for r in range(box.matrix.rowCount()) for c in range(box.matrix.columnCount())
                    if box.matrix.item(r, c) is not None and box.matrix.item(r, c).data(256) is not None)
        clock = PaintClock([box.matrix.viewport()])
        cells = [timed(app, window, clock, lambda k=k: box.matrix.item(*cell).setText(str((k % 7) - 3)))
                 for k in range(steps)]
        clock.remove()
        window.close()
        library.close()
    return {"pole value -> quadrants": poles, "consistency cell -> box": cells}


def summary(values: list[tuple[float, float, float]]) -> list[float]:
    """Return median and worst of each of the three figures."""
    out: list[float] = []
    for k in range(3):
        column = [v[k] for v in values]
        out += [statistics.median(column), max(column)]
    return out


def exported(ref: str, folder: Path) -> Path:
    """Export a git revision of this repository into a folder (the repository itself is left as it is)."""
    archive = subprocess.run(["git", "-C", str(HERE), "archive", ref], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def measured_in(root: Path, steps: int) -> dict[str, list[float]]:
    """Run the measurement on the code in root, in a fresh process; return its summaries."""
    run = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--steps", str(steps), "--root", str(root),
                          "--json"], check=True, capture_output=True, text=True, cwd=root)
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--against", help="a git revision to measure too and print beside this checkout")
    parser.add_argument("--root", help=argparse.SUPPRESS)  # the checkout whose code is measured
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    root = Path(args.root).resolve() if args.root else HERE
    if args.json:
        sys.path.insert(0, str(root))
        sys.path.insert(1, str(HERE))  # this file's helpers when the measured revision lacks them
        print(json.dumps({label: summary(values) for label, values in measure(args.steps).items()}))
        return
    columns = {"this checkout": measured_in(HERE, args.steps)}
    if args.against:
        with tempfile.TemporaryDirectory() as folder:
            columns = {args.against: measured_in(exported(args.against, Path(folder)), args.steps)} | columns
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(f"{args.steps} steps each; load average {'/'.join(f'{x:.2f}' for x in load) if load else 'n/a'};"
          " ms, median (worst)")
    print(f"{'edit':<28}{'code':<15}{'shown':>16}{'edit done':>16}{'with results':>16}")
    for label in next(iter(columns.values())):
        for code, figures in columns.items():
            cells = "".join(f"{f'{figures[label][k]:.1f} ({figures[label][k + 1]:.0f})':>16}" for k in (0, 2, 4))
            print(f"{label:<28}{code:<15}{cells}")


if __name__ == "__main__":
    main()
