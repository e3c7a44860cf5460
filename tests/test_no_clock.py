"""Nothing a user sees reads the computer's clock: only the "exported at" stamps and import dates may."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLOCK = re.compile(r"date\.today\(\)|datetime\.now\(")
# Where reading the clock is what the user wants: when a file or brief was written, when a scenario
# was imported, when a workshop step happened.
ALLOWED = {"storage/interchange.py", "ui/compare/report.py", "ui/sharing/import_flow.py",
           "ui/workshop/controller.py", "storage/repository.py"}


def test_only_export_import_and_log_stamps_read_the_clock():
    found = []
    for folder in ("models", "storage", "ui"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name not in ALLOWED and CLOCK.search(path.read_text(encoding="utf-8")):
                found.append(name)
    assert found == []
