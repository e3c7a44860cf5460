"""A workshop's outcome as CSV files people can open safely: proposals with votes, the log, the spread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from models.domain import Study
from models.workshop import (
    CRITERIA,
    LeverSpread,
    LogEntry,
    Proposal,
    as_number,
    encode_overrides,
)
from storage.atomic import write_text
from storage.tables import csv_text


def write_workshop_csvs(folder: Path, study: Study, proposals: list[Proposal], log: list[LogEntry],
                        spread: list[LeverSpread], at: float) -> list[Path]:
    """Write proposals.csv, log.csv and spread.csv into a folder; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    existing = {s.id for s in study.scenarios}
    proposal_rows = []
    for p in proposals:
        overrides = study.scenario(p.scenario_id).overrides if p.scenario_id in existing else {}
        changes = "; ".join(f"{study.variable(n).title} = {as_number(v, at):g}" for n, v in overrides.items())
        proposal_rows.append([p.number, p.name, p.note, *(p.votes.get(c, "") for c in CRITERIA), changes, p.captured_at.isoformat()])
    log_rows = [[e.at.isoformat(), e.kind, e.text, str(encode_overrides(e.state))] for e in log]
    spread_rows = [[study.variable(s.name).title, study.variable(s.name).unit, s.count, *((f"{x:g}" if s.count else "") for x in (s.low, s.high, s.mean))] for s in spread]
    tables: dict[str, tuple[list[str], list[list[Any]]]] = {
        "proposals.csv": (["number", "name", "note", *CRITERIA, "changes", "captured_at"], proposal_rows),
        "log.csv": (["time", "kind", "what", "explored_overrides"], log_rows),
        "spread.csv": (["lever", "unit", "proposals_touching", "min", "max", "mean"], spread_rows),
    }
    paths = []
    for name, (header, rows) in tables.items():
        path = folder / name
        write_text(path, csv_text(header, rows))
        paths.append(path)
    return paths
