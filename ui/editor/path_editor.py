"""An assumption's time path on a plot over the study's time axis: drag, add and delete points, or type them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.commands.variable import EditVariable
from models.domain import Path, Variable
from ui.plots.value_ticks import ValueTicks
from ui.editor.typed_numbers import parse_number, show_number
from ui.session.study_session import StudySession
from ui.i18n.text import fill

ROUND_SPACINGS = tuple(m * 10.0**e for e in range(-2, 7) for m in (1, 2, 5))
EDGE_LABEL_ROOM = 16  # pixels, about half a four-digit year
LABEL_GAP = 0.5  # free space between labels, in label widths: half a label keeps numbers apart at a glance


def time_spacing(span: float, size: float, label_width: float) -> float:
    """Return the smallest round spacing of labelled ticks that fits `span` time units in `size` pixels."""
    fits = max(1.0, size / (label_width * (1 + LABEL_GAP)))
    return next((s for s in ROUND_SPACINGS if span / s <= fits), ROUND_SPACINGS[-1])


class TimeTicks(pg.AxisItem):
    """A time axis whose labels never touch, however narrow the dock: fewer, rounder ticks as it narrows."""

    def __init__(self):
        super().__init__("bottom", maxTextLevel=0)

    def boundingRect(self):
        """Reach half a label past both ends, so the first and last years, centred there, keep their labels."""
        return super().boundingRect().adjusted(-EDGE_LABEL_ROOM, 0, EDGE_LABEL_ROOM, 0)

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:
        """Return a labelled spacing that fits the width, with minor ticks at a fifth of it."""
        if size <= 0 or maxVal <= minVal:
            return super().tickSpacing(minVal, maxVal, size)
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        # The ends are padded (2024.8), the labels are round (2025): measure what will be shown.
        widest = max(metrics.horizontalAdvance(f"{value:.0f}") for value in (minVal, maxVal))
        major = time_spacing(maxVal - minVal, size, widest)
        return [(major, 0.0), (major / 5, 0.0)]


class PathPoints(pg.ScatterPlotItem):
    """The path's points; a left-button drag on one moves it."""

    def __init__(self, editor: PathEditor):
        super().__init__(size=11, symbol="o", pen=pg.mkPen("#1f5fa8", width=2), brush=pg.mkBrush("w"))
        self._editor = editor
        self._dragged: int | None = None

    def mouseDragEvent(self, event) -> None:
        """Move the point under the pointer, snapping to the time steps."""
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        if event.isStart():
            hit = self.pointsAt(event.buttonDownPos())
            if len(hit) == 0:
                event.ignore()
                return
            self._dragged = hit[0].index()
            self._editor.begin_drag(self._dragged)
        elif self._dragged is None:
            event.ignore()
            return
        event.accept()
        self._editor.drag_to(event.pos().x(), event.pos().y())
        if event.isFinish():
            self._dragged = None
            self._editor.end_drag()


