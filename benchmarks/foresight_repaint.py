"""Measure how soon the Foresight views show an edit on the sample study: a pole value, a consistency cell.

Prints, side by side (median and worst over the steps): a pole value changed -> its two quadrant scenarios
re-simulated and the four quadrants repainted; a consistency cell typed -> the box's matrix and its list
of consistent combinations repainted. A frame at 60 Hz is 16.7 ms.

    QT_QPA_PLATFORM=offscreen python benchmarks/foresight_repaint.py [--steps 40]
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

from benchmarks.live import open_window, settle  # noqa: E402


def timed(app, window, step) -> tuple[float, float]:
    """Return the milliseconds from an edit to the foresight window painted with it: before and after new results.

    The first figure is the edit itself (undo step, the view in front refreshed and painted); the second
    adds the re-simulation of the scenarios it touched and every view (main window too) painting them.
    """
    began = time.perf_counter()
    step()
    window.foresight.repaint()
    shown = time.perf_counter()
    settle(app, window)
    window.foresight.repaint()
    return (shown - began) * 1000, (time.perf_counter() - began) * 1000


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=40)
    steps = parser.parse_args().steps
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
        poles = [timed(app, window, lambda k=k: foresight.matrix.set_pole_value(0, 1, name, base + (k % 5) - 2 + 0.5))
                 for k in range(steps)]
        foresight.show_tab("box")
        box = foresight.box
        cell = next((r, c) for r in range(box.matrix.rowCount()) for c in range(box.matrix.columnCount())
                    if box.matrix.item(r, c) is not None and box.matrix.item(r, c).data(256) is not None)
        cells = [timed(app, window, lambda k=k: box.matrix.item(*cell).setText(str((k % 7) - 3))) for k in range(steps)]
        print(f"{'edit':<36}{'shown median':>13}{'worst':>7}{'  with results median':>22}{'worst':>7}  (ms)")
        for label, values in (("pole value -> quadrants repainted", poles), ("consistency cell -> box repainted", cells)):
            first, second = [v[0] for v in values], [v[1] for v in values]
            print(f"{label:<36}{statistics.median(first):>13.1f}{max(first):>7.1f}"
                  f"{statistics.median(second):>22.1f}{max(second):>7.1f}")
        window.close()
        library.close()


if __name__ == "__main__":
    main()
