"""A bar of control groups that wraps onto a second line when the window is narrow, instead of widening it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

SPACING = 6


class WrapRow(QWidget):
    """Lay groups of widgets left to right, starting a new line where the next group would not fit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._groups: list[tuple[list[QWidget], int]] = []
        self._lines: list[list[int]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 0, 4, 0)
        self._layout.setSpacing(2)

    def set_groups(self, groups: list[tuple[list[QWidget], int]]) -> None:
        """Show these (widgets, stretch) groups; a group is never split across lines."""
        self._groups = groups
        self._lines = []
        self._arrange(self.width() or 10_000)

    def lines(self) -> int:
        """Return how many lines the groups take now."""
        return len(self._lines)

    def _group_width(self, widgets: list[QWidget]) -> int:
        return sum(w.sizeHint().width() for w in widgets) + SPACING * (len(widgets) - 1)

    def minimumSizeHint(self) -> QSize:
        """Return the widest single group: anything wider wraps."""
        widths = [self._group_width(ws) for ws, _ in self._groups] or [0]
        margins = self._layout.contentsMargins()
        return QSize(max(widths) + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-wrap for the new width."""
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        margins = self._layout.contentsMargins()
        room = width - margins.left() - margins.right()
        lines: list[list[int]] = []
        used = 0
        for index, (widgets, _) in enumerate(self._groups):
            need = self._group_width(widgets)
            if lines and used + SPACING * 3 + need <= room:
                lines[-1].append(index)
                used += SPACING * 3 + need
            else:
                lines.append([index])
                used = need
        if lines == self._lines:
            return
        self._lines = lines
        while self._layout.count():
            taken = self._layout.takeAt(0)
            old_line = taken.layout() if taken is not None else None
            while old_line is not None and old_line.count():
                inner_item = old_line.takeAt(0)
                inner = inner_item.layout() if inner_item is not None else None
                while inner is not None and inner.count():
                    inner.takeAt(0)
        for line in lines:
            row = QHBoxLayout()
            row.setSpacing(SPACING * 3)
            stretched = any(self._groups[i][1] for i in line)
            for position, index in enumerate(line):
                widgets, stretch = self._groups[index]
                # Without a stretching group, the last group of a line sits at the right edge.
                if not stretched and position == len(line) - 1 and len(line) > 1:
                    row.addStretch(1)
                group = QHBoxLayout()
                group.setSpacing(SPACING)
                for widget in widgets:
                    group.addWidget(widget)
                row.addLayout(group, stretch)
            self._layout.addLayout(row)
        # More lines need more height: the parent's layout must hear of it now, not on some later resize
        # (opening a dock beside the charts left three lines squeezed into one line's height).
        self.updateGeometry()
