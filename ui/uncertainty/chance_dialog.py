"""Ask "what is the chance that INDICATOR is above/below X at/through TIME in SCENARIO", answered from samples."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.engine.chance import chance_of
from models.engine.compiled import ModelError, compile_study
from ui.plots.timeline import format_time, format_value
from ui.session.choices import indicator_names
from ui.session.study_session import StudySession


class ChanceDialog(QDialog):
    """Compose a chance question from choices and show the answer with its sampling error."""

    def __init__(self, session: StudySession, samples: int, seed: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Chance of an outcome")
        self._session = session
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
        self.side.addItem("below", "below")
        self.side.addItem("above", "above")
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(-1e12, 1e12)
        self.threshold.setDecimals(3)
        self.span = QComboBox(self)
        self.span.addItem("in", "at")
        self.span.addItem("at every point through", "throughout")
        self.time = QComboBox(self)
        for t in session.times:
            self.time.addItem(format_time(float(t)), float(t))
        self.time.setCurrentIndex(min(self.time.count() - 1, 4))
        self.answer = QLabel("", self)
        self.answer.setWordWrap(True)
        self.answer.setObjectName("chanceAnswer")
        ask = QPushButton("&Compute", self)
        ask.setDefault(True)
        ask.clicked.connect(self.compute)
        form = QFormLayout()
        form.addRow("&Scenario:", self.scenario)
        form.addRow("&Indicator:", self.indicator)
        form.addRow("&Is:", self.side)
        form.addRow("&Than:", self.threshold)
        form.addRow("&When:", self.span)
        form.addRow("&Time:", self.time)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ask)
        layout.addWidget(self.answer)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def question(self) -> str:
        """Return the question as chosen, in words."""
        return (f"Chance that {self.indicator.currentText()} is {self.side.currentText()} "
                f"{format_value(self.threshold.value(), trim=True)} {self.span.currentText()} {self.time.currentText()} "
                f"in “{self.scenario.currentText()}”")

    def compute(self) -> None:
        """Sample the chosen scenario and show the chance with its 95 % margin."""
        study = self._session.study
        try:
            chance = chance_of(
                compile_study(study), study, self.scenario.currentData(), self.indicator.currentData(),
                self.threshold.value(), self.side.currentData(), self.time.currentData(), self.span.currentData(),
                self._samples, self._seed,
            )
        except ModelError:
            self.answer.setText("The model does not compile, so no chance can be computed. See Problems.")
            return
        self.answer.setText(f"{self.question()}:<br><b>{chance.describe()}</b>")
