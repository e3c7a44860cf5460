"""Print the engine's speed: compile, deterministic runs, Monte Carlo, and a 500-variable model.

Run: python benchmarks/engine.py
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.domain import Scenario, Study, TimeAxis, Variable  # noqa: E402
from models.engine.compiled import compile_study  # noqa: E402
from models.engine.montecarlo import run_samples  # noqa: E402
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


def main() -> None:
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
        seconds, peak = peak_mb(lambda: run_samples(model, study, samples, seed=1))
        fast = median_ms(lambda: run_samples(model, study, samples, seed=1), 5)
        print(f"  {samples:,} samples x all scenarios: {fast:.0f} ms (median of 5), "
              f"peak traced memory {peak:.0f} MB (target {target})")

    big = synthetic_study()
    began = time.perf_counter()
    big_model = compile_study(big)
    compile_ms = (time.perf_counter() - began) * 1000
    print(f"synthetic: {len(big.variables)} variables x {big.time.count} steps, 100 stocks")
    print(f"  compile: {compile_ms:.0f} ms")
    print(f"  deterministic: {median_ms(lambda: big_model.run(big), 10):.1f} ms (median of 10; target < 100)")


if __name__ == "__main__":
    main()
