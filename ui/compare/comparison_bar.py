"""The comparison bar above the charts: a reference scenario, and values or differences from it."""

from __future__ import annotations

from typing import Iterable

import numpy as np
from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

# A combo shows at least this many characters and grows to its longest entry when there is room.
COMBO_MIN_CHARACTERS = 12

from models.comparison import MODE_TITLES, MODES, is_rate, percent_misleads, relative_to
from ui.panels.wrap_row import WrapRow
from ui.session.study_session import StudySession
from ui.i18n.text import fill


class ComparisonBar(QWidget):
    """Choose the reference scenario and whether charts show values, differences or % differences."""

    changed = Signal()  # the reference or the mode changed: every chart must be redrawn
    table_requested = Signal()
    differences_requested = Signal()

    def _mode_title(self, mode: str) -> str:
        titles = {"values": self.tr("Values"), "difference": self.tr("Difference from reference"),
                  "percent": self.tr("% difference from reference")}
        return titles.get(mode, MODE_TITLES.get(mode, mode))

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self.reference_box = QComboBox(self)
        self.reference_box.setAccessibleName(self.tr("Reference scenario"))
        self.reference_box.setToolTip(self.tr("The scenario the others are compared with"))
        self.reference_box.activated.connect(self._reference_chosen)
        self.mode_box = QComboBox(self)
        self.mode_box.setAccessibleName(self.tr("Chart values"))
        for mode in MODES:
            self.mode_box.addItem(self._mode_title(mode), mode)
        self.mode_box.setToolTip(self.tr("Show each scenario's values, or how far it is from the reference"))
        self.mode_box.activated.connect(lambda _: self._store())
        self.table_button = QPushButton(self.tr("Compare at &horizons…"), self)
        self.table_button.setToolTip(self.tr("A table of the charted indicators at the table years, with differences from the reference"))
        self.table_button.clicked.connect(self.table_requested)
        self.differences_button = QPushButton(self.tr("What &differs…"), self)
        self.differences_button.setToolTip(self.tr("The inputs two scenarios set differently"))
        self.differences_button.clicked.connect(self.differences_requested)
        for box in (self.reference_box, self.mode_box):
            # Narrow windows (1024 wide, or with a dock open) shorten the combos instead of growing the window.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(COMBO_MIN_CHARACTERS)
        reference_label = QLabel(self.tr("&Reference:"), self)
        reference_label.setBuddy(self.reference_box)
        show_label = QLabel(self.tr("C&harts show:"), self)
        show_label.setBuddy(self.mode_box)
        self.row = WrapRow(self)
        self.row.set_groups([
            ([reference_label, self.reference_box, show_label, self.mode_box], 0),
            ([self.table_button, self.differences_button], 0),
        ])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.row)

    def bind(self, session: StudySession) -> None:
        """Follow a study's scenarios and restore its comparison choices."""
        self._session = session
        saved = session.choices.comparison
        session.scenarios_changed.connect(self._fill)
        self._fill(saved.reference)
        with QSignalBlocker(self.mode_box):
            self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(saved.mode)))

    def _fill(self, wanted: str | None = None) -> None:
        assert self._session is not None
        study = self._session.study
        wanted = wanted or self.reference_id
        ids = [s.id for s in study.scenarios]
        if wanted not in ids:
            wanted = ids[0] if ids else None
        with QSignalBlocker(self.reference_box):
            self.reference_box.clear()
            for scenario in study.scenarios:
                self.reference_box.addItem(scenario.name, scenario.id)
            self.reference_box.setCurrentIndex(self.reference_box.findData(wanted))

    # -- the choices -------------------------------------------------------------------------------

    @property
    def reference_id(self) -> str | None:
        """Return the id of the reference scenario, or None when the study has none."""
        return self.reference_box.currentData()

    @property
    def mode(self) -> str:
        """Return "values", "difference" or "percent"."""
        return self.mode_box.currentData()

    def set_reference(self, scenario_id: str) -> None:
        """Make a scenario the reference."""
        self.reference_box.setCurrentIndex(self.reference_box.findData(scenario_id))
        self._store()

    def set_mode(self, mode: str) -> None:
        """Show values, differences or % differences on the charts."""
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))
        self._store()

    def _reference_chosen(self, _index: int) -> None:
        self._store()

    def _store(self) -> None:
        if self._session is None:
            return
        self._session.choices.comparison.reference = self.reference_id
        self._session.choices.comparison.mode = self.mode
        self._session.store_choices()
        self.changed.emit()

    # -- what the charts draw --------------------------------------------------------------------

    def series(self, scenario_id: str, name: str) -> np.ndarray | None:
        """Return what a chart draws for a scenario: its values or their difference from the reference."""
        assert self._session is not None
        values = self._session.series(scenario_id, name)
        if values is None or self.mode == "values" or self.reference_id is None:
            return values
        reference = self._session.series(self.reference_id, name)
        if reference is None:
            return None
        return relative_to(values, reference, "difference" if self.in_points(name) else self.mode)

    def in_points(self, name: str) -> bool:
        """Say whether an indicator's chart shows a plain difference where % was asked (a rate, or a reference crossing zero)."""
        if self.mode != "percent" or self._session is None or self.reference_id is None:
            return False
        variable = self._session.study.variable(name)
        return percent_misleads(variable.unit, self._session.series(self.reference_id, name))

    def affected(self, scenario_ids: Iterable[str]) -> list[str]:
        """Return the scenarios whose curves change with new results for these (all, if the reference moved)."""
        ids = list(scenario_ids)
        if self.mode != "values" and self.reference_id in ids and self._session is not None:
            return [s.id for s in self._session.study.scenarios]
        return ids

    def axis_label(self, indicator: str | None = None) -> str:
        """Return a chart's y-axis caption for the mode ("" for plain values); an indicator may need its own."""
        if self.mode == "values" or self._session is None or self.reference_id is None:
            return ""
        name = self._session.study.scenario(self.reference_id).name
        if indicator is not None and self.in_points(indicator):
            unit = self._session.study.variable(indicator).unit
            if is_rate(unit):
                return fill(QCoreApplication.translate("ComparisonBar", "percentage points vs %1"), name)
            if unit:
                return fill(QCoreApplication.translate("ComparisonBar", "Δ from %1 (%2)"), name, unit)
            return fill(QCoreApplication.translate("ComparisonBar", "Δ from %1"), name)
        if self.mode == "difference":
            return fill(QCoreApplication.translate("ComparisonBar", "Δ from %1"), name)
        return fill(QCoreApplication.translate("ComparisonBar", "% vs %1"), name)
