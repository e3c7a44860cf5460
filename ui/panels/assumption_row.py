"""One assumption as a labelled slider with a spin box, its range, its origin and a reset button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QWidget,
)

from models.domain import Variable
from ui.panels.slider_scale import SLIDER_STEPS, SliderScale
from ui.plots.timeline import format_value
from ui.i18n.text import fill


class AssumptionRow(QWidget):
    """Edit one assumption of the selected scenario; every change is announced, never applied here."""

    value_edited = Signal(str, float)  # assumption name, new value
    reset_requested = Signal(str)
    drag_started = Signal()
    drag_finished = Signal()

    def __init__(self, variable: Variable, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = variable.name
        self.scale = SliderScale(variable)
        self.low, self.high = self.scale.low, self.scale.high
        step = self.scale.step
        self.title = QLabel(variable.title, self)
        self.title.setToolTip(variable.description or variable.title)
        self.title.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setSingleStep(SLIDER_STEPS // 100)
        self.slider.setPageStep(SLIDER_STEPS // 10)
        self.slider.setAccessibleName(variable.title)
        self.slider.setToolTip(f"{variable.title}: {format_value(self.low)} to {format_value(self.high)} {variable.unit}".rstrip())
        group = max(abs(self.low), abs(self.high)) >= 10_000
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(self.low, self.high)
        self.spin.setDecimals(self.scale.decimals)
        self.spin.setSingleStep(step)
        self.spin.setKeyboardTracking(False)
        # Years and indices read badly with separators; large amounts read badly without.
        self.spin.setGroupSeparatorShown(group)
        self.spin.setAccessibleName(fill(QCoreApplication.translate("AssumptionRow", "%1 value"), variable.title))
        self.spin.setToolTip(fill(QCoreApplication.translate("AssumptionRow", "%1 in %2"), variable.title, variable.unit) if variable.unit else variable.title)
        self.spin.setFixedWidth(self.spin.fontMetrics().horizontalAdvance("88,888.888") + 28)
        self.reset = QToolButton(self)
        self.reset.setText("↺")
        self.reset.setToolTip(QCoreApplication.translate("AssumptionRow", "Reset to the inherited value"))
        self.reset.setAccessibleName(fill(QCoreApplication.translate("AssumptionRow", "Reset %1 to the inherited value"), variable.title))
        unit = f"  {variable.unit}" if variable.unit else ""
        ends = (format_value(end, trim=True, group=group) for end in (self.low, self.high))
        self.range = QLabel(" – ".join(ends) + unit, self)
        self.range.setToolTip(fill(QCoreApplication.translate("AssumptionRow", "Range of the slider%1"), ': ' + variable.unit if variable.unit else ''))
        self.origin = QLabel(self)
        self.origin.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Long names and units must not widen the panel: these labels may be cut, their tooltips are not.
        for small in (self.range, self.origin):
            small.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            _make_secondary(small)
        self.title.setBuddy(self.slider)
        layout = QGridLayout(self)
        layout.setContentsMargins(2, 3, 2, 3)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(0)
        layout.addWidget(self.title, 0, 0, 1, 3)
        layout.addWidget(self.slider, 1, 0)
        layout.addWidget(self.spin, 1, 1)
        layout.addWidget(self.reset, 1, 2)
        layout.addWidget(self.range, 2, 0)
        layout.addWidget(self.origin, 2, 1, 1, 2)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 1)
        self.slider.valueChanged.connect(self._slid)
        self.slider.sliderPressed.connect(self.drag_started)
        self.slider.sliderReleased.connect(self.drag_finished)
        self.spin.valueChanged.connect(self._typed)
        self.reset.clicked.connect(lambda: self.reset_requested.emit(self.name))

    def value(self) -> float:
        """Return the value shown."""
        return self.spin.value()

    def position_of(self, value: float) -> int:
        """Return the slider position nearest a value."""
        return self.scale.position_of(value)

    def value_at(self, position: int) -> float:
        """Return the value a slider position stands for, rounded to what the spin box shows."""
        return self.scale.value_at(position)

    def show_value(self, value: float, origin: str, own: bool, explanation: str = "") -> None:
        """Show a value from the model without echoing it back as an edit."""
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)
        # The slider being dragged already shows what the user is doing; moving it would fight the hand.
        if not self.slider.isSliderDown():
            with QSignalBlocker(self.slider):
                self.slider.setValue(self.position_of(value))
        self.origin.setText(origin)
        self.origin.setToolTip(explanation or origin)
        self.reset.setEnabled(own)
        font = self.title.font()
        font.setBold(own)
        self.title.setFont(font)

    def _slid(self, position: int) -> None:
        value = self.value_at(position)
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)
        self.value_edited.emit(self.name, value)

    def _typed(self, value: float) -> None:
        with QSignalBlocker(self.slider):
            self.slider.setValue(self.position_of(value))
        self.value_edited.emit(self.name, value)


def _make_secondary(label: QLabel) -> None:
    """Draw a label smaller and in the palette's placeholder colour (it follows dark mode)."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
