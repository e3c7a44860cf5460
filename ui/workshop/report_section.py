"""The workshop's part of the scenario brief: proposals with the room's votes and notes, the spread, the log."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import html

from models.domain import Study
from models.workshop import CRITERIA, LeverSpread, LogEntry, Proposal
from ui.plots.timeline import format_value
from ui.workshop.presentation_view import clock_time
from ui.workshop.proposal_model import CRITERION_HEADERS


def workshop_section(study: Study, proposals: list[Proposal], log: list[LogEntry], spread: list[LeverSpread]) -> str:
    """Return the session's outcome as HTML for the end of the brief."""
    titles = ("#", QCoreApplication.translate("WorkshopReport", "Proposal"), QCoreApplication.translate("WorkshopReport", "Note"),
              *(QCoreApplication.translate("ProposalTableModel", CRITERION_HEADERS.get(c, c)) for c in CRITERIA))
    header = "".join(f"<th align='left' style='background:#e6e6e6'>{h}</th>" for h in titles)
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
    spread_titles = (QCoreApplication.translate("WorkshopReport", "Lever"), QCoreApplication.translate("WorkshopReport", "Unit"),
                     QCoreApplication.translate("WorkshopReport", "Proposals"), QCoreApplication.translate("WorkshopReport", "Min"),
                     QCoreApplication.translate("WorkshopReport", "Max"), QCoreApplication.translate("WorkshopReport", "Mean"))
    spread_header = "".join(f"<th align='left' style='background:#e6e6e6'>{h}</th>" for h in spread_titles)
    heading = "<h2 style='page-break-before: always'>" + QCoreApplication.translate("WorkshopReport", "Workshop") + "</h2>"
    votes = "<h3>" + QCoreApplication.translate("WorkshopReport", "Proposals and the room's votes") + "</h3>"
    nothing = "<p>" + QCoreApplication.translate("WorkshopReport", "No proposal was captured.") + "</p>"
    levers = "<h3>" + QCoreApplication.translate("WorkshopReport", "How the proposals set each lever") + "</h3>"
    logged = "<h3>" + QCoreApplication.translate("WorkshopReport", "Session log") + "</h3>"
    empty_log = "<li>" + QCoreApplication.translate("WorkshopReport", "Nothing was logged.") + "</li>"
    return (
        f"{heading}{votes}{table}<tr>{header}</tr>{rows}</table>" if proposals else heading + nothing
    ) + f"{levers}{table}<tr>{spread_header}</tr>{spread_rows}</table>{logged}<ul>{steps or empty_log}</ul>"
