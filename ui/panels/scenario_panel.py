"""The scenario list with its actions: new, branch, duplicate, rename, colour, delete."""

from __future__ import annotations

import copy
from typing import Callable

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QGridLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.commands.scenario import AddScenario, DeleteScenario, RecolorScenario
from models.domain import Scenario, new_id
from models.palette import distinct_color
from ui.plots.colours import scenario_color
from ui.qtmodels.scenario_list_model import DepthRole, ScenarioListModel
from ui.session.study_session import StudySession
from ui.i18n.text import fill

INDENT = 18


class IndentDelegate(QStyledItemDelegate):
    """Indent each scenario under its parent."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """Shift the item right by its depth."""
        super().initStyleOption(option, index)
        option.rect.adjust(INDENT * (index.data(DepthRole) or 0), 0, 0, 0)


def unique_name(wanted: str, taken: set[str]) -> str:
    """Return `wanted`, or `wanted 2`, `wanted 3`... whichever is free."""
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted} {number}" in taken:
        number += 1
    return f"{wanted} {number}"


def next_color(used: list[str]) -> str:
    """Return a colour for a new scenario that looks least like any in use."""
    return distinct_color(used)


class ScenarioPanel(QWidget):
    """List scenarios (selection is the one being edited) and offer the scenario actions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self.model: ScenarioListModel | None = None
        self.view = QListView(self)
        self.view.setItemDelegate(IndentDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Scenarios"))
        self.view.setToolTip(self.tr("Tick to show on the charts; select to edit its assumptions"))
        self.new_action = self._action(self.tr("&New scenario"), self.tr("Add a blank scenario"), self.new_blank, "Ctrl+Shift+N")
        self.branch_action = self._action(self.tr("&Branch"), self.tr("Add a child that inherits the selected scenario"), self.branch, "Ctrl+B")
        self.duplicate_action = self._action(self.tr("&Duplicate"), self.tr("Copy the selected scenario"), self.duplicate, "Ctrl+D")
        self.rename_action = self._action(self.tr("&Rename"), self.tr("Rename the selected scenario"), self.rename, QKeySequence(Qt.Key.Key_F2))
        self.color_action = self._action(self.tr("&Colour…"), self.tr("Change the selected scenario's colour"), self.choose_color, None)
        self.delete_action = self._action(self.tr("De&lete"), self.tr("Delete the selected scenario (undoable)"), self.delete, QKeySequence.StandardKey.Delete)
        # Delete must not fire while a spin box or the years field is being typed into.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.view.addAction(self.delete_action)
        self._buttons: list[QToolButton] = []
        buttons = QGridLayout()
        buttons.setSpacing(3)
        for position, action in enumerate(self.actions_in_order()):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, position // 3, position % 3)
            self._buttons.append(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<b>" + self.tr("Scenarios") + "</b>", self))
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def _action(self, text: str, tip: str, slot: Callable[[], None], shortcut: QKeySequence | QKeySequence.StandardKey | str | None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def focus_chain(self) -> list[QWidget]:
        """Return the panel's controls in keyboard order: the list, then its buttons."""
        return [self.view, *self._buttons]

    def actions_in_order(self) -> list[QAction]:
        """Return the scenario actions, for buttons and the Scenario menu."""
        return [self.new_action, self.branch_action, self.duplicate_action, self.rename_action, self.color_action, self.delete_action]

    def bind(self, session: StudySession) -> None:
        """Show a session's scenarios from now on."""
        self._session = session
        old = self.model
        self.model = ScenarioListModel(session, self)
        self.view.setModel(self.model)
        if old is not None:
            old.deleteLater()
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._show_selection)
        session.choices_changed.connect(self._show_selection)
        self._show_selection()

    def selected(self) -> Scenario | None:
        """Return the scenario being edited."""
        if self._session is None or self._session.choices.selected is None:
            return None
        return self._session.study.scenario(self._session.choices.selected)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._session is not None and self.model is not None and current.isValid():
            self._session.select(self.model.scenario_at(current.row()).id)

    def _show_selection(self) -> None:
        if self._session is None or self.model is None:
            return
        row = self.model.row_of(self._session.choices.selected)
        if row >= 0 and self.view.currentIndex().row() != row:
            self.view.selectionModel().setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        has = row >= 0
        for action in (self.branch_action, self.duplicate_action, self.rename_action, self.color_action, self.delete_action):
            action.setEnabled(has)

    # -- actions -------------------------------------------------------------------------------

    def new_blank(self) -> None:
        """Add a scenario with no overrides of its own."""
        self._add(Scenario(name=self.tr("New scenario")), "New scenario")

    def branch(self) -> None:
        """Add a child of the selected scenario; it inherits everything it does not override."""
        parent = self.selected()
        if parent is not None:
            self._add(Scenario(name=fill(self.tr("%1 – what if"), parent.name), parent_id=parent.id), "Branch")

    def duplicate(self) -> None:
        """Add an independent copy of the selected scenario (same parent, same overrides)."""
        original = self.selected()
        if original is not None:
            copied = copy.deepcopy(original)
            copied.id, copied.name = new_id(), fill(self.tr("%1 (copy)"), original.name)
            self._add(copied, "Duplicate")

    def _add(self, scenario: Scenario, verb: str) -> None:
        assert self._session is not None
        study = self._session.study
        scenario.name = unique_name(scenario.name, {s.name for s in study.scenarios})
        scenario.color = next_color([s.color for s in study.scenarios])
        selected = self.selected()
        index = study.scenarios.index(selected) + 1 if selected is not None else len(study.scenarios)
        self._session.set_shown(scenario.id, True)
        self._session.push(AddScenario(scenario, index, verb))
        self._session.select(scenario.id)

    def rename(self) -> None:
        """Start editing the selected scenario's name in the list."""
        if self.view.currentIndex().isValid():
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def choose_color(self) -> None:
        """Ask for a colour for the selected scenario."""
        scenario = self.selected()
        if scenario is None:
            return
        color = QColorDialog.getColor(scenario_color(scenario), self, fill(QCoreApplication.translate("ScenarioPanel", "Colour of '%1'"), scenario.name))
        if color.isValid():
            self.recolor(color.name())

    def recolor(self, color: str) -> None:
        """Give the selected scenario a colour (undoable)."""
        scenario = self.selected()
        if self._session is not None and scenario is not None and color != scenario.color:
            self._session.push(RecolorScenario(scenario.id, color))

    def delete(self) -> None:
        """Delete the selected scenario (undoable); its children keep their values."""
        scenario = self.selected()
        if self._session is not None and scenario is not None:
            self._session.push(DeleteScenario(scenario.id))
