"""The import preview: what a file would add, what is already here, what conflicts, and a choice per item."""

from __future__ import annotations

from pathlib import Path

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

STATUS_TITLES = {"new": "New", "identical": "Already here", "conflict": "Differs from yours", "name taken": "Name taken",
                 "follows parent": "Comes with its parent"}
MODEL_CHOICES = (("keep", "Keep my model"), ("replace", "Use the file's model"),
                 ("separate", "Import the file as a separate study"))


class ImportDialog(QDialog):
    """Show what importing a file would do, before anything changes, and ask what to do per item."""

    incoming: Study  # the file's study and the file, kept with the preview by import_flow
    path: Path

    def __init__(self, plan: ImportPlan, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plan = plan
        self.file_name = file_name
        self.setWindowTitle(f"Import {file_name}")
        if plan.new_study:
            intro = f"“{file_name}” holds the study “{plan.study_title}”, which is not in your library yet."
        else:
            intro = (f"“{file_name}” holds a version of “{plan.study_title}”, which is in your library: "
                     f"{plan.count('new') + plan.count('name taken')} new, {plan.count('identical')} already here, "
                     f"{plan.count('conflict')} differing from yours"
                     + (f", {plan.count('follows parent')} coming in with a parent that differs" if plan.count("follows parent") else "")
                     + ". Nothing changes until you press Import; "
                     "Undo takes the whole import back.")
        if plan.tracking:
            intro += " Tracking: " + "; ".join(plan.tracking) + "."
        if plan.foresight:
            intro += " Foresight: " + "; ".join(plan.foresight) + "."
        summary = QLabel(intro, self)
        summary.setWordWrap(True)
        self.table = QTableWidget(len(plan.items), 4, self)
        self.table.setHorizontalHeaderLabels(["Scenario", "In the file", "Details", "Do"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self._boxes: dict[str, QComboBox] = {}
        for row, item in enumerate(plan.items):
            self.table.setItem(row, 0, QTableWidgetItem(item.name))
            self.table.setItem(row, 1, QTableWidgetItem(STATUS_TITLES[item.status]))
            detail = QTableWidgetItem(item.detail)
            detail.setToolTip(item.detail)
            self.table.setItem(row, 2, detail)
            box = QComboBox(self.table)
            box.setAccessibleName(f"What to do with {item.name}")
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
        self.outcome.setAccessibleName("What Import will do")
        self.outcome.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("<b>Import will:</b>", self))
        layout.addWidget(self.outcome)
        self._model_group = QButtonGroup(self)
        if plan.model_differences:
            group = QGroupBox(f"The file's model differs from yours in {len(plan.model_differences)} way"
                              f"{'' if len(plan.model_differences) == 1 else 's'}", self)
            inner = QVBoxLayout(group)
            listing = QPlainTextEdit("\n".join(plan.model_differences), group)
            listing.setReadOnly(True)
            listing.setMaximumHeight(110)
            inner.addWidget(listing)
            for k, (choice, title) in enumerate(MODEL_CHOICES):
                button = QRadioButton(title, group)
                button.setProperty("choice", choice)
                button.setChecked(k == 0)
                button.toggled.connect(self._show_outcome)
                self._model_group.addButton(button)
                inner.addWidget(button)
            layout.addWidget(group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton("&Import", QDialogButtonBox.ButtonRole.AcceptRole)
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
        return predict(self.plan, self.decisions(), choice == "replace", f"from {self.file_name}").lines()

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
