"""The brief's "Where we are" section: the scenarios ranked against the actuals, and the signposts' states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import html
import math

from models.domain import Study
from models.engine.compiled import Projection, compile_study
from models.tracking.band_runs import signpost_bands
from models.tracking.report import state_text, tracking_of
from ui.plots.timeline import format_value, format_year
from ui.i18n.text import fill

BRIEF_SAMPLES = 1000  # enough for the 5th and 95th percentiles to settle to a few per cent of the band
_TABLE = "<table border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>"


def _header(*titles: str) -> str:
    return "<tr>" + "".join(f"<th align='left' style='background:#e6e6e6'>{t}</th>" for t in titles) + "</tr>"


def tracking_section(study: Study, projection: Projection) -> str:
    """Return "Where we are" as HTML for the end of the brief ('' when the study has no actuals or signposts)."""
    if not study.actuals and not study.signposts:
        return ""
    bands = None
    if any(s.condition.kind == "outside_band" for s in study.signposts):
        # No fans on a page: band signposts get their scenario's band from a run of their own.
        bands = signpost_bands(compile_study(study), study, BRIEF_SAMPLES, seed=1)
    result, states = tracking_of(study, projection.times, projection.series, list(projection.values), bands)
    names = {s.id: s.name for s in study.scenarios}
    observed = QCoreApplication.translate(
        "TrackingReport", "Actual observations compared with each scenario's projection: %1. Error: each difference divided by how "
        "far apart the scenarios are for that variable, as a root mean square; 0 is a perfect match.")
    parts = ["<h2 style='page-break-before: always'>" + QCoreApplication.translate("TrackingReport", "Where we are") + "</h2>",
             "<p>" + fill(observed, len(study.actuals)) + "</p>"]
    undefined = QCoreApplication.translate("TrackingReport", "undefined")
    if result.ranking:
        rows = "".join(
            f"<tr><td align='right'>{rank}</td><td>{html.escape(names[s.scenario_id])}</td>"
            f"<td align='right'>{format_value(s.error) if math.isfinite(s.error) else undefined}</td>"
            f"<td align='right'>{s.count}</td></tr>"
            for rank, s in enumerate(result.ranking, start=1))
        parts.append("<h3>" + QCoreApplication.translate("TrackingReport", "Scenarios, closest first") + "</h3>" + _TABLE
                     + _header("#", QCoreApplication.translate("TrackingReport", "Scenario"), QCoreApplication.translate("TrackingReport", "Error"), QCoreApplication.translate("TrackingReport", "Actuals")) + rows + "</table>")
    if study.actuals:
        rows = "".join(
            f"<tr><td>{html.escape(study.variable(a.variable).title if a.variable in {v.name for v in study.variables} else a.variable)}</td>"
            f"<td align='right'>{format_year(a.time)}</td><td align='right'>{format_value(a.value)}</td>"
            f"<td>{html.escape(a.source)}</td></tr>"
            for a in sorted(study.actuals, key=lambda a: (a.variable, a.time)))
        parts.append("<h3>" + QCoreApplication.translate("TrackingReport", "Actuals") + "</h3>" + _TABLE + _header(QCoreApplication.translate("TrackingReport", "Variable"), QCoreApplication.translate("TrackingReport", "Time"), QCoreApplication.translate("TrackingReport", "Value"), QCoreApplication.translate("TrackingReport", "Source")) + rows + "</table>")
    if states:
        rows = "".join(
            f"<tr><td>{html.escape(s.signpost.name)}</td>"
            f"<td>{html.escape(s.signpost.variable)} {html.escape(s.signpost.condition.describe(names))}</td>"
            f"<td>{html.escape(', '.join(names[p] for p in s.signpost.points_to if p in names) or '—')}</td>"
            f"<td>{html.escape(state_text(s))}</td><td>{html.escape(s.signpost.owner)}</td></tr>"
            for s in states)
        parts.append("<h3>" + QCoreApplication.translate("TrackingReport", "Signposts") + "</h3>" + _TABLE
                     + _header(QCoreApplication.translate("TrackingReport", "Signpost"), QCoreApplication.translate("TrackingReport", "Watches"), QCoreApplication.translate("TrackingReport", "Points to"), QCoreApplication.translate("TrackingReport", "State"), QCoreApplication.translate("TrackingReport", "Owner")) + rows + "</table>")
        if bands is not None:
            parts.append("<p>" + fill(QCoreApplication.translate(
                "TrackingReport", "Bands: 5th to 95th percentile of %1 Monte Carlo samples (seed 1)."), BRIEF_SAMPLES) + "</p>")
    anchored = [s for s in study.scenarios if s.anchors and s.id in projection.values]
    if anchored:
        starts_at = QCoreApplication.translate("TrackingReport", "%1 at %2 in %3")
        parts.append("<p>" + " ".join(
            fill(QCoreApplication.translate("TrackingReport", "%1 starts again from the actuals: %2."), html.escape(s.name),
                 ", ".join(fill(starts_at, html.escape(_title(study, name)), format_value(v), format_year(t))
                           for name, (t, v) in s.anchors.items()))
            for s in anchored) + "</p>")
    return "".join(parts)


def _title(study: Study, name: str) -> str:
    """Return a variable's title for people (its name when the model no longer has it)."""
    return next((v.title for v in study.variables if v.name == name), name)
