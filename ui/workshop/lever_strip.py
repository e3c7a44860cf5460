"""The session's levers as large sliders, each with its value in numbers, units and a word."""

from __future__ import annotations

import functools

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from models.commands.scenario import SetAssumption
from models.domain import Path
from models.timeline import as_of
from models.workshop import effective_value, value_in_words
from ui.panels.slider_scale import SLIDER_STEPS, SliderScale
from ui.plots.timeline import format_value
from ui.session.study_session import StudySession
from ui.workshop.presentation_plot import pixel_font

# Far from the assumption panel's own counter, so a lever's steps never merge into a panel gesture.
FIRST_GESTURE = 1 << 40
SLIDER_STYLE = """
QSlider::groove:horizontal { height: 14px; background: #94a3b8; border-radius: 7px; }
QSlider::sub-page:horizontal { background: #1d4ed8; border-radius: 7px; }
QSlider::handle:horizontal { width: 40px; height: 40px; margin: -14px 0; border-radius: 20px;
  background: #ffffff; border: 5px solid #1d4ed8; }
QSlider:focus::handle:horizontal { border-color: #000000; }
QSlider::sub-page:horizontal:disabled { background: #64748b; }
QSlider::handle:horizontal:disabled { border-color: #64748b; }
"""


class LeverControl(QWidget):
    """One lever: its name, a large slider, and "15,000 USD/t · high" underneath."""

    value_edited = Signal(str, float)
    drag_started = Signal()
    drag_finished = Signal()

    def __init__(self, session: StudySession, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        variable = session.study.variable(name)
        self.name = name
        self.unit = variable.unit
        self.scale = SliderScale(variable)
        self.low, self.high = self.scale.low, self.scale.high
        self.title = QLabel(variable.title, self)
        self.title.setFont(pixel_font(26, bold=True))
        self.title.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setSingleStep(SLIDER_STEPS // 50)
        self.slider.setPageStep(SLIDER_STEPS // 10)
        self.slider.setMinimumHeight(48)
        self.slider.setStyleSheet(SLIDER_STYLE)
        self.slider.setAccessibleName(variable.title)
        self.value = QLabel(self)
        self.value.setFont(pixel_font(30, bold=True))
        self.value.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.slider.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.slider)
        layout.addWidget(self.value)
        layout.addStretch(1)
        # Titles of one or two lines and values of one or two: every slider still sits on one line.
        self.title.setFixedHeight(2 * self.title.fontMetrics().lineSpacing())
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.title.setBuddy(self.slider)
        self.slider.valueChanged.connect(lambda p: self.value_edited.emit(self.name, self.value_at(p)))
        self.slider.sliderPressed.connect(self.drag_started)
        self.slider.sliderReleased.connect(self.drag_finished)

    def value_at(self, position: int) -> float:
        """Return the value a slider position stands for, rounded as the assumption panel's slider does."""
        return self.scale.value_at(position)

    def show_value(self, value: float) -> None:
        """Show a value without echoing it back as an edit."""
        if not self.slider.isSliderDown():
            with QSignalBlocker(self.slider):
                self.slider.setValue(self.scale.position_of(value))
        unit = f" {self.unit}" if self.unit else ""
        self.value.setText(f"{format_value(value, trim=True)}{unit}\n{value_in_words(value, self.low, self.high)}")


class LeverStrip(QWidget):
    """Move the session's levers on the explored scenario, each move one undoable step per gesture."""

    drag_started = Signal()
    drag_finished = Signal()

    def __init__(self, session: StudySession, scenario_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._scenario_id = scenario_id
        self._gesture = FIRST_GESTURE
        self._last: str | None = None
        self._held = False
        self.controls: dict[str, LeverControl] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        session.assumption_changed.connect(self._assumption_changed)

    def set_levers(self, names: list[str]) -> None:
        """Show one control per lever, in order."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.controls = {}
        for name in names:
            control = LeverControl(self._session, name, self)
            control.value_edited.connect(self._edited)
            control.drag_started.connect(functools.partial(self._dragged, name))
            control.drag_finished.connect(functools.partial(self._dragged, None))
            self._layout.addWidget(control, 1)
            self.controls[name] = control
            self._sync(name)
        if not names:
            empty = QLabel("No levers chosen for this session.", self)
            empty.setFont(pixel_font(26))
            self._layout.addWidget(empty)

    def hold(self, values: dict[str, float] | None) -> None:
        """Show these values with the sliders locked (a replay), or the live values again (None)."""
        self._held = values is not None
        for name, control in self.controls.items():
            control.slider.setEnabled(not self._held)
            if values is None:
                self._sync(name)
            elif name in values:
                control.show_value(values[name])

    def _sync(self, name: str) -> None:
        value = effective_value(self._session.study, self._scenario_id, name)
        self.controls[name].show_value(float(value.at([as_of(self._session.study)])[0]) if isinstance(value, Path) else float(value))

    def _assumption_changed(self, scenario_id: str, name: str) -> None:
        lineage = {s.id for s in self._session.study.lineage(self._scenario_id)} if self._exists() else set()
        if name in self.controls and scenario_id in lineage and not self._held:
            self._sync(name)

    def _exists(self) -> bool:
        return any(s.id == self._scenario_id for s in self._session.study.scenarios)

    def _edited(self, name: str, value: float) -> None:
        if name != self._last:
            self._new_gesture(name)
        label = self._session.study.variable(name).title
        self._session.push(SetAssumption(self._scenario_id, name, value, label=label, gesture=self._gesture))

    def _dragged(self, name: str | None) -> None:
        # A drag starts on a lever (its name) or ends (None): either way the next edit is a new undo step.
        self._new_gesture(name)
        (self.drag_started if name is not None else self.drag_finished).emit()

    def _new_gesture(self, name: str | None) -> None:
        self._gesture += 1
        self._last = name
