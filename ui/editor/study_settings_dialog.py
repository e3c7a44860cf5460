"""The study settings dialog: title, a markdown description with its preview, the time axis and the study's dates."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.commands.study import EditStudySettings, points_outside
from models.domain import Study, TimeAxis
from ui.editor.study_dates_form import StudyDatesForm

MAX_STEPS = 5000  # a longer axis makes every projection slow without telling more


class StudySettingsDialog(QDialog):
    """Let the user change a study's title, description and time axis, warning before data is dropped."""

    def __init__(self, study: Study, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Study settings"))
        self._study = study
        self.title = QLineEdit(study.title, self)
        self.description = QPlainTextEdit(study.description, self)
        self.description.setPlaceholderText(self.tr("What this study is about, in Markdown: *emphasis*, lists, links…"))
        self.preview = QTextBrowser(self)
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)  # a link in someone's description must not load a local file here
        self.description.textChanged.connect(self._preview)
        self.start, self.end, self.step = (self._spin(v) for v in (study.time.start, study.time.end, study.time.step))
        self.step.setMinimum(0.001)
        self.unit = QLineEdit(study.time.unit, self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setObjectName("settingsWarning")
        self.warning.setStyleSheet("color: #b35900")
        self.dates = StudyDatesForm(study, self)
        self.dates.changed.connect(self._check)
        for spin in (self.start, self.end, self.step):
            spin.valueChanged.connect(self._check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        texts = QHBoxLayout()
        texts.addWidget(self.description, 1)
        texts.addWidget(self.preview, 1)
        axis = QHBoxLayout()
        # Disambiguated: these are the time axis's bounds and step, not the scenario an assumption comes "from".
        for caption, spin in ((self.tr("from", "time axis start"), self.start), (self.tr("to", "time axis end"), self.end),
                              (self.tr("by", "time axis step"), self.step)):
            axis.addWidget(QLabel(caption, self))
            axis.addWidget(spin, 1)
        axis.addWidget(self.unit, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Description:"), QLabel(self.tr("Markdown on the left, as it will read on the right."), self))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(texts, 1)
        layout.addWidget(QLabel(self.tr("<b>Time axis</b>"), self))
        layout.addLayout(axis)
        layout.addWidget(QLabel(self.tr("<b>Dates</b> (in the axis's units; they never follow the computer's clock)"), self))
        layout.addWidget(self.dates)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self._preview()
        self._check()

    def _spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(-1e6, 1e6)
        spin.setDecimals(3)
        spin.setValue(value)
        return spin

    def _preview(self) -> None:
        self.preview.setMarkdown(self.description.toPlainText() or self.tr("*No description yet.*"))

    def time_axis(self) -> TimeAxis:
        """Return the time axis as entered."""
        return TimeAxis(self.start.value(), self.end.value(), self.step.value(), self.unit.text().strip() or "year")

    def problem(self) -> str:
        """Return why the entries cannot be taken, or an empty string."""
        time = self.time_axis()
        if not self.title.text().strip():
            return self.tr("The study needs a title.")
        if time.end <= time.start:
            return (self.tr("The time axis must end after it starts (it starts at %1 and ends at %2).")
                    .replace("%1", f"{time.start:g}").replace("%2", f"{time.end:g}"))
        if time.count > MAX_STEPS:
            return (self.tr("The time axis has %1 points; at most %2 keep projections quick. Use a larger step.")
                    .replace("%1", str(time.count)).replace("%2", str(MAX_STEPS)))
        return self.dates.problem(time)

    def _check(self) -> None:
        problem = self.problem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)
        if problem:
            self.warning.setText("⚠ " + problem)
            return
        dropped = points_outside(self._study, self.time_axis())
        if dropped:
            lines = "".join(f"<li>{line}</li>" for line in dropped)
            self.warning.setText("⚠ " + self.tr("These path points fall outside the new time axis. They are kept, "
                                                 "but no chart or table will show their years:") + f"<ul>{lines}</ul>")
        else:
            self.warning.setText("")
        self.warning.setTextFormat(Qt.TextFormat.RichText)

    def command(self) -> EditStudySettings | None:
        """Return the edit the dialog describes, or None when nothing changed."""
        title, description, time = self.title.text().strip(), self.description.toPlainText(), self.time_axis()
        dates = self.dates.dates()
        if (title, description, time, dates) == (self._study.title, self._study.description, self._study.time,
                                                 self._study.dates):
            return None
        return EditStudySettings(title, description, time, dates)
