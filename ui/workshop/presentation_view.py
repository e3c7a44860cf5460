"""The room's screen: scenario and horizons, two to four big charts, the session's levers, the keys."""

from __future__ import annotations

import functools
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPalette, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models.timeline import horizons
from ui.plots.chart_grid import time_marks
from ui.plots.colours import scenario_hex
from ui.plots.legend_bar import unbreakable
from ui.tracking.markers import show_room_actuals
from ui.workshop.chart_pages import MIN_CHART_HEIGHT, ChartPages
from ui.workshop.controller import WorkshopController
from ui.workshop.lever_strip import LeverStrip
from ui.workshop.presentation_plot import PresentationPlot, pixel_font
from ui.workshop.room_matrix import RoomMatrix
from ui.workshop.view_swap import ViewSwap
from ui.i18n.text import QT_TRANSLATE_NOOP, fill
from ui.plots.time_marks import horizon_label

if TYPE_CHECKING:  # drawn only for rooms that ask for it: not loaded with the room's screen
    from ui.diagram.view import DiagramView

MAX_PROPOSALS_SHOWN = 3  # more thin lines than this and the room cannot tell them apart
FLASH_MS = 4000
FLASH_INK = "#14532d"
REPLAY_INK = "#991b1b"  # the room must see at once that this is not the live state
KEYS = QT_TRANSLATE_NOOP("PresentationView", "F9 capture   ·   Ctrl+Z undo   ·   F freeze   ·   M matrix   ·   G diagram   ·   Esc leave")
# The room's screen is designed at 1920×1080; smaller screens scale it down, but not below this.
MIN_SCALE = 0.6


def room_scale(width: int, height: int) -> float:
    """Return how large type and lines are on a screen, against the 1920×1080 the room's screen is drawn for."""
    return max(MIN_SCALE, min(width / 1920, height / 1080))


