"""Rewrite head_schema.sql after adding a revision:  python -m storage.migrations"""

from __future__ import annotations

import tempfile
from pathlib import Path

from storage.migrations import head_revision, upgrade_with_alembic
from storage.migrations.snapshot import HEAD_SCHEMA, schema_script


def main() -> None:
    """Rewrite head_schema.sql from a scratch library built by every revision in turn."""
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder) / "scratch.db"
        upgrade_with_alembic(scratch, head_revision())
        HEAD_SCHEMA.write_text(schema_script(scratch), encoding="utf-8")
    print(f"wrote {HEAD_SCHEMA}")


main()
