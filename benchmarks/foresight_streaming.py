"""Print how soon a 4^12 morphological box shows its first results and how long it takes in all, on the worker thread.

The box is listed as the Foresight window lists it: on an EnumerationWorker thread while the GUI thread
waits for its signals. Figures: seconds to the first results shown, to the end, and the number of
interim listings the window received.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/foresight_streaming.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402

from benchmarks.foresight_box import box  # noqa: E402
from models.foresight.box import enumerate_consistent  # noqa: E402
from ui.foresight.enumeration_worker import EnumerationWorker  # noqa: E402


def listed(morphology, floor: float) -> tuple[float, float, int, int]:
    """Return (seconds to first results, seconds to all, interim listings, consistent) on the worker thread."""
    app = QCoreApplication.instance() or QCoreApplication([])
    first: list[float] = []
    interim = [0]
    began = time.perf_counter()
    worker = EnumerationWorker(morphology, floor)

    def so_far(result) -> None:
        interim[0] += 1
        if not first and result.combinations:
            first.append(time.perf_counter() - began)

    worker.found_so_far.connect(so_far)
    done: list = []
    worker.done.connect(done.append)
    worker.start()
    while not done:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    worker.wait()
    took = time.perf_counter() - began
    return (first[0] if first else took), took, interim[0], done[0].consistent


def main() -> None:
    """Print the figures side by side, with the same box listed in one go for comparison."""
    print(f"{'box':<18}{'floor':>6}{'consistent':>12}{'first s':>9}{'all s':>8}{'interim':>9}{'in one go s':>13}")
    for descriptors, variants, share in ((12, 4, 0.15), (12, 4, 0.0)):
        morphology = box(descriptors, variants, share)
        for floor in (0, -1):
            first, took, interim, consistent = listed(morphology, floor)
            began = time.perf_counter()
            enumerate_consistent(morphology, floor=floor)
            plain = time.perf_counter() - began
            print(f"{variants}^{descriptors} ({share:.0%} neg) {floor:>6}{consistent:>12,}{first:>9.2f}{took:>8.2f}"
                  f"{interim:>9}{plain:>13.2f}")


if __name__ == "__main__":
    main()
