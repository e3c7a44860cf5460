"""The library's workshop records: sessions, their log and proposals, each written at once."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from models.workshop import (
    LogEntry,
    Proposal,
    Workshop,
    decode_overrides,
    encode_overrides,
)
from storage.orm import ProposalRow, WorkshopLogRow, WorkshopRow


class WorkshopRecords:
    """Workshop methods of the library (mixed into Library, which provides `_transaction`)."""

    _transaction: Callable[[], AbstractContextManager[Session]]

    def save_workshop(self, workshop: Workshop) -> None:
        """Store a session's settings (levers, charts, baseline), replacing what was stored under its id."""
        row = {
            "id": workshop.id,
            "study_id": workshop.study_id,
            "scenario_id": workshop.scenario_id,
            "levers": json.dumps(workshop.levers),
            "indicators": json.dumps(workshop.indicators),
            "baseline": json.dumps(encode_overrides(workshop.baseline)),
            "started_at": workshop.started_at,
        }
        with self._transaction() as session:
            if session.get(WorkshopRow, workshop.id) is None:
                session.execute(insert(WorkshopRow), [row])
            else:
                session.execute(update(WorkshopRow).where(WorkshopRow.id == workshop.id).values(**row))

    def latest_workshop(self, study_id: str, scenario_id: str) -> Workshop | None:
        """Return the newest session on a scenario of a study, or None."""
        query = (
            select(WorkshopRow)
            .where(WorkshopRow.study_id == study_id, WorkshopRow.scenario_id == scenario_id)
            .order_by(WorkshopRow.started_at.desc())
            .limit(1)
        )
        with self._transaction() as session:
            row = session.scalar(query)
            if row is None:
                return None
            return Workshop(
                row.study_id, row.scenario_id, json.loads(row.levers), json.loads(row.indicators),
                decode_overrides(json.loads(row.baseline)), row.started_at, id=row.id,
            )

    def add_log_entry(self, workshop_id: str, entry: LogEntry) -> None:
        """Append one step to a session's log (its own transaction, so a kill keeps it)."""
        with self._transaction() as session:
            seq = session.scalar(select(func.coalesce(func.max(WorkshopLogRow.seq), 0)).where(WorkshopLogRow.workshop_id == workshop_id))
            row = {
                "workshop_id": workshop_id, "seq": (seq or 0) + 1, "at": entry.at, "kind": entry.kind, "text": entry.text,
                "state": json.dumps(encode_overrides(entry.state)), "proposal_id": entry.proposal_id,
            }
            session.execute(insert(WorkshopLogRow), [row])

    def workshop_log(self, workshop_id: str) -> list[LogEntry]:
        """Return a session's log, oldest first."""
        query = select(WorkshopLogRow).where(WorkshopLogRow.workshop_id == workshop_id).order_by(WorkshopLogRow.seq)
        with self._transaction() as session:
            return [
                LogEntry(r.at, r.kind, r.text, decode_overrides(json.loads(r.state)), r.proposal_id)
                for r in session.scalars(query)
            ]

    def save_proposal(self, workshop_id: str, proposal: Proposal) -> None:
        """Store a proposal with its note and votes, replacing what was stored for its scenario."""
        with self._transaction() as session:
            session.execute(
                delete(ProposalRow).where(ProposalRow.workshop_id == workshop_id, ProposalRow.scenario_id == proposal.scenario_id)
            )
            row = {
                "workshop_id": workshop_id, "scenario_id": proposal.scenario_id, "number": proposal.number,
                "name": proposal.name, "note": proposal.note, "votes": json.dumps(proposal.votes),
                "captured_at": proposal.captured_at,
            }
            session.execute(insert(ProposalRow), [row])

    def remove_proposal(self, workshop_id: str, scenario_id: str) -> None:
        """Forget a proposal (its capture was undone)."""
        with self._transaction() as session:
            session.execute(
                delete(ProposalRow).where(ProposalRow.workshop_id == workshop_id, ProposalRow.scenario_id == scenario_id)
            )

    def proposals(self, workshop_id: str) -> list[Proposal]:
        """Return a session's proposals in capture order."""
        query = select(ProposalRow).where(ProposalRow.workshop_id == workshop_id).order_by(ProposalRow.number)
        with self._transaction() as session:
            return [
                Proposal(r.scenario_id, r.number, r.name, r.captured_at, r.note, json.loads(r.votes))
                for r in session.scalars(query)
            ]
