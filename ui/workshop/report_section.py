"""The workshop's part of the scenario brief: proposals with the room's votes and notes, the spread, the log."""

from __future__ import annotations

import html

from models.domain import Study
from models.workshop import CRITERIA, LeverSpread, LogEntry, Proposal
from ui.plots.timeline import format_value
from ui.workshop.presentation_view import clock_time


def workshop_section(study: Study, proposals: list[Proposal], log: list[LogEntry], spread: list[LeverSpread]) -> str:
    """Return the session's outcome as HTML for the end of the brief."""
    header = "".join(f"<th align='left' style='background:#e6e6e6'>{h}</th>" for h in ("#", "Proposal", "Note", *(c.capitalize() for c in CRITERIA)))
    rows = "".join(
        f"<tr><td>{html.escape(str(p.number))}</td><td>{html.escape(p.name)}</td><td>{html.escape(p.note)}</td>"
        + "".join(f"<td align='right'>{html.escape(str(p.votes.get(c, '')))}</td>" for c in CRITERIA) + "</tr>"
        for p in proposals
    )
    spread_rows = "".join(
        f"<tr><td>{html.escape(study.variable(s.name).title)}</td><td>{html.escape(study.variable(s.name).unit)}</td>"
        f"<td align='right'>{s.count}</td>"
        + "".join(f"<td align='right'>{format_value(x, trim=True) if s.count else '–'}</td>" for x in (s.low, s.high, s.mean))
        + "</tr>"
        for s in spread
    )
    steps = "".join(f"<li>{clock_time(e.at)} — {html.escape(e.text)}</li>" for e in log)
    table = "<table border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>"
    spread_header = "".join(f"<th align='left' style='background:#e6e6e6'>{h}</th>" for h in ("Lever", "Unit", "Proposals", "Min", "Max", "Mean"))
    return (
        "<h2 style='page-break-before: always'>Workshop</h2>"
        f"<h3>Proposals and the room's votes</h3>{table}<tr>{header}</tr>{rows}</table>"
        if proposals else "<h2 style='page-break-before: always'>Workshop</h2><p>No proposal was captured.</p>"
    ) + (
        f"<h3>How the proposals set each lever</h3>{table}<tr>{spread_header}</tr>{spread_rows}</table>"
        f"<h3>Session log</h3><ul>{steps or '<li>Nothing was logged.</li>'}</ul>"
    )
