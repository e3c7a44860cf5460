"""The 2x2 matrix on the room's screen: four big quadrants, picked with keys 1-4, each with its headline chart.

Numbered in reading order as the matrix is drawn: 1 top left, 2 top right, 3 bottom left, 4 bottom
right (columns: the first axis's poles, left to right; rows: the second axis's, top is its second pole).
The picked quadrant is framed in its colour; the room's capture (F9) then branches from its scenario.
"""

from __future__ import annotations

from html import escape

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from models.foresight.domain import Matrix
from models.foresight.matrix import QUADRANT_COLOURS
from models.timeline import horizons
from ui.plots.chart_grid import time_marks
from ui.plots.timeline import format_value
from ui.session.study_session import StudySession
from ui.workshop.presentation_plot import PresentationPlot, pixel_font

NUMBERED = ("01", "11", "00", "10")  # key 1..4 -> quadrant, in reading order
INK = "#000000"
MUTED = "#334155"


class QuadrantPlot(PresentationPlot):
    """A headline chart without its title: the indicator is named once, above the four quadrants."""

    def sizeHint(self) -> QSize:
        """Ask for little: a window's height follows its contents' wishes, and four charts must fit any screen."""
        return QSize(160, 90)

    def place_mark_labels(self) -> None:
        """Name no time mark: on four small charts the names would take the room the curves need (or sit on them);
        the lines and the horizons' tint stay, and each quadrant's values name the horizons below its chart."""
        for label in self.time_mark_labels():
            label.setVisible(False)

    def update_title(self) -> None:
        """Show no title (four identical titles would take the room the curves need)."""
        if self._title_shown != ("", "", ""):
            self._title_shown = ("", "", "")
            item = self.getPlotItem()
            item.titleLabel.setText("")
            item.setTitle(None)
            item.layout.setRowFixedHeight(0, 0)


class RoomQuadrant(QFrame):
    """One quadrant for the room: its number and scenario, the headline chart against the reference, horizon values."""

    def __init__(self, number: int, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.key = key
        self.scenario_id: str | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.values = QLabel(self)
        self.values.setWordWrap(True)
        self.values.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.plot: PresentationPlot | None = None
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.values)
        self.set_picked(False, 1.0)

    def set_plot(self, plot: PresentationPlot | None) -> None:
        """Put a fresh headline chart in the quadrant (None: no chart)."""
        if self.plot is not None:
            self.plot.setParent(None)
            self.plot.deleteLater()
        self.plot = plot
        if plot is not None:
            self._layout.insertWidget(1, plot, 1)

    def set_picked(self, picked: bool, scale: float) -> None:
        """Frame the quadrant in its colour when it is the one picked."""
        width = max(2, round((10 if picked else 2) * scale))
        colour = QUADRANT_COLOURS[self.key] if picked else "#94a3b8"
        self.setStyleSheet(f"RoomQuadrant {{ border: {width}px solid {colour}; background: white; }}")
        margin = max(4, round(14 * scale))
        self._layout.setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.6))
        self._layout.setSpacing(max(2, round(6 * scale)))


