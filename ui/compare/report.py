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
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QLocale, QMarginsF, QUrl, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from models.comparison import horizon_table, input_differences
from models.domain import Study
from models.engine.compiled import Projection
from models.formatting import MONTHS_BY_LOCALE, format_column, format_time, people_locale
from models.timeline import as_of, horizons
from storage.atomic import write_bytes, write_text
from ui.compare.pagination import keep_tables_whole
from ui.compare.safe_markdown import markdown_html
from ui.plots.colours import scenario_hex, scenario_pen
from ui.plots.time_marks import horizon_label
from ui.plots.value_ticks import ValueTicks
from ui.tracking.markers import add_actual_markers
from ui.i18n.text import fill

CHART_SIZE = (460, 230)
# Two charts side by side inside the A4 text column (at 0.66 the right one ran past the margin).
CHART_WIDTH_IN_PAGE = round(CHART_SIZE[0] * 0.58)
# On the page a chart is shrunk to 0.58: 18-pixel ticks print at about 7.5 pt (12 pixels were 6 pt at 0.66).
TICK_PX = 18
TITLE_PX = 19
ONE_LINE_TITLE_PX = 16  # a title set smaller than this to fit on one line puts its unit on a second line
SMALLEST_TITLE_PX = 13  # a long title is set smaller to fit the chart's width, never below this
RIGHT_ROOM_PX = 22  # the last year label is centred on the axis end: half of it lies beyond
REFERENCE_PEN = pg.mkPen("#555555", width=2, style=Qt.PenStyle.DashLine)
# A browser opening the brief runs no script and fetches nothing: charts are inline images, styles inline.
CONTENT_POLICY = ('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; '
                  'style-src \'unsafe-inline\'; base-uri \'none\'; form-action \'none\'">')


def chart_image(study: Study, projection: Projection, name: str, scenario_id: str, reference_id: str | None) -> QImage:
    """Return one indicator's chart: the scenario solid in its colour, the reference dashed grey."""
    variable = study.variable(name)
    plot = pg.PlotWidget(background="w", axisItems={"left": ValueTicks("left")})
    plot.resize(*CHART_SIZE)
    item = plot.getPlotItem()
    unit = f" ({variable.unit})" if variable.unit else ""
    item.showGrid(x=True, y=True, alpha=0.2)
    tick_font = QFont()
    tick_font.setPixelSize(TICK_PX)
    for side in ("left", "bottom"):
        item.getAxis(side).setPen(pg.mkPen("#333333"))
        item.getAxis(side).setTextPen(pg.mkPen("#000000"))
        item.getAxis(side).setStyle(tickFont=tick_font)
    item.layout.setContentsMargins(0, 0, RIGHT_ROOM_PX, 0)
    item.getAxis("left").enableAutoSIPrefix(False)  # 40,000 reads better than 40 with a "x1e3" nobody sees
    axis_width = QFontMetrics(tick_font).horizontalAdvance("−00,000") + 10
    item.getAxis("left").setWidth(axis_width)  # set: a grab happens before the axis would widen
    # The title sits above the plotting area: wider than it, it widens the whole chart past the image.
    _fit_title(item, variable.title, unit.strip(), CHART_SIZE[0] - axis_width - RIGHT_ROOM_PX - 8)
    if reference_id is not None and reference_id != scenario_id:
        item.plot(projection.times, _finite(projection.series(reference_id, name)), pen=REFERENCE_PEN)
    scenario = study.scenario(scenario_id)
    item.plot(projection.times, _finite(projection.series(scenario_id, name)), pen=scenario_pen(scenario, width=2.5))
    add_actual_markers(item, study, name)  # what was observed, as on screen: neutral diamonds
    image = plot.grab().toImage()
    plot.deleteLater()
    return image


def _fit_title(item: pg.PlotItem, title: str, unit: str, width: float) -> None:
    """Set the chart's title on one line if it fits `width` at a readable size, else the unit on a line of its own.

    Wider than the plotting area, a title would widen the whole chart past its image and be cut.
    """
    lines = [(f"{title} {unit}".strip(),), (title, unit)] if unit else [(title,)]
    for shown in lines:
        smallest = SMALLEST_TITLE_PX if shown is lines[-1] else ONE_LINE_TITLE_PX
        for size in range(TITLE_PX, smallest - 1, -1):
            item.setTitle("<br>".join(html.escape(part) for part in shown), color="#000000",
                          size=fill(QCoreApplication.translate("Report", "%1px"), size))
            if item.titleLabel.item.boundingRect().width() <= width:
                break
        if item.titleLabel.item.boundingRect().width() <= width:
            break
    height = len(shown) * (size + 6) + 6
    item.titleLabel.setMaximumHeight(height)
    item.layout.setRowFixedHeight(0, height)


