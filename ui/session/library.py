"""What the window and its sessions use of the library, as a type: storage's Library is one such thing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from models.domain import Study
from models.workshop import LogEntry, Proposal, Workshop

if TYPE_CHECKING:  # the summaries' type only; the views never reach the database themselves
    from storage.repository import StudySummary


class Library(Protocol):
    """The studies, remembered settings and workshop records the views read and write."""

    def list_studies(self) -> list[StudySummary]:
        """Return a summary of every study, most recently changed first."""
        ...

    def has_study(self, study_id: str) -> bool:
        """Say whether a study with this id is in the library."""
        ...

    def load_study(self, study_id: str) -> Study:
        """Return the whole study with this id."""
        ...

    def save_study(self, study: Study) -> None:
        """Store the whole study, replacing what was stored under its id."""
        ...

    def delete_study(self, study_id: str) -> None:
        """Remove the study, everything in it and its view settings."""
        ...

    def get_setting(self, key: str, default: Any = None) -> Any:
        """Return the remembered value for `key`, or `default`."""
        ...

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a JSON-able value under `key` (None forgets it)."""
        ...

    def view_settings(self, study_id: str) -> dict[str, Any] | None:
        """Return the view settings stored for a study, or None."""
        ...

    def save_view_settings(self, study_id: str, settings: dict[str, Any]) -> None:
        """Store a study's view settings."""
        ...

    def save_workshop(self, workshop: Workshop) -> None:
        """Store a workshop session's levers, charts and baseline."""
        ...

    def latest_workshop(self, study_id: str, scenario_id: str) -> Workshop | None:
        """Return the newest session on a scenario of a study, or None."""
        ...

    def add_log_entry(self, workshop_id: str, entry: LogEntry) -> None:
        """Append one step to a session's log."""
        ...

    def workshop_log(self, workshop_id: str) -> list[LogEntry]:
        """Return a session's log, oldest first."""
        ...

    def save_proposal(self, workshop_id: str, proposal: Proposal) -> None:
        """Store a captured proposal with its note and votes."""
        ...

    def remove_proposal(self, workshop_id: str, scenario_id: str) -> None:
        """Take a proposal out of a session."""
        ...

    def proposals(self, workshop_id: str) -> list[Proposal]:
        """Return a session's proposals."""
        ...
