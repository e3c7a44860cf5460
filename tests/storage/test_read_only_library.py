"""A library that cannot be written is opened read-only; an empty file and a damaged one are named for what they are."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storage import repository
from storage.errors import LibraryError
from storage.interchange import read_study_file
from storage.merge import import_study
from storage.repository import open_library

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
TITLE = "Bolivia: the Paz Pivot"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sample_library(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "library.sqlite3"
    with open_library(path) as library:
        import_study(library, read_study_file(SAMPLE))
    return path


def as_a_user(*args: str) -> subprocess.CompletedProcess:
    """Run the command line bound by file permissions, as any user is (root too, without its override)."""
    command = [sys.executable, str(ROOT / "main.py"), *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be enforced")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.skipif(sys.platform == "win32", reason="a read-only folder is an access list on Windows")
@pytest.mark.parametrize("locked", ["folder", "file"])
def test_a_read_only_library_lists_runs_and_exports_and_refuses_writes_as_read_only(tmp_path, locked):
    path = sample_library(tmp_path / "lib")
    changed = json.loads(SAMPLE.read_text(encoding="utf-8"))
    changed["study"]["id"] = "5d0f8f7e-3f7e-4a47-9a53-8c1b6e2f0a11"
    changed["study"]["title"] = "Another study"
    (tmp_path / "other.json").write_text(json.dumps(changed), encoding="utf-8")
    before = digest(path)
    (tmp_path / "out").mkdir()
    os.chmod(path.parent if locked == "folder" else path, 0o555 if locked == "folder" else 0o444)
    try:
        listed = as_a_user("--db", str(path), "list")
        ran = as_a_user("--db", str(path), "run", TITLE, "--scenario", "Reform dividend")
        exported = as_a_user("--db", str(path), "export", TITLE, "--out", str(tmp_path / "out" / "s.csv"))
        refused = as_a_user("--db", str(path), "import", str(tmp_path / "other.json"))
    finally:
        os.chmod(path.parent, 0o755)
        os.chmod(path, 0o644)
    assert listed.returncode == 0 and TITLE in listed.stdout, listed.stderr
    assert ran.returncode == 0 and ran.stdout.startswith("scenario,variable,time,value\nReform dividend,"), ran.stderr
    assert exported.returncode == 0 and (tmp_path / "out" / "s.csv").stat().st_size > 0, exported.stderr
    assert refused.returncode == 2 and "read-only" in refused.stderr and "damaged" not in refused.stderr
    assert "Traceback" not in listed.stderr + ran.stderr + exported.stderr + refused.stderr
    assert digest(path) == before
    if locked == "folder":  # nothing at all was written beside it (with a read-only file, SQLite may keep its -shm there)
        assert sorted(p.name for p in path.parent.iterdir()) == ["library.sqlite3"]


def test_a_library_opened_read_only_reads_and_says_read_only_on_every_write(tmp_path, monkeypatch):
    path = sample_library(tmp_path / "lib")
    monkeypatch.setattr(repository, "read_only_reason", lambda _path: "its folder cannot be written")
    with open_library(path) as library:
        assert library.read_only
        [summary] = library.list_studies()
        study = library.load_study(summary.id)
        for write in (lambda: library.save_study(study), lambda: library.delete_study(study.id),
                      lambda: library.set_setting("x", 1)):
            with pytest.raises(LibraryError, match="is read-only \\(its folder cannot be written\\): nothing was changed"):
                write()
    assert open_library(path).list_studies()  # monkeypatched still: read-only again, and the study is there


def test_an_empty_file_is_named_not_silently_made_a_library(tmp_path):
    path = tmp_path / "lib.sqlite3"
    path.touch()
    with pytest.raises(LibraryError) as caught:
        open_library(path)
    assert str(path) in str(caught.value) and "empty file (0 bytes)" in str(caught.value)
    assert path.read_bytes() == b""


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:] = bytes([0x5A]) * (len(data) - 4096)
    path.write_bytes(bytes(data))


def test_a_damaged_library_without_backups_does_not_point_to_any(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with open_library(path) as library:
        library.set_setting("x", "y" * 5000)
    damage(path)
    with pytest.raises(LibraryError, match="damaged library") as caught:
        open_library(path)
    assert ".bak-" not in str(caught.value) and "no backup beside it" in str(caught.value)


def test_a_damaged_library_names_its_newest_backup(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with open_library(path) as library:
        library.set_setting("x", "y" * 5000)
    older, newer = tmp_path / "lib.sqlite3.bak-0001", tmp_path / "lib.sqlite3.bak-0002"
    for backup, when in ((older, 1_000_000), (newer, 2_000_000)):
        sqlite3.connect(path).close()
        shutil.copyfile(path, backup)
        os.utime(backup, (when, when))
    damage(path)
    with pytest.raises(LibraryError, match="damaged library") as caught:
        open_library(path)
    assert "lib.sqlite3.bak-0002" in str(caught.value) and "bak-0001" not in str(caught.value)
