"""The model's measured effect of each driver on the impact map, beside the team's rating (Monte Carlo on only).

The tornado is asked of the compute service (its worker process) under a kind of its own, so the
tornado dialog and this map never cancel each other. The newest request wins; a late or failed answer
is said in the line beside the switch and never drawn over a newer one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from models.engine.tornado import Tornado
from models.foresight.measured import Measured, measured_effects
from models.timeline import horizons
from ui.compute.service import Answer, ComputeService, Failure
from ui.plots.timeline import format_time
from ui.session.choices import indicator_names
from ui.session.study_session import StudySession

KIND = "driver_effects"


def effect_time(session: StudySession) -> float:
    """Return when the effect is read: the end of the last horizon, within the run (its last time if none)."""
    times = session.times
    last = float(times[-1])
    ends = [h.end for h in horizons(session.study)]
    if not ends:
        return last
    return float(min(times, key=lambda t: abs(float(t) - min(max(ends), last))))


class MeasuredEffects(QWidget):
    """A switch, the indicator measured, and what is shown; `changed` hands the map its marks."""

    changed = Signal(object)  # dict[str, Measured]: driver id -> measured effect (empty: no marks)

    def __init__(self, service: Callable[[], ComputeService | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._connected: ComputeService | None = None
        self.session: StudySession | None = None
        self._stamp = 0  # the request whose answer is awaited (0: none)
        self.measured: dict[str, Measured] = {}
        self._on: bool | None = None  # Monte Carlo as last seen
        self.switch = QCheckBox(self.tr("Model's &effect on"), self)
        self.switch.toggled.connect(self.compute)
        self.indicator = QComboBox(self)
        self.indicator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicator.setMinimumContentsLength(16)  # long indicator titles are cut, not the window widened
        self.indicator.currentIndexChanged.connect(self.compute)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.switch)
        layout.addWidget(self.indicator)
        layout.addWidget(self.status, 1)

    def bind(self, session: StudySession) -> None:
        """Follow a study: its indicators, whether Monte Carlo is on, its results."""
        study = session.study
        self.indicator.blockSignals(True)
        self.indicator.clear()
        for name in indicator_names(study):
            self.indicator.addItem(study.variable(name).title, name)
        if session.choices.indicators:
            self.indicator.setCurrentIndex(max(0, self.indicator.findData(session.choices.indicators[0])))
        self.indicator.blockSignals(False)
        if self.session is not session or self._on is None:
            session.result_ready.connect(self._results)  # once per study: views are bound again after edits
        self.session = session
        self._on = None
        self.follow_uncertainty()

    @property
    def monte_carlo_on(self) -> bool:
        """Say whether the study has Monte Carlo (the uncertainty switch) on."""
        return self.session is not None and self.session.choices.uncertainty.on

    def follow_uncertainty(self) -> None:
        """Offer the switch only with Monte Carlo on; switched off, the marks go (nothing is done if unchanged)."""
        on = self.monte_carlo_on
        if on == self._on:
            return
        self._on = on
        self.switch.setEnabled(on)
        self.indicator.setEnabled(on)
        self.switch.setToolTip("" if on else self.tr("Turn Uncertainty on in the main window to measure each driver's effect"))
        self.compute()

    def _results(self, _stamp: int, _ids: list) -> None:
        if self.switch.isChecked() and self.isVisible():
            self.compute()  # the sliders moved: the swings are measured about the new values

    def compute(self) -> None:
        """Ask for the tornado of the chosen indicator in the selected scenario, or clear the marks."""
        service = self._service()
        if self.session is None or not (self.monte_carlo_on and self.switch.isChecked()) or service is None:
            if service is not None and self._stamp:
                service.cancel(KIND)
            self._stamp = 0
            self.status.setText("")
            self._show({})
            return
        if self._connected is not service:
            service.result_ready.connect(self._answered)
            service.failed.connect(self._failed)
            self._connected = service
        session = self.session
        scenario_id = session.choices.selected or session.study.scenarios[0].id
        params = {"scenario_id": scenario_id, "variable": self.indicator.currentData(), "time": effect_time(session)}
        self._stamp = service.request(KIND, session.study, params)
        self.status.setText(self.tr("Measuring each driver's effect…"))

    def wait(self) -> None:
        """Block until the effect asked for is drawn (for tests)."""
        service = self._service()
        if service is not None:
            service.wait(KIND)

    def _failed(self, failure: Failure) -> None:
        if failure.kind != KIND or failure.stamp != self._stamp:
            return
        self._stamp = 0
        self.status.setText(self.tr("The effects could not be measured: %1").replace("%1", failure.message))
        self._show({})

    def _answered(self, answer: Answer) -> None:
        if answer.kind != KIND or answer.stamp != self._stamp or self.session is None:
            return
        self._stamp = 0
        result: Tornado = answer.value
        drivers = self.session.study.foresight.drivers
        measured = measured_effects(drivers, result)
        scenario = self.session.study.scenario(self.session.choices.selected or self.session.study.scenarios[0].id)
        if not measured:
            self.status.setText(self.tr("No driver moves an assumption with an uncertainty distribution: "
                                        "link drivers to uncertain assumptions to compare."))
        else:
            self.status.setText(
                self.tr("◇ = the model: %1 of %2 drivers measured on %3 in %4, “%5” (swing 10th–90th "
                        "percentile; the largest is 5)")
                .replace("%1", str(len(measured))).replace("%2", str(len(drivers)))
                .replace("%3", self.indicator.currentText()).replace("%4", format_time(result.time))
                .replace("%5", scenario.name))
        self._show(measured)

    def _show(self, measured: dict[str, Measured]) -> None:
        self.measured = measured
        self.changed.emit(measured)
