"""The model diagram to a file, without a window: PNG, SVG or PDF, drawn as the diagram view draws it.

Each is written whole or not at all (beside the target, then renamed), and Qt's silent failures
(a painter that did not begin, an image that did not save) are turned into errors.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from models.domain import Study
from storage.atomic import replacing
from ui.diagram.view import DiagramView

SUFFIXES = (".png", ".svg", ".pdf")
PNG_SCALE = 2.0  # twice life size: sharp when shown on a projector or zoomed in a document
MAX_PNG_SIDE = 16_000  # a huge model is drawn smaller rather than as an image no viewer opens
_NOT_IN_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def export_diagram(study: Study, path: Path, coefficients: bool = False) -> tuple[int, int]:
    """Write the study's diagram (kept positions respected, coefficients if asked) to `path`; return its size at life size."""
    from PySide6.QtWidgets import QApplication

    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path.name}: a diagram is written as .png, .svg or .pdf, not '{suffix or 'no ending'}'")
    _app = QApplication.instance() or QApplication([])  # the diagram's items are drawn with a widget's fonts
    view = DiagramView()
    view.pinned = dict(study.diagram_positions)
    view.set_coefficients_shown(coefficients)
    view.show_study(study)
    scene = view.scene()
    source = scene.sceneRect()
    if suffix == ".png":
        _png(scene, source, path)
    elif suffix == ".svg":
        _svg(scene, source, path, study.title)
    else:
        _pdf(scene, source, path, study.title)
    view.deleteLater()
    return round(source.width()), round(source.height())


def _png(scene, source: QRectF, path: Path) -> None:
    scale = min(PNG_SCALE, MAX_PNG_SIDE / max(source.width(), source.height(), 1.0))
    image = QImage(max(1, round(source.width() * scale)), max(1, round(source.height() * scale)),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    with replacing(path) as temporary:
        if not image.save(str(temporary)):
            raise OSError(f"the diagram could not be written to {path}")


def _svg(scene, source: QRectF, path: Path, title: str) -> None:
    width, height = max(1, round(source.width())), max(1, round(source.height()))
    with replacing(path) as temporary:
        generator = QSvgGenerator()
        generator.setFileName(str(temporary))
        generator.setSize(QRect(0, 0, width, height).size())
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setResolution(96)  # an SVG pixel is a CSS pixel, 96 to the inch
        generator.setTitle(title)
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"the diagram could not be written to {path}")
        scene.render(painter, QRectF(0, 0, width, height), source)
        painter.end()
        # Qt writes control characters of names as they are, which XML forbids: the drawing would not open.
        drawing = temporary.read_bytes()
        temporary.write_bytes(_NOT_IN_XML.sub(lambda m: b"\\x%02x" % m.group()[0], drawing))


def _pdf(scene, source: QRectF, path: Path, title: str) -> None:
    with replacing(path) as temporary:
        writer = QPdfWriter(str(temporary))
        # One page the diagram's shape, in points at life size: the drawing is vector, so it zooms cleanly.
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(source.width(), source.height()), QPageSize.Unit.Point),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        writer.setTitle(title)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"the diagram could not be written to {path}")
        target = QRectF(0, 0, writer.width(), writer.height())
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        painter.end()
        del writer  # the PDF's end is written when the writer goes
