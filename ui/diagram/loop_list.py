"""The model's feedback loops as a list beside the diagram: name, polarity and variables; choosing one highlights it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.diagram.loops import Loop, LoopReport

LOOP_COLOUR = {"R": QColor("#b45309"), "B": QColor("#1d4ed8"), "U": QColor("#6b6b6b")}


def tr(text: str) -> str:
    """Translate a string of the loop list."""
    return QCoreApplication.translate("LoopList", text)


class LoopList(QWidget):
    """List the loops of the model shown; choosing one reports it, choosing none reports None."""

    loop_chosen = Signal(object)  # the Loop chosen, or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("LoopList", "Feedback loops"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long loops wrap instead
        self.setMinimumWidth(200)
        self.list.currentRowChanged.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.loops: list[Loop] = []

    def show_loops(self, report: LoopReport, titles: dict[str, str]) -> None:
        """List these loops, keeping the chosen one chosen if it is still there."""
        chosen = self.chosen()
        self.loops = report.loops
        with QSignalBlocker(self.list):
            self.list.clear()
            for loop in report.loops:
                path = " → ".join(titles.get(name, name) for name in (*loop.variables, loop.variables[0]))
                kind = {"R": QCoreApplication.translate("LoopList", "reinforcing"), "B": QCoreApplication.translate("LoopList", "balancing"), "U": QCoreApplication.translate("LoopList", "polarity unknown")}[loop.polarity]
                text = f"{loop.name} ({kind}): {path}"
                if loop.numeric:
                    text += " " + QCoreApplication.translate("LoopList", "[a sign found numerically]")
                item = QListWidgetItem(text)
                item.setForeground(LOOP_COLOUR[loop.polarity])
                signs = ", ".join(f"{titles.get(a, a)} → {titles.get(b, b)}: {link.symbol}"
                                  + (" " + QCoreApplication.translate("LoopList", "(numeric)") if link.method == "numeric" else "")
                                  for (a, b), link in zip(loop.edges(), loop.links))
                item.setToolTip(signs)
                self.list.addItem(item)
            names = [loop.variables for loop in report.loops]
            self.list.setCurrentRow(names.index(chosen.variables) if chosen and chosen.variables in names else -1)
        counts = QCoreApplication.translate("LoopList", "{0} loops: {1} reinforcing, {2} balancing").format(
            len(report.loops), report.count("R"), report.count("B"))
        if report.count("U"):
            counts += QCoreApplication.translate("LoopList", ", {0} of unknown polarity").format(report.count("U"))
        if not report.complete:
            counts += QCoreApplication.translate("LoopList", " — the search stopped here; the model has more loops")
        self.summary.setText(counts if report.loops else QCoreApplication.translate("LoopList", "No feedback loops."))
        if chosen is not None and self.chosen() is None:
            self.loop_chosen.emit(None)

    def chosen(self) -> Loop | None:
        """Return the loop chosen in the list, if any."""
        row = self.list.currentRow()
        return self.loops[row] if 0 <= row < len(self.loops) else None

    def _chosen(self, _row: int) -> None:
        self.loop_chosen.emit(self.chosen())

    def keyPressEvent(self, event) -> None:
        """Escape clears the choice (and the highlight)."""
        if event.key() == Qt.Key.Key_Escape:
            self.list.setCurrentRow(-1)
        else:
            super().keyPressEvent(event)
