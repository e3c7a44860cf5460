"""A group of variables drawn as a tinted region behind its boxes, its name in the top-left corner."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.diagram.lanes import LANE_LABEL, LANE_PAD

# Pale enough that every box, arrow and badge keeps its contrast; neighbours differ in hue.
TINTS = ("#eaf2fb", "#fcf1e3", "#eaf6ec", "#f4ecf8", "#fbecec", "#eef1f3", "#f7f5e1")
CORNER = 10.0
LABEL_HEIGHT = 17.0  # of LANE_LABEL's strip; the rest is left to the change badges of the boxes below
assert LABEL_HEIGHT + 2 + 10 <= LANE_LABEL  # a badge rises 9 px above its box (ui/diagram/items.py)


class RegionItem(QGraphicsItem):
    """One group's region: drawn under everything else, never selected or moved on its own."""

    def __init__(self, group: str, rect: tuple[float, float, float, float], number: int, font: QFont):
        super().__init__()
        left, top, right, bottom = rect
        self.name = group
        self.rect = QRectF(left, top, right - left, bottom - top)
        self.tint = QColor(TINTS[number % len(TINTS)])
        self._font = QFont(font)
        self._font.setBold(True)
        self.setZValue(-1)
        self.setToolTip(group)

    def boundingRect(self) -> QRectF:
        """Return the region, with room for its border."""
        return self.rect.adjusted(-1, -1, 1, 1)

    def label_rect(self) -> QRectF:
        """Return where the group's name is written: the strip above the boxes, which none enters."""
        return QRectF(self.rect.left() + LANE_PAD, self.rect.top() + 2, self.rect.width() - 2 * LANE_PAD, LABEL_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Fill the region, outline it a shade darker and write the group's name."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.tint.darker(118), 1))
        painter.setBrush(QBrush(self.tint))
        painter.drawRoundedRect(self.rect, CORNER, CORNER)
        painter.setPen(QColor("#4a4a4a"))
        painter.setFont(self._font)
        painter.drawText(self.label_rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.name)
