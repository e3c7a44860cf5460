"""The session's levers as large sliders, each with its value in numbers, units and a word."""

from __future__ import annotations

import functools
import math

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
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
from ui.plots.fit_text import widest_word
from ui.plots.timeline import format_value
from ui.session.study_session import StudySession
from ui.workshop.presentation_plot import pixel_font
from ui.i18n.text import QT_TRANSLATE_NOOP

# Far from the assumption panel's own counter, so a lever's steps never merge into a panel gesture.
FIRST_GESTURE = 1 << 40
# Where a lever sits in its range, in the interface's language (the domain names it in English).
RANGE_WORDS = {"very low": QT_TRANSLATE_NOOP("LeverStrip", "very low"), "low": QT_TRANSLATE_NOOP("LeverStrip", "low"),
               "middle": QT_TRANSLATE_NOOP("LeverStrip", "middle"), "high": QT_TRANSLATE_NOOP("LeverStrip", "high"),
               "very high": QT_TRANSLATE_NOOP("LeverStrip", "very high")}
SLIDER_STYLE = """
QSlider::groove:horizontal { height: GROOVEpx; background: #94a3b8; border-radius: HALFpx; }
QSlider::sub-page:horizontal { background: #1d4ed8; border-radius: HALFpx; }
QSlider::handle:horizontal { width: HANDLEpx; height: HANDLEpx; margin: -MARGINpx 0; border-radius: RADIUSpx;
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
        self.slider_scale = SliderScale(variable)  # slider positions to values, as the assumption panel has them
        self.low, self.high = self.slider_scale.low, self.slider_scale.high
        self.scale = 1.0  # the screen's size against 1920x1080
        self.title = QLabel(variable.title, self)
        self.title.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setSingleStep(SLIDER_STEPS // 50)
        self.slider.setPageStep(SLIDER_STEPS // 10)
        self.slider.setAccessibleName(variable.title)
        self.value = QLabel(self)
        self.value.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.value.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.slider)
        layout.addWidget(self.value)
        layout.addStretch(1)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.title.setBuddy(self.slider)
        self.slider.valueChanged.connect(lambda p: self.value_edited.emit(self.name, self.value_at(p)))
        self.slider.sliderPressed.connect(self.drag_started)
        self.slider.sliderReleased.connect(self.drag_finished)
        self.set_scale(1.0, force=True)

    def set_scale(self, scale: float, force: bool = False) -> None:
        """Size type and slider for a screen `scale` times 1920×1080."""
        if scale == self.scale and not force:
            return
        self.scale = scale
        self.title.setFont(pixel_font(26 * scale, bold=True))
        self.value.setFont(pixel_font(30 * scale, bold=True))
        handle = max(24, round(40 * scale))
        groove = max(8, round(14 * scale))
        style = SLIDER_STYLE.replace("GROOVE", str(groove)).replace("HALF", str(groove // 2))
        style = style.replace("HANDLE", str(handle)).replace("MARGIN", str((handle - groove) // 2 + 2))
        self.slider.setStyleSheet(style.replace("RADIUS", str(handle // 2)))
        self.slider.setMinimumHeight(handle + 8)
        self.set_title_lines(2)

    def title_lines(self, width: int) -> int:
        """Return how many lines the title takes at a width."""
        metrics = self.title.fontMetrics()
        box = metrics.boundingRect(0, 0, max(1, width), 10_000, Qt.TextFlag.TextWordWrap, self.title.text())
        return max(1, round(box.height() / metrics.lineSpacing()))

    def set_title_lines(self, lines: int) -> None:
        """Give the title room for this many lines (the strip gives every title the same, so sliders line up)."""
        self.title.setFixedHeight(lines * self.title.fontMetrics().lineSpacing() + 2)

    def min_width(self) -> int:
        """Return the narrowest width that shows the lever's longest word and a usable slider."""
        words = max(widest_word(self.title.text(), self.title.font()), widest_word(self.value.text(), self.value.font()))
        return max(words, QFontMetrics(self.value.font()).horizontalAdvance("00,000 USD/t"), 120) + 24 + 8

    def value_at(self, position: int) -> float:
        """Return the value a slider position stands for, rounded as the assumption panel's slider does."""
        return self.slider_scale.value_at(position)

    def show_value(self, value: float) -> None:
        """Show a value without echoing it back as an edit."""
        if not self.slider.isSliderDown():
            with QSignalBlocker(self.slider):
                self.slider.setValue(self.slider_scale.position_of(value))
        unit = f" {self.unit}" if self.unit else ""
        words = value_in_words(value, self.low, self.high)
        self.value.setText(f"{format_value(value, trim=True)}{unit}\n{QCoreApplication.translate('LeverStrip', RANGE_WORDS.get(words, words))}")


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
        self.scale = 1.0
        self._columns = 0
        self._empty: QLabel | None = None
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setVerticalSpacing(4)
        session.assumption_changed.connect(self._assumption_changed)

    def set_levers(self, names: list[str]) -> None:
        """Show one control per lever, in order."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.controls = {}
        self._empty = None
        for name in names:
            control = LeverControl(self._session, name, self)
            control.set_scale(self.scale)
            control.value_edited.connect(self._edited)
            control.drag_started.connect(functools.partial(self._dragged, name))
            control.drag_finished.connect(functools.partial(self._dragged, None))
            self.controls[name] = control
            self._sync(name)
        if not names:
            self._empty = QLabel(QCoreApplication.translate("LeverStrip", "No levers chosen for this session."), self)
            self._empty.setFont(pixel_font(26 * self.scale))
            self._layout.addWidget(self._empty, 0, 0)
        self._columns = 0
        self._arrange()

    def set_scale(self, scale: float) -> None:
        """Size every lever for a screen `scale` times 1920×1080."""
        self.scale = scale
        for control in self.controls.values():
            control.set_scale(scale)
        if self._empty is not None:
            self._empty.setFont(pixel_font(26 * scale))
        self._arrange()
        self._fit_titles()

    def rows(self) -> int:
        """Return how many rows the levers take."""
        return math.ceil(len(self.controls) / self._columns) if self.controls and self._columns else 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap levers to another row rather than cut their names."""
        super().resizeEvent(event)
        self._arrange()
        self._fit_titles()

    def _fit_titles(self) -> None:
        if not self.controls or not self._columns:
            return
        spacing = self._layout.horizontalSpacing()
        column = (self.width() - spacing * (self._columns - 1)) // self._columns
        first_layout = next(iter(self.controls.values())).layout()
        assert first_layout is not None  # every control lays out its title, slider and value
        margins = first_layout.contentsMargins()
        width = column - margins.left() - margins.right()
        lines = max(2, *(c.title_lines(width) for c in self.controls.values()))
        for control in self.controls.values():
            control.set_title_lines(lines)

    def _arrange(self) -> None:
        controls = list(self.controls.values())
        if not controls:
            return
        widest = max(c.min_width() for c in controls)
        fit = max(1, min(len(controls), self.width() // widest))
        # Rows as even as the count allows: 5 levers in two rows are 3 + 2, not 4 + 1.
        columns = math.ceil(len(controls) / math.ceil(len(controls) / fit))
        if columns == self._columns:
            return
        self._columns = columns
        while self._layout.count():
            self._layout.takeAt(0)
        for index, control in enumerate(controls):
            self._layout.addWidget(control, index // columns, index % columns)
        for column in range(max(columns, self._layout.columnCount())):
            self._layout.setColumnStretch(column, 1 if column < columns else 0)

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
