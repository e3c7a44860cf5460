"""The scenario brief a facilitator sends: title page, then per scenario its story, inputs, charts and table.

Written as HTML and printed to PDF through QTextDocument, which numbers the pages. Charts draw
the scenario as a solid line and the reference as a dashed grey one, so they read in black and white.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import os
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from models.comparison import horizon_table, input_differences
from models.domain import Study
from models.engine.compiled import Projection
from models.timeline import as_of, horizons
from ui.plots.timeline import format_value, format_year
from ui.plots.value_ticks import ValueTicks

CHART_SIZE = (460, 230)
REFERENCE_PEN = pg.mkPen("#555555", width=2, style=Qt.PenStyle.DashLine)


def chart_image(study: Study, projection: Projection, name: str, scenario_id: str, reference_id: str | None) -> QImage:
    """Return one indicator's chart: the scenario solid in its colour, the reference dashed grey."""
    variable = study.variable(name)
    plot = pg.PlotWidget(background="w", axisItems={"left": ValueTicks("left")})
    plot.resize(*CHART_SIZE)
    item = plot.getPlotItem()
    unit = f" ({variable.unit})" if variable.unit else ""
    item.setTitle(f"{html.escape(variable.title)}{html.escape(unit)}", color="#000000", size="10pt")
    item.showGrid(x=True, y=True, alpha=0.2)
    for side in ("left", "bottom"):
        item.getAxis(side).setPen(pg.mkPen("#333333"))
        item.getAxis(side).setTextPen(pg.mkPen("#000000"))
    item.getAxis("left").enableAutoSIPrefix(False)  # 40,000 reads better than 40 with a "x1e3" nobody sees
    item.getAxis("left").setWidth(54)  # room for five digits: a grab happens before the axis would widen
    if reference_id is not None and reference_id != scenario_id:
        item.plot(projection.times, _finite(projection.series(reference_id, name)), pen=REFERENCE_PEN)
    scenario = study.scenario(scenario_id)
    item.plot(projection.times, _finite(projection.series(scenario_id, name)), pen=pg.mkPen(scenario.color, width=2.5))
    image = plot.grab().toImage()
    plot.deleteLater()
    return image


def _finite(values: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(values), values, np.nan)


def _paragraphs(text: str) -> str:
    """Return markdown text (descriptions, narratives) as HTML body content."""
    if not text.strip():
        return ""
    document = QTextDocument()
    document.setMarkdown(text)
    rendered = document.toHtml()
    return rendered[rendered.index(">", rendered.index("<body")) + 1:rendered.rindex("</body>")]


def _month(year: float) -> str:
    """Return a decimal year as a month: 2026.91 is "Nov 2026"."""
    whole = int(year)
    return f"{dt.date(whole, min(12, int((year - whole) * 12) + 1), 1):%b %Y}"


