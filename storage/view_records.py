"""The library's record of what each study's window showed: one JSON object per study, gone with the study."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from storage.orm import SettingRow

VIEW_KEY = "view_settings:{}"
# Earlier versions kept a study's view in four keys; each becomes one section of the one object
# (None: its fields sit at the top level). They are read once, then removed.
LEGACY_KEYS = {
    "view:{}": None,
    "compare:{}": "comparison",
    "uncertainty:{}": "uncertainty",
    "workshop_choice:{}": "workshop",
}


def study_keys(study_id: str) -> list[str]:
    """Return every settings key that belongs to one study, the current one first."""
    return [VIEW_KEY.format(study_id), *(key.format(study_id) for key in LEGACY_KEYS)]


class ViewSettingRecords:
    """View-settings methods of the library (mixed into Library, which provides `_transaction`)."""

    _transaction: Callable[[], AbstractContextManager[Session]]

    def view_settings(self, study_id: str) -> dict[str, Any] | None:
        """Return the view settings stored for a study, or None; settings kept the old way are moved over once."""
        with self._transaction() as session:
            keys = study_keys(study_id)
            stored = {row.key: json.loads(row.value)
                      for row in session.scalars(select(SettingRow).where(SettingRow.key.in_(keys)))}
            if keys[0] in stored:
                value = stored[keys[0]]
                return value if isinstance(value, dict) else None
            legacy = {section: stored[key.format(study_id)] for key, section in LEGACY_KEYS.items()
                      if key.format(study_id) in stored}
            if not legacy:
                return None
            merged: dict[str, Any] = {}
            for section, value in legacy.items():
                if not isinstance(value, dict):
                    continue  # a value no version wrote: the defaults stand for that part
                if section is None:
                    merged.update(value)
                else:
                    merged[section] = value
            _replace(session, study_id, merged)
            return merged

    def save_view_settings(self, study_id: str, settings: dict[str, Any]) -> None:
        """Store a study's view settings (a JSON-able object), replacing what was stored."""
        with self._transaction() as session:
            _replace(session, study_id, settings)


def forget_view_settings(session: Session, study_id: str) -> None:
    """Remove every settings key of a study, in the caller's transaction."""
    session.execute(delete(SettingRow).where(SettingRow.key.in_(study_keys(study_id))))


def _replace(session: Session, study_id: str, settings: dict[str, Any]) -> None:
    forget_view_settings(session, study_id)
    text = json.dumps(settings, allow_nan=False)
    session.execute(insert(SettingRow), [{"key": VIEW_KEY.format(study_id), "value": text}])
