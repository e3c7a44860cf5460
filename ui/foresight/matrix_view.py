"""The 2x2 matrix: four quadrants, each with a headline chart and its values at the table's times, live.

Pole editors below the matrix change a pole; its two quadrant scenarios follow in one undoable step.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.foresight.commands import EditForesight, MakeQuadrants, SetPole
from models.foresight.domain import Pole
from models.foresight.matrix import axes_problems, matrix_from_drivers
from models.timeline import table_times
from ui.plots.timeline import format_value, format_year
from ui.session.study_session import StudySession
from ui.i18n.text import fill


class QuadrantCell(QFrame):
    """One quadrant: its scenario's name, a headline chart against the reference, and its values."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold")
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.setMinimumHeight(90)
        for name in ("bottom", "left"):
            self.plot.getAxis(name).setTextPen("k")
            self.plot.getAxis(name).setPen("k")
        self.reference = self.plot.plot(pen=pg.mkPen("#888888", width=1.5, style=Qt.PenStyle.DashLine))
        self.curve = self.plot.plot(pen=pg.mkPen("#1f77b4", width=2.5))
        self.values = QLabel(self)
        self.values.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.values)


class MatrixView(QWidget):
    """Show the study's 2x2 matrix as four live quadrants and let the team move its poles."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: StudySession | None = None
        self.headline = QComboBox(self)
        self.headline.setAccessibleName(QCoreApplication.translate("MatrixView", "Headline indicator"))
        self.headline.currentIndexChanged.connect(lambda _: self.refresh_results())
        self.make_button = QPushButton(QCoreApplication.translate("MatrixView", "&Make the four scenarios"), self)
        self.make_button.setToolTip(QCoreApplication.translate("MatrixView", "Make (or bring up to date) one scenario per quadrant, children of the reference"))
        self.make_button.clicked.connect(self.make_quadrants)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.axis_choices = [QComboBox(self), QComboBox(self)]
        for number, box in enumerate(self.axis_choices, start=1):
            box.setAccessibleName(fill(QCoreApplication.translate("MatrixView", "Driver of axis %1"), number))
        for box in (*self.axis_choices, self.headline):  # long driver and indicator names: cut, not hidden
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
        self.setup_button = QPushButton(QCoreApplication.translate("MatrixView", "Set &up"), self)
        self.setup_button.setToolTip(QCoreApplication.translate("MatrixView", "Make a new matrix on these two drivers, poles at their assumptions' low and high ends"))
        self.setup_button.clicked.connect(self.set_up)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("MatrixView", "Axes:"), self))
        top.addWidget(self.axis_choices[0])
        top.addWidget(QLabel("×", self))
        top.addWidget(self.axis_choices[1])
        top.addWidget(self.setup_button)
        top.addSpacing(16)
        top.addWidget(QLabel(QCoreApplication.translate("MatrixView", "Headline:"), self))
        top.addWidget(self.headline)
        top.addWidget(self.make_button)
        top.addWidget(self.notice, 1)
        self.cells = {key: QuadrantCell(key, self) for key in ("00", "01", "10", "11")}
        self.axis_labels = [QLabel(self) for _ in range(4)]  # axis 1 pole 0, pole 1; axis 2 pole 0, pole 1
        for label in self.axis_labels:
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setStyleSheet("color: #444")
        grid = QGridLayout()
        # Columns: the first axis's poles (left 0, right 1); rows: the second axis's (top 1, bottom 0).
        grid.addWidget(self.axis_labels[3], 0, 1, 1, 2)
        grid.addWidget(self.cells["01"], 1, 1)
        grid.addWidget(self.cells["11"], 1, 2)
        grid.addWidget(self.cells["00"], 2, 1)
        grid.addWidget(self.cells["10"], 2, 2)
        grid.addWidget(self.axis_labels[2], 3, 1, 1, 2)
        grid.addWidget(self.axis_labels[0], 1, 0, 2, 1)
        grid.addWidget(self.axis_labels[1], 1, 3, 2, 1)
        for column in (0, 3):
            grid.setColumnMinimumWidth(column, 110)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.poles_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addLayout(self.poles_row)
        self._pole_boxes: list[QGroupBox] = []
        self._spins: dict[tuple[int, int, str], QDoubleSpinBox] = {}
        self._signature: list[tuple[str, tuple[str, ...]]] = []
        self.refreshes = 0  # how many times the matrix was shown again from the study (one per edit)

    def bind(self, session: StudySession) -> None:
        """Show a study's matrix."""
        self.session = session
        with QSignalBlocker(self.headline):
            self.headline.clear()
            for variable in session.study.variables:
                if variable.kind != "assumption":
                    self.headline.addItem(variable.title, variable.name)
            chosen = session.choices.indicators[0] if session.choices.indicators else None
            index = self.headline.findData(chosen) if chosen else 0
            self.headline.setCurrentIndex(max(0, index))
        self._build_pole_editors()
        self.refresh()

    def refresh(self) -> None:
        """Show the matrix as the study has it (poles, quadrant names) and the latest results."""
        self.refreshes += 1
        study = self.session.study if self.session else None
        matrix = study.foresight.matrix if study else None
        self.make_button.setEnabled(matrix is not None)
        if study is not None:
            self._fill_axis_choices()
        if matrix is None:
            for cell in self.cells.values():
                cell.title.setText("")
                cell.values.setText("")
                cell.curve.setData([], [])
                cell.reference.setData([], [])
            for label in self.axis_labels:
                label.setText("")
            self._build_pole_editors()
            self.notice.setText(QCoreApplication.translate("MatrixView", "This study has no matrix yet: choose two critical uncertainties and give each two poles."))
            return
        assert study is not None  # a matrix is only ever a study's
        problems = axes_problems(matrix, study)
        reference = next((s.name for s in study.scenarios if s.id == matrix.reference), None)
        self.notice.setText("; ".join(problems) if problems else
                            fill(QCoreApplication.translate("MatrixView", "Dashed: the reference, %1."), reference) if reference else "")
        texts = [matrix.axes[0].poles[0].label, matrix.axes[0].poles[1].label,
                 matrix.axes[1].poles[0].label, matrix.axes[1].poles[1].label]
        for label, text, arrow in zip(self.axis_labels, texts, ("◀ ", " ▶", "▼ ", "▲ ")):
            label.setText(f"{arrow}{text}" if arrow.endswith(" ") else f"{text}{arrow}")
        if self._signature != self._pole_signature():
            self._build_pole_editors()
        for (a, p, name), spin in self._spins.items():
            with QSignalBlocker(spin):
                spin.setValue(matrix.axes[a].poles[p].assumptions.get(name, spin.value()))
        self.refresh_results()

    def _fill_axis_choices(self) -> None:
        assert self.session is not None  # reached only once a study is bound
        layer = self.session.study.foresight
        # Critical uncertainties first: they are what a matrix is made of.
        ranked = sorted(layer.drivers, key=lambda d: (-d.impact * d.uncertainty, d.name))
        current = [a.driver for a in layer.matrix.axes] if layer.matrix else [d.id for d in ranked[:2]]
        for k, box in enumerate(self.axis_choices):
            with QSignalBlocker(box):
                box.clear()
                for driver in ranked:
                    box.addItem(f"{driver.name} ({driver.impact}×{driver.uncertainty})", driver.id)
                if k < len(current):
                    box.setCurrentIndex(max(0, box.findData(current[k])))
        self.setup_button.setEnabled(len(ranked) >= 2)

    def set_up(self) -> None:
        """Make a new matrix on the two chosen drivers (one undo step)."""
        first, second = (box.currentData() for box in self.axis_choices)
        if first is None or second is None or first == second:
            self.notice.setText(QCoreApplication.translate("MatrixView", "Choose two different drivers for the axes."))
            return
        assert self.session is not None  # reached only once a study is bound
        layer = self.session.study.foresight
        matrix = matrix_from_drivers(self.session.study, layer.driver(first), layer.driver(second))
        matrix.reference = self.session.choices.selected

        def put(foresight) -> None:
            foresight.matrix = matrix

        self.session.push(EditForesight(QCoreApplication.translate("MatrixView", "Set up the 2×2 matrix"), put))

    def _pole_signature(self) -> list[tuple[str, tuple[str, ...]]]:
        matrix = self.session.study.foresight.matrix if self.session else None
        return [(p.label, tuple(p.assumptions)) for axis in matrix.axes for p in axis.poles] if matrix else []

    def _build_pole_editors(self) -> None:
        for box in self._pole_boxes:
            box.setParent(None)
            box.deleteLater()
        self._pole_boxes, self._spins = [], {}
        self._signature = self._pole_signature()
        matrix = self.session.study.foresight.matrix if self.session else None
        if matrix is None:
            return
        assert self.session is not None  # reached only once a study is bound
        variables = {v.name: v for v in self.session.study.variables}
        for a, axis in enumerate(matrix.axes):
            for p, pole in enumerate(axis.poles):
                box = QGroupBox(pole.label, self)
                form = QFormLayout(box)
                label = QLineEdit(pole.label, box)
                label.setAccessibleName(fill(QCoreApplication.translate("MatrixView", "Label of pole %1 of axis %2"), p + 1, a + 1))
                label.editingFinished.connect(lambda a=a, p=p, edit=label: self.set_pole_label(a, p, edit.text()))
                form.addRow(QCoreApplication.translate("MatrixView", "Label"), label)
                for name, value in pole.assumptions.items():
                    variable = variables.get(name)
                    spin = QDoubleSpinBox(box)
                    low = variable.min if variable and variable.min is not None else -1e12
                    high = variable.max if variable and variable.max is not None else 1e12
                    spin.setRange(low, high)
                    spin.setDecimals(2 if high - low < 1000 else 0)
                    spin.setValue(value)
                    spin.setKeyboardTracking(False)
                    spin.valueChanged.connect(lambda v, a=a, p=p, n=name: self.set_pole_value(a, p, n, v))
                    form.addRow(variable.title if variable else name, spin)
                    self._spins[(a, p, name)] = spin
                self.poles_row.addWidget(box)
                self._pole_boxes.append(box)

    def set_pole_label(self, axis: int, pole: int, text: str) -> None:
        """Rename a pole; its two quadrant scenarios are renamed with it."""
        assert self.session is not None  # reached only once a study is bound
        matrix = self.session.study.foresight.matrix
        assert matrix is not None  # pole editors are built only for a matrix
        old = matrix.axes[axis].poles[pole]
        if text.strip() and text.strip() != old.label:
            self.session.push(SetPole(axis=axis, pole=pole, value=Pole(text.strip(), dict(old.assumptions))))

    def set_pole_value(self, axis: int, pole: int, name: str, value: float) -> None:
        """Give one assumption of a pole a new value; the pole's two quadrant scenarios follow."""
        assert self.session is not None  # reached only once a study is bound
        matrix = self.session.study.foresight.matrix
        assert matrix is not None  # pole editors are built only for a matrix
        old = matrix.axes[axis].poles[pole]
        self.session.push(SetPole(axis=axis, pole=pole, value=Pole(old.label, old.assumptions | {name: float(value)})))

    def make_quadrants(self) -> None:
        """Make the four quadrant scenarios under the matrix's reference (or the selected scenario)."""
        assert self.session is not None  # reached only once a study is bound
        study = self.session.study
        matrix = study.foresight.matrix
        if matrix is None or axes_problems(matrix, study):
            return
        ids = {s.id for s in study.scenarios}
        reference = matrix.reference if matrix.reference in ids else self.session.choices.selected
        if reference is None:
            self.notice.setText(QCoreApplication.translate("MatrixView", "Choose a reference scenario first: the quadrants branch from it."))
            return
        self.session.push(MakeQuadrants(matrix=matrix, reference_id=reference))
        made = study.foresight.matrix
        assert made is not None  # making the quadrants keeps the matrix
        for sid in made.quadrants.values():
            self.session.set_shown(sid, True)

    def refresh_results(self) -> None:
        """Redraw the quadrants' headline curves and values from the latest results."""
        if self.session is None:
            return
        study = self.session.study
        matrix = study.foresight.matrix
        if matrix is None:
            return
        name = self.headline.currentData()
        times = self.session.times
        marks = table_times(study)
        names = {s.id: s for s in study.scenarios}
        # Between an edit and its re-simulation the values are the previous ones: shown greyed, not as current.
        scheduler = self.session.scheduler
        waiting = scheduler.requested != scheduler.delivered
        for cell in self.cells.values():
            cell.values.setEnabled(not waiting)
        reference = self.session.series(matrix.reference, name) if matrix.reference and name else None
        low, high = np.inf, -np.inf
        for key, cell in self.cells.items():
            scenario = names.get(matrix.quadrants.get(key, ""))
            first, second = matrix.poles_of(key)
            if scenario is None:
                cell.title.setText(f"{first.label} / {second.label}")
                cell.values.setText(QCoreApplication.translate("MatrixView", "Not made yet: use “Make the four scenarios”."))
                cell.curve.setData([], [])
                cell.reference.setData([], [])
                continue
            cell.title.setText(scenario.name)
            cell.curve.setPen(pg.mkPen(scenario.color, width=2.5))
            series = self.session.series(scenario.id, name) if name else None
            if series is None:
                cell.curve.setData([], [])
                cell.values.setText(QCoreApplication.translate("MatrixView", "No results yet."))
                continue
            cell.curve.setData(times, series)
            if reference is not None:
                cell.reference.setData(times, reference)
                low, high = min(low, np.nanmin(reference)), max(high, np.nanmax(reference))
            else:
                cell.reference.setData([], [])
            low, high = min(low, np.nanmin(series)), max(high, np.nanmax(series))
            at = [float(np.interp(t, times, series)) for t in marks]
            cell.values.setText("   ".join(f"{format_year(t)}: {format_value(v)}" for t, v in zip(marks, at)))
        if np.isfinite(low) and np.isfinite(high):
            # One scale for all four: the quadrants are compared by eye.
            for cell in self.cells.values():
                cell.plot.setYRange(low, high if high > low else low + 1, padding=0.05)