class RoomMatrix(QWidget):
    """The study's matrix as the room sees it; `picked` says which quadrant scenario keys 1-4 chose."""

    picked_changed = Signal(str)  # the picked quadrant's scenario id ("" when none)

    def __init__(self, session: StudySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.scale = 1.0
        self.headline: str | None = None
        self.picked: int | None = None  # 1..4
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.poles = [QLabel(self) for _ in range(4)]  # axis 1 pole 0 (left), pole 1 (right); axis 2 pole 0 (bottom), 1 (top)
        for label in self.poles:
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(f"color: {INK};")
        self.quadrants = {number: RoomQuadrant(number, key, self) for number, key in enumerate(NUMBERED, start=1)}
        grid = QGridLayout()
        grid.addWidget(self.poles[3], 0, 1, 1, 2)
        grid.addWidget(self.quadrants[1], 1, 1)
        grid.addWidget(self.quadrants[2], 1, 2)
        grid.addWidget(self.quadrants[3], 2, 1)
        grid.addWidget(self.quadrants[4], 2, 2)
        grid.addWidget(self.poles[2], 3, 1, 1, 2)
        grid.addWidget(self.poles[0], 1, 0, 2, 1)
        grid.addWidget(self.poles[1], 1, 3, 2, 1)
        for column in (1, 2):
            grid.setColumnStretch(column, 1)
        for row in (1, 2):
            grid.setRowStretch(row, 1)
        self._grid = grid
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)

    @property
    def matrix(self) -> Matrix | None:
        """Return the study's matrix, if it has one."""
        return self.session.study.foresight.matrix

    def picked_scenario(self) -> str | None:
        """Return the scenario of the picked quadrant, if one is picked and made."""
        if self.picked is None:
            return None
        return self.quadrants[self.picked].scenario_id

    def pick(self, number: int) -> None:
        """Pick quadrant `number` (1-4) for the room's next capture."""
        self.picked = number
        for n, quadrant in self.quadrants.items():
            quadrant.set_picked(n == number, self.scale)
        self._say_heading()
        self.picked_changed.emit(self.picked_scenario() or "")

    def set_scale(self, scale: float) -> None:
        """Size type and frames for a screen `scale` times 1920×1080."""
        self.scale = scale
        self.heading.setFont(pixel_font(28 * scale))
        for label in self.poles:
            label.setFont(pixel_font(30 * scale, bold=True))
        width = round(170 * scale)  # the side poles wrap in a column of their own
        self._grid.setColumnMinimumWidth(0, width)
        self._grid.setColumnMinimumWidth(3, width)
        for label in self.poles[:2]:
            label.setFixedWidth(width)
        for number, quadrant in self.quadrants.items():
            quadrant.title.setFont(pixel_font(32 * scale, bold=True))
            quadrant.values.setFont(pixel_font(26 * scale))
            quadrant.set_picked(number == self.picked, scale)
            if quadrant.plot is not None:
                quadrant.plot.set_scale(scale)

    def rebuild(self, headline: str | None) -> None:
        """Lay out the matrix afresh for a headline indicator (the workshop's first)."""
        self.headline = headline
        matrix, study = self.matrix, self.session.study
        names = {s.id: s for s in study.scenarios}
        for quadrant in self.quadrants.values():
            quadrant.scenario_id = None
            quadrant.set_plot(None)
        if matrix is None:
            for label in self.poles:
                label.setText("")
            self.heading.setText(self.tr("This study has no 2×2 matrix yet: set one up in Foresight ▸ 2×2 matrix."))
            return
        poles = (matrix.axes[0].poles[0].label, matrix.axes[0].poles[1].label,
                 matrix.axes[1].poles[0].label, matrix.axes[1].poles[1].label)
        for label, text, arrow in zip(self.poles, poles, ("◀\n", "▶\n", "▼ ", "▲ ")):
            label.setText(arrow + text)
        reference = names.get(matrix.reference or "")
        for number, quadrant in self.quadrants.items():
            scenario = names.get(matrix.quadrants.get(quadrant.key, ""))
            first, second = matrix.poles_of(quadrant.key)
            quadrant.scenario_id = scenario.id if scenario else None
            quadrant.title.setText(f"{number}  {scenario.name if scenario else first.label + ' / ' + second.label}")
            if scenario is None or headline is None:
                quadrant.values.setText(self.tr("Not made yet: Foresight ▸ 2×2 matrix ▸ Make the four scenarios."))
                continue
            plot = QuadrantPlot(study.variable(headline), self.session.times, quadrant, time_marks(study))
            plot.setMinimumSize(0, 0)  # the quadrants share the screen: they shrink with it, never grow the window
            plot.live_id = scenario.id
            plot.set_scale(self.scale)
            plot.set_scenarios([s for s in (reference, scenario) if s is not None])
            quadrant.set_plot(plot)
        self._say_heading()
        self.refresh()

    def _say_heading(self) -> None:
        if self.matrix is None:
            return
        variable = self.session.study.variable(self.headline) if self.headline else None
        unit = f" ({variable.unit})" if variable is not None and variable.unit else ""
        named = f"<b>{escape(variable.title)}</b>{escape(unit)}" if variable is not None else ""
        keys = self.tr("1–4 pick a quadrant · F9 captures a variant of it · M back to the charts")
        self.heading.setText(f"{named} &nbsp;·&nbsp; <span style='color:{MUTED}'>{keys}</span>" if named else keys)

    def refresh(self) -> None:
        """Give the quadrants' charts and horizon values the latest results."""
        matrix = self.matrix
        if matrix is None or self.headline is None:
            return
        study = self.session.study
        times = self.session.times
        # Each horizon's value at its end, or at the run's end when the horizon reaches past it.
        ends = [(h.name, min(h.end, float(times[-1]))) for h in horizons(study) if h.start <= times[-1]]
        reference = self.session.series(matrix.reference, self.headline) if matrix.reference else None
        for quadrant in self.quadrants.values():
            if quadrant.plot is None or quadrant.scenario_id is None:
                continue
            series = self.session.series(quadrant.scenario_id, self.headline)
            quadrant.plot.set_series(quadrant.scenario_id, series)
            if matrix.reference and reference is not None:
                quadrant.plot.set_series(matrix.reference, reference)
            quadrant.plot.fit(force=True)
            if series is None:
                quadrant.values.setText(self.tr("No results yet."))
                continue
            parts = [f"{name}: {format_value(float(np.interp(end, times, series)))}" for name, end in ends]
            quadrant.values.setText("   ·   ".join(parts))
