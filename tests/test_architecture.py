"""Import contracts, checked by reading the source, not by goodwill.

Layers point one way (ui -> storage -> models); the views reach the library only through the
repository (no ORM rows, no SQLAlchemy); the domain and engine start no processes or threads.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "qtpy")
CONCURRENCY = ("multiprocessing", "threading", "_thread", "concurrent", "subprocess")
FORBIDDEN = {
    "models": QT + CONCURRENCY + ("sqlalchemy", "alembic", "storage", "ui", "main"),
    "storage": QT + ("ui", "main"),
    "ui": ("sqlalchemy", "alembic", "storage.orm", "storage.mappers"),
    "cli": QT + ("ui", "main"),  # the command line runs without Qt
}
# Files that break a contract today, each with the reason and the one import it may keep. Each entry
# must still be needed: once its file is gone or clean, the check asks for the entry to go too.
ALLOWED = {
    # A lock only, no thread: LLVM's global set-up must happen once even when the window compiles
    # on its own worker thread (ui/session/native_compiler.py starts that thread, not models/).
    "models/engine/native/jit.py": {"threading"},
    # Percentile summaries sort on two threads while the vectorised pass simulates later steps;
    # the thread pool moves out with the compute service, which then owns every worker.
    "models/engine/montecarlo.py": {"concurrent.futures"},
}


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Return the dotted name of every module a file imports, `from a import b` giving a and a.b."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = list(path.relative_to(root).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # A relative import is resolved against the file's own package, so it cannot slip past.
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            if module:
                found.add(module)
                found.update(f"{module}.{alias.name}" for alias in node.names if alias.name != "*")
    return found


def breaks(name: str, forbidden: tuple[str, ...]) -> bool:
    """Say whether an imported module is one of the forbidden ones or inside one."""
    return any(name == banned or name.startswith(banned + ".") for banned in forbidden)


def offences(root: Path, package: str, forbidden: tuple[str, ...], allowed: dict[str, set[str]]) -> list[str]:
    """Return "file imports module" for every forbidden import under root/package not allowed by name."""
    found = []
    for path in sorted((root / package).rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        for name in sorted(imported_modules(path, root)):
            if breaks(name, forbidden) and not breaks(name, tuple(allowed.get(relative, ()))):
                found.append(f"{relative} imports {name}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_point_one_way(package):
    assert sorted((ROOT / package).rglob("*.py")), f"no Python files under {package}/"
    assert offences(ROOT, package, FORBIDDEN[package], ALLOWED) == []


@pytest.mark.parametrize("relative", sorted(ALLOWED))
def test_every_allowed_exception_is_still_needed(relative):
    path = ROOT / relative
    assert path.exists(), f"{relative} is gone: take it out of ALLOWED"
    package = relative.split("/")[0]
    still = {name for name in imported_modules(path) if breaks(name, FORBIDDEN[package])}
    assert still, f"{relative} keeps the contract now: take it out of ALLOWED"


def test_the_check_catches_each_kind_of_breach(tmp_path):
    files = {
        "models/engine/worker.py": "import threading\n",
        "models/pool.py": "from concurrent.futures import ProcessPoolExecutor\n",
        "models/shell.py": "def run():\n    import subprocess\n    return subprocess\n",
        "models/view.py": "from PySide6.QtCore import QObject\n",
        "ui/panels/rows.py": "from storage import orm\n",
        "ui/panels/query.py": "from sqlalchemy import select\n",
        "ui/sharing/rows.py": "from ...storage.mappers import study_row\n",
        "ui/fine.py": "from storage.repository import open_library\nimport storage.interchange\n",
        "storage/window.py": "import pyqtgraph as pg\n",
        "cli/plot.py": "from ui.plots import indicator_plot\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = {package: offences(tmp_path, package, FORBIDDEN[package], {}) for package in FORBIDDEN}
    assert found == {
        "models": [
            "models/engine/worker.py imports threading",
            "models/pool.py imports concurrent.futures",
            "models/pool.py imports concurrent.futures.ProcessPoolExecutor",
            "models/shell.py imports subprocess",
            "models/view.py imports PySide6.QtCore",
            "models/view.py imports PySide6.QtCore.QObject",
        ],
        "storage": ["storage/window.py imports pyqtgraph"],
        "cli": ["cli/plot.py imports ui.plots", "cli/plot.py imports ui.plots.indicator_plot"],
        "ui": [
            "ui/panels/query.py imports sqlalchemy",
            "ui/panels/query.py imports sqlalchemy.select",
            "ui/panels/rows.py imports storage.orm",
            "ui/sharing/rows.py imports storage.mappers",
            "ui/sharing/rows.py imports storage.mappers.study_row",
        ],
    }
    # An allowance covers the one file and module it names, nothing else.
    allowed = {"models/pool.py": {"concurrent.futures"}}
    assert offences(tmp_path, "models", FORBIDDEN["models"], allowed)[:2] == [
        "models/engine/worker.py imports threading", "models/shell.py imports subprocess"]
