"""Geometry checks for a rendered window: labels that fit, charts tall enough, tick labels apart and inside."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QWidget

SLACK = 2  # pixels of rounding between QLabel's layout and a QTextDocument's


def label_problem(label: QLabel) -> str | None:
    """Return why a visible label's text does not fit its box, or None."""
    text = label.text()
    if not text or not label.isVisible():
        return None
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    box = label.contentsRect()
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultFont(label.font())
    rich = label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
    document.setHtml(text) if rich else document.setPlainText(text)
    if label.wordWrap():
        document.setTextWidth(box.width())
    width, height = document.idealWidth(), document.size().height()
    if width > box.width() + SLACK:
        return f"{document.toPlainText()!r} needs {width:.0f} px, has {box.width()}"
    if label.wordWrap() and height > box.height() + SLACK:
        return f"{document.toPlainText()!r} needs {height:.0f} px tall, has {box.height()}"
    return None


def labels_problems(root: QWidget) -> list[str]:
    """Return every visible label under `root` whose text is cut, and every pair of labels that overlap."""
    labels = [label for label in root.findChildren(QLabel) if label.isVisible() and label.text() and label.window() is root.window()]
    problems = [p for p in (label_problem(label) for label in labels) if p]
    rects = [(label, label.rect().translated(label.mapTo(root.window(), label.rect().topLeft()))) for label in labels]
    for k, (first, a) in enumerate(rects):
        for second, b in rects[k + 1:]:
            if a.intersects(b) and not (first.isAncestorOf(second) or second.isAncestorOf(first)):
                problems.append(f"{first.text()[:30]!r} overlaps {second.text()[:30]!r}")
    return problems


def plot_problems(plot, min_height: int) -> list[str]:
    """Return what is wrong with a chart's geometry: too low, a cut title, tick labels that overlap or leave the chart."""
    name = plot.variable.title
    problems = []
    if plot.height() < min_height:
        problems.append(f"{name}: {plot.height()} px tall, less than {min_height}")
    item = plot.getPlotItem()
    if item.geometry().width() > plot.viewport().width() + 1:
        problems.append(f"{name}: laid out {item.geometry().width():.0f} px wide in a {plot.viewport().width()} px chart")
    title = item.titleLabel.item.boundingRect()
    if title.width() > plot.width():
        problems.append(f"{name}: title {title.width():.0f} px wide in a {plot.width()} px chart")
    if title.height() > item.titleLabel.size().height() + SLACK:
        problems.append(f"{name}: title {title.height():.0f} px tall in a {item.titleLabel.size().height():.0f} px row")
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            specs = axis.generateDrawSpecs(painter)
            texts = [] if specs is None else specs[2]
            rects = [axis.mapRectToScene(rect) for rect, _, _ in texts]
            inside = QRectF(plot.mapToScene(plot.viewport().rect()).boundingRect())
            for (rect, _, text), scene_rect in zip(texts, rects):
                if not inside.contains(scene_rect):
                    problems.append(f"{name}: {side} tick {text!r} leaves the chart")
            for k, a in enumerate(rects):
                for b in rects[k + 1:]:
                    if a.intersected(b).height() > 1 and a.intersected(b).width() > 1:
                        problems.append(f"{name}: {side} ticks overlap")
    finally:
        painter.end()
    return problems
