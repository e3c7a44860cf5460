"""Time Prospectiva against PySD on the suite's teacup and SIR models, in one run, with ratios.

    python benchmarks/vs_pysd.py [--suite DIR] [--pysd-runs N] [--samples N]

Deterministic: one run of each model (median of repeats). Monte Carlo: 1,000 samples of one
constant drawn from a uniform distribution: ours is `models.engine.montecarlo.run_samples` (means and
percentiles included), PySD's a loop of `model.run(params=...)`, which is how PySD users
sample. PySD is optional (`pip install -e ".[bench]"`); without it only our figures print.
The models come from the shared SDXorg suite beside the repository unless --suite says where.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.domain import Distribution  # noqa: E402
from models.engine.compiled import compile_study  # noqa: E402
from models.engine.montecarlo import run_samples  # noqa: E402
from models.engine.native import available, compile_native  # noqa: E402
from storage.model_files import read_model_file  # noqa: E402

SUITE = ROOT.parent / "shared" / "conformance" / "sdxorg-test-models"
# model file, the constant varied in Monte Carlo (our name, PySD's name), its uniform range
MODELS = {
    "teacup": ("teacup/teacup.xmile", "characteristic_time", "Characteristic Time", (5.0, 15.0)),
    "SIR": ("SIR/SIR.xmile", "contact_infectivity", "contact_infectivity", (0.2, 0.4)),
}


def median_seconds(action, repeats: int) -> float:
    """Return the median wall time of `action` in seconds, after one warm-up call."""
    action()
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def ours(path: Path, constant: str, bounds: tuple[float, float], samples: int) -> dict:
    """Return Prospectiva's timings and final values for one model."""
    study = read_model_file(path)
    model = compile_study(study)
    deterministic = median_seconds(lambda: model.run(study), 20)
    native = None
    if available():  # the native back end, when llvmlite is installed
        machine_code = compile_native(study, model=model)
        native = median_seconds(lambda: machine_code.run(study), 20)
    variable = study.variable(constant)
    variable.distribution = Distribution("uniform", {"low": bounds[0], "high": bounds[1]})
    variable.min, variable.max = bounds
    monte_carlo = median_seconds(lambda: run_samples(model, study, samples, seed=1), 5)
    native_mc = None
    if available():  # the samples through native code in lanes, as the window's bands are computed
        sampled = compile_study(study)
        sampled.use_native(compile_native(study, model=sampled, lanes=True))
        native_mc = median_seconds(lambda: run_samples(sampled, study, samples, seed=1), 5)
    final = model.run(study).values[study.scenarios[0].id][:, -1]
    return {"det": deterministic, "native": native, "mc": monte_carlo, "mc_native": native_mc,
            "final": {v.label: final[k] for k, v in enumerate(study.variables)}}


def pysd_figures(path: Path, constant: str, bounds: tuple[float, float], samples: int, runs: int) -> dict:
    """Return PySD's timings and final values for one model (its translation written to a scratch folder)."""
    import pysd

    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / path.name
        shutil.copy(path, copy)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = pysd.read_xmile(str(copy))
            deterministic = median_seconds(lambda: model.run(progress=False), 10)
            final = model.run(progress=False).iloc[-1]  # before the loop: PySD keeps the last run's params
            values = np.random.default_rng(1).uniform(*bounds, runs)
            began = time.perf_counter()
            for value in values:
                model.run(params={constant: value}, progress=False)
            loop = (time.perf_counter() - began) * samples / runs
    return {"det": deterministic, "mc": loop, "extrapolated": runs != samples, "final": final.to_dict()}


def agreement(ours_final: dict, theirs: dict) -> tuple[float, int]:
    """Return the largest relative difference between the two tools' final values, and how many were compared."""
    def key(name: str) -> str:
        return " ".join(name.replace("_", " ").split()).casefold()

    theirs = {key(k): v for k, v in theirs.items()}
    shared = [(value, theirs[key(name)]) for name, value in ours_final.items() if key(name) in theirs]
    worst = max((abs(a - b) / max(abs(a), 1e-12) for a, b in shared), default=float("nan"))
    return worst, len(shared)


def main() -> int:
    """Run the comparison and print it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=SUITE, help="the SDXorg test-models folder")
    parser.add_argument("--samples", type=int, default=1000, help="Monte Carlo samples (default 1000)")
    parser.add_argument("--pysd-runs", type=int, help="time this many PySD runs and scale to --samples (default: all)")
    options = parser.parse_args()
    if not options.suite.is_dir():
        print(f"the SDXorg suite is not at {options.suite}; give --suite DIR", file=sys.stderr)
        return 1
    try:
        import pysd
        version = pysd.__version__
    except ImportError:
        version = None
    runs = options.pysd_runs or options.samples
    missing = '(not installed: pip install -e ".[bench]")'
    print(f"Prospectiva vs PySD {version or missing}; Monte Carlo: {options.samples:,} samples of one constant")
    header = f"{'model':8} {'':>14} {'Prospectiva':>13} {'PySD':>13} {'ratio':>9}"
    print(header)
    print("-" * len(header))
    for name, (file, constant, pysd_name, bounds) in MODELS.items():
        path = options.suite / file
        mine = ours(path, constant, bounds, options.samples)
        theirs = pysd_figures(path, pysd_name, bounds, options.samples, runs) if version else None
        for label, key in (("deterministic", "det"), ("det., native", "native"), ("Monte Carlo", "mc"),
                           ("MC, native", "mc_native")):
            if mine[key] is None:
                continue
            row = f"{name:8} {label:>14} {_time(mine[key]):>13}"
            if theirs:
                theirs_key = {"native": "det", "mc_native": "mc"}.get(key, key)
                note = " (scaled from {:,} runs)".format(runs) if theirs_key == "mc" and theirs["extrapolated"] else ""
                row += f" {_time(theirs[theirs_key]):>13} {theirs[theirs_key] / mine[key]:>8.0f}×{note}"
            print(row)
        if theirs:
            worst, count = agreement(mine["final"], theirs["final"])
            print(f"{name:8} {'agreement':>14} final values of {count} variables differ by at most {worst:.1e} (relative)")
    if not version:
        print("PySD is missing, so only Prospectiva's figures are shown.")
    return 0


def _time(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 1 else f"{seconds:.2f} s"


if __name__ == "__main__":
    sys.exit(main())
