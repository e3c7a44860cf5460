"""The box's descriptors and variants as a table: a row per variant, its assumption values typed as text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.foresight.commands import EditForesight
from models.foresight.domain import Descriptor, Foresight, Variant
from ui.editor.typed_numbers import parse_number, show_number
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

COLUMNS = (QT_TRANSLATE_NOOP("DescriptorsEditor", "Descriptor"), QT_TRANSLATE_NOOP("DescriptorsEditor", "Variant"),
           QT_TRANSLATE_NOOP("DescriptorsEditor", "Assumption values"))


def values_text(assumptions: dict[str, float]) -> str:
    """Return a variant's assumption values as people type them: `reform_pace = 20; us_aid = 40`."""
    return "; ".join(f"{name} = {show_number(value)}" for name, value in assumptions.items())


def parse_values(text: str, known: set[str]) -> tuple[dict[str, float], str]:
    """Return the values typed as `name = number; …`, or a problem in words ('' when there is none)."""
    values: dict[str, float] = {}
    for k, part in enumerate(p.strip() for p in text.split(";")):
        if not part:
            continue
        name, sep, number = (s.strip() for s in part.partition("="))
        if not sep:
            return {}, fill(QCoreApplication.translate("DescriptorsEditor", "part %1 (“%2”) needs the form name = number"), k + 1, part)
        if name not in known:
            return {}, fill(QCoreApplication.translate("DescriptorsEditor", "“%1” is not an assumption of the model"), name)
        try:
            values[name] = parse_number(number)
        except ValueError:
            return {}, fill(QCoreApplication.translate("DescriptorsEditor", "“%1” is not a number (for %2)"), number, name)
    return values, ""


class DescriptorsEditor(QWidget):
    """Add, rename and remove descriptors and variants; give each variant its assumption values."""

    problem = Signal(str)  # what was typed and refused, in words

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: StudySession | None = None
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("DescriptorsEditor", title) for title in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemChanged.connect(self._changed)
        self.add_descriptor_button = QPushButton(QCoreApplication.translate("DescriptorsEditor", "Add &descriptor"), self)
        self.add_descriptor_button.clicked.connect(self.add_descriptor)
        self.add_variant_button = QPushButton(QCoreApplication.translate("DescriptorsEditor", "Add &variant"), self)
        self.add_variant_button.clicked.connect(self.add_variant)
        self.remove_button = QPushButton(QCoreApplication.translate("DescriptorsEditor", "Remove"), self)
        self.remove_button.setToolTip(QCoreApplication.translate("DescriptorsEditor", "Remove the variant of the current row (a descriptor goes with its last variants)"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        for button in (self.add_descriptor_button, self.add_variant_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def bind(self, session: StudySession) -> None:
        """Show a study's box."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Fill the table from the box."""
        assert self.session is not None  # reached only once a study is bound
        box = self.session.study.foresight.morphology
        rows = [(d, v) for d in box.descriptors for v in d.variants]
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(rows))
            for r, (descriptor, variant) in enumerate(rows):
                for c, text in enumerate((descriptor.name, variant.name, values_text(variant.assumptions))):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, (descriptor.id, variant.id))
                    self.table.setItem(r, c, item)
            self.table.resizeColumnToContents(0)
            self.table.resizeColumnToContents(1)

    def _current(self) -> tuple[str, str] | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _changed(self, item: QTableWidgetItem) -> None:
        assert self.session is not None  # reached only once a study is bound
        descriptor_id, variant_id = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()
        if item.column() == 2:
            known = {v.name for v in self.session.study.variables if v.kind == "assumption"}
            values, problem = parse_values(text, known)
            if problem:
                self.problem.emit(fill(QCoreApplication.translate("DescriptorsEditor", "Variant values: %1."), problem))
                self.refresh()
                return

            def edit(f: Foresight) -> None:
                f.morphology.variant(variant_id).assumptions = values

            self.session.push(EditForesight(QCoreApplication.translate("DescriptorsEditor", "Change variant values"), edit))
            return
        if not text:
            self.refresh()
            return

        def rename(f: Foresight) -> None:
            if item.column() == 0:
                next(d for d in f.morphology.descriptors if d.id == descriptor_id).name = text
            else:
                f.morphology.variant(variant_id).name = text

        self.session.push(EditForesight(QCoreApplication.translate("DescriptorsEditor", "Rename"), rename))

    def add_descriptor(self) -> None:
        """Add a descriptor with two variants to fill in."""
        assert self.session is not None  # reached only once a study is bound
        count = len(self.session.study.foresight.morphology.descriptors) + 1
        descriptor = Descriptor(fill(QCoreApplication.translate("DescriptorsEditor", "Descriptor %1"), count),
                                [Variant(QCoreApplication.translate("DescriptorsEditor", "Low")),
                                 Variant(QCoreApplication.translate("DescriptorsEditor", "High"))])
        self.session.push(EditForesight(QCoreApplication.translate("DescriptorsEditor", "Add descriptor"), lambda f: f.morphology.descriptors.append(descriptor)))

    def add_variant(self) -> None:
        """Add a variant to the current row's descriptor (at most five)."""
        current = self._current()
        if current is None:
            return
        assert self.session is not None  # reached only once a study is bound
        descriptor = next(d for d in self.session.study.foresight.morphology.descriptors if d.id == current[0])
        if len(descriptor.variants) >= 5:
            self.problem.emit(fill(QCoreApplication.translate("DescriptorsEditor", "“%1” has five variants already: a descriptor has 2 to 5."), descriptor.name))
            return
        variant = Variant(fill(QCoreApplication.translate("DescriptorsEditor", "Variant %1"), len(descriptor.variants) + 1))

        def add(f: Foresight) -> None:
            next(d for d in f.morphology.descriptors if d.id == current[0]).variants.append(variant)

        self.session.push(EditForesight(QCoreApplication.translate("DescriptorsEditor", "Add variant"), add))

    def remove(self) -> None:
        """Remove the current variant and its judgements; a descriptor left with fewer than two goes."""
        current = self._current()
        if current is None:
            return
        descriptor_id, variant_id = current

        def drop(f: Foresight) -> None:
            box = f.morphology
            descriptor = next(d for d in box.descriptors if d.id == descriptor_id)
            gone = {variant_id} if len(descriptor.variants) > 2 else {v.id for v in descriptor.variants}
            descriptor.variants = [v for v in descriptor.variants if v.id not in gone]
            if not descriptor.variants:
                box.descriptors.remove(descriptor)
            box.judgements = [j for j in box.judgements if j.first not in gone and j.second not in gone]

        assert self.session is not None  # reached only once a study is bound
        self.session.push(EditForesight(QCoreApplication.translate("DescriptorsEditor", "Remove variant"), drop))
