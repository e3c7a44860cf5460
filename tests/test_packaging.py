"""The bundle and the wheelhouse leave out nothing the app needs (the build itself runs in CI, not here)."""

from __future__ import annotations

import importlib.util
import os
import re
import stat
import sys
import tarfile
import tomllib
from fnmatch import fnmatch
from pathlib import Path

import pytest

from storage.migrations import REVISIONS, SCRIPT_LOCATION
from storage.migrations.snapshot import HEAD_SCHEMA
from tests.test_architecture import imported_modules

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "prospectiva.spec"


def script(name: str):
    """Import one of packaging/'s scripts (a folder of scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "packaging"))  # smoke.py imports build.py beside it
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return module


def spec_settings(native: bool = False) -> dict:
    """Run the spec's settings (everything before PyInstaller's Analysis) and return its names."""
    head = SPEC.read_text(encoding="utf-8").split("a = Analysis(")[0]
    namespace = {"SPECPATH": str(SPEC.parent), "__name__": "spec"}
    previous = os.environ.get("PROSPECTIVA_BUNDLE_NATIVE")
    os.environ["PROSPECTIVA_BUNDLE_NATIVE"] = "1" if native else "0"
    try:
        exec(compile(head, str(SPEC), "exec"), namespace)  # safe: our own spec file, read from the repository
    finally:
        if previous is None:
            os.environ.pop("PROSPECTIVA_BUNDLE_NATIVE")
        else:
            os.environ["PROSPECTIVA_BUNDLE_NATIVE"] = previous
    return namespace


def files_read_by_path() -> list[Path]:
    """Return every file the app opens by path at run time, found from the app's own constants."""
    from storage.sample_editions import EDITIONS
    from ui.app import SAMPLE_STUDY
    from ui.i18n import LANGUAGES, catalogue_path

    versions = sorted((SCRIPT_LOCATION / "versions").glob("*.py"))
    return [SAMPLE_STUDY, *EDITIONS.values(), HEAD_SCHEMA, SCRIPT_LOCATION / "env.py", *versions,
            *(catalogue_path(language) for language in LANGUAGES if language != "en")]


def test_the_bundle_ships_every_file_the_app_opens_by_path_where_the_app_looks_for_it():
    datas = spec_settings()["DATAS"]
    shipped = {(Path(source).resolve(), target) for source, target in datas}
    for path in files_read_by_path():
        relative = path.resolve().relative_to(ROOT)
        # In the bundle each module's __file__ sits under the bundle's root as in the source tree.
        assert (path.resolve(), relative.parent.as_posix()) in shipped, f"{relative} is not in the bundle"


def test_every_migration_revision_has_its_script_in_the_bundle():
    names = [Path(source).name for source, target in spec_settings()["DATAS"] if target == "storage/migrations/versions"]
    assert sorted(name[:4] for name in names) == sorted(REVISIONS)


def test_a_pattern_that_matches_nothing_stops_the_build_with_its_name(tmp_path):
    (tmp_path / "packaging").mkdir()
    (tmp_path / "packaging" / "prospectiva.spec").write_text(SPEC.read_text(encoding="utf-8"), encoding="utf-8")
    head = SPEC.read_text(encoding="utf-8").split("a = Analysis(")[0]
    with pytest.raises(SystemExit, match="resources/samples/\\*.json"):
        exec(compile(head, "spec", "exec"), {"SPECPATH": str(tmp_path / "packaging")})  # safe: our own spec


def test_nothing_the_app_imports_is_excluded_from_the_bundle():
    excludes = set(spec_settings(native=True)["EXCLUDES"])
    sources = [ROOT / "main.py", *sorted(p for folder in ("models", "storage", "ui") for p in (ROOT / folder).rglob("*.py"))]
    offending = sorted(f"{path.relative_to(ROOT).as_posix()} imports {name}"
                       for path in sources for name in imported_modules(path)
                       if any(name == gone or name.startswith(gone + ".") for gone in excludes))
    # The cluster extra (dask, pyarrow) is for pip installs: the laptop bundle runs ensembles on local processes.
    cluster = ("dask", "distributed", "pyarrow")
    assert [line for line in offending if not line.split(" imports ")[1].startswith(cluster)] == []


def test_the_native_engine_is_shipped_only_when_asked_for():
    assert "llvmlite" in spec_settings(native=False)["EXCLUDES"]
    assert "llvmlite" not in spec_settings(native=True)["EXCLUDES"]


def canonical(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_wheelhouse_holds_every_runtime_dependency_and_the_build_tools():
    with open(ROOT / "pyproject.toml", "rb") as file:
        pyproject = tomllib.load(file)
    wanted = {canonical(r) for r in pyproject["project"]["dependencies"] + pyproject["build-system"]["requires"]}
    wheelhouse = script("wheelhouse")
    assert wanted <= {canonical(r) for r in wheelhouse.requirements([])}
    assert "llvmlite" in {canonical(r) for r in wheelhouse.requirements(["fast"])}


def test_wheels_for_another_machine_are_wheels_only_and_for_its_platform(tmp_path):
    arguments = script("wheelhouse").download_arguments(tmp_path, [], "win_amd64", "3.12")
    assert arguments[arguments.index("--only-binary") + 1] == ":all:"
    assert arguments[arguments.index("--platform") + 1] == "win_amd64"
    assert arguments[arguments.index("--python-version") + 1] == "3.12"


def test_the_reported_size_and_file_count_are_those_of_the_folder(tmp_path):
    folder = tmp_path / "prospectiva"
    (folder / "_internal" / "deep").mkdir(parents=True)
    (folder / "prospectiva").write_bytes(b"x" * 1000)
    (folder / "_internal" / "a.so").write_bytes(b"y" * 2500)
    (folder / "_internal" / "deep" / "b.qm").write_bytes(b"")
    assert script("build").folder_size(folder) == (3500, 3)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows archives are zip files and keep no executable bit")
def test_the_archive_unpacks_to_the_folder_with_its_executable_still_executable(tmp_path):
    build = script("build")
    folder = tmp_path / "bundle" / "prospectiva"
    (folder / "_internal").mkdir(parents=True)
    program = folder / "prospectiva"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    (folder / "_internal" / "data.txt").write_text("data", encoding="utf-8")
    archive = build.make_archive(folder, tmp_path / "out" / "prospectiva-test")
    # Extraction filters came with Python 3.11.4; Debian 12's 3.11.2 has none and extracts as "tar" does.
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", **({"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}))
    unpacked = tmp_path / "unpacked" / "prospectiva"
    assert (unpacked / "_internal" / "data.txt").read_text(encoding="utf-8") == "data"
    assert (unpacked / "prospectiva").stat().st_mode & stat.S_IXUSR


def test_the_bundle_extra_is_what_the_build_script_asks_for():
    with open(ROOT / "pyproject.toml", "rb") as file:
        bundle = tomllib.load(file)["project"]["optional-dependencies"]["bundle"]
    assert [canonical(r) for r in bundle] == ["pyinstaller"]
    assert 'pip install -e ".[bundle]"' in (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
