"""Find, recognise and connect to a library file: refuse what is not ours, lock what is."""

from __future__ import annotations

import glob
import os
import sqlite3
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.pool import QueuePool

from models.i18n import fill, translate
from storage.errors import LibraryError

# Written into the SQLite header (offset 68) so any other SQLite file is recognised as foreign.
APPLICATION_ID = 0x50727370  # "Prsp"

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
BUSY_TIMEOUT_S = 1.0


def default_library_path() -> Path:
    """Return where the library lives unless the user names another file."""
    return Path(platformdirs.user_data_dir("Prospectiva", appauthor=False)) / "library.sqlite3"


def read_only_reason(path: Path) -> str | None:
    """Say why the library at `path` can only be read (its folder or the file cannot be written), or None."""
    # SQLite in WAL mode writes -wal and -shm files beside the library, even to read it.
    if not os.access(path.parent, os.W_OK):
        return fill(translate("LibraryErrors", "its folder %1 cannot be written"), path.parent)
    if path.exists() and not os.access(path, os.W_OK):
        return translate("LibraryErrors", "the file cannot be written")
    return None


def probe_library(path: Path, known_revisions: set[str], read_only: bool = False) -> str | None:
    """Return the file's schema revision (None for a new file); refuse a file that is not ours."""
    try:
        if not path.exists():
            return None
        if path.stat().st_size == 0:
            raise LibraryError(fill(translate(
                "LibraryErrors", "%1 is an empty file (0 bytes), not a Prospectiva library. It was left untouched; "
                                 "delete it or move it away to start a new library there, or choose another file."), path))
        with path.open("rb") as file:
            header = file.read(HEADER_SIZE)
    except OSError as error:
        raise LibraryError(fill(translate("LibraryErrors", "%1 cannot be read (%2); choose another library file."), path,
                                error.strerror)) from error
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise LibraryError(fill(translate(
            "LibraryErrors", "%1 is not a Prospectiva library: it is not a SQLite database at all. It was left untouched; "
                             "choose another file, or move this one away to start a new library there."), path))
    application_id = int.from_bytes(header[68:72], "big")
    if application_id not in (0, APPLICATION_ID):
        raise LibraryError(fill(translate(
            "LibraryErrors", "%1 is the database of another application (application id %2), not a Prospectiva library. "
                             "It was left untouched; choose another file."), path, f"{application_id:#x}"))
    tables, revision = _read_schema(path, read_only)
    if application_id == 0:
        if tables:
            raise LibraryError(fill(translate(
                "LibraryErrors", "%1 is a SQLite database of another application, not a Prospectiva library. "
                                 "It was left untouched; choose another file."), path))
        return None
    if revision is None:
        raise _damaged(path, translate("LibraryErrors", "it has no schema revision"))
    if revision not in known_revisions:
        raise LibraryError(fill(translate(
            "LibraryErrors", "%1 was made by a newer Prospectiva (library schema %2). It was left untouched; "
                             "update Prospectiva to open it."), path, revision))
    return revision