class PresentationView(ViewSwap, QWidget):
    """Another view of the same session: the main window keeps driving it, undo and all."""

    left = Signal()

    def __init__(self, controller: WorkshopController, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.controller = controller
        self.replay = None  # a Replay while the room sees a logged state instead of the live one
        session = self.session = controller.session
        self.setWindowTitle(QCoreApplication.translate("PresentationView", "Prospectiva — presentation"))
        palette = self.palette()
        for role, color in ((QPalette.ColorRole.Window, "#ffffff"), (QPalette.ColorRole.WindowText, "#000000"),
                            (QPalette.ColorRole.Base, "#ffffff"), (QPalette.ColorRole.Text, "#000000")):
            palette.setColor(role, color)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.scale = 0.0
        self._shown_legend: list | None = None
        self.title = QLabel(self)
        self.title.setWordWrap(True)  # a long scenario name or replayed step takes two lines, not a wider screen
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.horizons = QLabel(fill(self.tr("Horizons: %1"), " &nbsp;·&nbsp; ".join(unbreakable(horizon_label(h.name)) for h in horizons(session.study))), self)
        self.horizons.setTextFormat(Qt.TextFormat.RichText)
        self.horizons.setWordWrap(True)
        self.horizons.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.flash = QLabel(self)
        self.flash.setWordWrap(True)
        self.flash.setStyleSheet(f"color: {FLASH_INK};")
        self.flash.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.keys = QLabel(self.tr(KEYS), self)
        self.keys.setStyleSheet("color: #334155;")
        self.page = QLabel(self)
        self.page.setStyleSheet("color: #334155;")
        self.levers = LeverStrip(session, controller.workshop.scenario_id, self)
        self.levers.drag_started.connect(self._drag_started)
        self.levers.drag_finished.connect(self._drag_finished)
        self._plots: list[PresentationPlot] = []
        self._actuals_shown = False  # the legend names the actuals' marks when a chart has some
        self.pages = ChartPages(self)
        self.pages.page_changed.connect(self.page.setText)
        header = QHBoxLayout()
        header.addWidget(self.title, 3)
        header.addWidget(self.horizons, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.flash, 1)
        footer.addWidget(self.page, 0, Qt.AlignmentFlag.AlignRight)
        footer.addWidget(self.keys, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 14)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.legend)
        layout.addWidget(self.pages, 1)
        self.matrix = RoomMatrix(session, self)  # the study's 2×2 matrix, shown instead of the charts (M)
        self.matrix.hide()
        layout.addWidget(self.matrix, 1)
        layout.addWidget(self.levers)
        layout.addLayout(footer)
        self.diagram: DiagramView | None = None  # the model's diagram, made when the room first asks for it (G)
        self._diagram_start: dict[str, float] = {}  # where each variable ended when the diagram was opened
        self.frozen_cover = QLabel(self)  # a still picture of the screen while frozen
        self.frozen_cover.hide()
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self.flash.clear)
        self._build_shortcuts()
        self.set_scale(room_scale(1920, 1080))
        session.result_ready.connect(self._results_arrived)
        # A capture changes the scenarios and the proposals in one step: redraw once, when it is done.
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(0)
        self._rebuild_timer.timeout.connect(self.rebuild_scenarios)
        session.scenarios_changed.connect(self._rebuild_timer.start)
        session.scenarios_changed.connect(self._matrix_scenarios_changed)
        controller.captured.connect(self._show_flash)
        controller.proposals_changed.connect(self._rebuild_timer.start)
        controller.frozen_changed.connect(self._frozen_changed)
        controller.choice_changed.connect(self.rebuild)
        session.tracking_changed.connect(self.show_actuals)
        self.rebuild()

    def _build_shortcuts(self) -> None:
        stack = self.session.undo_stack
        bindings = [
            (("Esc",), self.leave), (("F5",), self.leave), (("F9", "C", "Return"), self._capture),
            (("F",), self.controller.toggle_freeze), (("Ctrl+Z",), stack.undo), (("Ctrl+Shift+Z", "Ctrl+Y"), stack.redo),
            (("PgDown",), lambda: self.pages.turn(1)), (("PgUp",), lambda: self.pages.turn(-1)),
            (("M",), self.toggle_matrix), (("G",), self.toggle_diagram),
        ]
        bindings += [((str(n),), functools.partial(self.pick_quadrant, n)) for n in range(1, 5)]
        for keys, slot in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(slot)

    # -- contents ------------------------------------------------------------------------------

    def rebuild(self) -> None:
        """Lay out the session's charts and levers afresh (the choices changed)."""
        workshop = self.controller.workshop
        for plot in self._plots:
            plot.setParent(None)
            plot.deleteLater()
        self._plots = []
        for name in workshop.indicators:
            plot = PresentationPlot(self.session.study.variable(name), self.session.times, self.pages,
                                    time_marks(self.session.study))
            plot.live_id = workshop.scenario_id
            plot.set_scale(self.scale)
            self._plots.append(plot)
        self.pages.set_plots(self._plots)
        self.show_actuals()
        self.levers.set_levers(workshop.levers)
        if self.replay is not None:
            self.show_replay(self.replay)
        else:
            self.rebuild_scenarios()

    def set_scale(self, scale: float) -> None:
        """Size type, charts and levers for a screen `scale` times 1920×1080."""
        if scale == self.scale:
            return
        self.scale = scale
        self.title.setFont(pixel_font(44 * scale, bold=True))
        self.horizons.setFont(pixel_font(28 * scale))
        self.legend.setFont(pixel_font(28 * scale))
        self.flash.setFont(pixel_font(30 * scale, bold=True))
        self.keys.setFont(pixel_font(24 * scale))
        self.page.setFont(pixel_font(24 * scale, bold=True))
        margin = round(28 * scale)
        layout = self.layout()
        assert layout is not None  # made in __init__
        layout.setContentsMargins(margin, round(18 * scale), margin, round(14 * scale))
        self.pages.set_min_height(round(MIN_CHART_HEIGHT * max(1.0, scale)))
        self.levers.set_scale(scale)
        self.matrix.set_scale(scale)
        for plot in self._plots:
            plot.set_scale(scale)
        self.show_actuals()
        if self._shown_legend is not None:
            self._show_legend(self._shown_legend)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Scale everything to the screen the room sees."""
        self.set_scale(room_scale(self.width(), self.height()))
        super().resizeEvent(event)

    def shown_scenarios(self) -> list:
        """Return the scenarios drawn: the latest proposals, then the explored scenario."""
        study = self.session.study
        recent = [study.scenario(p.scenario_id) for p in self.controller.proposals()[-MAX_PROPOSALS_SHOWN:]]
        return recent + [self.controller.scenario]

    def rebuild_scenarios(self) -> None:
        """Show the explored scenario and the latest proposals, named in the legend."""
        if self.replay is not None or not any(s.id == self.controller.workshop.scenario_id for s in self.session.study.scenarios):
            return
        self._rebuild_timer.stop()
        scenarios = self.shown_scenarios()
        self.title.setStyleSheet("")
        self.title.setText(fill(QCoreApplication.translate("PresentationView", "Exploring: %1"), self.controller.scenario.name))
        self._show_legend(scenarios)
        self.refresh([s.id for s in scenarios], force=True)

    def show_replay(self, replay) -> None:
        """Show the room a logged state of the session, levers locked; the study is not touched."""
        self.replay = replay
        scenarios = replay.scenarios()
        entry = replay.entry
        self.title.setStyleSheet(f"color: {REPLAY_INK};")
        self.title.setText(fill(QCoreApplication.translate("PresentationView", "Replay: step %1 of %2, %3"), replay.index + 1, len(replay.entries), clock_time(entry.at)))
        self._flash_timer.stop()
        self.flash.setStyleSheet(f"color: {REPLAY_INK};")
        self.flash.setText(entry.text)
        self._show_legend(scenarios)
        for plot in self._plots:
            for scenario in scenarios:
                plot.set_series(scenario.id, replay.series(scenario.id, plot.name))
            plot.fit(force=True)
        self.levers.hold(replay.lever_values(list(self.levers.controls)))

    def show_live(self) -> None:
        """Leave a replay: the room sees the live session again."""
        self.replay = None
        self.flash.clear()
        self.flash.setStyleSheet(f"color: {FLASH_INK};")
        self.levers.hold(None)
        self.rebuild_scenarios()

    def show_actuals(self) -> None:
        """Mark what was observed on the room's charts, as on the desktop; the legend names the marks."""
        self._actuals_shown = sum(show_room_actuals(plot, self.session.study, self.scale) for plot in self._plots) > 0
        if self._shown_legend is not None:
            self._show_legend(self._shown_legend)

    def _show_legend(self, scenarios: list) -> None:
        self._shown_legend = scenarios
        swatch = round(34 * self.scale)
        # Each entry stays whole: a legend wraps between names, never inside one.
        entries = [f"<span style='color:{scenario_hex(s)}; font-size:{swatch}px'>■</span>&nbsp;{unbreakable(s.name)}" for s in reversed(scenarios)]
        if self._actuals_shown:
            entries.append(f"<span style='font-size:{round(28 * self.scale)}px'>◆</span>&nbsp;"
                           + unbreakable(QCoreApplication.translate("Workshop", "observed")))
        self.legend.setText(" &nbsp;&nbsp; ".join(entries))
        for plot in self._plots:
            plot.set_scenarios(scenarios)

    def refresh(self, scenario_ids: list[str], force: bool = False) -> int:
        """Give new results to the charts; return how many curves were redrawn."""
        if self.controller.frozen or self.replay is not None:
            return 0
        redrawn = 0
        for plot in self._plots:
            for scenario_id in scenario_ids:
                redrawn += plot.set_series(scenario_id, self.session.series(scenario_id, plot.name))
            plot.fit(force=force)
        return redrawn

    def plots(self) -> list[PresentationPlot]:
        """Return the charts in display order."""
        return list(self._plots)

    def _results_arrived(self, _stamp: int, scenario_ids: list[str]) -> None:
        self.refresh(scenario_ids)
        if self.matrix.isVisible() and not self.controller.frozen:
            self.matrix.refresh()
        if self.diagram is not None and self.diagram.isVisible():
            self._badge_diagram()

    # -- gestures ------------------------------------------------------------------------------

    def _drag_started(self) -> None:
        for plot in self._plots:
            plot.hold_axes()

    def _drag_finished(self) -> None:
        self.session.scheduler.flush()
        for plot in self._plots:
            plot.release_axes()
        self.session.autosave.flush()

    def _capture(self) -> None:
        # A replayed state is not what the levers hold, so capturing it would surprise the room.
        if self.replay is not None:
            return
        # With the matrix up and a quadrant picked, the capture is a variant of that quadrant's scenario.
        quadrant = self.matrix.picked_scenario() if self.matrix.isVisible() else None
        if self.matrix.isVisible() and quadrant is None:
            self._show_flash(self.tr("Pick a quadrant first: keys 1–4."))
            return
        self.controller.capture(quadrant)

    def _show_flash(self, message: str) -> None:
        self.flash.setText(message)
        self._flash_timer.start()

    def _frozen_changed(self, frozen: bool) -> None:
        if frozen:
            self.frozen_cover.setPixmap(self.grab())
            self.frozen_cover.setGeometry(self.rect())
            self.frozen_cover.raise_()
            self.frozen_cover.show()
        else:
            self.frozen_cover.hide()
            self.rebuild_scenarios()

    def leave(self) -> None:
        """Close the room's screen; the session goes on in the main window."""
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Write any pending log entry and tell the main window the view has gone."""
        self.controller.flush_log()
        self.left.emit()
        super().closeEvent(event)


def clock_time(at: datetime) -> str:
    """Return a logged time as the local wall clock (the log stores UTC)."""
    moment = at if at.tzinfo is not None else at.replace(tzinfo=timezone.utc)
    return f"{moment.astimezone():%H:%M:%S}"

