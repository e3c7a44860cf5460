"""One legend for the whole chart grid: a colour swatch and name per shown scenario."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from models.domain import Scenario
from ui.plots.colours import scenario_hex


def swatch(color: str, size: int = 12) -> QPixmap:
    """Return a small filled square in a colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return pixmap


class LegendBar(QWidget):
    """Name the shown scenarios in their colours, once above all charts."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # One wrapping line of text: many scenarios (a workshop's proposals) take more rows, never a wider window.
        self._label = QLabel(self)
        self._label.setTextFormat(Qt.TextFormat.RichText)
        self._label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self._label, 1)
        self._shown: list[tuple[str, str]] = []

    def set_scenarios(self, scenarios: list[Scenario]) -> None:
        """Show one entry per scenario, in order."""
        shown = [(s.name, scenario_hex(s)) for s in scenarios]
        if shown == self._shown:
            return
        self._shown = shown
        if not scenarios:
            self._label.setText(QCoreApplication.translate("LegendBar", "No scenario is shown: tick one in the scenario list."))
            self.setToolTip("")
            return
        # Each entry stays whole: the legend wraps between names, never inside one ("Great-/power contest").
        entries = [f"<span style='color:{color}; font-size:large'>■</span>&nbsp;{unbreakable(name)}" for name, color in shown]
        self._label.setText(" &nbsp; &nbsp;".join(entries))
        self.setToolTip("\n".join(f"Scenario '{name}'" for name, _ in shown))

    def names(self) -> list[str]:
        """Return the scenario names shown, in order."""
        return [name for name, _ in self._shown]


def unbreakable(text: str) -> str:
    """Return text as rich text that no line break can split: no-break spaces and non-breaking hyphens."""
    return _escape(text).replace(" ", "&nbsp;").replace("-", "\u2011")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
