"""Measure the model editor on the sample study: a key press in an equation -> problems shown; a valid edit -> charts re-projected.

    QT_QPA_PLATFORM=offscreen python benchmarks/model_editor.py [--presses 100]
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

VARIABLE = "gdp_growth"  # a long equation near the end of the model: the checker reads everything before it


def figures(label: str, samples: list[float]) -> None:
    """Print the median and 95th percentile of timings in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"{label}: median {statistics.median(ordered):.1f} ms, p95 {p95:.1f} ms over {len(ordered)}")


def main() -> None:
    """Open the sample study, type into an equation, and time what the user waits for."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    parser = argparse.ArgumentParser()
    parser.add_argument("--presses", type=int, default=100)
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
        window.close()
        library.close()


if __name__ == "__main__":
    main()
