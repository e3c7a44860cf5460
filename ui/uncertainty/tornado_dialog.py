"""The tornado: which uncertain inputs move an indicator most, one at a time, as a bar chart with a caption."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.engine.tornado import Tornado
from ui.compute.service import Answer, ComputeService, Failure
from ui.plots.timeline import format_time, format_value
from ui.plots.value_ticks import ValueTicks
from ui.session.choices import indicator_names
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

KIND = "tornado"
LOW_COLOUR, HIGH_COLOUR = "#4c78a8", "#f58518"  # input at its 10th / 90th percentile
CAPTION = QT_TRANSLATE_NOOP("TornadoDialog",
    "Each bar moves one uncertain input from its 10th to its 90th percentile (blue: 10th, orange: 90th) "
    "while every other input keeps its value in this scenario; the line marks the value with every input "
    "at its value. Longer bars matter more. ⚠ marks an input whose effect turns back inside its range, so "
    "the bar understates it. Inputs are swung one at a time: effects that only appear when several inputs "
    "move together are not shown, and events happen only where the scenario switches them on."
)


class TornadoDialog(QDialog):
    """Show a tornado for a chosen indicator, scenario and time, recomputed when a choice changes."""

    def __init__(self, session: StudySession, service: ComputeService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TornadoDialog", "What moves this indicator most"))
        self._session = session
        self._service = service
        self._stamp = 0  # the tornado being computed (0: none)
        self.result: Tornado | None = None  # type: ignore[assignment]  # shadows QDialog.result(), never called here
        study = session.study
        self.indicator = QComboBox(self)
        for name in indicator_names(study):
            self.indicator.addItem(study.variable(name).title, name)
        if session.choices.indicators:
            self.indicator.setCurrentIndex(max(0, self.indicator.findData(session.choices.indicators[-1])))
        self.scenario = QComboBox(self)
        for scenario in study.scenarios:
            self.scenario.addItem(scenario.name, scenario.id)
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(session.choices.selected)))
        self.time = QComboBox(self)
        for t in session.times:
            self.time.addItem(format_time(float(t)), float(t))
        self.time.setCurrentIndex(self.time.count() - 1)
        for box in (self.indicator, self.scenario, self.time):
            box.currentIndexChanged.connect(self.compute)
        self.plot = pg.PlotWidget(self, axisItems={"bottom": ValueTicks("bottom")})
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().setMouseEnabled(x=False, y=False)
        self.plot.getPlotItem().hideButtons()
        self.plot.setBackground(self.palette().color(QPalette.ColorRole.Base))
        self.plot.setMinimumSize(640, 320)
        self._low = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=LOW_COLOUR, pen=None)
        self._high = pg.BarGraphItem(x0=[], y=[], height=0.6, width=[], brush=HIGH_COLOUR, pen=None)
        self._baseline = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(self.palette().color(QPalette.ColorRole.Text), width=1.5))
        for item in (self._low, self._high, self._baseline):
            self.plot.addItem(item)
        self.caption = QLabel(QCoreApplication.translate("TornadoDialog", CAPTION), self)
        self.caption.setWordWrap(True)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        choices = QHBoxLayout()
        for text, box in ((self.tr("&Indicator:"), self.indicator), (self.tr("&Scenario:"), self.scenario), (self.tr("&Time:"), self.time)):
            label = QLabel(text, self)
            label.setBuddy(box)
            choices.addWidget(label)
            choices.addWidget(box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.summary)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.caption)
        layout.addWidget(buttons)
        service.result_ready.connect(self._answered)
        service.failed.connect(self._failed)
        self.finished.connect(lambda: service.cancel(KIND))
        self.compute()

    def compute(self) -> None:
        """Ask the compute service to swing every uncertain input for the chosen indicator, scenario and time."""
        params = {"scenario_id": self.scenario.currentData(), "variable": self.indicator.currentData(),
                  "time": self.time.currentData()}
        self._stamp = self._service.request(KIND, self._session.study, params)
        self.summary.setText(QCoreApplication.translate("TornadoDialog", "Computing the swings…"))

    def wait(self) -> None:
        """Block until the tornado asked for is drawn (for tests)."""
        self._service.wait(KIND)

    def _failed(self, failure: Failure) -> None:
        if failure.kind != KIND or failure.stamp != self._stamp:
            return
        self._stamp = 0
        if failure.model_broken:
            self.summary.setText(QCoreApplication.translate("TornadoDialog", "The model does not compile, so there is nothing to swing. See Problems."))
        else:
            self.summary.setText(fill(QCoreApplication.translate("TornadoDialog", "The swings could not be computed: %1"), failure.message))

    def _answered(self, answer: Answer) -> None:
        if answer.kind != KIND or answer.stamp != self._stamp:
            return
        self._stamp = 0
        result: Tornado = answer.value
        study = self._session.study
        self.result = result
        if not result.bars:
            self.summary.setText(QCoreApplication.translate("TornadoDialog", "No input of this study has an uncertainty distribution: give one to an assumption to see what it moves."))
        else:
            variable = study.variable(result.variable)
            unit = f" {variable.unit}" if variable.unit else ""
            self.summary.setText(fill(QCoreApplication.translate("TornadoDialog", "<b>%1</b> in %2, “%3”: %4%5 with every input at its value."), variable.title, format_time(result.time), self.scenario.currentText(), format_value(result.baseline), unit))
        self._draw(result)

    def _draw(self, result: Tornado) -> None:
        bars = list(reversed(result.bars))  # the largest at the top
        y = np.arange(len(bars), dtype=float)
        base = result.baseline
        low = np.array([b.output_low for b in bars])
        high = np.array([b.output_high for b in bars])
        self._low.setOpts(x0=np.minimum(low, base), width=np.abs(low - base), y=y)
        self._high.setOpts(x0=np.minimum(high, base), width=np.abs(high - base), y=y)
        self._baseline.setValue(base)
        ticks = [(float(k), ("⚠ " if not b.monotonic else "") + f"{b.label}  ({_swing(b.input_low, b.input_high)})")
                 for k, b in enumerate(bars)]
        axis = self.plot.getPlotItem().getAxis("left")
        axis.setTicks([ticks])
        # pyqtgraph sizes a left axis for numbers; the input names need room of their own.
        metrics = QFontMetrics(self.font())
        axis.setWidth(max((metrics.horizontalAdvance(text) for _, text in ticks), default=40) + 16)
        variable = self._session.study.variable(result.variable)
        self.plot.getPlotItem().getAxis("bottom").setLabel(f"{variable.title} ({variable.unit})" if variable.unit else variable.title)
        axis.setTextPen(pg.mkPen(self.palette().color(QPalette.ColorRole.Text)))
        self.plot.getPlotItem().getAxis("bottom").setTextPen(pg.mkPen(self.palette().color(QPalette.ColorRole.Text)))
        self.plot.getPlotItem().setYRange(-0.6, max(len(bars), 1) - 0.4, padding=0)
        span = np.concatenate([low, high, [base]]) if bars else np.array([base])
        self.plot.getPlotItem().setXRange(float(span.min()), float(span.max()), padding=0.08)


def _swing(low: float, high: float) -> str:
    """Return an input's swing as a range whose ends are grouped alike ("7,256–15,882", not "7256–15,882")."""
    group = True if max(abs(low), abs(high)) >= 10_000 else None
    return f"{format_value(low, group=group)}–{format_value(high, group=group)}"

