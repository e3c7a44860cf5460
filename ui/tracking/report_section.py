"""The brief's "Where we are" section: the scenarios ranked against the actuals, and the signposts' states."""

from __future__ import annotations

import html
import math

from models.domain import Study
from models.engine.compiled import Projection, compile_study
from models.tracking.band_runs import signpost_bands
from models.tracking.report import state_text, tracking_of
from ui.plots.timeline import format_value, format_year

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
    parts = ["<h2 style='page-break-before: always'>Where we are</h2>",
             f"<p>{len(study.actuals)} actual observation{'' if len(study.actuals) == 1 else 's'} compared with "
             "each scenario's projection. Error: each difference divided by how far apart the scenarios are for "
             "that variable, as a root mean square; 0 is a perfect match.</p>"]
    if result.ranking:
        rows = "".join(
            f"<tr><td align='right'>{rank}</td><td>{html.escape(names[s.scenario_id])}</td>"
            f"<td align='right'>{format_value(s.error) if math.isfinite(s.error) else 'undefined'}</td>"
            f"<td align='right'>{s.count}</td></tr>"
            for rank, s in enumerate(result.ranking, start=1))
        parts.append(f"<h3>Scenarios, closest first</h3>{_TABLE}{_header('#', 'Scenario', 'Error', 'Actuals')}{rows}</table>")
    if study.actuals:
        rows = "".join(
            f"<tr><td>{html.escape(study.variable(a.variable).title if a.variable in {v.name for v in study.variables} else a.variable)}</td>"
            f"<td align='right'>{format_year(a.time)}</td><td align='right'>{format_value(a.value)}</td>"
            f"<td>{html.escape(a.source)}</td></tr>"
            for a in sorted(study.actuals, key=lambda a: (a.variable, a.time)))
        parts.append(f"<h3>Actuals</h3>{_TABLE}{_header('Variable', 'Time', 'Value', 'Source')}{rows}</table>")
    if states:
        rows = "".join(
            f"<tr><td>{html.escape(s.signpost.name)}</td>"
            f"<td>{html.escape(s.signpost.variable)} {html.escape(s.signpost.condition.describe(names))}</td>"
            f"<td>{html.escape(', '.join(names[p] for p in s.signpost.points_to if p in names) or '—')}</td>"
            f"<td>{html.escape(state_text(s))}</td><td>{html.escape(s.signpost.owner)}</td></tr>"
            for s in states)
        parts.append(f"<h3>Signposts</h3>{_TABLE}{_header('Signpost', 'Watches', 'Points to', 'State', 'Owner')}{rows}</table>")
        if bands is not None:
            parts.append(f"<p>Bands: 5th to 95th percentile of {BRIEF_SAMPLES} Monte Carlo samples (seed 1).</p>")
    anchored = [s for s in study.scenarios if s.anchors and s.id in projection.values]
    if anchored:
        parts.append("<p>" + " ".join(
            f"{html.escape(s.name)} starts again from the actuals: "
            + ", ".join(f"{html.escape(_title(study, name))} at {format_value(v)} in {format_year(t)}"
                        for name, (t, v) in s.anchors.items()) + "."
            for s in anchored) + "</p>")
    return "".join(parts)


def _title(study: Study, name: str) -> str:
    """Return a variable's title for people (its name when the model no longer has it)."""
    return next((v.title for v in study.variables if v.name == name), name)
