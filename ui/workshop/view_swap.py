"""What the room can see in place of its charts: the study's 2×2 matrix (M) and the model's diagram (G).

One view at a time takes the charts' place; the keys toggle them. A mixin of PresentationView, which
makes the matrix and owns the charts, the legend and the page number these views stand in for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.diagram.view import DiagramView
    from ui.session.study_session import StudySession
    from ui.workshop.chart_pages import ChartPages
    from ui.workshop.controller import WorkshopController
    from ui.workshop.room_matrix import RoomMatrix

    _Widget = QWidget  # the checker sees the widget this is mixed into; at run time it adds no base
else:
    _Widget = object


class ViewSwap(_Widget):
    """Toggles the matrix and the diagram in place of the charts; the view it is mixed into holds the parts."""

    session: StudySession
    controller: WorkshopController
    matrix: RoomMatrix
    diagram: DiagramView | None
    _diagram_start: dict[str, float]
    pages: ChartPages
    page: QLabel
    legend: QLabel

    # -- the 2×2 matrix ------------------------------------------------------------------------

    def toggle_matrix(self) -> None:
        """Show the study's 2×2 matrix big instead of the charts, or go back to the charts."""
        showing = not self.matrix.isVisible()
        if showing:
            indicators = self.controller.workshop.indicators
            self.matrix.rebuild(indicators[0] if indicators else None)
        # Hide before showing: for a moment both would be laid out, and the window would grow to hold them.
        charts: list[QWidget] = [self.pages, self.page, self.legend]
        going, coming = (charts, [self.matrix]) if showing else ([self.matrix], charts)
        if showing and self.diagram is not None:
            going = [*going, self.diagram]  # one view at a time in place of the charts
        for widget in going:
            widget.hide()
        for widget in coming:
            widget.show()

    def _matrix_scenarios_changed(self) -> None:
        if self.matrix.isVisible():  # quadrant names or scenarios changed (a pole, an undo): draw them afresh
            self.matrix.rebuild(self.matrix.headline)
            if self.matrix.picked is not None:
                self.matrix.pick(self.matrix.picked)

    def pick_quadrant(self, number: int) -> None:
        """Pick quadrant `number` (1-4) of the matrix shown; the next capture branches from it."""
        if self.matrix.isVisible():
            self.matrix.pick(number)

    # -- the model's diagram, in place of the charts -------------------------------------------

    def toggle_diagram(self) -> None:
        """Show the model's diagram instead of the charts, or the charts again: the room sees the effect travel."""
        from ui.diagram.view import DiagramView  # drawn only for rooms that ask for it

        if self.diagram is None:
            self.diagram = DiagramView(self)
            self.diagram.max_fit = 2.5  # read from the back of the room: small models drawn large
            self.diagram.group_lanes = False  # a wide, low space: the compact drawing is read from further away
            self.diagram.min_fit = 0.0  # no scroll bars here: the room always sees the whole model
            for policy in (self.diagram.setHorizontalScrollBarPolicy, self.diagram.setVerticalScrollBarPolicy):
                policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)  # made in __init__
            layout.insertWidget(layout.indexOf(self.pages) + 1, self.diagram, 1)
            self.diagram.hide()
        showing = not self.diagram.isVisible()
        if showing and self.matrix.isVisible():  # one view at a time in place of the charts
            self.matrix.hide()
            self.legend.show()
            self.page.show()
        if showing:
            self.diagram.pinned = dict(self.session.study.diagram_positions)
            self.diagram.show_study(self.session.study)
        self.pages.setVisible(not showing)
        self.diagram.setVisible(showing)
        if showing:
            from ui.diagram.live import end_values

            self.diagram.fit()
            # The room compares with the moment it opened the diagram: each lever moved since shows its effect.
            self._diagram_start = end_values(self.diagram, self.session, self.controller.scenario.id)
            self._badge_diagram()

    def _badge_diagram(self) -> None:
        from ui.diagram.live import show_changes_since

        assert self.diagram is not None
        show_changes_since(self.diagram, self.session, self.controller.scenario.id, self._diagram_start)
