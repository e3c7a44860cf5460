"""Workshop sessions, their log and proposals survive in the library, and an upgrade from 0002 keeps data."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from models.domain import Path, Scenario, Study, TimeAxis, Variable
from models.workshop import LogEntry, Proposal, Workshop
from storage.migrations import head_revision, known_revisions, migrate_library
from storage.repository import open_library
from tests.storage.test_migrations import STUDY, make_old_library, revision_of

NOW = datetime(2026, 5, 1, 10, 30, tzinfo=timezone.utc)


def small_study() -> Study:
    base = Scenario("Base")
    variables = [Variable("price", "assumption", value=40.0, min=10.0, max=100.0)]
    return Study("Workshop study", TimeAxis(2025.0, 2030.0, 1.0), variables=variables, scenarios=[base])


def test_an_upgrade_from_0002_keeps_studies_and_settings_and_adds_workshops(tmp_path):
    path = tmp_path / "lib.sqlite3"
    make_old_library(path)
    migrate_library(path, "0001", target="0002")
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO settings VALUES ('kept', '42')")
    connection.commit()
    connection.close()
    with open_library(path) as library:
        assert library.backup_path == tmp_path / "lib.sqlite3.bak-0002"
        assert library.load_study(STUDY).scenarios[0].overrides == {"aid": 150.0}
        assert library.get_setting("kept") == 42
        workshop = Workshop(STUDY, "s", ["aid"], [], {}, NOW)
        library.save_workshop(workshop)
        assert library.latest_workshop(STUDY, "s").id == workshop.id
    assert revision_of(path) == head_revision()
    assert "0003" in known_revisions()


def test_a_session_its_log_and_proposals_come_back_as_stored(tmp_path):
    study = small_study()
    base = study.scenarios[0]
    workshop = Workshop(study.id, base.id, ["price"], ["revenue"], {"price": Path(((2025.0, 1.0), (2030.0, 2.0)))}, NOW)
    with open_library(tmp_path / "lib.sqlite3") as library:
        library.save_study(study)
        library.save_workshop(workshop)
        library.add_log_entry(workshop.id, LogEntry(NOW, "change", "Change price", {"price": 55.0}))
        library.add_log_entry(workshop.id, LogEntry(NOW, "capture", "Capture", {}, proposal_id="p1"))
        library.save_proposal(workshop.id, Proposal("p1", 1, "Proposal 1 — higher price", NOW, "note", {"plausibility": 7}))
        # Saving the study rewrites its rows; the session's records must not go with them.
        library.save_study(study)
    with open_library(tmp_path / "lib.sqlite3") as library:
        again = library.latest_workshop(study.id, base.id)
        assert again.levers == ["price"] and again.indicators == ["revenue"]
        assert again.baseline == workshop.baseline
        log = library.workshop_log(workshop.id)
        assert [(e.kind, e.state, e.proposal_id) for e in log] == [("change", {"price": 55.0}, None), ("capture", {}, "p1")]
        assert log[0].at == NOW
        (proposal,) = library.proposals(workshop.id)
        assert (proposal.name, proposal.note, proposal.votes) == ("Proposal 1 — higher price", "note", {"plausibility": 7})
        library.remove_proposal(workshop.id, "p1")
        assert library.proposals(workshop.id) == []
