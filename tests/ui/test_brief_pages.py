"""The PDF brief keeps a table that fits on a page whole, instead of leaving a row or two on the next page."""

from __future__ import annotations

import math

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextFrameFormat,
    QTextTable,
)

from ui.compare.pagination import keep_tables_whole


def writer_for(path) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(144)
    return writer


def pages_of_tables(document: QTextDocument, writer: QPdfWriter) -> list[tuple[int, int]]:
    """Return (first page, last page) of each table, laid out as printing lays it: the device's page, 2 cm margins."""
    clone = document.clone()
    clone.documentLayout().setPaintDevice(writer)
    frame = QTextFrameFormat(clone.rootFrame().frameFormat())
    frame.setMargin(int(2 / 2.54 * writer.logicalDpiY()))
    clone.rootFrame().setFrameFormat(frame)
    clone.setPageSize(QSizeF(writer.width(), writer.height()))
    page = clone.pageSize().height()
    spans = []
    for table in (f for f in clone.rootFrame().childFrames() if isinstance(f, QTextTable)):
        box = clone.documentLayout().frameBoundingRect(table)
        spans.append((math.floor(box.top() / page), math.floor((box.bottom() - 1) / page)))
    return spans


def test_a_table_that_would_cross_a_page_starts_on_the_next_with_its_heading(qtbot, tmp_path):
    rows = "".join(f"<tr><td>Indicator {k}</td><td>1.0</td><td>2.0</td></tr>" for k in range(12))
    filler = "".join(f"<p>Paragraph {k} of the scenario's narrative.</p>" for k in range(26))
    document = QTextDocument()
    document.setHtml(f"<body>{filler}<h3>At the horizons</h3><table border='1'>{rows}</table><p>After.</p></body>")
    writer = writer_for(tmp_path / "b.pdf")
    before = pages_of_tables(document, writer)
    assert before[0][0] != before[0][1], "the filler should push the table across a page for this test to mean anything"
    assert keep_tables_whole(document, writer) == 1
    (first, last), = pages_of_tables(document, writer)
    assert first == last == before[0][1]