def brief_html(study: Study, projection: Projection, scenario_ids: list[str], reference_id: str | None,
               indicators: list[str], years: list[float], extra: str = "") -> tuple[str, dict[str, QImage]]:
    """Return the brief as HTML (with `extra` HTML sections at the end) and the chart images it refers to by name."""
    images: dict[str, QImage] = {}
    reference = study.scenario(reference_id).name if reference_id else None
    as_month = _month if study.time.unit == "year" else (lambda t: f"{t:g}")
    listed = "".join(f"<li><b>{html.escape(h.name)}</b>: {as_month(h.start)} to {as_month(min(h.end, study.time.end))}</li>"
                     for h in horizons(study))
    parts = [f"<h1 style='font-size:22pt'>{html.escape(study.title)}</h1>",
             f"<p><i>Scenario brief as of {as_month(as_of(study))} (exported {dt.date.today():%d %B %Y}).</i></p>",
             _paragraphs(study.description),
             f"<h3>Horizons</h3><ul>{listed}</ul>",
             "<h3>Scenarios</h3><ul>" + "".join(
                 f"<li>{html.escape(study.scenario(s).name)}{' (reference)' if s == reference_id else ''}</li>"
                 for s in scenario_ids) + "</ul>",
             "<p>Charts show each scenario as a solid line and the reference as a dashed grey line.</p>"
             if reference else ""]
    table = horizon_table(study, projection.series, projection.times, indicators, years, scenario_ids, reference_id)
    for number, scenario_id in enumerate(scenario_ids, start=1):
        scenario = study.scenario(scenario_id)
        parts.append(f"<h2 style='page-break-before: always'>{number}. {html.escape(scenario.name)}</h2>")
        parts.append(_paragraphs(scenario.narrative) or "<p><i>No narrative written.</i></p>")
        if reference_id and scenario_id != reference_id:
            differences = input_differences(study, reference_id, scenario_id)
            parts.append(f"<h3>Inputs that differ from {html.escape(reference)}</h3>")
            if differences:
                rows = "".join(f"<tr><td>{html.escape(d.label)}</td><td>{html.escape(d.unit)}</td>"
                               f"<td>{html.escape(d.first)}</td><td><b>{html.escape(d.second)}</b></td></tr>"
                               for d in differences)
                parts.append(_table(["Input", "Unit", html.escape(reference), html.escape(scenario.name)], rows))
            else:
                parts.append("<p>None: it sets every input as the reference does.</p>")
        elif scenario_id == reference_id:
            parts.append("<p><i>This is the reference the other scenarios are compared with.</i></p>")
        cells = []
        for name in indicators:
            key = f"chart-{number}-{name}.png"
            images[key] = chart_image(study, projection, name, scenario_id, reference_id)
            cells.append(f"<td><img src='{key}' width='{CHART_SIZE[0] * 0.66:.0f}'></td>")
        grid = "".join("<tr>" + "".join(cells[k:k + 2]) + "</tr>" for k in range(0, len(cells), 2))
        key = (f"<span style='color:{scenario.color}'><b>━━</b></span> {html.escape(scenario.name)}"
               + (f" &nbsp; <span style='color:#555555'><b>- - -</b></span> {html.escape(reference)} (reference)"
                  if reference_id and scenario_id != reference_id else ""))
        parts.append(f"<h3>Indicators</h3><p>{key}</p><table cellspacing='2'>{grid}</table>")
        own = table[table.scenario == scenario.name]
        rows = ""
        for indicator, part in own.groupby("indicator", sort=False):
            values = "".join(f"<td align='right'>{format_value(v)}" + (
                f"<br><small>{_signed(d)}</small>" if reference_id and scenario_id != reference_id else "") + "</td>"
                for v, d in zip(part.value, part.difference))
            unit = part.unit.iloc[0]
            rows += f"<tr><td>{html.escape(indicator)}{' (' + html.escape(unit) + ')' if unit else ''}</td>{values}</tr>"
        parts.append("<h3>At the horizons</h3>" + (f"<p><small>Below each value: its difference from {html.escape(reference)}.</small></p>"
                     if reference_id and scenario_id != reference_id else ""))
        parts.append(_table(["Indicator", *(format_year(y) for y in years)], rows))
    parts.append(extra)
    body = "\n".join(parts)
    document = (f"<html><head><meta charset='utf-8'><title>{html.escape(study.title)}</title></head>"
                f"<body style='font-family: sans-serif; font-size: 10pt'>{body}</body></html>")
    return document, images


def _signed(value: float) -> str:
    if not np.isfinite(value):
        return "—"
    return "same" if value == 0 else ("+" if value > 0 else "−") + format_value(abs(value))


def _table(headers: list[str], rows: str) -> str:
    head = "".join(f"<th align='left' style='background:#e6e6e6'>{h}</th>" for h in headers)
    return f"<table border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'><tr>{head}</tr>{rows}</table>"


def write_pdf(document: str, images: dict[str, QImage], path: str | os.PathLike) -> None:
    """Print the brief to an A4 PDF with numbered pages."""
    text = QTextDocument()
    for key, image in images.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
    text.setHtml(document)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(144)
    writer.setTitle(text.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    # An unpaginated document is laid out on the writer's pages and gets page numbers at the foot.
    text.print_(writer)


def write_html(document: str, images: dict[str, QImage], path: str | os.PathLike) -> None:
    """Write the brief as one self-contained HTML file (charts inline)."""
    for key, image in images.items():
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        document = document.replace(f"src='{key}'", "src='data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii") + "'")
    Path(path).write_text(document, encoding="utf-8")


def export_brief(study: Study, projection: Projection, path: Path, scenario_ids: list[str], reference_id: str | None,
                 indicators: list[str], years: list[float], extra: str = "") -> None:
    """Write the brief as PDF or HTML, by the file's ending (`extra`: HTML sections for the end)."""
    document, images = brief_html(study, projection, scenario_ids, reference_id, indicators, years, extra)
    if path.suffix.lower() == ".pdf":
        write_pdf(document, images, path)
    else:
        write_html(document, images, path)


def export_study_brief(study: Study, path: Path, scenario_ids: list[str], reference_id: str | None) -> None:
    """Project a study and write its brief with the headline indicators at the default years (no window needed)."""
    from PySide6.QtWidgets import QApplication

    from models.engine.compiled import compile_study
    from ui.session.choices import default_years, headline_indicators

    _app = QApplication.instance() or QApplication([])  # charts are drawn by widgets, which need one
    run_ids = list(dict.fromkeys([*([reference_id] if reference_id else []), *scenario_ids]))
    projection = compile_study(study).run(study, run_ids)
    from ui.foresight.report_section import foresight_section
    from ui.tracking.report_section import tracking_section

    export_brief(study, projection, path, scenario_ids, reference_id, headline_indicators(study), default_years(study),
                 foresight_section(study) + tracking_section(study, projection))
