"""The drivers register (a table) beside the impact x uncertainty map; every edit is one undoable step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.foresight.commands import EditForesight, RateDriver
from models.foresight.categories import category_choices, category_of, category_text
from models.foresight.domain import Driver, Foresight
from ui.compute.service import ComputeService
from ui.foresight.impact_map import ImpactMap
from ui.foresight.measured_effects import MeasuredEffects
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

COLUMNS = (QT_TRANSLATE_NOOP("DriversView", "Driver"), QT_TRANSLATE_NOOP("DriversView", "Category"),
           QT_TRANSLATE_NOOP("DriversView", "Impact"), QT_TRANSLATE_NOOP("DriversView", "Uncertainty"),
           QT_TRANSLATE_NOOP("DriversView", "Moves"), QT_TRANSLATE_NOOP("DriversView", "Source"))

# The driver's field an edit changes, as its undo text names it ("Change driver category").
FIELD_WORDS = {"name": QT_TRANSLATE_NOOP("DriversView", "name"), "category": QT_TRANSLATE_NOOP("DriversView", "category"),
               "assumptions": QT_TRANSLATE_NOOP("DriversView", "assumptions"), "source": QT_TRANSLATE_NOOP("DriversView", "source")}


class DriversView(QWidget):
    """List the study's drivers and map them; editing a rating or dragging a point re-rates the driver."""

    def __init__(self, parent: QWidget | None = None,
                 service: Callable[[], ComputeService | None] = lambda: None):
        super().__init__(parent)
        self.session: StudySession | None = None
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("DriversView", title) for title in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(QCoreApplication.translate("DriversView", "&Add driver"), self)
        self.add_button.clicked.connect(self.add_driver)
        self.remove_button = QPushButton(QCoreApplication.translate("DriversView", "&Remove driver"), self)
        self.remove_button.clicked.connect(self.remove_driver)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.map = ImpactMap(self)
        self.map.on_rerate = self.rerate
        self.effects = MeasuredEffects(service, self)
        self.effects.changed.connect(self.map.show_measured)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.problem, 1)
        left_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.effects)
        right_layout.addWidget(self.map, 1)
        split.addWidget(right)
        split.setSizes([520, 846])  # the map gets the room: its labels are cut to their cell
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def bind(self, session: StudySession) -> None:
        """Show a study's drivers."""
        self.session = session
        self.effects.bind(session)
        self.refresh()

    def refresh(self) -> None:
        """Fill the table and the map from the study."""
        if self.session is None:
            return
        drivers = self.session.study.foresight.drivers
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(drivers))
            for row, driver in enumerate(drivers):
                cells = (driver.name, category_text(driver.category), str(driver.impact), str(driver.uncertainty),
                         ", ".join(driver.assumptions), driver.source)
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, driver.id)
                    item.setToolTip(driver.description if column == 0 and driver.description else text)
                    if column in (2, 3):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(row, column, item)
            self.table.resizeColumnsToContents()
            for column, most in ((0, 260), (4, 220)):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), most))
        self.map.show_drivers(drivers)

    def rerate(self, driver_id: str, impact: int, uncertainty: int, gesture: int = 0) -> None:
        """Give a driver new ratings (one drag of the map is one undo step)."""
        if self.session is not None:
            self.session.push(RateDriver(driver_id, impact, uncertainty, gesture))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        driver_id = item.data(Qt.ItemDataRole.UserRole)
        assert self.session is not None  # reached only once a study is bound
        driver = self.session.study.foresight.driver(driver_id)
        text = item.text().strip()
        if item.column() in (0, 1, 4, 5):
            self._edit_text(driver_id, item.column(), text)
            return
        if text in {"1", "2", "3", "4", "5"}:
            impact, uncertainty = driver.impact, driver.uncertainty
            if item.column() == 2:
                impact = int(text)
            else:
                uncertainty = int(text)
            if (impact, uncertainty) != (driver.impact, driver.uncertainty):
                self.rerate(driver_id, impact, uncertainty)
                return
        self.refresh()  # not a rating from 1 to 5: the cell shows the rating it has

    def _edit_text(self, driver_id: str, column: int, text: str) -> None:
        """Rename, re-categorise, re-link or re-source a driver; a refused entry is said and the cell restored."""
        assert self.session is not None  # reached only once a study is bound
        study = self.session.study
        value: str | list[str]
        # A category is typed as shown (in the interface's language) and stored as its English key.
        field, value = {0: ("name", text), 1: ("category", category_of(text) or ""), 5: ("source", text)}.get(column, ("", ""))
        if column == 4:
            known = {v.name for v in study.variables if v.kind == "assumption"}
            names = [n.strip() for n in text.split(",") if n.strip()]
            unknown = [n for n in names if n not in known]
            if unknown:
                self.problem.setText(fill(QCoreApplication.translate("DriversView", "“%1” is not an assumption of the model."), unknown[0]))
                self.refresh()
                return
            field, value = "assumptions", names
        if (column == 0 and not text) or (column == 1 and not value):
            self.problem.setText(QCoreApplication.translate("DriversView", "A driver needs a name.") if column == 0 else
                                 fill(QCoreApplication.translate("DriversView", "The category is one of: %1."), category_choices()))
            self.refresh()
            return
        self.problem.setText("")
        if getattr(study.foresight.driver(driver_id), field) == value:
            return

        def edit(f: Foresight) -> None:
            setattr(f.driver(driver_id), field, value)

        what = QCoreApplication.translate("DriversView", FIELD_WORDS[field])
        self.session.push(EditForesight(fill(QCoreApplication.translate("DriversView", "Change driver %1"), what), edit))

    def add_driver(self) -> None:
        """Add a driver to rate and describe."""
        if self.session is not None:
            driver = Driver(QCoreApplication.translate("DriversView", "New driver"))
            self.session.push(EditForesight(QCoreApplication.translate("DriversView", "Add driver"), lambda f: f.drivers.append(driver)))

    def remove_driver(self) -> None:
        """Remove the driver of the current row."""
        row = self.table.currentRow()
        if self.session is None or row < 0:
            return
        item = self.table.item(row, 0)
        assert item is not None  # every row has its name cell
        driver_id = item.data(Qt.ItemDataRole.UserRole)
        self.session.push(EditForesight(QCoreApplication.translate("DriversView", "Remove driver"), lambda f: _remove(f, driver_id)))


def _remove(foresight: Foresight, driver_id: str) -> None:
    foresight.drivers = [d for d in foresight.drivers if d.id != driver_id]
    for actor in foresight.actors:
        actor.drivers = [d for d in actor.drivers if d != driver_id]
