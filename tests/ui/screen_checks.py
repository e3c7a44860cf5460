"""Geometry checks for a rendered window: labels that fit, charts tall enough, tick labels apart and inside."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
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
    return problems + mark_label_problems(plot)


def mark_label_problems(plot) -> list[str]:
    """Return where the names on a chart's lines (as-of, horizons, signposts) collide, leave the plot area or sit on a curve."""
    name = plot.variable.title
    plot.grab()  # a chart scrolled out of view places its items when painted, as it is when scrolled to
    view = plot.getPlotItem().getViewBox()
    area = view.sceneBoundingRect()
    # Every name drawn on a line of the chart, whoever put it there: not only those the chart says it placed.
    named = [item for item in plot.scene().items() if isinstance(item, pg.InfLineLabel)]
    labels = [label for label in named if label.scene() is not None and label.isVisible()
              and label.parentItem() is not None and label.parentItem().isVisible()]
    boxes = [(label.format.strip(), label.mapRectToScene(label.boundingRect())) for label in labels]
    problems = []
    for text, box in boxes:
        if not area.adjusted(-1, -1, 1, 1).contains(box):
            problems.append(f"{name}: {text!r} leaves the plot area")
    for k, (text, a) in enumerate(boxes):
        for other, b in boxes[k + 1:]:
            common = a.intersected(b)
            if common.width() > 1 and common.height() > 1:  # touching margins are not an overlap
                problems.append(f"{name}: {text!r} overlaps {other!r}")
    # Each visible curve, sampled finely between its points, must not pass through a label.
    for curve in plot.getPlotItem().listDataItems():
        if not curve.isVisible():
            continue
        x, y = curve.getData()
        if x is None or len(x) < 2:
            continue
        finite = np.isfinite(x) & np.isfinite(y)
        x, y = x[finite], y[finite]
        fine = np.linspace(0, len(x) - 1, (len(x) - 1) * 20 + 1)
        xs, ys = np.interp(fine, np.arange(len(x)), x), np.interp(fine, np.arange(len(y)), y)
        for text, box in boxes:
            for px, py in zip(xs, ys):
                if box.contains(view.mapViewToScene(QPointF(float(px), float(py)))):
                    problems.append(f"{name}: a curve runs through {text!r}")
                    break
    return problems
