"""Keep a brief's tables whole: a table that fits on a page starts on a new page rather than split."""

from __future__ import annotations

import math

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextTable,
)

MAX_PASSES = 6  # each break moves what follows; a few passes settle any brief


def _printed_clone(document: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """Return a copy laid out as QTextDocument.print_ lays an unpaginated document on a device (2 cm margins)."""
    clone = document.clone()
    clone.documentLayout().setPaintDevice(device)
    margin = int(2 / 2.54 * device.logicalDpiY())
    frame = QTextFrameFormat(clone.rootFrame().frameFormat())
    frame.setMargin(margin)
    clone.rootFrame().setFrameFormat(frame)
    clone.setPageSize(QSizeF(device.width(), device.height()))
    return clone


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]


def split_tables(document: QTextDocument, device: QPagedPaintDevice) -> list[int]:
    """Return the indexes of top-level tables that would be split across pages though one page could hold them."""
    clone = _printed_clone(document, device)
    page = clone.pageSize().height()
    layout = clone.documentLayout()
    split = []
    for index, table in enumerate(_tables(clone)):
        box = layout.frameBoundingRect(table)
        if box.height() < page * 0.9 and math.floor(box.top() / page) != math.floor((box.bottom() - 1) / page):
            split.append(index)
    return split


def keep_tables_whole(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Start each table that would be split on a new page, with the heading above it; return how many moved."""
    moved = 0
    for _ in range(MAX_PASSES):
        split = split_tables(document, device)
        if not split:
            break
        tables = _tables(document)
        for index in split[:1]:  # one at a time: moving one table moves every later one
            table = tables[index]
            block = table.firstCursorPosition().block().previous()
            # The heading (or caption) just before the table goes with it; else the table itself breaks.
            if block.isValid() and block.text().strip():
                cursor = QTextCursor(block)
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                cursor.setBlockFormat(fmt)
            else:
                table_format = table.format()
                table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(table_format)
            moved += 1
    return moved
