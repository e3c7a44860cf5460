"""`main.py --smoke`: checks an installation on a temporary library and says what passed, or what failed and where."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLocale

from models.formatting import people_locale
from ui import i18n
from ui.smoke import CHECKS, run_smoke

ROOT = Path(__file__).resolve().parents[2]


def test_every_check_passes_in_process_and_the_report_ends_with_the_count(qapp):
    before = (people_locale(), QLocale().toString(1234.5, "f", 1))
    out = io.StringIO()
    assert run_smoke(out) == 0
    assert (people_locale(), QLocale().toString(1234.5, "f", 1)) == before  # the Spanish it tried is taken back
    lines = out.getvalue().splitlines()
    checks = [line.strip() for line in lines if line.startswith("  ")]
    assert len(checks) == len(CHECKS) and all(line.startswith("ok") for line in checks)
    assert lines[-1] == f"smoke: {len(CHECKS)} passed, 0 failed"


def test_a_missing_catalogue_fails_its_check_with_the_path_and_the_others_still_run(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "CATALOGUES", tmp_path / "nowhere")
    before = (people_locale(), QLocale().toString(1234.5, "f", 1))
    out = io.StringIO()
    assert run_smoke(out) == 1
    # Numbers are still written as before, not left in the Spanish the check tried to switch to.
    assert (people_locale(), QLocale().toString(1234.5, "f", 1)) == before
    report = out.getvalue()
    (failure,) = [line for line in report.splitlines() if "FAILED" in line]
    assert failure.strip().startswith("FAILED  translation:") and str(tmp_path / "nowhere") in failure
    assert "Traceback" not in report
    assert report.splitlines()[-1] == f"smoke: {len(CHECKS) - 1} passed, 1 failed"


def test_the_smoke_flag_runs_from_the_command_line_and_leaves_the_default_library_alone(tmp_path):
    # A home of its own: were the smoke to open the user's library, it would be created under here.
    home = tmp_path / "home"
    home.mkdir()
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
                   "APPDATA": str(home / "appdata"), "LOCALAPPDATA": str(home / "localappdata")}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--smoke"], capture_output=True, text=True,
                          encoding="utf-8", timeout=300, cwd=tmp_path, env=environment)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines()[-1] == f"smoke: {len(CHECKS)} passed, 0 failed"
    assert not any(path.suffix == ".sqlite" for path in home.rglob("*"))
