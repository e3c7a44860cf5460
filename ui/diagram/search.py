"""Find a variable on the diagram by its name or title: Enter goes to the next box that matches."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from ui.diagram.view import DiagramView


class DiagramSearch(QLineEdit):
    """A find field over the diagram: each Enter selects and centres the next matching box."""

    found = Signal(str)  # the name of the box gone to

    def __init__(self, view: DiagramView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setPlaceholderText(QCoreApplication.translate("DiagramSearch", "Find a variable (name or title) and press Enter"))
        self.setAccessibleName(QCoreApplication.translate("DiagramSearch", "Find on the diagram"))
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self.next_match)
        self._last = ""

    def matches(self) -> list[str]:
        """Return the names of the boxes whose name or title contains the text, top to bottom, left to right."""
        wanted = self.text().strip().casefold()
        if not wanted:
            return []
        items = [item for item in self.view.nodes.values()
                 if wanted in item.node.name.casefold() or wanted in item.node.title.casefold()]
        items.sort(key=lambda item: (item.pos().x(), item.pos().y()))
        return [item.node.name for item in items]

    def next_match(self) -> None:
        """Go to the match after the last one gone to (the first after a new search)."""
        names = self.matches()
        if not names:
            return
        after = names.index(self._last) + 1 if self._last in names else 0
        name = names[after % len(names)]
        self._last = name
        self.view.select_name(name)
        self.view.centerOn(self.view.nodes[name])
        self.found.emit(name)
