"""The study's scenarios as a flat list in family order (each parent followed by its children)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from models.commands.scenario import RenameScenario
from models.domain import Scenario
from ui.plots.colours import scenario_hex
from ui.plots.legend_bar import swatch
from ui.session.study_session import StudySession
from ui.i18n.text import counted, fill

ScenarioIdRole = Qt.ItemDataRole.UserRole + 1
DepthRole = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def family_order(scenarios: list[Scenario]) -> list[tuple[Scenario, int]]:
    """Return scenarios depth first (children after their parent, in list order) with their depth."""
    known = {s.id for s in scenarios}
    children: dict[str | None, list[Scenario]] = {}
    for scenario in scenarios:
        parent = scenario.parent_id if scenario.parent_id in known else None
        children.setdefault(parent, []).append(scenario)
    ordered: list[tuple[Scenario, int]] = []
    stack = [(s, 0) for s in reversed(children.get(None, []))]
    while stack:
        scenario, depth = stack.pop()
        ordered.append((scenario, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(scenario.id, [])))
    return ordered


class ScenarioListModel(QAbstractListModel):
    """List scenarios with colour swatch, name (editable) and a tick for showing them on charts."""

    def __init__(self, session: StudySession, parent: Any = None):
        super().__init__(parent)
        self._session = session
        self._rows = family_order(session.study.scenarios)
        self._icons: dict[str, QIcon] = {}
        session.scenarios_changed.connect(self._reload)
        session.choices_changed.connect(self._ticks_changed)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        """Return the number of scenarios (a list has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return the name, swatch, tick, tooltip, id or depth of a scenario."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        scenario, depth = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return scenario.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(scenario_hex(scenario))
        if role == Qt.ItemDataRole.CheckStateRole:
            shown = scenario.id in self._session.choices.shown
            return Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(scenario)
        if role == ScenarioIdRole:
            return scenario.id
        if role == DepthRole:
            return depth
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Rename a scenario (undoably) or show/hide it on the charts."""
        if not index.isValid():
            return False
        scenario = self._rows[index.row()][0]
        if role == Qt.ItemDataRole.CheckStateRole:
            self._session.set_shown(scenario.id, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role == Qt.ItemDataRole.EditRole:
            name = str(value).strip()
            if not name or name == scenario.name:
                return False
            self._session.push(RenameScenario(scenario.id, name))
            return True
        return False

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return that every scenario is selectable, renamable and tickable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable

    def row_of(self, scenario_id: str | None) -> int:
        """Return the row of a scenario, or -1."""
        return next((row for row, (s, _) in enumerate(self._rows) if s.id == scenario_id), -1)

    def scenario_at(self, row: int) -> Scenario:
        """Return the scenario on a row."""
        return self._rows[row][0]

    def _icon(self, color: str) -> QIcon:
        if color not in self._icons:
            self._icons[color] = QIcon(swatch(color, 14))
        return self._icons[color]

    def _tooltip(self, scenario: Scenario) -> str:
        own = len(scenario.overrides)
        parts = [counted(self.tr("%n own assumption value(s)", "", own), own)]
        if scenario.parent_id:
            try:
                parts.insert(0, fill(QCoreApplication.translate("ScenarioListModel", "branched from '%1'"),
                                     self._session.study.scenario(scenario.parent_id).name))
            except KeyError:
                pass
        return f"{scenario.name}: " + ", ".join(parts)

    def _reload(self) -> None:
        self.beginResetModel()
        self._rows = family_order(self._session.study.scenarios)
        self.endResetModel()

    def _ticks_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole])
