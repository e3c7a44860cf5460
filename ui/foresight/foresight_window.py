"""The Foresight window: drivers, the 2x2 matrix, the morphological box and the actors, one tab each."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.compute.service import ComputeService
from ui.foresight.actors_view import ActorsView
from ui.foresight.box_view import BoxView
from ui.foresight.drivers_view import DriversView
from ui.foresight.matrix_view import MatrixView
from ui.session.study_session import StudySession

TABS = ("drivers", "matrix", "box", "actors")


class ForesightWindow(QWidget):
    """Show the study's foresight layer; every view follows edits and undo, the matrix follows results."""

    def __init__(self, parent: QWidget | None = None, service: Callable[[], ComputeService | None] = lambda: None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(QCoreApplication.translate("ForesightWindow", "Foresight"))
        self.session: StudySession | None = None
        self._stale = True  # the views have not seen the current study as it is
        self.drivers = DriversView(self, service)  # the service measures drivers' effects (Monte Carlo on)
        self.matrix = MatrixView(self)
        self.box = BoxView(self)
        self.actors = ActorsView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.drivers, QCoreApplication.translate("ForesightWindow", "&Drivers"))
        self.tabs.addTab(self.matrix, QCoreApplication.translate("ForesightWindow", "2×2 &matrix"))
        self.tabs.addTab(self.box, QCoreApplication.translate("ForesightWindow", "Morphological &box"))
        self.tabs.addTab(self.actors, QCoreApplication.translate("ForesightWindow", "&Actors"))
        self._behind: set[QWidget] = set()  # views behind other tabs that have not seen the latest edit
        self._seen = -1  # the session's revision the views last refreshed for: one edit, one refresh
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self.resize(1280, 720)

    def views(self) -> tuple:
        """Return the four views in tab order."""
        return self.drivers, self.matrix, self.box, self.actors

    def bind(self, session: StudySession) -> None:
        """Follow a newly opened study (the views fill when the window is shown: a study opens faster)."""
        self.session = session
        self._stale = True
        # Bound methods: Qt drops the connections when this window goes, so a closing study never reaches dead views.
        session.foresight_changed.connect(self.refresh)
        session.scenarios_changed.connect(self.refresh)  # quadrant names, a scenario made from the box
        session.result_ready.connect(self._results)
        if self.isVisible():
            self._bind_views()

    def _bind_views(self) -> None:
        self._stale = False
        self._seen = self.session.revision if self.session is not None else -1
        self._behind.clear()
        for view in self.views():
            view.bind(self.session)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.session is not None and self._stale:
            self._bind_views()
        elif self.session is not None:
            self.drivers.effects.follow_uncertainty()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Monte Carlo is switched in the main window: coming back here, the map follows it.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not self._stale:
            self.drivers.effects.follow_uncertainty()

    def _results(self, _stamp: int, _ids: list) -> None:
        if self.isVisible() and not self._stale:
            self.matrix.refresh_results()

    def refresh(self) -> None:
        """Show the layer as the study has it now (when hidden: once it is shown again)."""
        if self.session is None:
            return
        if not self.isVisible():
            self._stale = True
            return
        if self._stale:
            self._bind_views()
            return
        # An edit of the matrix changes both the layer and its scenarios: two signals, one refresh.
        if self.session.revision == self._seen:
            return
        self._seen = self.session.revision
        # The tab in front at once, painted before the main window's panels react (within the frame);
        # the others when they come to the front.
        current = self.tabs.currentIndex()
        for index, view in enumerate(self.views()):
            if index == current:
                view.refresh()
                view.repaint()
            else:
                self._behind.add(view)

    def _tab_changed(self, index: int) -> None:
        view = self.views()[index] if 0 <= index < len(self.views()) else None
        if view in self._behind and not self._stale:
            self._behind.discard(view)
            view.refresh()

    def show_tab(self, name: str) -> None:
        """Bring the window up on one tab."""
        self.tabs.setCurrentIndex(TABS.index(name))
        self.show()
        self.raise_()
        self.activateWindow()
