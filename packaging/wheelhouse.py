"""Collect every wheel Prospectiva needs into one folder, for a machine that never reaches a package index.

    python packaging/wheelhouse.py [--out wheelhouse] [--extra fast]... [--platform TAG --python-version 3.11]

Run it on a machine with the network, with any Python 3.11+ and pip. Without --platform the wheels are
for this machine; with it, for another: `--platform win_amd64` (Windows, 64-bit), `--platform
macosx_13_0_arm64` (Apple silicon) or `--platform macosx_13_0_x86_64` (Intel Macs; Qt's wheels need
macOS 13 or newer), `--platform manylinux_2_34_x86_64` (Linux), and `--python-version` the target's
Python (e.g. 3.12). Only wheels are
taken (never a source archive that would need a compiler there). The folder holds Prospectiva's own
wheel (its dependencies, by name and version range), every dependency's wheel, and setuptools, so an
install from the source folder builds offline too. On the laptop, with the source folder beside it:

    python -m venv .venv
    .venv/bin/pip install --no-index --find-links wheelhouse prospectiva     (Windows: .venv\\Scripts\\pip)
    .venv/bin/python main.py

For this machine's platform the script then proves the folder complete: pip resolves the install
from the folder alone, without an index (--no-check skips that).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD_TOOLS = ["setuptools>=68"]  # pyproject's build-system: what `pip install -e .` needs to build offline


def main(argv: list[str] | None = None) -> int:
    """Fill the wheelhouse, check it when it is for this machine, and return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "wheelhouse", help="the folder (default: wheelhouse/)")
    parser.add_argument("--extra", action="append", default=[], choices=sorted(extras()),
                        help="an optional part to include too, e.g. fast (the native engine); repeatable")
    parser.add_argument("--platform", help="a wheel platform tag of the target, e.g. win_amd64 (default: this machine)")
    parser.add_argument("--python-version", help="the target's Python, e.g. 3.11 (with --platform; default: this one)")
    parser.add_argument("--no-check", action="store_true", help="skip the offline install check")
    options = parser.parse_args(argv)
    out = options.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if pip(["wheel", "--no-deps", "--wheel-dir", str(out), str(ROOT)]) != 0:
        return fail("building Prospectiva's own wheel failed (pip's messages are above)")
    if pip(download_arguments(out, options.extra, options.platform, options.python_version)) != 0:
        return fail("a wheel could not be downloaded (pip's messages are above); a package without a wheel "
                    "for the target platform cannot go in a wheelhouse")
    wheels = sorted(out.glob("*.whl"))
    size = sum(wheel.stat().st_size for wheel in wheels)
    print(f"wheelhouse {out}: {len(wheels)} wheels, {size / 2**20:.1f} MiB")
    if options.platform is None and not options.no_check:
        if pip(["install", "--dry-run", "--quiet", "--ignore-installed", "--no-index", "--find-links", str(out),
                install_target(options.extra)], offline=True) != 0:
            return fail(f"pip could not install {install_target(options.extra)} from {out} alone")
        print(f"checked: {install_target(options.extra)} installs from {out} with no index")
    return 0


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]


def extras() -> dict[str, list[str]]:
    """Return pyproject's optional parts and their requirements."""
    return project().get("optional-dependencies", {})


def requirements(extra: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    """Return the requirements the wheelhouse holds: the app's, its chosen extras', and the build tools."""
    wanted = list(project()["dependencies"])
    for name in extra:
        wanted += extras()[name]
    return wanted + BUILD_TOOLS


def download_arguments(out: Path, extra: list[str], platform: str | None, python_version: str | None) -> list[str]:
    """Return pip's arguments that download every requirement's wheel (and their dependencies') into `out`."""
    arguments = ["download", "--dest", str(out), "--only-binary", ":all:"]
    if platform is not None:
        # Another machine's wheels: pip needs its platform, Python and ABI, and resolves for them.
        version = python_version or f"{sys.version_info.major}.{sys.version_info.minor}"
        arguments += ["--platform", platform, "--python-version", version, "--implementation", "cp"]
    return arguments + requirements(extra)


def install_target(extra: list[str]) -> str:
    return f"prospectiva[{','.join(extra)}]" if extra else "prospectiva"


def pip(arguments: list[str], offline: bool = False) -> int:
    """Run pip from a scratch folder; `offline` also hides pip's configuration, whose find-links would help it."""
    environment = dict(os.environ)
    if offline:
        environment = {key: value for key, value in environment.items() if not key.startswith("PIP_")}
        environment["PIP_CONFIG_FILE"] = os.devnull
    with tempfile.TemporaryDirectory() as scratch:
        return subprocess.run([sys.executable, "-m", "pip", *arguments], cwd=scratch, env=environment).returncode


def fail(message: str) -> int:
    print(f"wheelhouse.py: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
