"""One legend for the whole chart grid: a colour swatch and name per shown scenario."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from models.domain import Scenario


def swatch(color: str, size: int = 12) -> QPixmap:
    """Return a small filled square in a colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return pixmap


class LegendBar(QWidget):
    """Name the shown scenarios in their colours, once above all charts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 0, 4, 0)
        self._layout.setSpacing(14)
        self._layout.addStretch(1)
        self._shown: list[tuple[str, str]] = []

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """Show one entry per scenario, in order."""
        shown = [(s.name, s.color) for s in scenarios]
        if shown == self._shown:
            return
        self._shown = shown
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if not scenarios:
            self._layout.insertWidget(0, QLabel("No scenario is shown: tick one in the scenario list."))
        for position, (name, color) in enumerate(shown):
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(5)
            mark = QLabel(entry)
            mark.setPixmap(swatch(color, 14))
            row.addWidget(mark)
            row.addWidget(QLabel(name, entry))
            entry.setToolTip(f"Scenario '{name}'")
            self._layout.insertWidget(position, entry, 0, Qt.AlignmentFlag.AlignVCenter)

    def names(self) -> list[str]:
        """Return the scenario names shown, in order."""
        return [name for name, _ in self._shown]
