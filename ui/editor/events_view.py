"""The events of a study: a list to pick from, add and delete, with the picked event's form below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.commands.event import AddEvent, DeleteEvent
from models.domain import Event
from ui.editor.event_form import EventForm
from ui.session.study_session import StudySession
from ui.i18n.text import fill, people_number


class EventsView(QWidget):
    """List a study's events; adding and deleting go through the session's undo stack."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._session: StudySession | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("EventsView", "Events"))
        self.add_button = QPushButton(QCoreApplication.translate("EventsView", "&Add event"), self)
        self.delete_button = QPushButton(QCoreApplication.translate("EventsView", "&Delete event"), self)
        self.form = EventForm(self)
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.currentItemChanged.connect(self._picked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form, 3)

    def bind(self, session: StudySession) -> None:
        """Edit this session's events."""
        self._session = session
        self.form.bind(session)
        session.undo_stack.indexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List the events as they are now, keeping the picked one picked."""
        if self._session is None:
            return
        events = self._session.study.events
        picked = self.form.event_id
        with QSignalBlocker(self.list):
            self.list.clear()
            for event in events:
                item = QListWidgetItem(fill(QCoreApplication.translate("EventsView", "%1   (%2, from %3)"), event.name, people_number(event.probability, ".0%"), people_number(event.start, "g")))
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                self.list.addItem(item)
                if event.id == picked:
                    self.list.setCurrentItem(item)
        if picked not in {e.id for e in events}:
            self.select(events[0].id if events else None)
        self.delete_button.setEnabled(bool(events))

    def select(self, event_id: str | None) -> None:
        """Pick an event for the form."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == event_id:
                self.list.setCurrentRow(row)
                return
        self.form.show_event(event_id)

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.form.show_event(item.data(Qt.ItemDataRole.UserRole) if item is not None else None)

    def add(self) -> Event | None:
        """Add a new event after the picked one and pick it."""
        session = self._session
        if session is None:
            return None
        taken = {e.name for e in session.study.events}
        name, k = QCoreApplication.translate("EventsView", "New event"), 1
        while name in taken:
            k += 1
            name = fill(QCoreApplication.translate("EventsView", "New event %1"), k)
        event = Event(name, probability=0.5, start=session.study.time.start)
        session.push(AddEvent(event, self.list.currentRow() + 1))
        self.select(event.id)
        self.form.name.setFocus()
        self.form.name.selectAll()
        return event

    def delete_current(self) -> None:
        """Delete the picked event (undo brings it back with its switches)."""
        item = self.list.currentItem()
        if self._session is not None and item is not None:
            self._session.push(DeleteEvent(item.data(Qt.ItemDataRole.UserRole)))