def _read_schema(path: Path, read_only: bool) -> tuple[set[str], str | None]:
    """Return the file's table names and Alembic revision, reading it without writing a byte."""
    try:
        connection = read_only_connection(path, immutable=read_only)
    except sqlite3.Error as error:
        raise _damaged(path, str(error)) from error
    try:
        check = connection.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            raise _damaged(path, "; ".join(row[0] for row in check[:3]))
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return tables, revision
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            raise in_use(path) from error
        raise _damaged(path, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from error
    finally:
        connection.close()


def read_only_connection(path: Path, immutable: bool = False) -> sqlite3.Connection:
    """Return a connection that cannot write to the library; `immutable` allows for a folder where -shm cannot be made."""
    base = f"{path.resolve().as_uri()}?mode=ro"
    connection = sqlite3.connect(base, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    if not immutable:
        return connection
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection  # its -shm exists (someone who may write has it open): read with the usual locks
    except sqlite3.OperationalError:
        connection.close()
    # Reading a WAL library needs a -shm file; where none can be made, SQLite reads it as a file nothing changes.
    return sqlite3.connect(base + "&immutable=1", uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)


def _damaged(path: Path, detail: str) -> LibraryError:
    backups = sorted(path.parent.glob(glob.escape(path.name) + ".bak-*"), key=lambda p: p.stat().st_mtime)
    if backups:
        return LibraryError(fill(translate(
            "LibraryErrors", "%1 is a damaged library (%2). It was left untouched; restore a backup (the newest beside it "
                             "is %3) or move it away to start a new library."), path, detail, backups[-1].name))
    return LibraryError(fill(translate(
        "LibraryErrors", "%1 is a damaged library (%2). It was left untouched; there is no backup beside it: restore one "
                         "of your own, or move it away to start a new library."), path, detail))


def in_use(path: Path) -> LibraryError:
    """Return the error for a library another Prospectiva (or program) holds open."""
    return LibraryError(fill(translate(
        "LibraryErrors", "%1 is open in another Prospectiva window or program. Close it there first, or choose another "
                         "library file."), path))


def _run_outside_transaction(dbapi_connection: sqlite3.Connection, statements: list[str]) -> None:
    """Run PRAGMAs where they take effect: SQLite ignores some of them inside a transaction."""
    # Python 3.12+ sqlite3 has `autocommit` (3.11 does not); when False a transaction is always open.
    autocommit = getattr(dbapi_connection, "autocommit", None)
    if autocommit is False:
        dbapi_connection.autocommit = True  # type: ignore[attr-defined]  # Python 3.12+, guarded above
    cursor = dbapi_connection.cursor()
    for statement in statements:
        cursor.execute(statement)
    cursor.close()
    if autocommit is False:
        dbapi_connection.autocommit = autocommit  # type: ignore[attr-defined]  # Python 3.12+, guarded above


def _engine(path: Path, pragmas: list[str]) -> Engine:
    url = URL.create("sqlite+pysqlite", database=str(path))
    # One connection: with an exclusive lock a second pooled connection would lock itself out.
    engine = create_engine(url, pool_size=1, max_overflow=0, connect_args={"timeout": BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Hand transaction control to SQLAlchemy (pysqlite's own BEGIN handling skips DDL and SELECT).
        dbapi_connection.isolation_level = None
        _run_outside_transaction(dbapi_connection, pragmas)

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def read_only_engine(path: Path) -> Engine:
    """Return an engine that reads a library whose folder or file cannot be written, and refuses every write."""
    engine = create_engine("sqlite+pysqlite://", creator=lambda: read_only_connection(path, immutable=True),
                           poolclass=QueuePool, pool_size=1, max_overflow=0)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


def is_read_only_error(error: BaseException) -> bool:
    """Say whether a database error means a write was refused because the library is read-only."""
    return "readonly database" in str(error) or "read-only" in str(error)


def library_engine(path: Path, exclusive: bool = True) -> Engine:
    """Return the engine the app works through: foreign keys on, WAL, and (by default) an exclusive lock."""
    pragmas = [
        "PRAGMA foreign_keys = ON",
        "PRAGMA journal_mode = WAL",
        # WAL with NORMAL cannot corrupt the file; it only skips an fsync per debounced save.
        "PRAGMA synchronous = NORMAL",
    ]
    if exclusive:
        # Take the write lock now and keep it until close: a second instance is refused at once.
        pragmas += ["PRAGMA locking_mode = EXCLUSIVE", "BEGIN IMMEDIATE", "COMMIT"]
    return _engine(path, pragmas)


def migration_engine(path: Path) -> Engine:
    """Return an engine for migrations only: foreign keys off, so rebuilding a table cascades no deletes."""
    return _engine(path, ["PRAGMA foreign_keys = OFF", "PRAGMA journal_mode = WAL"])


def is_locked_error(error: BaseException) -> bool:
    """Say whether a database error means another connection holds the file."""
    return "database is locked" in str(error) or "database is busy" in str(error)
