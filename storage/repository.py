"""The library: every study a user has, loaded and saved whole, plus remembered settings."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from models.domain import Study
from models.i18n import fill, translate
from storage.connection import (
    default_library_path,
    in_use,
    is_locked_error,
    is_read_only_error,
    library_engine,
    probe_library,
    read_only_engine,
    read_only_reason,
)
from storage.errors import LibraryError, StudyNotFound
from storage.diagram.files import positions_from_rows
from storage.foresight.files import foresight_from_document
from storage.mappers import child_rows, study_from_rows, study_row
from storage.migrations import head_revision, known_revisions, migrate_library
from storage.orm import (
    ActualRow,
    EffectRow,
    EventRow,
    EventSwitchRow,
    DiagramPositionRow,
    ForesightRow,
    OverrideRow,
    ScenarioRow,
    SettingRow,
    SignpostRow,
    StudyRow,
    VariableRow,
)
from storage.tracking.rows import actuals_from_rows, signposts_from_rows
from storage.view_records import ViewSettingRecords, forget_view_settings
from storage.workshops import WorkshopRecords


@dataclass(frozen=True)
class StudySummary:
    """What a list of studies shows: no variables or scenarios loaded."""

    id: str
    title: str
    scenario_count: int
    updated_at: datetime


def open_library(path: str | Path | None = None, exclusive: bool = True) -> Library:
    """Open (creating or upgrading as needed) the library at `path`, or at the default location."""
    path = Path(path) if path is not None else default_library_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    read_only = read_only_reason(path)
    if read_only is not None:
        return _open_read_only(path, read_only)
    revision = probe_library(path, known_revisions())
    backup = migrate_library(path, revision)
    engine = library_engine(path, exclusive=exclusive)
    try:
        engine.connect().close()  # takes the lock now, so a second instance is told at once
    except OperationalError as error:
        engine.dispose()
        if is_locked_error(error):
            raise in_use(path) from error
        raise LibraryError(fill(translate("LibraryErrors", "Could not open %1: %2"), path, error.orig)) from error
    return Library(path, engine, created=revision is None, backup_path=backup)


def _open_read_only(path: Path, reason: str) -> Library:
    """Open a library that cannot be written: it can be read and exported, and every write says why not."""
    if not path.exists():
        raise LibraryError(fill(translate("LibraryErrors", "A library cannot be made at %1: %2. Choose a folder you can write."),
                                path, reason))
    revision = probe_library(path, known_revisions(), read_only=True)
    if revision != head_revision():
        first = (translate("LibraryErrors", "%1 is read-only (%2) and must first be set up by this version of Prospectiva. "
                                            "It was left untouched; copy it to a folder you can write and open the copy.")
                 if revision is None else
                 translate("LibraryErrors", "%1 is read-only (%2) and must first be upgraded by this version of Prospectiva. "
                                            "It was left untouched; copy it to a folder you can write and open the copy."))
        raise LibraryError(fill(first, path, reason))
    return Library(path, read_only_engine(path), created=False, backup_path=None, read_only=reason)


class Library(WorkshopRecords, ViewSettingRecords):
    """One library file, open for this process until `close()`."""

    def __init__(self, path: Path, engine, created: bool, backup_path: Path | None, read_only: str | None = None):
        self.path = path
        self.created = created  # True when this open made the file (or filled an empty one)
        self.backup_path = backup_path  # the copy taken before an upgrade, if there was one
        self.read_only = read_only  # why nothing can be saved (its folder or file cannot be written), or None
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Release the file (and its lock)."""
        self._engine.dispose()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as error:
            if is_locked_error(error):
                raise in_use(self.path) from error
            if self.read_only is not None and is_read_only_error(error):
                raise LibraryError(fill(translate(
                    "LibraryErrors", "%1 is read-only (%2): nothing was changed. Copy it to a folder you can write and open "
                                     "the copy to make changes."), self.path, self.read_only)) from error
            raise LibraryError(fill(translate("LibraryErrors", "Could not use the library %1: %2"), self.path, error.orig)) from error

    # -- studies -------------------------------------------------------------------------------

    def list_studies(self) -> list[StudySummary]:
        """Return a summary of every study, most recently changed first."""
        counts = (
            select(ScenarioRow.study_id, func.count().label("n")).group_by(ScenarioRow.study_id).subquery()
        )
        query = (
            select(StudyRow.id, StudyRow.title, func.coalesce(counts.c.n, 0), StudyRow.updated_at)
            .outerjoin(counts, counts.c.study_id == StudyRow.id)
            .order_by(StudyRow.updated_at.desc(), StudyRow.title)
        )
        with self._transaction() as session:
            return [StudySummary(*row) for row in session.execute(query)]

    def has_study(self, study_id: str) -> bool:
        """Say whether a study with this id is in the library."""
        with self._transaction() as session:
            return session.get(StudyRow, study_id) is not None

    def load_study(self, study_id: str) -> Study:
        """Return the whole study with this id (StudyNotFound if there is none)."""
        with self._transaction() as session:
            study = session.get(StudyRow, study_id)
            if study is None:
                raise StudyNotFound(fill(translate("LibraryErrors", "There is no study with id %1 in %2."), study_id, self.path))

            def rows(table, *order):
                return list(session.scalars(select(table).where(table.study_id == study_id).order_by(*order)))

            loaded = study_from_rows(
                study,
                rows(VariableRow, VariableRow.position),
                rows(EventRow, EventRow.position),
                rows(EffectRow, EffectRow.event_id, EffectRow.position),
                rows(ScenarioRow, ScenarioRow.position),
                rows(OverrideRow, OverrideRow.scenario_id, OverrideRow.position),
                rows(EventSwitchRow, EventSwitchRow.scenario_id, EventSwitchRow.position),
            )
            loaded.actuals = actuals_from_rows(rows(ActualRow, ActualRow.position))
            loaded.signposts = signposts_from_rows(rows(SignpostRow, SignpostRow.position))
            document = session.get(ForesightRow, study_id)
            if document is not None:
                loaded.foresight = foresight_from_document(document.document, loaded)
            loaded.diagram_positions = positions_from_rows(rows(DiagramPositionRow, DiagramPositionRow.variable))
            return loaded

    def save_study(self, study: Study) -> None:
        """Store the whole study in one transaction, replacing what was stored under its id."""
        now = datetime.now(timezone.utc)
        try:
            with self._transaction() as session:
                created_at = session.scalar(select(StudyRow.created_at).where(StudyRow.id == study.id))
                # Deleting the study row cascades to every row below it.
                session.execute(delete(StudyRow).where(StudyRow.id == study.id))
                session.execute(insert(StudyRow), [study_row(study, created_at or now, now)])
                for table, rows in child_rows(study).items():
                    if rows:
                        session.execute(insert(table), rows)
        except DBAPIError as error:  # locks and I/O errors were already turned into LibraryError
            raise LibraryError(fill(translate("LibraryErrors", "Could not save '%1': %2. The stored version was kept."),
                                    study.title, error.orig)) from error

    def delete_study(self, study_id: str) -> None:
        """Remove the study and everything in it, its view settings too (nothing happens if it is not there)."""
        with self._transaction() as session:
            session.execute(delete(StudyRow).where(StudyRow.id == study_id))
            forget_view_settings(session, study_id)

    # -- settings ------------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        """Return the remembered value for `key`, or `default` when there is none."""
        with self._transaction() as session:
            row = session.get(SettingRow, key)
            return default if row is None else json.loads(row.value)

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a JSON-able value under `key` (None forgets it)."""
        with self._transaction() as session:
            session.execute(delete(SettingRow).where(SettingRow.key == key))
            if value is not None:
                text = json.dumps(value, allow_nan=False)
                session.execute(insert(SettingRow), [{"key": key, "value": text}])
