"""The brief's "How these scenarios were built": the drivers, the 2x2 matrix and the actors behind the scenarios."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import html

from models.domain import Study
from models.foresight.actors import relations
from models.foresight.box import enumerate_consistent
from models.foresight.categories import category_text
from ui.i18n.text import fill, people_number

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
    parts = ["<h2 style='page-break-before: always'>" + QCoreApplication.translate("ForesightReport", "How these scenarios were built") + "</h2>"]
    if layer.drivers:
        critical = [d for d in layer.drivers if d.critical]
        parts.append("<h3>" + QCoreApplication.translate("ForesightReport", "Driving forces") + "</h3><p>"
                     + fill(QCoreApplication.translate("ForesightReport", "Rated by the team for impact and uncertainty (1–5). "
                               "%1 of %2 are critical uncertainties (both 4 or more)."), len(critical), len(layer.drivers)) + "</p>")
        rows = "".join(
            f"<tr><td>{'<b>' if d.critical else ''}{e(d.name)}{'</b>' if d.critical else ''}</td><td>{e(category_text(d.category))}</td>"
            f"<td align='right'>{d.impact}</td><td align='right'>{d.uncertainty}</td>"
            f"<td>{e(', '.join(d.assumptions))}</td><td>{e(d.source)}</td></tr>"
            for d in sorted(layer.drivers, key=lambda d: (-d.impact * d.uncertainty, d.name)))
        parts.append(_TABLE + _header(QCoreApplication.translate("ForesightReport", "Driver"), QCoreApplication.translate("ForesightReport", "Category"), QCoreApplication.translate("ForesightReport", "Impact"), QCoreApplication.translate("ForesightReport", "Uncertainty"), QCoreApplication.translate("ForesightReport", "Moves"), QCoreApplication.translate("ForesightReport", "Source"))
                     + rows + "</table>")
    matrix = layer.matrix
    if matrix is not None:
        names = {s.id: s.name for s in study.scenarios}
        drivers = {d.id: d.name for d in layer.drivers}
        axes = " × ".join(e(drivers.get(a.driver, a.driver)) for a in matrix.axes)
        parts.append("<h3>" + fill(QCoreApplication.translate("ForesightReport", "The 2×2 matrix: %1"), axes) + "</h3>")
        poles = "".join(
            f"<tr><td>{e(drivers.get(a.driver, a.driver))}</td><td>{e(p.label)}</td>"
            f"<td>{e(', '.join(f'{k} = {v:g}' for k, v in p.assumptions.items()))}</td></tr>"
            for a in matrix.axes for p in a.poles)
        parts.append(_TABLE + _header(QCoreApplication.translate("ForesightReport", "Axis"), QCoreApplication.translate("ForesightReport", "Pole"), QCoreApplication.translate("ForesightReport", "Assumption values")) + poles + "</table>")
        not_made = QCoreApplication.translate("ForesightReport", "not made yet")
        cell = {key: e(names.get(matrix.quadrants.get(key, ""), not_made)) for key in ("00", "01", "10", "11")}
        a0, a1 = matrix.axes
        parts.append(
            "<p>" + (fill(QCoreApplication.translate("ForesightReport", "Quadrant scenarios (children of %1):"), e(names[matrix.reference])) if matrix.reference in names
                     else QCoreApplication.translate("ForesightReport", "Quadrant scenarios:")) + "</p>"
            f"{_TABLE}<tr><th></th><th>{e(a0.poles[0].label)}</th><th>{e(a0.poles[1].label)}</th></tr>"
            f"<tr><th align='left'>{e(a1.poles[1].label)}</th><td>{cell['01']}</td><td>{cell['11']}</td></tr>"
            f"<tr><th align='left'>{e(a1.poles[0].label)}</th><td>{cell['00']}</td><td>{cell['10']}</td></tr></table>")
    box = layer.morphology
    if box.descriptors:
        result = enumerate_consistent(box, keep=5)
        consistent = (QCoreApplication.translate("ForesightReport", "%1 descriptors; %2 of %3 combinations are consistent (among those sampled) (no pair judged below 0). "
                         "The most consistent:") if result.sampled else
                      QCoreApplication.translate("ForesightReport", "%1 descriptors; %2 of %3 combinations are consistent (no pair judged below 0). The most consistent:"))
        parts.append("<h3>" + QCoreApplication.translate("ForesightReport", "Morphological box") + "</h3><p>"
                     + fill(consistent, len(box.descriptors), people_number(result.consistent, ","), people_number(result.total, ","))
                     + "</p>")
        variant_names = {v.id: v.name for d in box.descriptors for v in d.variants}
        rows = "".join(f"<tr><td align='right'>{_signed(c.score)}</td>"
                       + "".join(f"<td>{e(variant_names[v])}</td>" for v in c.variants) + "</tr>"
                       for c in result.combinations)
        parts.append(_TABLE + _header(QCoreApplication.translate("ForesightReport", "Score"), *(e(d.name) for d in box.descriptors)) + rows + "</table>")
    if layer.actors:
        objectives = {o.id: o.name for o in layer.objectives}
        parts.append("<h3>" + QCoreApplication.translate("ForesightReport", "Actors") + "</h3>")
        rows = "".join(
            f"<tr><td>{e(a.name)}</td><td align='right'>{a.influence}</td><td>{e(a.motivation)}</td>"
            f"<td>{e('; '.join(f'{objectives[o]} {_signed(p)}' for o, p in a.positions.items() if o in objectives))}</td>"
            f"<td>{e(a.source)}</td></tr>" for a in layer.actors)
        parts.append(_TABLE + _header(QCoreApplication.translate("ForesightReport", "Actor"), QCoreApplication.translate("ForesightReport", "Influence"), QCoreApplication.translate("ForesightReport", "Motivation"), QCoreApplication.translate("ForesightReport", "Positions (−2…+2)"), QCoreApplication.translate("ForesightReport", "Source"))
                     + rows + "</table>")
        names = {a.id: a.name for a in layer.actors}
        pairs = sorted(relations(layer.actors, layer.objectives), key=lambda r: r.balance)
        if pairs:
            allies = [r for r in reversed(pairs) if r.balance > 0][:3]
            rivals = [r for r in pairs if r.balance < 0][:3]

            def line(r) -> str:
                return fill(QCoreApplication.translate("ForesightReport", "%1 and %2 (%3)"), e(names[r.first]), e(names[r.second]), _signed(r.balance))

            none = QCoreApplication.translate("ForesightReport", "none")
            parts.append("<p>" + fill(QCoreApplication.translate("ForesightReport", "Most convergent: %1. Most divergent: %2."), ", ".join(line(r) for r in allies) or none,
                                      ", ".join(line(r) for r in rivals) or none) + "</p>")
    return "\n".join(parts)
