"""Print the engine's speed, each back end side by side: compile, deterministic runs, Monte Carlo.

Run: python benchmarks/engine.py [--sizes 500,2000,5000,14000] [--no-optimised]

Back ends: generated Python (one scenario at a time), numpy (samples), and native code through
LLVM when llvmlite is installed, at -O0 (what the application uses) and -O1. Native compile times
are given the checked model the Python back end already made (the order the application works
in), and again from its disk cache. Targets for 14,000 variables x 880 steps: run <= 60 ms,
compile <= 5 s in the background.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.domain import Scenario, Study, TimeAxis, Variable  # noqa: E402
from models.engine.compiled import compile_study  # noqa: E402
from models.engine.montecarlo import run_samples  # noqa: E402
from models.engine.native import available, compile_native  # noqa: E402
from storage.interchange import read_study_file  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"


def median_ms(action, repeats: int) -> float:
    """Return the median wall time of `action` in milliseconds."""
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times)


def peak_mb(action) -> tuple[float, float]:
    """Return (seconds, peak traced memory in MB) of one call."""
    tracemalloc.start()
    began = time.perf_counter()
    action()
    elapsed = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return elapsed, peak


def synthetic_study(size: int = 500, steps: int = 400, stocks: int = 100) -> Study:
    """Return a model of `size` variables with stocks and feedback over `steps` steps."""
    assumptions = 50
    variables = [Variable(f"a{i}", "assumption", value=1 + i / 100, min=0, max=10) for i in range(assumptions)]
    variables += [Variable(f"s{i}", "stock", initial=f"{10 + i}", equation=f"x{i} * 0.01 - s{i} * 0.005") for i in range(stocks)]
    for i in range(size - assumptions - stocks):
        inputs = f"a{i % assumptions} * 0.3 + s{i % stocks} * 0.01"
        if i:
            inputs += f" + min(x{i - 1}, 50) * 0.2"
        variables.append(Variable(f"x{i}", "auxiliary", equation=f"if(t > 20, {inputs}, {inputs} * 1.1)"))
    return Study("synthetic", TimeAxis(0, steps - 1, 1), variables=variables, scenarios=[Scenario("Base")])


def run_ms(action, repeats: int) -> str:
    """Return "wall / CPU" medians of `action` in ms; CPU time shows the cost when other work shares the cores."""
    walls, cpus = [], []
    for _ in range(max(repeats, 1)):
        wall, cpu = time.perf_counter(), time.thread_time()
        action()
        cpus.append((time.thread_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return f"{statistics.median(walls):.2f} / {statistics.median(cpus):.2f}"


def seconds(action) -> float:
    """Return the wall time of one call of `action` in seconds."""
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def side_by_side(label: str, study: Study, repeats: int, optimised: bool) -> None:
    """Print one model's compile and run times on each deterministic back end, one line."""
    python_compile = seconds(lambda: compile_study(study))
    model = compile_study(study)
    python_run = run_ms(lambda: model.run(study), repeats)
    cells = [f"{label:<26}", f"{python_compile * 1000:.0f} ms", python_run]
    if available():
        levels = (False, True) if optimised else (False,)
        for optimise in levels:
            with tempfile.TemporaryDirectory() as cache:
                native_compile = seconds(lambda level=optimise: compile_native(study, cache, model=model, optimise=level))
                cached = compile_native(study, cache, model=model, optimise=optimise)
                from_cache = cached.seconds
            native_run = run_ms(lambda code=cached: code.run(study), max(repeats, 5))
            faster = float(python_run.split(" / ")[1]) / max(float(native_run.split(" / ")[1]), 1e-3)
            cells += [f"{native_compile * 1000:.0f} ms", f"{from_cache * 1000:.0f} ms", native_run, f"{faster:.0f}x"]
    print(cells[0] + "".join(f"{cell:>17}" for cell in cells[1:]), flush=True)


def header(optimised: bool) -> None:
    """Print the column names of the side-by-side table."""
    names = ["python compile", "python run ms"]
    if available():
        for level in ("-O0", "-O1") if optimised else ("-O0",):
            names += [f"{level} compile", f"{level} cached", f"{level} run ms", f"{level} faster"]
    else:
        names.append("(native: llvmlite is not installed)")
    print(f"{'model':<26}" + "".join(f"{name:>17}" for name in names))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,2000,5000,14000", help="synthetic model sizes, comma-separated")
    parser.add_argument("--no-optimised", action="store_true", help="leave out the -O1 columns")
    options = parser.parse_args()
    optimised = not options.no_optimised
    study = read_study_file(SAMPLE)
    print(f"sample study: {len(study.variables)} variables, {len(study.scenarios)} scenarios, "
          f"{study.time.count} time points")
    print(f"  compile: {median_ms(lambda: compile_study(study), 20):.1f} ms (median of 20)")
    model = compile_study(study)
    print(f"  all scenarios, deterministic: {median_ms(lambda: model.run(study), 50):.2f} ms (median of 50; target < 5)")
    one = study.scenarios[0].id
    print(f"  one scenario, deterministic: {median_ms(lambda: model.run(study, [one]), 200):.3f} ms (median of 200)")
    model.vectorised()
    for samples, target in ((1_000, "< 150 ms"), (10_000, "< 1.5 s and < 1 GB")):
        _, peak = peak_mb(lambda n=samples: run_samples(model, study, n, seed=1))
        fast = median_ms(lambda n=samples: run_samples(model, study, n, seed=1), 5)
        print(f"  {samples:,} samples x all scenarios: {fast:.0f} ms (median of 5), "
              f"peak traced memory {peak:.0f} MB (target {target})")

    print()
    print("deterministic runs, each back end (run: median wall / CPU of this thread, all scenarios; "
          "compile: one, given the check the Python back end made; faster: by CPU time)")
    header(optimised)
    side_by_side("sample study, 5 scenarios", study, 50, optimised)
    for size in (int(s) for s in options.sizes.split(",")):
        for steps in (400, 880) if size == 14_000 else (400,):
            repeats = 0 if size * steps > 3_000_000 else 5  # a single Python run of the largest takes seconds
            side_by_side(f"synthetic {size:,} x {steps}", synthetic_study(size, steps), repeats, optimised)


if __name__ == "__main__":
    main()
