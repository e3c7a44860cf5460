"""The actors and objectives themselves: add, rename, re-rate and remove them, each edit one undoable step.

Positions (actor x objective) are typed in the positions table beside; here are who the actors are (name,
influence 1-5, motivation, source, the drivers they move) and what the objectives are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.foresight.commands import EditForesight
from models.foresight.domain import Actor, Foresight, Objective
from ui.session.study_session import StudySession


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ActorsEditor(QWidget):
    """Two tables, actors and objectives, with buttons to add and remove; `problem` says what was refused."""

    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: StudySession | None = None
        self.actors = _table(self, [self.tr("Actor"), self.tr("Influence"), self.tr("Moves (drivers)"),
                                    self.tr("Motivation"), self.tr("Source")])
        self.actors.itemChanged.connect(self._actor_changed)
        self.objectives = _table(self, [self.tr("Objective"), self.tr("Description")])
        self.objectives.itemChanged.connect(self._objective_changed)
        self.add_actor_button = QPushButton(self.tr("Add a&ctor"), self)
        self.add_actor_button.clicked.connect(self.add_actor)
        self.remove_actor_button = QPushButton(self.tr("Remove actor"), self)
        self.remove_actor_button.clicked.connect(self.remove_actor)
        self.add_objective_button = QPushButton(self.tr("Add &objective"), self)
        self.add_objective_button.clicked.connect(self.add_objective)
        self.remove_objective_button = QPushButton(self.tr("Remove objective"), self)
        self.remove_objective_button.clicked.connect(self.remove_objective)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Actors (influence 1 weak … 5 decisive; moves: driver names, comma-separated)"), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(self.actors, 3)
        row = QHBoxLayout()
        row.addWidget(self.add_actor_button)
        row.addWidget(self.remove_actor_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Objectives"), self))
        layout.addWidget(self.objectives, 2)
        row = QHBoxLayout()
        row.addWidget(self.add_objective_button)
        row.addWidget(self.remove_objective_button)
        row.addStretch(1)
        layout.addLayout(row)

    def bind(self, session: StudySession) -> None:
        """Edit a study's actors and objectives."""
        self.session = session
        self.refresh()

    def refresh(self) -> None:
        """Fill both tables from the study."""
        if self.session is None:
            return
        layer = self.session.study.foresight
        names = {d.id: d.name for d in layer.drivers}
        with QSignalBlocker(self.actors):
            self.actors.setRowCount(len(layer.actors))
            for row, actor in enumerate(layer.actors):
                moves = ", ".join(names[d] for d in actor.drivers if d in names)
                for column, text in enumerate((actor.name, str(actor.influence), moves, actor.motivation, actor.source)):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, actor.id)
                    if column == 3:
                        item.setToolTip(actor.motivation)
                    self.actors.setItem(row, column, item)
        with QSignalBlocker(self.objectives):
            self.objectives.setRowCount(len(layer.objectives))
            for row, objective in enumerate(layer.objectives):
                for column, text in enumerate((objective.name, objective.description)):
                    item = QTableWidgetItem(text)
                    item.setData(Qt.ItemDataRole.UserRole, objective.id)
                    self.objectives.setItem(row, column, item)
        self.actors.resizeColumnToContents(0)
        self.objectives.resizeColumnToContents(0)

    # -- edits ------------------------------------------------------------------------------------

    def _push(self, label: str, edit: Callable[[Foresight], None]) -> None:
        assert self.session is not None  # reached only once a study is bound
        self.problem.emit("")
        self.session.push(EditForesight(label, edit))

    def _refuse(self, message: str) -> None:
        self.problem.emit(message)
        self.refresh()  # the cell shows the value kept

    def _actor_changed(self, item: QTableWidgetItem) -> None:
        assert self.session is not None  # reached only once a study is bound
        actor_id, column, text = item.data(Qt.ItemDataRole.UserRole), item.column(), item.text().strip()
        layer = self.session.study.foresight
        if column == 0 and not text:
            self._refuse(self.tr("An actor needs a name."))
            return
        if column == 1:
            if text not in {"1", "2", "3", "4", "5"}:
                self._refuse(self.tr("“%1” is not an influence: use a whole number from 1 to 5.").replace("%1", text))
                return
            influence = int(text)
            self._push(self.tr("Change influence"), lambda f: setattr(_actor(f, actor_id), "influence", influence))
            return
        if column == 2:
            by_name = {d.name.casefold(): d.id for d in layer.drivers}
            wanted = [n.strip() for n in text.split(",") if n.strip()]
            unknown = [n for n in wanted if n.casefold() not in by_name]
            if unknown:
                self._refuse(self.tr("No driver is called %1: name drivers from the Drivers tab.")
                             .replace("%1", ", ".join(f"“{n}”" for n in unknown)))
                return
            ids = list(dict.fromkeys(by_name[n.casefold()] for n in wanted))
            self._push(self.tr("Change what an actor moves"), lambda f: setattr(_actor(f, actor_id), "drivers", ids))
            return
        field = {0: "name", 3: "motivation", 4: "source"}[column]
        self._push(self.tr("Edit actor"), lambda f: setattr(_actor(f, actor_id), field, text))

    def _objective_changed(self, item: QTableWidgetItem) -> None:
        objective_id, column, text = item.data(Qt.ItemDataRole.UserRole), item.column(), item.text().strip()
        if column == 0 and not text:
            self._refuse(self.tr("An objective needs a name."))
            return
        field = "name" if column == 0 else "description"
        self._push(self.tr("Edit objective"), lambda f: setattr(_objective(f, objective_id), field, text))

    def add_actor(self) -> None:
        """Add an actor with a name not yet used, of middling influence."""
        assert self.session is not None  # reached only once a study is bound
        name = _fresh(self.tr("New actor"), {a.name for a in self.session.study.foresight.actors})
        self._push(self.tr("Add actor"), lambda f: f.actors.append(Actor(name)))

    def remove_actor(self) -> None:
        """Remove the selected actor and its positions."""
        row = self.actors.currentRow()
        assert self.session is not None  # reached only once a study is bound
        actors = self.session.study.foresight.actors
        if not 0 <= row < len(actors):
            return
        actor_id = actors[row].id
        self._push(self.tr("Remove actor"), lambda f: f.actors.remove(_actor(f, actor_id)))

    def add_objective(self) -> None:
        """Add an objective with a name not yet used."""
        assert self.session is not None  # reached only once a study is bound
        name = _fresh(self.tr("New objective"), {o.name for o in self.session.study.foresight.objectives})
        self._push(self.tr("Add objective"), lambda f: f.objectives.append(Objective(name)))

    def remove_objective(self) -> None:
        """Remove the selected objective and every actor's position on it, in one step."""
        row = self.objectives.currentRow()
        assert self.session is not None  # reached only once a study is bound
        objectives = self.session.study.foresight.objectives
        if not 0 <= row < len(objectives):
            return
        objective_id = objectives[row].id

        def edit(layer: Foresight) -> None:
            layer.objectives.remove(_objective(layer, objective_id))
            for actor in layer.actors:
                actor.positions.pop(objective_id, None)

        self._push(self.tr("Remove objective"), edit)


def _actor(layer: Foresight, actor_id: str) -> Actor:
    return next(a for a in layer.actors if a.id == actor_id)


def _objective(layer: Foresight, objective_id: str) -> Objective:
    return next(o for o in layer.objectives if o.id == objective_id)


def _fresh(base: str, taken: set[str]) -> str:
    """Return `base`, or `base 2`, `base 3`… whichever is not taken."""
    if base not in taken:
        return base
    return next(f"{base} {k}" for k in range(2, len(taken) + 3) if f"{base} {k}" not in taken)
