"""An assumption's own numbers: value, slider range, and its uncertainty distribution with a preview."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from models.commands.variable import EditVariable
from models.domain import DISTRIBUTION_PARAMETERS, Distribution, Variable
from ui.editor.path_editor import PathEditor
from ui.plots.value_ticks import ValueTicks
from ui.editor.typed_numbers import parse_number, show_number
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

NO_DISTRIBUTION = ""  # the item data of "none (a fixed value)"
# The distributions' names as people read them; the study file keeps the English keys.
DISTRIBUTION_NAMES = {"normal": QT_TRANSLATE_NOOP("AssumptionEditor", "normal"),
                      "uniform": QT_TRANSLATE_NOOP("AssumptionEditor", "uniform"),
                      "triangular": QT_TRANSLATE_NOOP("AssumptionEditor", "triangular"),
                      "pert": QT_TRANSLATE_NOOP("AssumptionEditor", "PERT")}
# A distribution's parameters as people read them; the study file keeps the short English keys.
PARAMETER_NAMES = {"mean": QT_TRANSLATE_NOOP("AssumptionEditor", "mean"), "sd": QT_TRANSLATE_NOOP("AssumptionEditor", "standard deviation"),
                   "low": QT_TRANSLATE_NOOP("AssumptionEditor", "low"), "mode": QT_TRANSLATE_NOOP("AssumptionEditor", "mode"),
                   "high": QT_TRANSLATE_NOOP("AssumptionEditor", "high")}


def density(distribution: Distribution, xs: np.ndarray) -> np.ndarray:
    """Return the distribution's probability density at xs (for the shape preview)."""
    p = distribution.params
    if distribution.type == "normal":
        sd = max(p["sd"], 1e-12)
        return np.exp(-0.5 * ((xs - p["mean"]) / sd) ** 2) / (sd * math.sqrt(2 * math.pi))
    if distribution.type == "uniform":
        width = max(p["high"] - p["low"], 1e-12)
        return np.where((xs >= p["low"]) & (xs <= p["high"]), 1 / width, 0.0)
    low, mode, high = p["low"], p["mode"], p["high"]
    width = max(high - low, 1e-12)
    if distribution.type == "triangular":
        rising = np.where(mode > low, (xs - low) / max(mode - low, 1e-12), 1.0)
        falling = np.where(high > mode, (high - xs) / max(high - mode, 1e-12), 1.0)
        return np.clip(np.where(xs <= mode, rising, falling), 0, None) * 2 / width
    # PERT: a beta distribution with shape 4 weighting the mode.
    alpha = 1 + 4 * (mode - low) / width
    beta = 1 + 4 * (high - mode) / width
    u = np.clip((xs - low) / width, 0, 1)
    shape = u ** (alpha - 1) * (1 - u) ** (beta - 1)
    area = np.trapezoid(shape, u) or 1.0
    return shape / area / width


def preview_range(distribution: Distribution) -> tuple[float, float]:
    """Return the x range worth showing for a distribution."""
    p = distribution.params
    if distribution.type == "normal":
        return p["mean"] - 4 * abs(p["sd"]), p["mean"] + 4 * abs(p["sd"])
    return p["low"], p["high"]


