"""Build Prospectiva's self-contained application folder for this platform, and an archive of it.

    python packaging/build.py [--out build]

Needs the app's dependencies and PyInstaller in the running Python (`pip install -e ".[bundle]"`, and
`".[bundle,fast]"` to ship the native engine). Writes `OUT/bundle/prospectiva/` (run
`OUT/bundle/prospectiva/prospectiva`, or `prospectiva.exe` on Windows) and `OUT/prospectiva-VERSION-PLATFORM`
as .zip on Windows, .tar.gz elsewhere, and prints their sizes and file count. PyInstaller builds for the
platform it runs on only: build on Windows for Windows, on macOS for macOS (docs/packaging.md).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "prospectiva.spec"
NAME = "prospectiva"


def main(argv: list[str] | None = None) -> int:
    """Build the folder and the archive; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build", help="where to build (default: build/)")
    parser.add_argument("--native", action="store_true",
                        help="ship the native engine (needs llvmlite installed: the fast extra); adds about 170 MB")
    options = parser.parse_args(argv)
    out = options.out.resolve()
    try:
        import PyInstaller  # noqa: F401  (only to say what is missing before a long build)
    except ImportError:
        print('build.py: PyInstaller is not installed here: pip install -e ".[bundle]"', file=sys.stderr)
        return 1
    started = time.perf_counter()
    folder = build_folder(out, options.native)
    if folder is None:
        return 1
    archive = make_archive(folder, out / f"{NAME}-{version()}-{platform_tag()}")
    seconds = time.perf_counter() - started
    size, count = folder_size(folder)
    print(f"bundle   {folder}: {size / 2**20:.1f} MiB in {count:,} files")
    print(f"archive  {archive}: {archive.stat().st_size / 2**20:.1f} MiB")
    print(f"built in {seconds:.0f} s with PyInstaller {pyinstaller_version()} on Python {platform.python_version()}")
    return 0


def build_folder(out: Path, native: bool = False) -> Path | None:
    """Run PyInstaller on the spec; return the application folder, or None if the build failed."""
    if native and importlib.util.find_spec("llvmlite") is None:
        print('build.py: --native needs llvmlite here: pip install -e ".[bundle,fast]"', file=sys.stderr)
        return None
    dist = out / "bundle"
    command = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean",
               "--distpath", str(dist), "--workpath", str(out / "pyinstaller"), "--log-level", "WARN"]
    environment = {**os.environ, "PROSPECTIVA_BUNDLE_NATIVE": "1" if native else "0"}  # read by the spec
    if subprocess.run(command, cwd=ROOT, env=environment).returncode != 0:
        print("build.py: PyInstaller failed (its messages are above)", file=sys.stderr)
        return None
    folder = dist / NAME
    if not executable(folder).is_file():
        print(f"build.py: PyInstaller finished but {executable(folder)} is not there", file=sys.stderr)
        return None
    return folder


def make_archive(folder: Path, base: Path) -> Path:
    """Pack the folder as base.zip (Windows) or base.tar.gz (elsewhere: keeps the executable bit and links)."""
    form = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(base), form, root_dir=folder.parent, base_dir=folder.name))


def executable(folder: Path, cli: bool = False) -> Path:
    """Return the bundle's executable: the window's, or with `cli` the one whose output reaches a console."""
    name = f"{NAME}-cli" if cli and sys.platform in ("win32", "darwin") else NAME
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def folder_size(folder: Path) -> tuple[int, int]:
    """Return the bytes and the number of files under the folder (links counted, not followed)."""
    size = count = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or path.is_file():
            size += path.lstat().st_size
            count += 1
    return size, count


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["version"]


def platform_tag() -> str:
    """Return e.g. linux-x86_64, windows-amd64, macos-arm64."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def pyinstaller_version() -> str:
    from PyInstaller import __version__

    return __version__


if __name__ == "__main__":
    sys.exit(main())
