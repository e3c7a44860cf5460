"""Ask "what is the chance that INDICATOR is above/below X at/through TIME in SCENARIO", answered from samples."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.compute.service import Answer, ComputeService, Failure
from ui.plots.timeline import format_time, format_value
from ui.session.choices import indicator_names
from ui.session.study_session import StudySession
from ui.i18n.text import fill, people_number

KIND = "chance"


class ChanceDialog(QDialog):
    """Compose a chance question from choices and show the answer with its sampling error.

    The samples are drawn by the compute service, off the GUI thread: the dialog stays responsive,
    shows progress and can be cancelled; asking again replaces a question still being computed.
    """

    def __init__(self, session: StudySession, service: ComputeService, samples: int, seed: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ChanceDialog", "Chance of an outcome"))
        self._session = session
        self._service = service
        self._stamp = 0  # the question being computed (0: none)
        self._asked = ""  # that question in words, as it was asked
        self._samples = samples
        self._seed = seed
        study = session.study
        self.scenario = QComboBox(self)
        for scenario in study.scenarios:
            self.scenario.addItem(scenario.name, scenario.id)
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(session.choices.selected)))
        self.indicator = QComboBox(self)
        for name in indicator_names(study):
            variable = study.variable(name)
            self.indicator.addItem(f"{variable.title} ({variable.unit})" if variable.unit else variable.title, name)
        charted = session.choices.indicators
        if charted:
            self.indicator.setCurrentIndex(max(0, self.indicator.findData(charted[-1])))
        self.side = QComboBox(self)
        self.side.addItem(QCoreApplication.translate("ChanceDialog", "below"), "below")
        self.side.addItem(QCoreApplication.translate("ChanceDialog", "above"), "above")
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(-1e12, 1e12)
        self.threshold.setDecimals(3)
        self.span = QComboBox(self)
        self.span.addItem(QCoreApplication.translate("ChanceDialog", "in"), "at")
        self.span.addItem(QCoreApplication.translate("ChanceDialog", "at every point through"), "throughout")
        self.time = QComboBox(self)
        for t in session.times:
            self.time.addItem(format_time(float(t)), float(t))
        self.time.setCurrentIndex(min(self.time.count() - 1, 4))
        self.answer = QLabel("", self)
        self.answer.setWordWrap(True)
        self.answer.setObjectName("chanceAnswer")
        # Room for the question wrapped on two lines and the answer below it: the dialog keeps its size.
        self.answer.setMinimumHeight(3 * self.answer.fontMetrics().lineSpacing() + 4)
        ask = QPushButton(QCoreApplication.translate("ChanceDialog", "&Compute"), self)
        ask.setDefault(True)
        ask.clicked.connect(self.compute)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(QCoreApplication.translate("ChanceDialog", "Sampling progress"))
        self.cancel_button = QPushButton(QCoreApplication.translate("ChanceDialog", "C&ancel"), self)
        self.cancel_button.setToolTip(QCoreApplication.translate("ChanceDialog", "Stop drawing samples for this question"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress, self.cancel_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the answer does not jump when the bar comes and goes
            widget.setSizePolicy(policy)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        self._show_working(False)
        service.result_ready.connect(self._answered)
        service.failed.connect(self._failed)
        service.progressed.connect(self._progressed)
        self.finished.connect(self.cancel)  # closing the dialog drops a question nobody will read
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ChanceDialog", "&Scenario:"), self.scenario)
        form.addRow(QCoreApplication.translate("ChanceDialog", "&Indicator:"), self.indicator)
        form.addRow(QCoreApplication.translate("ChanceDialog", "&Is:"), self.side)
        form.addRow(QCoreApplication.translate("ChanceDialog", "&Than:"), self.threshold)
        form.addRow(QCoreApplication.translate("ChanceDialog", "&When:"), self.span)
        form.addRow(QCoreApplication.translate("ChanceDialog", "&Time:"), self.time)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ask)
        layout.addLayout(working)
        layout.addWidget(self.answer)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def question(self) -> str:
        """Return the question as chosen, in words."""
        return fill(QCoreApplication.translate("ChanceDialog", "Chance that %1 is %2 %3 %4 %5 in “%6”"),
                    self.indicator.currentText(), self.side.currentText(), format_value(self.threshold.value(), trim=True),
                    self.span.currentText(), self.time.currentText(), self.scenario.currentText())

    @property
    def busy(self) -> bool:
        """Return whether a question is being computed."""
        return self._stamp != 0

    def compute(self) -> None:
        """Ask the compute service for the chance of the chosen outcome; the answer shows when it arrives."""
        params = {
            "scenario_id": self.scenario.currentData(), "variable": self.indicator.currentData(),
            "threshold": self.threshold.value(), "side": self.side.currentData(), "time": self.time.currentData(),
            "span": self.span.currentData(), "samples": self._samples, "seed": self._seed,
        }
        self._asked = self.question()
        self._stamp = self._service.request(KIND, self._session.study, params, progress=True)
        self.answer.setText(fill(QCoreApplication.translate("ChanceDialog", "Computing from %1 samples…"), people_number(self._samples, ",")))
        self.progress.setValue(0)

    def cancel(self) -> None:
        """Stop computing the question asked."""
        if self._stamp:
            self._service.cancel(KIND)
            self._stamp = 0
            self._show_working(False)
            self.answer.setText(QCoreApplication.translate("ChanceDialog", "Cancelled: press Compute to ask again."))

    def wait(self) -> None:
        """Block until the question asked is answered (for tests)."""
        self._service.wait(KIND)

    def _answered(self, answer: Answer) -> None:
        if answer.kind != KIND or answer.stamp != self._stamp:
            return
        self._stamp = 0
        self._show_working(False)
        self.answer.setText(fill(QCoreApplication.translate("ChanceDialog", "%1:<br><b>%2</b>"), self._asked, answer.value.describe()))

    def _failed(self, failure: Failure) -> None:
        if failure.kind != KIND or failure.stamp != self._stamp:
            return
        self._stamp = 0
        self._show_working(False)
        if failure.model_broken:
            self.answer.setText(QCoreApplication.translate("ChanceDialog", "The model does not compile, so no chance can be computed. See Problems."))
        else:
            self.answer.setText(fill(QCoreApplication.translate("ChanceDialog", "The chance could not be computed: %1"), failure.message))

    def _progressed(self, kind: str, stamp: int, done: float) -> None:
        if kind == KIND and stamp == self._stamp:
            # The worker reports progress only once a question has taken a tenth of a second: a quick
            # answer shows no bar that would only flicker.
            self.progress.setValue(round(done * 100))
            self._show_working(True)

    def _show_working(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel_button.setVisible(shown)
