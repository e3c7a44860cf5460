"""Start-up of the bundle against the source install, cold and warm, and the bundle's size.

Prints, side by side for `build/bundle/prospectiva/prospectiva --smoke` and `python main.py --smoke`:
seconds from the process's creation to the main window shown with its first results (a first start:
a new library, seeded with the sample study, projected and drawn at 1366x768 offscreen), as the smoke
check reports it. Cold: the files each start reads are first dropped from the operating system's
file cache (posix_fadvise DONTNEED on the bundle folder; on the source tree, the venv's site-packages
and Python's standard library), so they come from disk; Linux only. Warm: the same start again at
once. Then the folder's size, file count and the archive's size.

    python packaging/build.py && python benchmarks/bundle_start.py [--cold 3] [--warm 5]

Run it with the Python whose environment the source start should use (the one the bundle was built from).
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from build import NAME, executable, folder_size  # noqa: E402

SHOWN = re.compile(r"window shown with its results ([0-9.]+) s after the process started \(([0-9.]+) s of CPU\)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "build" / "bundle" / NAME)
    parser.add_argument("--cold", type=int, default=3, help="cold starts of each (default 3)")
    parser.add_argument("--warm", type=int, default=5, help="warm starts of each (default 5)")
    options = parser.parse_args()
    folder = options.bundle.resolve()
    if not executable(folder).is_file():
        sys.exit(f"no bundle at {folder}: build it first with python packaging/build.py")
    starts = {
        "bundle": ([str(executable(folder))], [folder]),
        "source": ([sys.executable, str(ROOT / "main.py")],
                   [ROOT / folder_name for folder_name in ("models", "storage", "ui", "resources")]
                   + [Path(sysconfig.get_paths()["purelib"]), Path(sysconfig.get_paths()["stdlib"])]),
    }
    can_drop = hasattr(os, "posix_fadvise")
    load = f", load average {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    print(f"first start to the window shown with results, seconds (CPU seconds), median of {options.cold} cold "
          f"and {options.warm} warm; Python {sys.version.split()[0]}, {os.cpu_count()} cores{load}")
    print(f"{'':8}{'cold':>14}{'warm':>14}   (each run: wall/CPU)")
    for name, (command, read) in starts.items():
        cold = []
        for _ in range(options.cold if can_drop else 0):
            drop_from_cache(read)
            cold.append(start(command))
        warm = [start(command) for _ in range(options.warm)]
        runs = ", ".join(f"{wall:.2f}/{cpu:.2f}" for wall, cpu in cold + warm)
        print(f"{name:8}{median(cold):>14}{median(warm):>14}   ({runs})")
    size, count = folder_size(folder)
    archives = sorted(folder.parents[1].glob(f"{NAME}-*.tar.gz")) + sorted(folder.parents[1].glob(f"{NAME}-*.zip"))
    print(f"bundle folder {size / 2**20:.1f} MiB in {count:,} files", end="")
    print(f"; archive {archives[-1].name} {archives[-1].stat().st_size / 2**20:.1f} MiB" if archives else "")


def median(runs: list[tuple[float, float]]) -> str:
    if not runs:
        return "n/a"
    return f"{statistics.median(w for w, _ in runs):.2f} ({statistics.median(c for _, c in runs):.2f})"


def start(command: list[str]) -> tuple[float, float]:
    """Run one smoke check in a fresh process and return its window-shown figures: wall and CPU seconds."""
    done = subprocess.run([*command, "--smoke"], capture_output=True, text=True, encoding="utf-8", cwd=ROOT.parent,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=300)
    found = SHOWN.search(done.stdout)
    if done.returncode != 0 or found is None:
        sys.exit(f"{' '.join(command)} --smoke failed:\n{done.stdout}{done.stderr}")
    return float(found.group(1)), float(found.group(2))


def drop_from_cache(folders: list[Path]) -> None:
    """Ask the kernel to forget the cached pages of every file under these folders (their next read hits the disk)."""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    descriptor = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(descriptor)


if __name__ == "__main__":
    main()
