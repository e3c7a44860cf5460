"""Libraries are created at, and upgraded to, the newest schema without losing a row."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import create_engine, text

from storage.connection import migration_engine
from storage.migrations import head_revision, known_revisions, migrate_library
from storage.orm import Base
from storage.repository import open_library

STUDY = "11111111-2222-4333-8444-555555555555"
SCENARIO = "66666666-7777-4888-9999-000000000000"


def revision_of(path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()


def make_old_library(path) -> None:
    """Build a library at revision 0001 (before settings existed) holding one study with a scenario."""
    migrate_library(path, None, target="0001")
    connection = sqlite3.connect(path)
    now = datetime(2026, 1, 2, 3, 4, 5).isoformat(sep=" ")
    connection.execute(
        "INSERT INTO studies VALUES (?, 'Old study', 'desc', 2025, 2030, 1, 'year', ?, ?)", (STUDY, now, now)
    )
    connection.execute(
        "INSERT INTO variables VALUES (?, 'a1b2c3d4-0000-4000-8000-000000000001', 0, 'aid', 'assumption',"
        " '', '', '', '', '', '', '', 100, 0, 500, NULL, NULL, NULL)", (STUDY,)
    )
    connection.execute(
        "INSERT INTO scenarios VALUES (?, ?, 0, 'Baseline', '#1f77b4', 'n', NULL, '')", (STUDY, SCENARIO)
    )
    connection.execute("INSERT INTO overrides VALUES (?, ?, 'aid', 0, 150, NULL)", (STUDY, SCENARIO))
    connection.commit()
    connection.close()


def test_a_new_file_is_migrated_to_the_newest_schema_matching_the_code(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with open_library(path) as library:
        assert library.backup_path is None  # nothing to back up in a new file
    assert revision_of(path) == head_revision()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        # The revisions build exactly the tables the code maps: no drift between the two.
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    engine.dispose()


def test_reopening_a_current_library_changes_nothing_and_takes_no_backup(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with open_library(path) as library:
        library.set_setting("k", 1)
    with open_library(path) as library:
        assert library.backup_path is None
        assert library.get_setting("k") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.sqlite3"]


def test_an_older_library_is_backed_up_then_upgraded_keeping_its_studies(tmp_path):
    path = tmp_path / "lib.sqlite3"
    make_old_library(path)
    assert revision_of(path) == "0001"
    with open_library(path) as library:
        assert library.backup_path == tmp_path / "lib.sqlite3.bak-0001"
        study = library.load_study(STUDY)
        assert study.title == "Old study"
        assert study.variable("aid").max == 500
        assert study.scenarios[0].overrides == {"aid": 150.0}
        library.set_setting("works", True)  # the table revision 0002 added
        assert library.get_setting("works") is True
    assert revision_of(path) == head_revision()
    # The backup is a complete copy of the library as it was before the upgrade.
    assert revision_of(library.backup_path) == "0001"
    backup = sqlite3.connect(library.backup_path)
    assert backup.execute("SELECT count(*) FROM overrides").fetchone()[0] == 1
    backup.close()


def test_a_second_upgrade_backup_never_overwrites_the_first(tmp_path):
    path = tmp_path / "lib.sqlite3"
    make_old_library(path)
    (tmp_path / "lib.sqlite3.bak-0001").write_bytes(b"an earlier backup")
    with open_library(path) as library:
        assert library.backup_path == tmp_path / "lib.sqlite3.bak-0001-2"
    assert (tmp_path / "lib.sqlite3.bak-0001").read_bytes() == b"an earlier backup"


def test_every_revision_is_known_and_the_chain_ends_at_head():
    assert {"0001", "0002"} <= known_revisions()
    assert head_revision() == max(known_revisions())


def test_rebuilding_a_parent_table_during_migration_keeps_child_rows(tmp_path):
    # Batch mode rebuilds a table by dropping it; with foreign keys on, SQLite would
    # cascade that drop to every child row. The migration engine must have them off.
    path = tmp_path / "lib.sqlite3"
    make_old_library(path)
    engine = migration_engine(path)
    with engine.begin() as connection:
        operations = Operations(MigrationContext.configure(connection, opts={"render_as_batch": True}))
        with operations.batch_alter_table("studies", recreate="always") as batch:
            batch.alter_column("description", existing_type=Base.metadata.tables["studies"].c.description.type)
        assert connection.execute(text("SELECT count(*) FROM scenarios")).scalar() == 1
        assert connection.execute(text("SELECT count(*) FROM overrides")).scalar() == 1
    engine.dispose()
    with open_library(path) as library:
        assert library.load_study(STUDY).scenarios[0].overrides == {"aid": 150.0}


def test_the_revision_list_opened_without_alembic_matches_alembics_own():
    from storage.migrations import REVISIONS, alembic_revisions

    assert list(REVISIONS) == alembic_revisions()


def test_a_new_library_has_exactly_the_schema_the_revisions_build(tmp_path):
    # New libraries are built from head_schema.sql, not by replaying the revisions. If this fails
    # after adding a revision, regenerate the snapshot: python -m storage.migrations
    from storage.migrations import upgrade_with_alembic
    from storage.migrations.snapshot import schema_script

    new, replayed = tmp_path / "new.sqlite3", tmp_path / "replayed.sqlite3"
    open_library(new).close()
    upgrade_with_alembic(replayed, head_revision())
    assert schema_script(new) == schema_script(replayed)
    assert revision_of(new) == head_revision()
