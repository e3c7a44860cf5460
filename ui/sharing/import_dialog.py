"""The import preview: what a file would add, what is already here, what conflicts, and a choice per item."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.domain import Study
from storage.merge_plan import CHOICE_TITLES, ImportPlan, predict
from ui.i18n.text import QT_TRANSLATE_NOOP

# Marked for the catalogue; shown through QCoreApplication.translate("ImportDialog", ...).
STATUS_TITLES = {"new": QT_TRANSLATE_NOOP("ImportDialog", "New"), "identical": QT_TRANSLATE_NOOP("ImportDialog", "Already here"),
                 "conflict": QT_TRANSLATE_NOOP("ImportDialog", "Differs from yours"),
                 "name taken": QT_TRANSLATE_NOOP("ImportDialog", "Name taken"),
                 "follows parent": QT_TRANSLATE_NOOP("ImportDialog", "Comes with its parent")}
MODEL_CHOICES = (("keep", QT_TRANSLATE_NOOP("ImportDialog", "Keep my model")),
                 ("replace", QT_TRANSLATE_NOOP("ImportDialog", "Use the file's model")),
                 ("separate", QT_TRANSLATE_NOOP("ImportDialog", "Import the file as a separate study")))


class ImportDialog(QDialog):
    """Show what importing a file would do, before anything changes, and ask what to do per item."""

    incoming: Study  # the file's study and the file, kept with the preview by import_flow
    path: Path

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.file_name = file_name
        self.setWindowTitle(self.tr("Import %1").replace("%1", file_name))
        if plan.new_study:
            intro = (self.tr("“%1” holds the study “%2”, which is not in your library yet.")
                     .replace("%1", file_name).replace("%2", plan.study_title))
        else:
            intro = (self.tr("“%1” holds a version of “%2”, which is in your library: %3 new, %4 already here, "
                             "%5 differing from yours").replace("%1", file_name).replace("%2", plan.study_title)
                     .replace("%3", str(plan.count("new") + plan.count("name taken")))
                     .replace("%4", str(plan.count("identical"))).replace("%5", str(plan.count("conflict")))
                     + (self.tr(", %1 coming in with a parent that differs").replace("%1", str(plan.count("follows parent")))
                        if plan.count("follows parent") else "")
                     + self.tr(". Nothing changes until you press Import; Undo takes the whole import back."))
        if plan.tracking:
            intro += self.tr(" Tracking: %1.").replace("%1", "; ".join(plan.tracking))
        if plan.foresight:
            intro += self.tr(" Foresight: %1.").replace("%1", "; ".join(plan.foresight))
        if plan.diagram:
            intro += self.tr(" Diagram: %1.").replace("%1", "; ".join(plan.diagram))
        summary = QLabel(intro, self)
        summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.items), 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Scenario"), self.tr("In the file"), self.tr("Details"), self.tr("Do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._boxes: dict[str, QComboBox] = {}
        for row, item in enumerate(plan.items):
            self.table.setItem(row, 0, QTableWidgetItem(item.name))
            self.table.setItem(row, 1, QTableWidgetItem(self.tr(str(STATUS_TITLES[item.status]))))
            detail = QTableWidgetItem(item.detail)
            detail.setToolTip(item.detail)
            self.table.setItem(row, 2, detail)
            box = QComboBox(self.table)
            box.setAccessibleName(self.tr("What to do with %1").replace("%1", item.name))
            for choice in item.choices:
                box.addItem(CHOICE_TITLES[choice], choice)
            box.setEnabled(len(item.choices) > 1)
            box.currentIndexChanged.connect(self._show_outcome)
            self.table.setCellWidget(row, 3, box)
            self._boxes[item.scenario_id] = box
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(column, mode)
        # What Import will do with the choices as they stand: worked out by importing into a copy.
        self.outcome = QPlainTextEdit(self)
        self.outcome.setReadOnly(True)
        self.outcome.setAccessibleName(self.tr("What Import will do"))
        self.outcome.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("<b>" + self.tr("Import will:") + "</b>", self))
        layout.addWidget(self.outcome)
        self._model_group = QButtonGroup(self)
        if plan.model_differences:
            # The source language has no catalogue, so English's singular is its own string; %n lets each
            # catalogue pick its plural form ("3 aspectos").
            ways = len(plan.model_differences)
            group = QGroupBox(self.tr("The file's model differs from yours in 1 way") if ways == 1 else
                              self.tr("The file's model differs from yours in %n ways", "", ways), self)
            inner = QVBoxLayout(group)
            listing = QPlainTextEdit("\n".join(plan.model_differences), group)
            listing.setReadOnly(True)
            listing.setMaximumHeight(110)
            inner.addWidget(listing)
            for k, (choice, title) in enumerate(MODEL_CHOICES):
                button = QRadioButton(self.tr(str(title)), group)
                button.setProperty("choice", choice)
                button.setChecked(k == 0)
                button.toggled.connect(self._show_outcome)
                self._model_group.addButton(button)
                inner.addWidget(button)
            layout.addWidget(group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(860, 540 + (170 if plan.model_differences else 0))
        self._show_outcome()

    def outcome_lines(self) -> list[str]:
        """Return what importing with the current choices would do, line by line."""
        if self.plan.incoming is None:
            return []
        choice = self.model_choice()
        if choice == "separate":
            separate = ImportPlan(self.plan.study_title, True, incoming=self.plan.incoming)
            return predict(separate, self.decisions()).lines()
        return predict(self.plan, self.decisions(), choice == "replace", self.tr("from %1").replace("%1", self.file_name)).lines()

    def _show_outcome(self) -> None:
        self.outcome.setPlainText("\n".join(self.outcome_lines()))

    def choose(self, scenario_id: str, choice: str) -> None:
        """Set what to do with one incoming scenario (as picking it in its list would)."""
        box = self._boxes[scenario_id]
        box.setCurrentIndex(box.findData(choice))

    def choose_model(self, choice: str) -> None:
        """Choose "keep", "replace" or "separate" for a differing model."""
        for button in self._model_group.buttons():
            button.setChecked(button.property("choice") == choice)

    def decisions(self) -> dict[str, str]:
        """Return what to do with each incoming scenario, by its id."""
        return {scenario_id: box.currentData() for scenario_id, box in self._boxes.items()}

    def model_choice(self) -> str:
        """Return "keep", "replace" or "separate" (always "keep" when the models agree)."""
        checked = self._model_group.checkedButton()
        return checked.property("choice") if checked is not None else "keep"
