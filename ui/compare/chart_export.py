"""Charts to image files: PNG through Qt's grab, SVG through QSvgGenerator (pyqtgraph's SVG export is broken).

Both are written whole or not at all: Qt reports a failed write only by a return value, so each is checked.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QWidget

from storage.atomic import replacing

# Bytes of control characters XML 1.0 does not allow (UTF-8 never uses these bytes inside a longer character).
_NOT_IN_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def save_png(widget: QWidget, path: Path, size: QSize | None = None) -> None:
    """Save what a widget shows as a PNG, at its size or a chosen one."""

    def render() -> None:
        with replacing(path) as temporary:
            if not widget.grab().save(str(temporary), "PNG"):
                raise OSError(f"the image could not be written to {path}")

    _at_size(widget, size, render)


def save_svg(widget: QWidget, path: Path, size: QSize | None = None, title: str = "") -> None:
    """Save what a widget shows as an SVG drawing (vector curves and text)."""

    def render() -> None:
        with replacing(path) as temporary:
            generator = QSvgGenerator()
            generator.setFileName(str(temporary))
            generator.setSize(widget.size())
            generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
            generator.setTitle(title)
            painter = QPainter()
            if not painter.begin(generator):
                raise OSError(f"the drawing could not be written to {path}")
            widget.render(painter, QPoint())
            painter.end()
            # Qt writes control characters of names as they are, which XML forbids: the drawing would not open.
            drawing = temporary.read_bytes()
            temporary.write_bytes(_NOT_IN_XML.sub(lambda m: b"\\x%02x" % m.group()[0], drawing))

    _at_size(widget, size, render)


def _at_size(widget: QWidget, size: QSize | None, action) -> None:
    """Run `action` with the widget at a chosen size, then give it its size back."""
    before = widget.size()
    if size is not None and size != before:
        widget.resize(size)
        # Layouts settle on the event loop's next pass; let them, so the render shows the new size.
        QApplication.sendPostedEvents()
    try:
        action()
    finally:
        if size is not None and size != before:
            widget.resize(before)
