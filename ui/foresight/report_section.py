"""The brief's "How these scenarios were built": the drivers, the 2x2 matrix and the actors behind the scenarios."""

from __future__ import annotations

import html

from models.domain import Study
from models.foresight.actors import relations
from models.foresight.box import enumerate_consistent

_TABLE = "<table border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'>"


def _header(*titles: str) -> str:
    return "<tr>" + "".join(f"<th align='left' style='background:#e6e6e6'>{t}</th>" for t in titles) + "</tr>"


def _signed(value: float) -> str:
    return "0" if value == 0 else ("+" if value > 0 else "−") + f"{abs(value):g}"


def foresight_section(study: Study) -> str:
    """Return "How these scenarios were built" as HTML for the brief ('' when the study has no foresight layer)."""
    layer = study.foresight
    if layer.is_empty:
        return ""
    e = html.escape
    parts = ["<h2 style='page-break-before: always'>How these scenarios were built</h2>"]
    if layer.drivers:
        critical = [d for d in layer.drivers if d.critical]
        parts.append("<h3>Driving forces</h3><p>Rated by the team for impact and uncertainty (1–5). "
                     f"{len(critical)} of {len(layer.drivers)} are critical uncertainties (both 4 or more).</p>")
        rows = "".join(
            f"<tr><td>{'<b>' if d.critical else ''}{e(d.name)}{'</b>' if d.critical else ''}</td><td>{e(d.category)}</td>"
            f"<td align='right'>{d.impact}</td><td align='right'>{d.uncertainty}</td>"
            f"<td>{e(', '.join(d.assumptions))}</td><td>{e(d.source)}</td></tr>"
            for d in sorted(layer.drivers, key=lambda d: (-d.impact * d.uncertainty, d.name)))
        parts.append(f"{_TABLE}{_header('Driver', 'Category', 'Impact', 'Uncertainty', 'Moves', 'Source')}{rows}</table>")
    matrix = layer.matrix
    if matrix is not None:
        names = {s.id: s.name for s in study.scenarios}
        drivers = {d.id: d.name for d in layer.drivers}
        axes = " × ".join(e(drivers.get(a.driver, a.driver)) for a in matrix.axes)
        parts.append(f"<h3>The 2×2 matrix: {axes}</h3>")
        poles = "".join(
            f"<tr><td>{e(drivers.get(a.driver, a.driver))}</td><td>{e(p.label)}</td>"
            f"<td>{e(', '.join(f'{k} = {v:g}' for k, v in p.assumptions.items()))}</td></tr>"
            for a in matrix.axes for p in a.poles)
        parts.append(f"{_TABLE}{_header('Axis', 'Pole', 'Assumption values')}{poles}</table>")
        cell = {key: e(names.get(matrix.quadrants.get(key, ""), "not made yet")) for key in ("00", "01", "10", "11")}
        a0, a1 = matrix.axes
        parts.append(
            f"<p>Quadrant scenarios{(' (children of ' + e(names[matrix.reference]) + ')') if matrix.reference in names else ''}:</p>"
            f"{_TABLE}<tr><th></th><th>{e(a0.poles[0].label)}</th><th>{e(a0.poles[1].label)}</th></tr>"
            f"<tr><th align='left'>{e(a1.poles[1].label)}</th><td>{cell['01']}</td><td>{cell['11']}</td></tr>"
            f"<tr><th align='left'>{e(a1.poles[0].label)}</th><td>{cell['00']}</td><td>{cell['10']}</td></tr></table>")
    box = layer.morphology
    if box.descriptors:
        result = enumerate_consistent(box, keep=5)
        parts.append("<h3>Morphological box</h3>"
                     f"<p>{len(box.descriptors)} descriptors; {result.consistent:,} of {result.total:,} combinations "
                     f"are consistent{' (among those sampled)' if result.sampled else ''} (no pair judged below 0). "
                     "The most consistent:</p>")
        variant_names = {v.id: v.name for d in box.descriptors for v in d.variants}
        rows = "".join(f"<tr><td align='right'>{_signed(c.score)}</td>"
                       + "".join(f"<td>{e(variant_names[v])}</td>" for v in c.variants) + "</tr>"
                       for c in result.combinations)
        parts.append(f"{_TABLE}{_header('Score', *(e(d.name) for d in box.descriptors))}{rows}</table>")
    if layer.actors:
        objectives = {o.id: o.name for o in layer.objectives}
        parts.append("<h3>Actors</h3>")
        rows = "".join(
            f"<tr><td>{e(a.name)}</td><td align='right'>{a.influence}</td><td>{e(a.motivation)}</td>"
            f"<td>{e('; '.join(f'{objectives[o]} {_signed(p)}' for o, p in a.positions.items() if o in objectives))}</td>"
            f"<td>{e(a.source)}</td></tr>" for a in layer.actors)
        parts.append(f"{_TABLE}{_header('Actor', 'Influence', 'Motivation', 'Positions (−2…+2)', 'Source')}{rows}</table>")
        names = {a.id: a.name for a in layer.actors}
        pairs = sorted(relations(layer.actors, layer.objectives), key=lambda r: r.balance)
        if pairs:
            allies = [r for r in reversed(pairs) if r.balance > 0][:3]
            rivals = [r for r in pairs if r.balance < 0][:3]

            def line(r) -> str:
                return f"{e(names[r.first])} and {e(names[r.second])} ({_signed(r.balance)})"

            parts.append(f"<p>Most convergent: {', '.join(line(r) for r in allies) or 'none'}. "
                         f"Most divergent: {', '.join(line(r) for r in rivals) or 'none'}.</p>")
    return "\n".join(parts)
