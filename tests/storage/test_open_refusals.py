"""Files that are not a library we can use are refused with a clear message and left byte-identical."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from storage.connection import APPLICATION_ID, library_engine
from storage.errors import LibraryError
from storage.repository import open_library


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(path, match: str) -> LibraryError:
    """Open `path`, expect a refusal matching `match`, and check the file did not change."""
    before = digest(path)
    with pytest.raises(LibraryError, match=match) as caught:
        open_library(path)
    assert digest(path) == before
    assert str(path) in str(caught.value)
    return caught.value


def test_a_text_file_is_not_a_sqlite_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list: milk, eggs\n" * 20)
    error = refused(path, "not a SQLite database at all")
    assert "left untouched" in str(error)


def test_a_short_binary_file_is_refused(tmp_path):
    path = tmp_path / "tiny.sqlite3"
    path.write_bytes(b"\x00\x01\x02")
    refused(path, "not a SQLite database")


def test_another_applications_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA application_id = 1234")
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    refused(path, "another application")


def test_an_unmarked_sqlite_database_with_tables_is_refused(tmp_path):
    path = tmp_path / "photos.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (file TEXT)")
    connection.execute("INSERT INTO photos VALUES ('a.jpg')")
    connection.commit()
    connection.close()
    refused(path, "SQLite database of another application")


def test_a_damaged_library_is_refused(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with open_library(path) as library:
        library.set_setting("x", "y" * 5000)
    data = bytearray(path.read_bytes())
    page = 4096
    data[page:len(data)] = bytes([0x5A]) * (len(data) - page)  # every page after the first is garbage
    path.write_bytes(bytes(data))
    refused(path, "damaged library")


def test_a_library_from_a_newer_prospectiva_is_refused(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with open_library(path):
        pass
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    refused(path, "made by a newer Prospectiva.*update Prospectiva")


def test_an_empty_sqlite_database_becomes_a_library_marked_as_ours(tmp_path):
    path = tmp_path / "lib.sqlite3"
    sqlite3.connect(path).execute("VACUUM").connection.close()
    with open_library(path) as library:
        assert library.created
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    connection.close()


def test_a_new_library_uses_wal_and_enforces_foreign_keys(tmp_path):
    path = tmp_path / "lib.sqlite3"
    with open_library(path, exclusive=False):
        connection = sqlite3.connect(path)
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        connection.close()
    engine = library_engine(path, exclusive=False)
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(LibraryError, match="cannot be read"):
        open_library(tmp_path)
