"""Check a built bundle the way a laptop without Python would use it; exit non-zero if anything is wrong.

    python packaging/smoke.py [--bundle build/bundle/prospectiva]

Runs the bundle's own executable, from a scratch folder and with no Python variables in its
environment: `--smoke` (library, sample study, a painted chart offscreen, translation, compute worker),
`run` on the shipped sample study, compared byte for byte with `python main.py run` from this source
tree (so run it with a Python that has the app's dependencies), and a bad file, which must give a
message and an exit code, not a traceback.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from build import NAME, executable  # noqa: E402  (packaging/ is a folder of scripts, not a package)

SAMPLE = Path("resources") / "samples" / "bolivia-paz-pivot.json"
TIMEOUT = 300  # seconds for one command; a first start unpacks nothing, but a slow disk reads 250 MB


def main(argv: list[str] | None = None) -> int:
    """Run each check on the bundle, print what passed, and return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "bundle" / NAME,
                        help="the application folder (default: build/bundle/prospectiva)")
    options = parser.parse_args(argv)
    folder = options.bundle.resolve()
    if not executable(folder).is_file():
        print(f"smoke.py: no bundle at {folder} (build one with python packaging/build.py)", file=sys.stderr)
        return 1
    checks: list[tuple[str, Callable[[Path, Path], str]]] = [
        ("--smoke", smoke_inside), ("run", same_projection), ("bad file", bad_file)]
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="prospectiva-bundle-") as scratch:
        for name, check in checks:
            try:
                detail = check(folder, Path(scratch))
            except CheckFailed as error:
                failed += 1
                print(f"  FAILED  {name}: {error}", flush=True)
            else:
                passed += 1
                print(f"  ok      {name}: {detail}", flush=True)
    print(f"bundle: {passed} passed, {failed} failed")  # the plain closing line a CI log is read for
    return 0 if failed == 0 else 1


class CheckFailed(Exception):
    """The bundle did something a user would notice; the message shows what."""


def smoke_inside(folder: Path, scratch: Path) -> str:
    """The bundle's own check, offscreen: every line it prints must be ok."""
    done = bundled(folder, ["--smoke"], scratch, cli=True)  # Windows' window executable has no output to read
    print(indent(done.stdout), end="", flush=True)
    if done.returncode != 0:
        raise CheckFailed(f"exit code {done.returncode}\n{indent(done.stderr)}")
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    if not last.startswith("smoke:") or " 0 failed" not in last:
        raise CheckFailed(f"the report did not end in a summary with no failure: {last!r}")
    return last


def same_projection(folder: Path, scratch: Path) -> str:
    """`run` on the shipped sample prints the same CSV as `python main.py run` from source."""
    shipped = folder / "_internal" / SAMPLE
    if not shipped.is_file():
        raise CheckFailed(f"the sample study is not at {shipped}")
    done = bundled(folder, ["run", str(shipped)], scratch, cli=True)
    if done.returncode != 0:
        raise CheckFailed(f"exit code {done.returncode}\n{indent(done.stderr)}")
    source = subprocess.run([sys.executable, str(ROOT / "main.py"), "run", str(ROOT / SAMPLE)], capture_output=True,
                            text=True, encoding="utf-8", timeout=TIMEOUT, cwd=scratch)
    if source.returncode != 0:
        raise CheckFailed(f"python main.py run failed here (is this Python's environment complete?)\n{indent(source.stderr)}")
    if done.stdout != source.stdout:
        ours, theirs = done.stdout.splitlines(), source.stdout.splitlines()
        first = next((k for k, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
        raise CheckFailed(f"the CSV differs from the source's at line {first + 1} "
                          f"({len(ours)} lines against {len(theirs)})")
    return f"{len(done.stdout.splitlines()):,} CSV lines, identical to python main.py run"


def bad_file(folder: Path, scratch: Path) -> str:
    """A file that is not a study gets a one-line problem and exit code 1, not a traceback."""
    bad = scratch / "not-a-study.json"
    bad.write_text("{ this is not JSON", encoding="utf-8")
    done = bundled(folder, ["check", str(bad)], scratch, cli=True)
    if done.returncode != 1 or "Traceback" in done.stderr or "not-a-study.json" not in done.stderr:
        raise CheckFailed(f"exit code {done.returncode}, said:\n{indent(done.stderr or done.stdout)}")
    return f"exit code 1: {done.stderr.strip().splitlines()[0]}"


def bundled(folder: Path, arguments: list[str], scratch: Path, cli: bool = False) -> subprocess.CompletedProcess:
    """Run the bundle's executable from a scratch folder, with no Python of ours to lean on."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith("PYTHON") and key not in ("VIRTUAL_ENV", "PATH")}
    environment.update(QT_QPA_PLATFORM="offscreen", PATH=os.defpath)
    try:
        return subprocess.run([str(executable(folder, cli)), *arguments], capture_output=True, text=True,
                              encoding="utf-8", errors="replace", timeout=TIMEOUT, cwd=scratch, env=environment)
    except subprocess.TimeoutExpired as error:
        raise CheckFailed(f"{' '.join(arguments)} did not finish within {TIMEOUT} s") from error


def indent(text: str) -> str:
    return "".join(f"    {line}\n" for line in text.splitlines())


if __name__ == "__main__":
    sys.exit(main())