def _finite(values: np.ndarray) -> np.ndarray:
    return np.where(np.isfinite(values), values, np.nan)


def _month(year: float) -> str:
    """Return a decimal year as a month: 2026.91 is "Nov 2026"."""
    whole = int(year)
    # The language's own month names ("Nov 2026", "nov 2026"): strftime's follow the C locale, not the interface.
    return f"{MONTHS_BY_LOCALE[people_locale()][min(12, int((year - whole) * 12) + 1) - 1]} {whole}"


def brief_html(study: Study, projection: Projection, scenario_ids: list[str], reference_id: str | None,
               indicators: list[str], years: list[float], extra: str = "") -> tuple[str, dict[str, QImage]]:
    """Return the brief as HTML (with `extra` HTML sections at the end) and the chart images it refers to by name."""
    images: dict[str, QImage] = {}
    reference = study.scenario(reference_id).name if reference_id else ""
    as_month = _month if study.time.unit == "year" else (lambda t: f"{t:g}")
    span = QCoreApplication.translate("Report", "%1 to %2")
    listed = "".join(f"<li><b>{html.escape(horizon_label(h.name))}</b>: {fill(span, as_month(h.start), as_month(min(h.end, study.time.end)))}</li>"
                     for h in horizons(study))
    exported = dt.date.today()  # clock: when the brief was written, beside the study's own date
    # The day written as the brief's language writes it ("5 December 2026", "5 de diciembre de 2026").
    day = QLocale().toString(QDate(exported.year, exported.month, exported.day), QCoreApplication.translate("Report", "d MMMM yyyy"))
    marked = QCoreApplication.translate("Report", "%1 (reference)")
    parts = [f"<h1 style='font-size:22pt'>{html.escape(study.title)}</h1>",
             "<p><i>" + fill(QCoreApplication.translate("Report", "Scenario brief as of %1 (exported %2)."), as_month(as_of(study)), day) + "</i></p>",
             markdown_html(study.description),
             "<h3>" + QCoreApplication.translate("Report", "Horizons") + f"</h3><ul>{listed}</ul>",
             "<h3>" + QCoreApplication.translate("Report", "Scenarios") + "</h3><ul>" + "".join(
                 f"<li>{fill(marked, html.escape(study.scenario(s).name)) if s == reference_id else html.escape(study.scenario(s).name)}</li>"
                 for s in scenario_ids) + "</ul>",
             "<p>" + QCoreApplication.translate("Report", "Charts show each scenario as a solid line and the reference as a dashed grey line.") + "</p>"
             if reference else ""]
    table = horizon_table(study, projection.series, projection.times, indicators, years, scenario_ids, reference_id)
    for number, scenario_id in enumerate(scenario_ids, start=1):
        scenario = study.scenario(scenario_id)
        parts.append(f"<h2 style='page-break-before: always'>{number}. {html.escape(scenario.name)}</h2>")
        parts.append(markdown_html(scenario.narrative) or "<p><i>" + QCoreApplication.translate("Report", "No narrative written.") + "</i></p>")
        if reference_id and scenario_id != reference_id:
            differences = input_differences(study, reference_id, scenario_id)
            parts.append("<h3>" + fill(QCoreApplication.translate("Report", "Inputs that differ from %1"), html.escape(reference)) + "</h3>")
            if differences:
                rows = "".join(f"<tr><td>{html.escape(d.label)}</td><td>{html.escape(d.unit)}</td>"
                               f"<td>{html.escape(d.first)}</td><td><b>{html.escape(d.second)}</b></td></tr>"
                               for d in differences)
                parts.append(_table([QCoreApplication.translate("Report", "Input"), QCoreApplication.translate("Report", "Unit"), html.escape(reference), html.escape(scenario.name)], rows))
            else:
                parts.append("<p>" + QCoreApplication.translate("Report", "None: it sets every input as the reference does.") + "</p>")
        elif scenario_id == reference_id:
            parts.append("<p><i>" + QCoreApplication.translate("Report", "This is the reference the other scenarios are compared with.") + "</i></p>")
        cells = []
        for k, name in enumerate(indicators):
            key = f"chart-{number}-{k}.png"
            images[key] = chart_image(study, projection, name, scenario_id, reference_id)
            cells.append(f"<td><img src='{key}' width='{CHART_WIDTH_IN_PAGE}'></td>")
        grid = "".join("<tr>" + "".join(cells[k:k + 2]) + "</tr>" for k in range(0, len(cells), 2))
        key = (f"<span style='color:{scenario_hex(scenario)}'><b>━━</b></span> {html.escape(scenario.name)}"
               + (" &nbsp; <span style='color:#555555'><b>- - -</b></span> " + fill(marked, html.escape(reference))
                  if reference_id and scenario_id != reference_id else ""))
        parts.append("<h3>" + QCoreApplication.translate("Report", "Indicators") + f"</h3><p>{key}</p><table cellspacing='2'>{grid}</table>")
        own = table[table.scenario == scenario.name]
        rows = ""
        for indicator, part in own.groupby("indicator", sort=False):
            shown, changes = format_column(part.value), format_column(part.difference, signed=True)
            values = "".join(f"<td align='right'>{v}" + (
                f"<br><small>{_signed(d, text)}</small>" if reference_id and scenario_id != reference_id else "") + "</td>"
                for v, d, text in zip(shown, part.difference, changes))
            unit = part.unit.iloc[0]
            rows += f"<tr><td>{html.escape(indicator)}{' (' + html.escape(unit) + ')' if unit else ''}</td>{values}</tr>"
        parts.append("<h3>" + QCoreApplication.translate("Report", "At the horizons") + "</h3>" + (
            "<p><small>" + fill(QCoreApplication.translate("Report", "Below each value: its difference from %1."), html.escape(reference)) + "</small></p>"
            if reference_id and scenario_id != reference_id else ""))
        parts.append(_table([QCoreApplication.translate("Report", "Indicator"), *(format_time(y) for y in years)], rows))
    parts.append(extra)
    body = "\n".join(parts)
    document = (f"<html><head><meta charset='utf-8'>{CONTENT_POLICY}<title>{html.escape(study.title)}</title></head>"
                f"<body style='font-family: sans-serif; font-size: 10pt'>{body}</body></html>")
    return document, images


