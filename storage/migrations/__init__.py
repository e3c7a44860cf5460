"""Bring a library file to the newest schema with Alembic, after backing it up.

Revisions live in `versions/`, numbered 0001, 0002, ...; each builds on the previous one
with explicit operations (never `metadata.create_all`, so an old revision stays what it was).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import OperationalError

from models.i18n import fill, translate
from storage.connection import in_use, is_locked_error, migration_engine
from storage.errors import LibraryError
from storage.migrations.snapshot import create_from_snapshot

SCRIPT_LOCATION = Path(__file__).resolve().parent
# Every revision in versions/, oldest first. Kept here so that opening an up-to-date library
# never loads Alembic (a fifth of start-up); a test checks it against Alembic's own list.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")


def alembic_config(connection=None):
    """Return an Alembic configuration built in code (no alembic.ini), bound to `connection`."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["connection"] = connection
    return config


def alembic_revisions() -> list[str]:
    """Return Alembic's own list of the revisions in versions/, oldest first."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


def known_revisions() -> set[str]:
    """Return every schema revision this version of the app can read."""
    return set(REVISIONS)


def head_revision() -> str:
    """Return the newest schema revision."""
    return REVISIONS[-1]


def backup_library(path: Path, revision: str) -> Path:
    """Copy the library beside itself as `<name>.bak-<revision>` and return the copy's path."""
    target = path.with_name(f"{path.name}.bak-{revision}")
    number = 2
    while target.exists():  # never overwrite an earlier backup
        target = path.with_name(f"{path.name}.bak-{revision}-{number}")
        number += 1
    # The online backup API, not a file copy: the newest rows may still be in the -wal file.
    source = sqlite3.connect(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    return target


def migrate_library(path: Path, current: str | None, target: str = "head") -> Path | None:
    """Upgrade the library at `path` from revision `current`; return the backup taken, if any."""
    target = head_revision() if target == "head" else target
    if current == target:
        return None
    if current is None and target == head_revision():
        create_from_snapshot(path)  # a new library: the same schema, without loading Alembic
        return None
    backup = backup_library(path, current) if current is not None else None
    upgrade_with_alembic(path, target)
    return backup


def upgrade_with_alembic(path: Path, target: str) -> None:
    """Run the revisions the library at `path` lacks, up to `target`, in one transaction."""
    from alembic import command

    engine = migration_engine(path)
    try:
        # One transaction for every step: a failure anywhere leaves the file as it was.
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise LibraryError(fill(translate(
                    "LibraryErrors", "Upgrading %1 would leave %2 rows pointing at missing rows (first in table %3); "
                                     "the library was left as it was."), path, len(broken), broken[0][0]))
    except OperationalError as error:
        if is_locked_error(error):
            raise in_use(path) from error
        raise LibraryError(fill(translate("LibraryErrors", "Could not upgrade %1: %2. The library was left as it was."),
                                path, error.orig)) from error
    finally:
        # A pooled connection would keep foreign keys off: never reuse this engine.
        engine.dispose()
