"""The diagram's drawn parts: a box per variable (its shape says its kind) and an arrow per use."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from models.diagram.change import Change
from models.diagram.graph import DiagramNode

PADDING_X = 10.0
PADDING_Y = 7.0
MAX_TEXT_WIDTH = 150.0  # a long label wraps rather than making its column wide
FILL = {"assumption": QColor("#eef5ff"), "auxiliary": QColor("#ffffff"), "stock": QColor("#fff6e5")}
BORDER = {"assumption": QColor("#4a78b0"), "auxiliary": QColor("#6b6b6b"), "stock": QColor("#9a6a00")}
BORDER_WIDTH = {"assumption": 1.2, "auxiliary": 1.2, "stock": 2.6}
SELECTED = QColor("#d9480f")
ARROW = QColor("#7a7a7a")
FEEDBACK = QColor("#b5651d")
UP, DOWN, SAME = QColor("#1f6fb4"), QColor("#c2410c"), QColor("#6b6b6b")  # blue and orange: told apart by everyone
BADGE_HEIGHT = 15.0


def label_font() -> QFont:
    """Return the font node labels are drawn in."""
    font = QFont()
    font.setPointSizeF(9.0)
    return font


def node_size(node: DiagramNode, font: QFont) -> tuple[float, float]:
    """Return the box a node needs for its label, wrapped to at most MAX_TEXT_WIDTH."""
    metrics = QFontMetricsF(font)
    text = metrics.boundingRect(QRectF(0, 0, MAX_TEXT_WIDTH, 1000), _WRAP, node.title)
    return math.ceil(text.width() + 2 * PADDING_X), math.ceil(text.height() + 2 * PADDING_Y)


_WRAP = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)


class NodeItem(QGraphicsItem):
    """A variable: a plain box for an auxiliary, a heavy-bordered box for a stock, rounded for an assumption."""

    def __init__(self, node: DiagramNode, size: tuple[float, float], font: QFont,
                 moved: Callable[[NodeItem], None]):
        super().__init__()
        self.node = node
        self.width, self.height = size
        self._font = font
        self._moved = moved
        self.edges: list[EdgeItem] = []
        self.change: Change | None = None  # against the reference scenario, shown as a badge on the box
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setToolTip(f"{node.title} ({node.name}) — {node.kind}" + (f", {node.group}" if node.group else ""))
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        """Return the box with room for its border and, above its right corner, the change badge."""
        return QRectF(-self.width / 2 - 30, -self.height / 2 - BADGE_HEIGHT * 0.6 - 2, self.width + 70,
                      self.height + BADGE_HEIGHT * 0.6 + 4)

    def show_change(self, change: Change | None) -> None:
        """Show how far the variable ends from the reference (None: no badge)."""
        if change != self.change:
            self.change = change
            self.update()

    def box(self) -> QRectF:
        """Return the box itself, in the item's coordinates."""
        return QRectF(-self.width / 2, -self.height / 2, self.width, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the box in its kind's shape and the label inside."""
        kind = self.node.kind
        pen = QPen(SELECTED if self.isSelected() else BORDER[kind], BORDER_WIDTH[kind] + (1 if self.isSelected() else 0))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(FILL[kind]))
        if kind == "assumption":
            painter.drawRoundedRect(self.box(), self.height / 2.5, self.height / 2.5)
        else:
            painter.drawRect(self.box())
        painter.setPen(QColor("#1a1a1a"))
        painter.setFont(self._font)
        painter.drawText(self.box().adjusted(PADDING_X / 2, 0, -PADDING_X / 2, 0), _WRAP, self.node.title)
        if self.change is not None:
            self._paint_badge(painter, self.change)

    def badge_rect(self) -> QRectF | None:
        """Return where the change badge is drawn, in the item's coordinates (None without a change)."""
        if self.change is None:
            return None
        width = QFontMetricsF(self._font).horizontalAdvance(self.change.text) + 10
        return QRectF(self.width / 2 - width * 0.6, -self.height / 2 - BADGE_HEIGHT * 0.6, width, BADGE_HEIGHT)

    def _paint_badge(self, painter: QPainter, change: Change) -> None:
        colour = UP if change.direction > 0 else DOWN if change.direction < 0 else SAME
        fill = QColor(colour)
        fill.setAlphaF(0.25 + 0.75 * change.strength if change.direction else 0.15)
        rect = self.badge_rect()
        assert rect is not None  # painted only with a change
        painter.setPen(QPen(colour, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, BADGE_HEIGHT / 2, BADGE_HEIGHT / 2)
        painter.setPen(QColor("#ffffff") if change.direction and change.strength > 0.45 else QColor("#1a1a1a"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), change.text)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        """Redraw the arrows while the box is dragged."""
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.route()
        return super().itemChange(change, value)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Report where the user left the box, if they moved it."""
        start = event.buttonDownScenePos(Qt.MouseButton.LeftButton)
        super().mouseReleaseEvent(event)
        if (event.scenePos() - start).manhattanLength() > 0:
            self._moved(self)

    def border_point(self, towards: QPointF) -> QPointF:
        """Return where a line from the centre towards `towards` leaves the box."""
        centre = self.pos()
        dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
        if dx == 0 and dy == 0:
            return centre
        scale = min(self.width / 2 / abs(dx) if dx else math.inf, self.height / 2 / abs(dy) if dy else math.inf)
        return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


class EdgeItem(QGraphicsPathItem):
    """An arrow from the variable used to the one whose equation uses it, through its bend points."""

    def __init__(self, source: NodeItem, target: NodeItem, bends: list[tuple[float, float]], feedback: bool):
        super().__init__()
        self.source, self.target = source, target
        self.bends = [QPointF(x, y) for x, y in bends]
        self.feedback = feedback
        colour = FEEDBACK if feedback else ARROW
        pen = QPen(colour, 1.1)
        if feedback:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self._head = QPolygonF()
        self._colour = colour
        self.setZValue(0)
        source.edges.append(self)
        target.edges.append(self)
        self.route()

    def route(self) -> None:
        """Lay the line from border to border, through the bends unless an end was dragged off them."""
        points = self.bends if self.bends else []
        first = points[0] if points else self.target.pos()
        last = points[-1] if points else self.source.pos()
        start = self.source.border_point(first)
        end = self.target.border_point(last)
        path = QPainterPath(start)
        for point in points:
            path.lineTo(point)
        path.lineTo(end)
        self.prepareGeometryChange()
        self._head = _arrow_head(last if points else start, end)
        path.addPolygon(self._head)
        self.setPath(path)

    def emphasise(self, colour: QColor | None) -> None:
        """Draw the arrow bold in `colour` (a highlighted loop), or as it was (None)."""
        base = FEEDBACK if self.feedback else ARROW
        pen = QPen(colour or base, 2.6 if colour is not None else 1.1)
        if self.feedback and colour is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self._colour = colour or base
        self.setZValue(0.5 if colour is not None else 0)
        self.update()

    def drop_bends(self) -> None:
        """Draw straight from now on (an end was moved by hand)."""
        self.bends = []
        self.route()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Draw the line and fill its head."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        super().paint(painter, option, widget)
        painter.setBrush(QBrush(self._colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawPolygon(self._head)


def _arrow_head(before: QPointF, tip: QPointF, length: float = 8.0, half: float = 3.5) -> QPolygonF:
    dx, dy = tip.x() - before.x(), tip.y() - before.y()
    norm = math.hypot(dx, dy) or 1.0
    ux, uy = dx / norm, dy / norm
    base = QPointF(tip.x() - ux * length, tip.y() - uy * length)
    return QPolygonF([tip, QPointF(base.x() - uy * half, base.y() + ux * half),
                      QPointF(base.x() + uy * half, base.y() - ux * half), tip])
