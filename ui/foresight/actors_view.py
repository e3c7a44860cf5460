"""Actors and objectives: each actor's positions, and who converges or diverges with whom, on what."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.foresight.actors import relations, support
from models.foresight.commands import EditForesight
from models.foresight.domain import Foresight
from ui.foresight.actors_editor import ActorsEditor
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

_POSITION_WORDS = {-2: QT_TRANSLATE_NOOP("ActorsView", "−2 against"), -1: "−1", 0: "0", 1: "+1", 2: QT_TRANSLATE_NOOP("ActorsView", "+2 for")}


def _tint(value: float, most: float) -> QColor:
    share = min(1.0, abs(value) / most) * 0.55 if most else 0.0
    base = (26, 152, 80) if value > 0 else (215, 48, 39)
    return QColor(*(round(255 * (1 - share) + b * share) for b in base))


class ActorsView(QWidget):
    """Show positions (actors x objectives) and the convergence balance of every pair of actors."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: StudySession | None = None
        self.positions = QTableWidget(self)
        self.positions.itemChanged.connect(self._position_changed)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.relations = QTableWidget(self)
        self.relations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(QCoreApplication.translate("ActorsView", "Positions on the objectives (−2 strongly against … +2 strongly for); type to change; hover an actor for its motivation and source; influence 1–5 in brackets"), top)
        heading.setWordWrap(True)  # beside the actors editor: wraps rather than widen the window
        top_layout.addWidget(heading)
        top_layout.addWidget(self.positions)
        top_layout.addWidget(self.problem)
        bottom = QWidget(split)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(QCoreApplication.translate("ActorsView", "Convergence minus divergence between actors (hover a cell: on what)"), bottom))
        bottom_layout.addWidget(self.relations)
        self.editor = ActorsEditor(self)
        self.editor.problem.connect(self.problem.setText)
        sides = QSplitter(Qt.Orientation.Horizontal, self)
        sides.addWidget(self.editor)
        sides.addWidget(split)
        sides.setSizes([560, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(sides)

    def bind(self, session: StudySession) -> None:
        """Show a study's actors."""
        self.session = session
        self.editor.bind(session)
        self.refresh()

    def _position_changed(self, item: QTableWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key is None:
            return
        actor_id, objective_id = key
        try:
            value = _position_of(item.text())
        except ValueError:
            self.problem.setText(fill(QCoreApplication.translate("ActorsView", "“%1” is not a position: use a whole number from −2 to +2, or leave it blank."), item.text()))
            self.refresh()
            return
        self.problem.setText("")

        def edit(layer: Foresight) -> None:
            actor = next(a for a in layer.actors if a.id == actor_id)
            if value is None:
                actor.positions.pop(objective_id, None)
            else:
                actor.positions[objective_id] = value

        assert self.session is not None  # reached only once a study is bound
        self.session.push(EditForesight(QCoreApplication.translate("ActorsView", "Change position"), edit))

    def refresh(self) -> None:
        """Fill both tables from the study."""
        if self.session is None:
            return
        self.editor.refresh()
        layer = self.session.study.foresight
        actors, objectives = layer.actors, layer.objectives
        # Objectives down the side (their names are long), actors across (short names, influence beside).
        blocker = QSignalBlocker(self.positions)
        self.positions.clear()
        self.positions.setRowCount(len(objectives))
        self.positions.setColumnCount(len(actors) + 1)
        self.positions.setHorizontalHeaderLabels([f"{a.name} ({a.influence})" for a in actors]
                                                 + [QCoreApplication.translate("ActorsView", "Weight for / against")])
        self.positions.setVerticalHeaderLabels([o.name for o in objectives])
        for c, actor in enumerate(actors):
            header = self.positions.horizontalHeaderItem(c)
            assert header is not None  # the labels set above made one per column
            header.setToolTip(
                fill(QCoreApplication.translate("ActorsView", "Influence %1 of 5\n\n%2\n\nSource: %3"), actor.influence, actor.motivation, actor.source))
        for r, objective in enumerate(objectives):
            for c, actor in enumerate(actors):
                value = actor.positions.get(objective.id, 0)
                item = QTableWidgetItem(QCoreApplication.translate("ActorsView", _POSITION_WORDS[value]) if objective.id in actor.positions else "")
                item.setData(Qt.ItemDataRole.UserRole, (actor.id, objective.id))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if value:
                    item.setBackground(QBrush(_tint(value, 2)))
                self.positions.setItem(r, c, item)
            pro, con = support(actors, objective)
            total = QTableWidgetItem(f"{pro:g} / {con:g}")
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            total.setToolTip(QCoreApplication.translate("ActorsView", "Influence times position, summed over the actors for and against"))
            total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.positions.setItem(r, len(actors), total)
        self.positions.resizeColumnsToContents()
        blocker.unblock()
        names = {o.id: o.name for o in objectives}
        found = {(r.first, r.second): r for r in relations(actors, objectives)}
        most = max((abs(r.balance) for r in found.values()), default=0.0)
        self.relations.clear()
        self.relations.setRowCount(len(actors))
        self.relations.setColumnCount(len(actors))
        self.relations.setHorizontalHeaderLabels([a.name for a in actors])
        self.relations.setVerticalHeaderLabels([a.name for a in actors])
        for i, a in enumerate(actors):
            for j, b in enumerate(actors):
                if i == j:
                    continue
                relation = found.get((a.id, b.id)) or found.get((b.id, a.id))
                if relation is None:
                    continue
                item = QTableWidgetItem(_signed(relation.balance))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if relation.balance:
                    item.setBackground(QBrush(_tint(relation.balance, most)))
                agree = ", ".join(names[o] for o in relation.agree_on) or "nothing"
                oppose = ", ".join(names[o] for o in relation.oppose_on) or "nothing"
                item.setToolTip(fill(QCoreApplication.translate("ActorsView", "%1 and %2\nagree on: %3\noppose on: %4"), a.name, b.name, agree, oppose))
                self.relations.setItem(i, j, item)
        self.relations.resizeColumnsToContents()


def _position_of(text: str) -> int | None:
    """Return the position typed (−2 … +2; blank: none stated), or raise ValueError."""
    # The words beside ±2 are the interface's ("+2 for", "+2 a favor"): only the number counts.
    words = re.sub(r"[^\d+\-−]", "", text).replace("−", "-").replace("+", "").strip()
    if not words:
        return None
    value = int(words)
    if not -2 <= value <= 2:
        raise ValueError(words)
    return value


def _signed(value: float) -> str:
    """Return a balance with its sign as people write it: +3.5, −1.5, 0."""
    if value == 0:
        return "0"
    return ("+" if value > 0 else "−") + f"{abs(value):g}"
