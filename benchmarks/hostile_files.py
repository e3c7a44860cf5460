"""Print how long `check` takes on hostile files up to the 50 MB a study file may be, and what large runs cost.

Run: python benchmarks/hostile_files.py [--samples]    (--samples adds 1,000,000 samples of the sample study: minutes)

Each file is written to a temporary folder and checked in a fresh process (`main.py check`), as a
user would; the figures are wall time, CPU time and peak memory of that process, side by side.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import long_sum, parent_chain, parent_cycle, study_document  # noqa: E402
from tests.storage.xmile_helpers import aux, xmile  # noqa: E402

MB = 2**20
# Peak memory and CPU time of the child, measured by the child itself: resource is POSIX-only,
# so on Windows the figures are wall time only.
PROBE = """
import runpy, sys, time
began = time.process_time()
sys.argv = ["main.py", *sys.argv[1:]]
try:
    runpy.run_path({main!r}, run_name="__main__")
except SystemExit as done:
    code = done.code
try:  # this process's own high-water mark (ru_maxrss would include the parent's before exec)
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    peak = float("nan")
print(f"@@ {{time.process_time() - began:.2f}} {{peak:.0f}} {{code}}", file=sys.stderr)
"""


def _variables(count: int) -> list[dict]:
    return [{"name": "a", "kind": "assumption", "value": 1}] + [
        {"name": f"x{i}", "kind": "auxiliary", "equation": f"a * {i} + 1"} for i in range(count)]


def files(folder: Path) -> dict[str, Path]:
    """Write the hostile files; return them by a short description."""
    made: dict[str, Path] = {}

    def put(name: str, text: str) -> None:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        made[f"{name} ({path.stat().st_size / MB:.1f} MB)"] = path

    fill = 49 * MB
    put("description.json", json.dumps(study_document(_variables(3)) | {"exported_at": "x" * fill}))
    put("equations.json", json.dumps(study_document(
        [{"name": "a", "kind": "assumption", "value": 1}] +
        [{"name": f"x{i}", "kind": "auxiliary", "equation": " + ".join(["a"] * 20_000)} for i in range(fill // 80_000)])))
    put("variables.json", json.dumps(study_document(_variables(fill // 70))))
    put("scenario-chain.json", json.dumps(parent_chain(fill // 60)))
    put("scenario-cycle.json", json.dumps(parent_cycle(fill // 45)))
    put("path-points.json", json.dumps(study_document([{"name": "a", "kind": "assumption", "value": 1,
                                                        "path": [[i, 1.0] for i in range(fill // 16)]}])))
    put("nesting.json", "[" * fill + "]" * 10)
    put("sum-of-10000-terms.json", json.dumps(long_sum(10_000)))
    put("million-steps.json", json.dumps(study_document(_variables(50), time={"start": 0, "end": 999_999, "step": 1})))
    put("xmile-many-variables.xmile", xmile("".join(aux(f"v{i}", f"v{i - 1} + 1" if i else "1") for i in range(19 * MB // 60))))
    put("xmile-newlines.xmile", xmile(aux("a", "1", extra="<doc>" + "\n" * (19 * MB) + "</doc>")))
    put("xmile-sum-of-600-terms.xmile", xmile(aux("a", "1") + aux("s", " + ".join(["a"] * 600))))
    return made


def measure(*argv: str) -> tuple[float, float, float, str]:
    """Run main.py with `argv` in a fresh process; return wall s, CPU s, peak MB and its first message line."""
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PROBE.format(main=str(ROOT / "main.py")), *argv],
                          capture_output=True, text=True, cwd=ROOT)
    wall = time.perf_counter() - began
    probe = next(line for line in done.stderr.splitlines() if line.startswith("@@ "))
    _, cpu, peak, _ = probe.split()
    said = [line for line in (done.stdout + done.stderr).splitlines() if line and not line.startswith("@@ ")]
    first = next((line for line in said if line.startswith("  - ")), said[0] if said else "")
    return wall, float(cpu), float(peak), first.strip()[:90]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'file':42} {'wall s':>7} {'CPU s':>6} {'peak MB':>8}  answer")
        for label, path in files(Path(folder)).items():
            wall, cpu, peak, said = measure("check", str(path))
            print(f"{label:42} {wall:7.2f} {cpu:6.2f} {peak:8.0f}  {said}")
        if "--samples" in sys.argv:
            out = Path(folder) / "samples.csv"
            sample = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
            wall, cpu, peak, _ = measure("run", str(sample), "--samples", "1000000", "--out", str(out))
            print(f"{'run sample --samples 1000000':42} {wall:7.2f} {cpu:6.2f} {peak:8.0f}  "
                  f"{out.stat().st_size / MB:.1f} MB of CSV")


if __name__ == "__main__":
    main()
