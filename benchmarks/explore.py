"""Print how long PRIM takes to peel a trajectory, at the sizes scenario discovery meets.

Run: python benchmarks/explore.py   (figures side by side; the machine is shared, so compare ratios)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.engine.compiled import compile_study  # noqa: E402
from models.explore.ensemble import parse_question, run_ensemble  # noqa: E402
from models.explore.prim import peel  # noqa: E402
from storage.interchange import read_study_file  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bolivia-paz-pivot.json"


def timed(runs: int, inputs_count: int, repeats: int = 3) -> tuple[float, int]:
    rng = np.random.default_rng(1)
    inputs = {f"x{k}": rng.uniform(0, 1, runs) for k in range(inputs_count)}
    interesting = (inputs["x0"] < 0.3) & (inputs["x1"] > 0.6)
    times, boxes = [], 0
    for _ in range(repeats):
        start = time.perf_counter()
        boxes = len(peel(inputs, interesting).boxes)
        times.append(time.perf_counter() - start)
    return statistics.median(times), boxes


def main() -> None:
    print(f"{'runs':>9} {'inputs':>7} {'boxes':>6} {'PRIM trajectory (median of 3)':>31}")
    for runs, inputs_count in ((10_000, 5), (100_000, 5), (100_000, 20)):
        seconds, boxes = timed(runs, inputs_count)
        print(f"{runs:>9,} {inputs_count:>7} {boxes:>6} {seconds * 1000:>28.0f} ms")
    print("target: 100,000 runs x 20 inputs drawn within 2 s")
    study = read_study_file(SAMPLE)
    model = compile_study(study)
    question = parse_question(study, "gdp_growth < 0", 2030.0)
    print(f"\n{'runs':>9} {'ensemble, one process':>24} {'runs/s':>10}")
    for runs in (10_000, 100_000):
        start = time.perf_counter()
        run_ensemble(model, study, study.scenarios[0].id, question, runs, seed=1)
        seconds = time.perf_counter() - start
        print(f"{runs:>9,} {seconds * 1000:>21.0f} ms {runs / seconds:>10,.0f}")


if __name__ == "__main__":
    main()