class AssumptionEditor(QWidget):
    """Edit an assumption's value, minimum, maximum and distribution through undoable commands."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self._name = ""
        self.numbers = {key: QLineEdit(self) for key in ("value", "min", "max")}
        for key, edit in self.numbers.items():
            edit.editingFinished.connect(lambda key=key: self._number_edited(key))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.kind = QComboBox(self)
        self.kind.addItem(QCoreApplication.translate("AssumptionEditor", "none (a fixed value)"), NO_DISTRIBUTION)
        for key in DISTRIBUTION_PARAMETERS:
            self.kind.addItem(QCoreApplication.translate("AssumptionEditor", DISTRIBUTION_NAMES.get(key, key)), key)
        self.kind.activated.connect(self._distribution_edited)
        self.params: dict[str, QLineEdit] = {}
        self.param_labels: dict[str, QLabel] = {}
        # One parameter a row: side by side, three six-digit numbers do not fit the dock's width.
        self._param_rows = QFormLayout()
        for key in ("mean", "sd", "low", "mode", "high"):
            label, edit = QLabel(QCoreApplication.translate("AssumptionEditor", PARAMETER_NAMES[key]), self), QLineEdit(self)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("-0000000.00") + 12)
            edit.editingFinished.connect(self._distribution_edited)
            self.params[key], self.param_labels[key] = edit, label
            self._param_rows.addRow(label, edit)
        self.preview = pg.PlotWidget(self, axisItems={"bottom": ValueTicks("bottom")})
        self.preview.setFixedHeight(80)
        self.preview.setMouseEnabled(False, False)
        self.preview.hideButtons()
        self.preview.getPlotItem().hideAxis("left")
        self.preview.setBackground(None)
        self.shape = self.preview.plot([], [], pen=pg.mkPen("#1f5fa8", width=2), fillLevel=0, brush=(31, 95, 168, 60))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("AssumptionEditor", "&Value:"), self.numbers["value"])
        form.addRow(QCoreApplication.translate("AssumptionEditor", "Slider m&inimum:"), self.numbers["min"])
        form.addRow(QCoreApplication.translate("AssumptionEditor", "Slider ma&ximum:"), self.numbers["max"])
        form.addRow("", self.problem)
        form.addRow(QCoreApplication.translate("AssumptionEditor", "&Uncertainty:"), self.kind)
        form.addRow("", self._param_rows)
        form.addRow(QCoreApplication.translate("AssumptionEditor", "Shape:"), self.preview)
        self.path = PathEditor(self)
        form.addRow(QLabel(QCoreApplication.translate("AssumptionEditor", "<b>Time path</b>"), self))
        form.addRow(self.path)  # the whole width: the plot needs it more than a caption does

    def bind(self, session: StudySession) -> None:
        """Edit this session's study."""
        self._session = session
        self.path.bind(session)

    def show_variable(self, variable: Variable) -> None:
        """Show an assumption's numbers."""
        self._name = variable.name
        for key, edit in self.numbers.items():
            if not edit.hasFocus():
                value = getattr(variable, key)
                with QSignalBlocker(edit):
                    edit.setText("" if value is None else show_number(value))
        distribution = variable.distribution
        with QSignalBlocker(self.kind):
            self.kind.setCurrentIndex(self.kind.findData(distribution.type if distribution else NO_DISTRIBUTION))
        wanted = DISTRIBUTION_PARAMETERS.get(distribution.type, ()) if distribution else ()
        for key, edit in self.params.items():
            self._param_rows.setRowVisible(edit, key in wanted)
            if key in wanted and not edit.hasFocus():
                with QSignalBlocker(edit):
                    edit.setText(show_number(distribution.params.get(key, 0)))  # type: ignore[union-attr]
        self.path.show_variable(variable)
        self.preview.setVisible(distribution is not None)
        if distribution is not None:
            low, high = preview_range(distribution)
            xs = np.linspace(low, high, 121) if high > low else np.array([low, low])
            self.shape.setData(xs, density(distribution, xs))

    def _variable(self) -> Variable | None:
        if self._session is None:
            return None
        return next((v for v in self._session.study.variables if v.name == self._name), None)

    def _number_edited(self, key: str) -> None:
        variable, session = self._variable(), self._session
        if variable is None or session is None:
            return
        text = self.numbers[key].text().strip()
        value = _number(text)
        if value is None:
            field = {"value": QCoreApplication.translate("AssumptionEditor", "value"),
                     "min": QCoreApplication.translate("AssumptionEditor", "slider minimum"),
                     "max": QCoreApplication.translate("AssumptionEditor", "slider maximum")}.get(key, key)
            self.problem.setText(fill(QCoreApplication.translate("AssumptionEditor", "⚠ The %1 must be a number; '%2' is not."), field, text))
            self.problem.show()
            return
        self.problem.hide()
        if value != getattr(variable, key):
            session.push(EditVariable(variable.name, {key: value}))

    def _distribution_edited(self) -> None:
        variable, session = self._variable(), self._session
        if variable is None or session is None:
            return
        kind = self.kind.currentData()
        if kind == NO_DISTRIBUTION:
            new = None
        else:
            centre = variable.value if variable.value is not None else 0.0
            defaults = {"mean": centre, "sd": abs(centre) * 0.1 or 1.0, "low": variable.min if variable.min is not None else centre - 1,
                        "mode": centre, "high": variable.max if variable.max is not None else centre + 1}
            old = variable.distribution.params if variable.distribution else {}
            params = {}
            for key in DISTRIBUTION_PARAMETERS[kind]:
                typed = _number(self.params[key].text()) if self.params[key].isVisible() else None
                params[key] = typed if typed is not None else old.get(key, defaults[key])
            new = Distribution(kind, params)  # type: ignore[arg-type]
        if new != variable.distribution:
            session.push(EditVariable(variable.name, {"distribution": new}))


def _number(text: str) -> float | None:
    try:
        value = parse_number(text)  # "0,25" in Spanish, "0.25" in English
    except ValueError:
        return None
    return value if math.isfinite(value) else None
