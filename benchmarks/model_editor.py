"""Measure the model editor on the sample study: a key press in an equation -> problems shown; a valid edit -> charts
re-projected; a path point drag step -> charts repainted.

    QT_QPA_PLATFORM=offscreen python benchmarks/model_editor.py [--presses 100] [--drag-steps 100]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.live import open_window, prepare, settle, timed_with_floor  # noqa: E402

VARIABLE = "gdp_growth"  # a long equation near the end of the model: the checker reads everything before it
PATH_VARIABLE = "lithium_price"  # its study path feeds four of the five scenarios
DRAGGED_POINT = 2  # (2028, 14000): its neighbours at 2026 and 2032 leave room to move in time


def figures(label: str, samples: list[float]) -> None:
    """Print the median and 95th percentile of timings in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"{label}: median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms over {len(ordered)}")


def drag_steps(app, window, count: int, full: bool = True) -> tuple[list[float], list[float]]:
    """Drag a path point through `count` steps; time each (ms) to the window repainted, with its floor (see live.py)."""
    editor = window.model_editor
    editor.variables.select_name(PATH_VARIABLE)
    path = editor.form.assumption.path
    settle(app, window)
    # A hand wanders in time and value; each step lands on a new value so every step re-projects.
    moves = [lambda k=k: path.drag_to(2028.0 + 0.75 * math.sin(k / 9), 14000 + 4000 * math.sin(k / 15) + k % 2)
             for k in range(1, count + 1)]
    path.begin_drag(DRAGGED_POINT)
    steps, floors, _ = timed_with_floor(app, window, moves, full)
    path.end_drag()
    settle(app, window)
    return [s * 1000 for s in steps], [f * 1000 for f in floors]


def main() -> None:
    """Open the sample study, type into an equation, and time what the user waits for."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    parser = argparse.ArgumentParser()
    parser.add_argument("--presses", type=int, default=100)
    parser.add_argument("--drag-steps", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app, library, window = open_window(Path(folder) / "library.sqlite")
        editor = window.model_editor
        editor.dock.show()
        editor.variables.select_name(VARIABLE)
        equation = editor.form.equations["equation"]
        equation.setFocus()
        app.processEvents()
        broken, valid = [], []
        for k in range(args.presses):
            # A typo: an unknown name at the end; the problem label must say so before we stop the clock.
            start = time.perf_counter()
            QTest.keyClicks(equation, " + x")
            app.processEvents()
            assert editor.form.problem_labels["equation"].isVisible()
            broken.append((time.perf_counter() - start) * 1000 / 4)
            for _ in range(4):
                QTest.keyClick(equation, Qt.Key.Key_Backspace)
            settle(app, window)
            # A valid edit: a new constant term; charts hold the new projection when the clock stops.
            start = time.perf_counter()
            QTest.keyClicks(equation, f" + {k % 9 + 1}")
            settle(app, window)
            app.processEvents()
            valid.append((time.perf_counter() - start) * 1000 / 4)
            for _ in range(4):
                QTest.keyClick(equation, Qt.Key.Key_Backspace)
            settle(app, window)
        figures("key press in an equation -> problems shown (per key)", broken)
        figures("key press of a valid equation -> charts re-projected (per key)", valid)
        prepare(app, window)  # every scenario shown, as in the slider benchmark
        drag_steps(app, window, 10)  # warm-up, not counted
        for full, how in ((True, "whole window repainted"), (False, "Qt repaints what changed")):
            steps, floors = drag_steps(app, window, args.drag_steps, full)
            figures(f"path point drag step ({PATH_VARIABLE}) -> {how}", steps)
            figures("  floor (same data to the same curves, same repaint)", floors)
            print(f"  step / floor (median) {statistics.median(steps) / statistics.median(floors):.2f} x")
        window.close()
        library.close()


if __name__ == "__main__":
    main()
