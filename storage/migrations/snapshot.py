"""Create a new library straight at the newest schema, from a snapshot of what the revisions build.

Replaying every revision through Alembic costs a new library a tenth of a second of start-up just
to load Alembic; like a schema dump in other frameworks, the snapshot builds the same tables in
one script. A test checks that it matches, table for table, what the revisions build.

Regenerate it after adding a revision:  python -m storage.migrations
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from models.i18n import fill, translate
from storage.errors import LibraryError

HEAD_SCHEMA = Path(__file__).with_name("head_schema.sql")


def create_from_snapshot(path: Path) -> None:
    """Build the newest schema in a new, empty library file, all or nothing."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.executescript(f"BEGIN;\n{HEAD_SCHEMA.read_text(encoding='utf-8')}\nCOMMIT;")
    except sqlite3.Error as error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise LibraryError(fill(translate("LibraryErrors", "Could not create the library %1: %2."), path, error)) from error
    finally:
        connection.close()


def schema_script(path: Path) -> str:
    """Return the script that rebuilds a library's schema: its application id, tables, indexes and revision."""
    connection = sqlite3.connect(path)
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        objects = connection.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type = 'index', name"
        ).fetchall()
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    lines = [f"PRAGMA application_id = {application_id};"]
    lines += [f"{sql};" for (sql,) in objects]
    lines.append(f"INSERT INTO alembic_version (version_num) VALUES ('{revision}');")
    return "\n".join(lines) + "\n"
