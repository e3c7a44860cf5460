"""The variable chosen on the diagram: its equation, its end value in the selected scenario and a sparkline."""

from __future__ import annotations

import html
import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.domain import Variable
from models.formatting import format_value

SPARK_HEIGHT = 48


def tr(text: str) -> str:
    """Translate a string of the details panel."""
    return QCoreApplication.translate("DiagramDetails", text)


class Sparkline(QWidget):
    """A variable's path over the study's time, as a thin line scaled to its own range."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.values: np.ndarray | None = None
        self.setFixedHeight(SPARK_HEIGHT)
        self.setAccessibleName(QCoreApplication.translate("DiagramDetails", "Path over time"))

    def show_values(self, values: np.ndarray | None) -> None:
        """Draw these values (None: nothing)."""
        self.values = None if values is None else np.asarray(values, dtype=float)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the line within the widget, the lowest value at the bottom."""
        values = self.values
        if values is None or len(values) < 2:
            return
        finite = values[np.isfinite(values)]
        if not len(finite):
            return
        low, high = float(finite.min()), float(finite.max())
        span = high - low or 1.0
        width, height = self.width() - 4, self.height() - 4
        points = QPolygonF([QPointF(2 + width * k / (len(values) - 1), 2 + height * (1 - (v - low) / span))
                            for k, v in enumerate(values) if math.isfinite(v)])
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#1f6fb4"), 1.5))
        painter.drawPolyline(points)
        painter.end()


class VariableDetails(QWidget):
    """Say what the chosen variable is and does: kind, unit, equation, end value, path."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sparkline = Sparkline(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.text)
        layout.addWidget(self.sparkline)
        layout.addStretch(1)
        self.show_variable(None, None, "")

    def show_variable(self, variable: Variable | None, values: np.ndarray | None, scenario: str) -> None:
        """Show a variable and its path in the named scenario (None: a hint to choose one)."""
        if variable is None:
            self.text.setText(QCoreApplication.translate("DiagramDetails", "Click a box to see its equation and values here; double-click to edit it."))
            self.sparkline.show_values(None)
            return
        kind = {"assumption": QCoreApplication.translate("DiagramDetails", "assumption"), "auxiliary": QCoreApplication.translate("DiagramDetails", "auxiliary"), "stock": QCoreApplication.translate("DiagramDetails", "stock")}[variable.kind]
        lines = [f"<b>{html.escape(variable.title)}</b> <span style='color:#666'>({html.escape(variable.name)})</span>",
                 html.escape(kind + (f", {variable.unit}" if variable.unit else ""))]
        if variable.kind == "stock":
            lines.append(QCoreApplication.translate("DiagramDetails", "Starts at:") + f" <code>{html.escape(variable.initial)}</code>")
            lines.append(QCoreApplication.translate("DiagramDetails", "Changes by:") + f" <code>{html.escape(variable.equation)}</code>")
        elif variable.kind == "auxiliary":
            lines.append(f"= <code>{html.escape(variable.equation)}</code>")
        if values is not None and len(values):
            lines.append(QCoreApplication.translate("DiagramDetails", "In {0}: {1} at the start, {2} at the end").format(
                html.escape(scenario), format_value(float(values[0]), trim=True), format_value(float(values[-1]), trim=True)))
        self.text.setText("<br>".join(lines))
        self.sparkline.show_values(values)
