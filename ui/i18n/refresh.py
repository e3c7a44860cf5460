"""Refresh the Spanish catalogue from the source and build it: `python -m ui.i18n.refresh [--release]`.

lupdate reads every file under ui/ that marks a string for translation and updates
resources/i18n/prospectiva_es.ts (messages no longer in the source are dropped); it then says how many
messages are still unfinished (translate them with pyside6-linguist, or in the .ts itself). With
--release, lrelease builds the .qm the application loads; the .qm is committed beside its .ts.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "prospectiva_es.ts"
# What lupdate looks for in Python: tr(), translate() (Qt's, or models.i18n's for code without Qt) and
# QT_TRANSLATE_NOOP().
MARKED = re.compile(r"self\.tr\(|(?<![\w])translate\(\"|QCoreApplication\.translate\(|QT_TRANSLATE_NOOP\(")
# Where marked strings live: the window, and the headless code that shares its catalogue (the command line's too).
FOLDERS = ("ui", "models", "storage", "cli")


def sources(root: Path = ROOT) -> list[Path]:
    """Return the files that mark strings for translation (ui/, models/, storage/, cli/, main.py), in a stable order."""
    files = [p for folder in FOLDERS for p in (root / folder).rglob("*.py")] + [root / "main.py"]
    return sorted(p for p in files if p.exists() and MARKED.search(p.read_text(encoding="utf-8")))


def tool(name: str) -> Path:
    """Return a Qt tool installed beside this Python (pyside6-lupdate, pyside6-lrelease)."""
    found = Path(sys.executable).with_name(name + (".exe" if os.name == "nt" else ""))
    if not found.exists():
        raise FileNotFoundError(f"{found} is missing: install PySide6 in this environment")
    return found


def update(catalogue: Path = CATALOGUE, root: Path = ROOT) -> None:
    """Run lupdate on every marked file into `catalogue`, dropping messages the source no longer has."""
    files = [str(p.relative_to(root)) for p in sources(root)]
    subprocess.run([str(tool("pyside6-lupdate")), *files, "-no-obsolete", "-locations", "relative",
                    "-target-language", "es", "-ts", str(catalogue.relative_to(root) if catalogue.is_relative_to(root) else catalogue)],
                   cwd=root, check=True, stdout=subprocess.DEVNULL)


def unfinished(catalogue: Path = CATALOGUE) -> int:
    """Return how many messages of `catalogue` still wait for a translation."""
    return catalogue.read_text(encoding="utf-8").count('type="unfinished"')


def release(catalogue: Path = CATALOGUE) -> Path:
    """Build the .qm beside `catalogue`; return its path."""
    built = catalogue.with_suffix(".qm")
    subprocess.run([str(tool("pyside6-lrelease")), "-silent", str(catalogue), "-qm", str(built)], check=True)
    return built


def main(argv: list[str]) -> int:
    update()
    left = unfinished()
    print(f"{CATALOGUE.relative_to(ROOT)}: {left} unfinished message(s)")
    if "--release" in argv:
        if left:
            print("not built: translate the unfinished messages first", file=sys.stderr)
            return 1
        print(f"built {release().relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