def _signed(value: float, text: str) -> str:
    if not np.isfinite(value):
        return "—"
    return QCoreApplication.translate("Report", "same") if value == 0 else text


def _table(headers: list[str], rows: str) -> str:
    head = "".join(f"<th align='left' style='background:#e6e6e6'>{h}</th>" for h in headers)
    return f"<table border='1' cellspacing='0' cellpadding='3' style='border-collapse:collapse'><tr>{head}</tr>{rows}</table>"


def write_pdf(document: str, images: dict[str, QImage], path: str | os.PathLike) -> None:
    """Print the brief to an A4 PDF with numbered pages."""
    text = QTextDocument()
    for key, image in images.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(key), image)
    text.setHtml(document)
    # Drawn into memory, then written whole: QPdfWriter on a path it cannot write fails without a word.
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(144)
    writer.setTitle(text.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    keep_tables_whole(text, writer)  # a table split with a row or two on the next page is hard to read
    # An unpaginated document is laid out on the writer's pages and gets page numbers at the foot.
    text.print_(writer)
    del writer  # the PDF's last part is written when the writer goes
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF") or b"%%EOF" not in pdf[-32:]:
        raise OSError(fill(QCoreApplication.translate("Report", "the brief could not be drawn as a PDF for %1"), path))
    write_bytes(path, pdf)


def write_html(document: str, images: dict[str, QImage], path: str | os.PathLike) -> None:
    """Write the brief as one self-contained HTML file (charts inline)."""
    for key, image in images.items():
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # QImage.save takes any QIODevice
        document = document.replace(f"src='{key}'", "src='data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii") + "'")
    write_text(path, document)


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

    from models import i18n
    from ui.i18n import install_language, remove_language

    _app = QApplication.instance() or QApplication([])  # charts are drawn by widgets, which need one
    # From the command line the brief is written in the terminal's language, numbers included.
    translators = install_language(i18n.language()) if i18n.language() != "en" else None
    try:
        run_ids = list(dict.fromkeys([*([reference_id] if reference_id else []), *scenario_ids]))
        projection = compile_study(study).run(study, run_ids)
        from ui.foresight.report_section import foresight_section
        from ui.tracking.report_section import tracking_section

        export_brief(study, projection, path, scenario_ids, reference_id, headline_indicators(study), default_years(study),
                     foresight_section(study) + tracking_section(study, projection))
    finally:
        if translators is not None:
            remove_language(translators)
