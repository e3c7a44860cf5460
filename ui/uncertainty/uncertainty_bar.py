"""The uncertainty bar above the charts: the fan-chart switch, the sample count, and the chance and tornado tools."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QWidget,
)

from models.formatting import format_number
from ui.compute.service import ComputeService, Failure
from ui.panels.wrap_row import WrapRow
from ui.uncertainty.status_line import StatusLine
from ui.plots.chart_grid import ChartGrid
from ui.plots.fan_bands import FanBands
from ui.session.study_session import StudySession
from ui.session.view_settings import DEFAULT_SAMPLES
from ui.uncertainty.band_requests import BandRequests, BandResult
from ui.i18n.text import fill

SEED = 1  # one fixed seed: the same study always gives the same picture
BAND_FRAME = 0.1  # seconds between redraws of bands that are already behind a dragged slider


class UncertaintyBar(QWidget):
    """Switch fan charts on and keep every shown scenario's bands following the sliders."""

    bands_updated = Signal()  # new bands reached the charts (stale or current)

    def __init__(self, service: ComputeService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service  # also runs the chance and tornado tools' sampling
        self._session: StudySession | None = None
        self._charts: ChartGrid | None = None
        self._values_only: Callable[[], bool] = lambda: True
        self._reference: Callable[[], str | None] = lambda: None
        self._fans: dict[str, FanBands] = {}
        self._asked: dict[str, int] = {}  # scenario id -> stamp of the newest band request covering it
        self._have: dict[str, int] = {}  # scenario id -> stamp of the bands it shows
        self._names: list[str] = []  # indicators the current bands cover
        self._held = False
        self._parked: list[BandResult] = []  # results waiting for the next band frame of a drag
        self._drawn_at = 0.0
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.timeout.connect(self._draw_parked)
        # Scenarios whose bands a drag asks for, sent at most once a band frame: bands are drawn no
        # more often, so sampling each step cost the window a request and an answer a step for nothing.
        self._paced: dict[str, None] = {}
        self._asked_at = 0.0
        self._request_timer = QTimer(self)
        self._request_timer.setSingleShot(True)
        self._request_timer.timeout.connect(self._request_paced)
        self.last_seconds = 0.0
        self._problem = ""  # why the newest bands could not be computed
        self.worker = BandRequests(service, self)
        self.worker.bands_ready.connect(self._bands_arrived)
        self.worker.bands_failed.connect(self._bands_failed)
        self.toggle = QCheckBox(self.tr("&Uncertainty"), self)
        self.toggle.setToolTip(self.tr("Draw each scenario's median with its 50 % and 90 % bands from Monte Carlo samples"))
        self.toggle.toggled.connect(self._toggled)
        # Five scenarios' 90 % bands blur into one cloud: by default only the selected one and the
        # reference get bands, the others stay lines.
        self.all_fans = QCheckBox(self.tr("Bands for &all"), self)
        self.all_fans.setToolTip(self.tr("Draw bands for every shown scenario, not only the selected one and the reference"))
        self.all_fans.toggled.connect(self._toggled)
        self.samples = QSpinBox(self)
        self.samples.setRange(100, 100_000)
        self.samples.setSingleStep(500)
        self.samples.setValue(DEFAULT_SAMPLES)
        self.samples.setGroupSeparatorShown(True)
        self.samples.setSuffix(self.tr(" samples"))
        self.samples.setAccessibleName(self.tr("Monte Carlo samples"))
        self.samples.setToolTip(fill(QCoreApplication.translate("UncertaintyBar", "How many Monte Carlo samples the bands are drawn from (seed %1: the same study gives the same bands)"), SEED))
        self.samples.editingFinished.connect(self._samples_changed)
        self.status = StatusLine(self)
        self.status.setObjectName("uncertaintyStatus")
        buttons = []
        for text, tip, slot in (
            (self.tr("&Chance…"), self.tr("The chance that an indicator is above or below a value by a time"), self.open_chance),
            (self.tr("&Tornado…"), self.tr("Which uncertain inputs move an indicator most"), self.open_tornado),
            (self.tr("E&vent odds…"), self.tr("Each event's probability, its switch per scenario, and how often it happened"),
             self.open_events),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.append(button)
        self.chance_button, self.tornado_button, self.events_button = buttons
        # Opened by ui.explore, which owns the dialog: the bar only offers the way in.
        self.explore_button = QPushButton(QCoreApplication.translate("UncertaintyBar", "E&xplore…"), self)
        self.explore_button.setToolTip(QCoreApplication.translate("UncertaintyBar", "Where, across every slider's range, does an outcome happen? (Ctrl+Shift+E)"))
        buttons.append(self.explore_button)
        row = WrapRow(self)
        row.set_groups([([self.toggle, self.samples, self.all_fans], 0), ([self.status], 1), (list[QWidget](buttons), 0)])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(row)

    # -- binding ---------------------------------------------------------------------------------

    def bind(self, session: StudySession, charts: ChartGrid, values_only: Callable[[], bool] = lambda: True,
             reference: Callable[[], str | None] = lambda: None) -> None:
        """Follow a study's results and restore its uncertainty choices; `values_only` says whether charts show plain values."""
        self._session, self._charts, self._values_only = session, charts, values_only
        self._reference = reference
        self._fans.clear()
        self._parked.clear()
        self._paced.clear()
        self._asked.clear()
        self._have.clear()
        self._names = []
        saved = session.choices.uncertainty
        with QSignalBlocker(self.toggle), QSignalBlocker(self.samples), QSignalBlocker(self.all_fans):
            self.toggle.setChecked(saved.on)
            self.all_fans.setChecked(saved.all_fans)
            self.samples.setValue(saved.samples)
        self.samples.setEnabled(self.toggle.isChecked())
        self.all_fans.setEnabled(self.toggle.isChecked())
        session.result_ready.connect(self._results_arrived)
        session.choices_changed.connect(self.sync)
        session.scenarios_changed.connect(self.sync)
        session.model_changed.connect(self.recompute)
        self.sync()

    @property
    def on(self) -> bool:
        """Return whether fan charts are switched on."""
        return self.toggle.isChecked()

    def set_on(self, on: bool) -> None:
        """Switch fan charts on or off."""
        self.toggle.setChecked(on)

    def set_samples(self, count: int) -> None:
        """Draw the bands from this many samples."""
        self.samples.setValue(count)
        self._samples_changed()

    def fanned(self) -> list:
        """Return the shown scenarios that get bands: all of them, or the selected one and the reference."""
        assert self._session is not None
        study = self._session.study
        # Sampling does not restart at anchors yet: a re-anchored scenario's fan would show its parent's spread.
        shown = [s for s in self._session.shown_scenarios() if not study.resolved_anchors(s.id)]
        if self.all_fans.isChecked():
            return shown
        wanted = {self._session.choices.selected, self._reference()}
        return [s for s in shown if s.id in wanted]

    def fans(self, indicator: str) -> FanBands:
        """Return the fans drawn on an indicator's plot."""
        return self._fans[indicator]

    # -- keeping bands current -------------------------------------------------------------------

    def sync(self) -> None:
        """Match fans to the charts' plots and shown scenarios; ask for bands that are missing."""
        if self._session is None or self._charts is None:
            return
        scenarios = self.fanned()
        visible = self.on and self._values_only()
        plots = {plot.name: plot for plot in self._charts.plots()}
        for name in list(self._fans):
            if plots.get(name) is not self._fans[name].plot:
                del self._fans[name]
        for name, plot in plots.items():
            fans = self._fans.get(name)
            if fans is None:
                fans = self._fans[name] = FanBands(plot, self._session.times)
            fans.set_scenarios(scenarios)
            fans.set_visible(visible)
        if not visible:
            self._show_status()
            return
        if list(plots) != self._names or any(name not in self._names for name in plots):
            self.recompute()
        else:
            missing = [s.id for s in scenarios if s.id not in self._have]
            if missing:
                self._request(missing)
            self._show_status()

    def recompute(self) -> None:
        """Ask for the bands of every shown scenario again (the model, indicators or sample count changed)."""
        if self._session is None or not (self.on and self._values_only()):
            return
        self._have.clear()
        self._request([s.id for s in self.fanned()], replace_running=True)

    def hold_axes(self) -> None:
        """Keep the axes still while a slider is dragged."""
        self._held = True

    def release_axes(self) -> None:
        """Let bands widen the axes again."""
        self._held = False
        self._draw_timer.stop()
        self._request_timer.stop()
        self._request_paced()  # the drag's last position is sampled now, not a band frame later
        if self._parked:
            self._draw_parked()  # bands parked during the drag are shown (and fitted) when it ends
        else:
            self._fit()

    def _results_arrived(self, _stamp: int, scenario_ids: list[str]) -> None:
        self.refresh(scenario_ids)

    def refresh(self, scenario_ids: list[str]) -> None:
        """Ask again for the bands of those of these scenarios that are shown (their inputs changed)."""
        if self._session is None or not (self.on and self._values_only()):
            return
        shown = {s.id for s in self.fanned()}
        changed = [s for s in scenario_ids if s in shown]
        if not changed:
            return
        wait = BAND_FRAME - (time.perf_counter() - self._asked_at)
        if self._held and wait > 0:
            self._paced.update(dict.fromkeys(changed))
            for fans in self._fans.values():
                fans.mark_stale(changed)
            self._show_status()
            if not self._request_timer.isActive():
                self._request_timer.start(max(1, int(wait * 1000)))
            return
        self._request(changed)

    def _request_paced(self) -> None:
        paced = list(self._paced)
        self._paced.clear()
        if paced and self._session is not None and self.on and self._values_only():
            self._request(paced)

    def _request(self, scenario_ids: list[str], replace_running: bool = False) -> None:
        assert self._session is not None and self._charts is not None
        self._asked_at = time.perf_counter()
        for scenario_id in scenario_ids:
            self._paced.pop(scenario_id, None)  # asked for now
        self._names = [plot.name for plot in self._charts.plots()]
        stamp = self.worker.request(self._session.study, scenario_ids, self._names, self.samples.value(), SEED,
                                    replace_running)
        for scenario_id in scenario_ids:
            self._asked[scenario_id] = stamp
        for fans in self._fans.values():
            fans.mark_stale(scenario_ids)
        self._show_status()

    def _bands_arrived(self, result: BandResult) -> None:
        if self._session is None or not self.on:
            return
        self._parked.append(result)
        wait = BAND_FRAME - (time.perf_counter() - self._drawn_at)
        if self._held and wait > 0:
            # During a drag bands are redrawn at most every few frames, current or behind: the next
            # step makes even a current result stale at once, and a worker fast enough to answer
            # every step (native code) made every step redraw every chart's fans (1.5-2.6x a step
            # without bands). A slider held still gets its current bands when the timer fires.
            if not self._draw_timer.isActive():
                self._draw_timer.start(max(1, int(wait * 1000)))
            return
        self._draw_parked()

    def _bands_failed(self, failure: Failure) -> None:
        if failure.model_broken:
            self._problem = self.tr("Bands wait for the model to compile: see Problems.")
        else:
            self._problem = self.tr("Bands could not be computed: %1").replace("%1", failure.message)
        self._show_status()

    def _draw_parked(self) -> None:
        parked, self._parked = self._parked, []
        if self._session is None or not self.on or not parked:
            return
        self._drawn_at = time.perf_counter()
        self.last_seconds = parked[-1].seconds
        newest = {scenario_id: result for result in parked for scenario_id in result.stats
                  if result.stamp >= self._have.get(scenario_id, 0)}  # an older result never replaces newer bands
        self._problem = ""
        bands: dict[str, dict] = {}  # indicator -> scenario id -> (percentile rows, stale)
        for scenario_id, result in newest.items():
            stale = self._asked.get(scenario_id, 0) > result.stamp
            self._have[scenario_id] = result.stamp
            stats = result.stats[scenario_id]
            for row, name in enumerate(result.names):
                bands.setdefault(name, {})[scenario_id] = ({stat: values[row] for stat, values in stats.items()}, stale)
        for name, scenarios in bands.items():
            fans = self._fans.get(name)
            if fans is not None:
                fans.set_bands(scenarios)
        self._fit()
        self._show_status()
        self.bands_updated.emit()

    def _fit(self) -> None:
        if not self._held:
            for fans in self._fans.values():
                fans.fit()

    # -- choices ---------------------------------------------------------------------------------

    def _toggled(self, _on: bool) -> None:
        on = self.on
        self.samples.setEnabled(on)
        self.all_fans.setEnabled(on)
        self._store()
        self.sync()

    def _samples_changed(self) -> None:
        self._store()
        self.recompute()

    def _store(self) -> None:
        if self._session is not None:
            self._session.choices.uncertainty.on = self.on
            self._session.choices.uncertainty.samples = self.samples.value()
            self._session.choices.uncertainty.all_fans = self.all_fans.isChecked()
            self._session.store_choices()

    def stale(self) -> bool:
        """Return whether some shown bands are behind the sliders."""
        return bool(self._paced) or any(self._asked.get(s, 0) > self._have.get(s, -1) for s in self._asked)

    def _show_status(self) -> None:
        self.status.hold(self.on)  # while bands are on, a flip of the text must not re-wrap the bar
        if not self.on:
            self.status.setText("")
        elif not self._values_only():
            self.status.setText(self.tr("Bands are drawn when the charts show values, not differences."))
        elif self._problem:
            self.status.setText(self._problem)
        elif self.stale():
            self.status.setText(self.tr("⟳ Updating bands…"))
        else:
            # Passing the count picks the catalogue's plural form ("1 muestra", "1.000 muestras"); the number itself
            # comes from our formatter so it is grouped as the tables group it. English reads "samples": the box starts at 100.
            count = self.samples.value()
            text = (self.tr("Median (dashed), 50 % and 90 % bands from %1 samples (seed %2; %3 ms)", "", count)
                    .replace("%1", format_number(count, 0)).replace("%2", str(SEED))
                    .replace("%3", f"{self.last_seconds * 1000:.0f}"))
            if self._session is not None and self._session.study.events:
                # The line and the median differ for a reason the reader must be told.
                text += self.tr(". Solid lines: the run without chance events (each event only as the scenario switches it)")
            self.status.setText(text)

    # -- tools -----------------------------------------------------------------------------------

    def open_chance(self) -> None:
        """Ask the chance that an indicator is above or below a value by a time."""
        from ui.uncertainty.chance_dialog import ChanceDialog

        if self._session is not None:
            _run(ChanceDialog(self._session, self.service, self.samples.value(), SEED, self))

    def open_tornado(self) -> None:
        """Show which uncertain inputs move the first charted indicator most in the selected scenario."""
        from ui.uncertainty.tornado_dialog import TornadoDialog

        if self._session is not None:
            _run(TornadoDialog(self._session, self.service, self))

    def open_events(self) -> None:
        """Show each event's odds, switches and how often it happened."""
        from ui.uncertainty.event_odds_dialog import EventOddsDialog

        if self._session is not None:
            _run(EventOddsDialog(self._session, self.service, self.samples.value(), SEED, self))


def _run(dialog: QDialog) -> None:
    """Show a tool's dialog until it closes, then let it go (its connections to the compute service with it)."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
