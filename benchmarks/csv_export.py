"""Measure the projection CSV writer (every text field checked and quoted as needed) beside pandas' own.

Prints, for a tidy frame of N rows, the time to CSV text through `storage.tables.projection_csv`
and through `DataFrame.to_csv` with the same number format, each the median of a few runs in the
same minutes, and whether the two texts agree (they do when no name needs quoting).

    python benchmarks/csv_export.py [--rows 500000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from storage.tables import projection_csv  # noqa: E402


def timed(action, repeats: int) -> float:
    """Return the median seconds `action` takes."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Print both writers' times for one frame."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--repeats", type=int, default=3)
    options = parser.parse_args()
    n = options.rows
    frame = pd.DataFrame({"scenario": np.repeat(["Tentative pivot", "Reform dividend"], n // 2 + 1)[:n],
                          "variable": "gdp_growth", "time": 2025 + np.arange(n) * 0.25,
                          "value": np.random.default_rng(1).normal(size=n)})
    checked = timed(lambda: projection_csv(frame), options.repeats)
    plain = timed(lambda: frame.to_csv(index=False, float_format="%.10g", lineterminator="\n"), options.repeats)
    same = projection_csv(frame) == frame.to_csv(index=False, float_format="%.10g", lineterminator="\n")
    print(f"{n:,} rows: checked writer {checked:.2f} s, pandas to_csv {plain:.2f} s; same text: {same}")


if __name__ == "__main__":
    main()