class PathEditor(QWidget):
    """Edit an assumption's study path; a drag is one undo step and re-projects the charts as it goes."""

    drag_started = Signal()
    drag_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self._name = ""
        self._points: list[tuple[float, float]] = []
        self.selected: int | None = None
        self._gesture = 0
        self._dragging = False
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.plot = pg.PlotWidget(self, axisItems={"bottom": TimeTicks(), "left": ValueTicks("left")})
        # Tall enough that a drag moves the value in steps a hand can control, in the narrowest dock.
        self.plot.setMinimumHeight(220)
        self.plot.getPlotItem().layout.setContentsMargins(0, 4, EDGE_LABEL_ROOM, 0)  # room for the last year's label
        self.plot.setMenuEnabled(False)
        self.plot.setBackground(None)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.plot.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.line = self.plot.plot([], [], pen=pg.mkPen("#1f5fa8", width=2))
        self.points = PathPoints(self)
        self.plot.addItem(self.points)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("PathEditor", "Time"), QCoreApplication.translate("PathEditor", "Value")])
        self.table.verticalHeader().hide()
        self.table.setMinimumWidth(110)
        self.table.setMaximumWidth(140)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultSectionSize(50)
        self.table.itemChanged.connect(self._typed)
        self.table.currentCellChanged.connect(lambda row, *_: self._select(row))
        # Side by side when the dock is wide; the plot needs the width more than the table does.
        row = QSplitter(Qt.Orientation.Horizontal, self)
        row.addWidget(self.plot)
        row.addWidget(self.table)
        row.setStretchFactor(0, 3)
        row.setStretchFactor(1, 1)
        row.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(row)

    def bind(self, session: StudySession) -> None:
        """Edit this session's study."""
        self._session = session

    # -- showing ---------------------------------------------------------------------------------

    def show_variable(self, variable: Variable) -> None:
        """Show an assumption's path (or its constant value, ready for a first point)."""
        if self._session is None or self._dragging:
            return
        self._name = variable.name
        self._points = list(variable.path.points) if variable.path is not None else []
        times = self._session.study.time.points()
        self.plot.setXRange(float(times[0]), float(times[-1]), padding=0.02)
        if self._points:
            self.hint.setText(QCoreApplication.translate("PathEditor", "Drag a point (it snaps to the time steps), double-click to add one, Delete removes the selected one."))
            xs, ys = zip(*self._points)
            self.line.setData(np.r_[times[0], xs, times[-1]], np.r_[ys[0], ys, ys[-1]])
        else:
            self.hint.setText(QCoreApplication.translate("PathEditor", "No time path: the value holds in every year. Double-click the plot to add a first point."))
            value = variable.value or 0.0
            self.line.setData([times[0], times[-1]], [value, value])
        self.points.setData([p[0] for p in self._points], [p[1] for p in self._points])
        self._fit(variable)
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self._points))
            for k, (t, v) in enumerate(self._points):
                self.table.setItem(k, 0, QTableWidgetItem(show_number(t)))
                self.table.setItem(k, 1, QTableWidgetItem(show_number(v)))

    def _fit(self, variable: Variable) -> None:
        values = [p[1] for p in self._points] + [v for v in (variable.min, variable.max, variable.value) if v is not None]
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        if high <= low:
            low, high = low - 1.0, high + 1.0
        self.plot.setYRange(low, high, padding=0.1)

    # -- gestures --------------------------------------------------------------------------------

    def snap(self, t: float) -> float:
        """Return the time step nearest to t, inside the study's time axis."""
        assert self._session is not None
        time = self._session.study.time
        steps = round((t - time.start) / time.step)
        return float(np.clip(time.start + steps * time.step, time.start, time.end))

    def begin_drag(self, index: int) -> None:
        """Start moving a point: the edits until end_drag make one undo step."""
        self._select(index)
        self._gesture += 1
        self._dragging = True
        self.drag_started.emit()

    def drag_to(self, t: float, value: float) -> None:
        """Move the dragged point; the charts re-project at once."""
        if self.selected is None:
            return
        t = self.snap(t)
        # Two points at one time would make the path jump: the point stays at its time instead.
        if any(abs(p[0] - t) < 1e-9 for k, p in enumerate(self._points) if k != self.selected):
            t = self._points[self.selected][0]
        self._points[self.selected] = (t, float(value))
        self._store(self._gesture)
        self.points.setData([p[0] for p in self._points], [p[1] for p in self._points])

    def end_drag(self) -> None:
        """Finish a drag: the table and axes catch up, and the edit is saved."""
        self._dragging = False
        self.drag_finished.emit()
        if self._session is not None:
            self._session.scheduler.flush()
            self._session.autosave.flush()
            self.show_variable(self._session.study.variable(self._name))

    def add_point(self, t: float, value: float) -> None:
        """Add a point at the nearest time step (replacing a point already there)."""
        t = self.snap(t)
        self._points = sorted([p for p in self._points if abs(p[0] - t) > 1e-9] + [(t, float(value))])
        self.selected = next(k for k, p in enumerate(self._points) if p[0] == t)
        self._store(0)

    def delete_selected(self) -> None:
        """Delete the selected point (the last one leaves the assumption's constant value)."""
        if self.selected is None or not 0 <= self.selected < len(self._points):
            return
        del self._points[self.selected]
        self.selected = None
        self._store(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete removes the selected point."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not self.table.state() == QTableWidget.State.EditingState:
            self.delete_selected()
        else:
            super().keyPressEvent(event)

    def _clicked(self, event) -> None:
        view = self.plot.getPlotItem().getViewBox()
        position = view.mapSceneToView(event.scenePos())
        if event.double():
            self.add_point(position.x(), position.y())
            return
        hit = self.points.pointsAt(self.points.mapFromScene(event.scenePos()))
        self._select(hit[0].index() if len(hit) else None)

    def _select(self, index: int | None) -> None:
        self.selected = index if index is not None and 0 <= index < len(self._points) else None
        brushes = [pg.mkBrush("#1f5fa8" if k == self.selected else "w") for k in range(len(self._points))]
        if brushes:
            self.points.setBrush(brushes)

    def _typed(self, item: QTableWidgetItem) -> None:
        try:
            number = parse_number(item.text())  # "2027,5" in Spanish, "2027.5" in English
        except ValueError:
            typed, row = item.text(), item.row()
            if self._session is not None:
                self.show_variable(self._session.study.variable(self._name))
            self.hint.setText(fill(QCoreApplication.translate("PathEditor", "“%1” in row %2 is not a number; the point keeps its old value."), typed, row + 1))
            return
        t, value = self._points[item.row()]
        del self._points[item.row()]
        self.add_point(number if item.column() == 0 else t, number if item.column() == 1 else value)

    def _store(self, gesture: int) -> None:
        if self._session is None:
            return
        path = Path(tuple(self._points)) if self._points else None
        if self._session.study.variable(self._name).path != path:
            self._session.push(EditVariable(self._name, {"path": path}, gesture=gesture))
