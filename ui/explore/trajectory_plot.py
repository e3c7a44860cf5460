"""PRIM's peeling trajectory as a scatter: coverage across, density up, coloured by how many assumptions a box narrows."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from models.explore.prim import Trajectory
from ui.i18n.text import counted, fill, people_number

SPOT = 9  # pixels across a box's dot
CHOSEN = 18  # pixels across the ring around the chosen box


def restriction_colour(count: int, most: int) -> QColor:
    """Return the colour of a box that narrows `count` of at most `most` assumptions (light: few, dark: many)."""
    ramp = pg.colormap.get("viridis")
    share = 0.0 if most <= 0 else count / most
    # Reversed viridis: the whole space (0) is pale yellow, the narrowest boxes deep purple.
    return ramp.mapToQColor(1.0 - 0.9 * share)


class TrajectoryPlot(pg.PlotWidget):
    """Show every box of a trajectory as a dot; a click on a dot picks that box."""

    box_picked = Signal(int)  # index of the box in the trajectory

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setBackground(None)
        item = self.getPlotItem()
        item.setLabel("bottom", QCoreApplication.translate("TrajectoryPlot", "Coverage: share of the runs of interest inside the box"))
        item.setLabel("left", QCoreApplication.translate("TrajectoryPlot", "Density: share of the box's runs of interest"))
        item.showGrid(x=True, y=True, alpha=0.2)
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setMouseEnabled(False, False)
        # A little beyond 0 and 1 on both sides: the ends' ticks and dots are not cut at the frame.
        self.setXRange(-0.03, 1.03, padding=0)
        self.setYRange(-0.03, 1.03, padding=0)
        for side in ("bottom", "left"):
            item.getAxis(side).setTicks([[(v / 5, f"{v * 20}%") for v in range(6)]])
        # One persistent item for the dots and one for the ring: a new trajectory is `setData`, never a re-plot.
        self.dots = pg.ScatterPlotItem(size=SPOT, pen=pg.mkPen("#404040", width=0.5), hoverable=True,
                                       tip=self._tip)
        self.dots.sigClicked.connect(self._clicked)
        self.ring = pg.ScatterPlotItem(size=CHOSEN, brush=None, pen=pg.mkPen("#d62728", width=2.5))
        self.addItem(self.dots)
        self.addItem(self.ring)
        self._trajectory: Trajectory | None = None
        self.chosen = -1

    def show_trajectory(self, trajectory: Trajectory | None) -> None:
        """Draw a trajectory's boxes (None: clear)."""
        self._trajectory = trajectory
        self.chosen = -1
        self.ring.setData([], [])
        if trajectory is None:
            self.dots.setData([], [])
            return
        counts = [len(box.restricted(trajectory.bounds)) for box in trajectory.boxes]
        most = max(counts)
        self.dots.setData(x=[box.coverage for box in trajectory.boxes], y=[box.density for box in trajectory.boxes],
                          data=list(range(len(trajectory.boxes))),
                          brush=[pg.mkBrush(restriction_colour(count, most)) for count in counts])

    def restricted_counts(self) -> list[int]:
        """Return, per box drawn, how many assumptions it narrows."""
        trajectory = self._trajectory
        return [] if trajectory is None else [len(box.restricted(trajectory.bounds)) for box in trajectory.boxes]

    def choose(self, index: int) -> None:
        """Ring the box with this index."""
        trajectory = self._trajectory
        if trajectory is None or not 0 <= index < len(trajectory.boxes):
            return
        self.chosen = index
        box = trajectory.boxes[index]
        self.ring.setData([box.coverage], [box.density])

    def _clicked(self, _item, points, _event=None) -> None:
        if len(points):
            index = int(points[0].data())
            self.choose(index)
            self.box_picked.emit(index)

    def _tip(self, x: float, y: float, data: object) -> str:
        counts = self.restricted_counts()
        index = int(data)  # type: ignore[call-overload]  # the box's index, set with the dots
        narrowed = counts[index] if 0 <= index < len(counts) else 0
        return fill(counted(self.tr("Box %1: coverage %2, density %3, %n assumption(s) narrowed", "", narrowed), narrowed),
                    index, people_number(x, ".0%"), people_number(y, ".0%"))
