"""Measure how long saving a study to the library takes, as a slider drag saves it, beside loading it.

Prints, for the bundled sample study and for a 30-variable, 6-scenario study, the median time of a
save after one override changes (what a released slider does) and of a full load, in the same
minutes, so the two can be compared on a busy machine.

    python benchmarks/library_save.py [--repeats 40]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from storage.interchange import read_study_file  # noqa: E402
from storage.repository import open_library  # noqa: E402
from tests.storage.test_library import make_study  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"


def measure(study, repeats: int, folder: Path) -> tuple[float, float]:
    """Return the median milliseconds of a save after one override changes, and of a load."""
    saves, loads = [], []
    with open_library(folder / f"{study.id}.sqlite") as library:
        library.save_study(study)
        scenario = study.scenarios[-1]
        name = next(v.name for v in study.variables if v.kind == "assumption")
        for k in range(repeats):
            scenario.overrides[name] = float(k)
            started = time.perf_counter()
            library.save_study(study)
            saves.append(time.perf_counter() - started)
            started = time.perf_counter()
            library.load_study(study.id)
            loads.append(time.perf_counter() - started)
    return statistics.median(saves) * 1000, statistics.median(loads) * 1000


def main() -> None:
    """Print save and load medians for each study side by side."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args()
    studies = {"sample study": read_study_file(SAMPLE), "30 variables x 6 scenarios": make_study(30, 6)}
    print(f"{'study':<28}{'save ms':>10}{'load ms':>10}")
    with tempfile.TemporaryDirectory() as folder:
        for label, study in studies.items():
            save, load = measure(study, args.repeats, Path(folder))
            print(f"{label:<28}{save:>10.1f}{load:>10.1f}")


if __name__ == "__main__":
    main()
