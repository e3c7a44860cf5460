"""The session's log, and its replay: step the room's screen through logged states, then back to live."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.engine.compiled import ModelError
from models.workshop import LogEntry
from ui.workshop.controller import WorkshopController
from ui.workshop.presentation_view import PresentationView, clock_time
from ui.workshop.replay import Replay

KIND_MARKS = {"change": "•", "undo": "↶", "redo": "↷", "capture": "★"}


class LogPanel(QWidget):
    """List what happened in the session; Replay shows any logged state on the room's screen, Live leaves."""

    replay_changed = Signal(bool)
    message_shown = Signal(str)

    def __init__(self, room: Callable[[], PresentationView | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._room = room  # returns the room's screen, opening it if needed
        self._controller: WorkshopController | None = None
        self._view: PresentationView | None = None
        self.replay: Replay | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("LogPanel", "Session log"))
        self.list.currentRowChanged.connect(self._row_chosen)
        self.replay_button = QPushButton(QCoreApplication.translate("LogPanel", "&Replay"), self)
        self.replay_button.clicked.connect(self._replay_clicked)
        self.back_button = QPushButton(QCoreApplication.translate("LogPanel", "◀ &Back"), self)
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.forward_button = QPushButton(QCoreApplication.translate("LogPanel", "&Forward ▶"), self)
        self.forward_button.clicked.connect(lambda: self.step(1))
        self.hint = QLabel(QCoreApplication.translate("LogPanel", "Replay shows a step's state on the room's screen; Up and Down step through the log."), self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.replay_button, self.back_button, self.forward_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        self._enable()

    def bind(self, controller: WorkshopController | None) -> None:
        """Show another session's log (None shows none)."""
        self.end_replay()
        if self._controller is not None:
            self._controller.logged.disconnect(self._append)
        self._controller = controller
        if controller is not None:
            controller.logged.connect(self._append)
        self.refresh()

    def refresh(self) -> None:
        """List the logged steps, oldest first, keeping the highlighted one."""
        entries = self._controller.log() if self._controller is not None else []
        with QSignalBlocker(self.list):
            row = self.list.currentRow()
            self.list.clear()
            for entry in entries:
                self._add(entry)
            self.list.setCurrentRow(row if 0 <= row < len(entries) else len(entries) - 1)
        self._enable()

    def _append(self, entry: LogEntry) -> None:
        # The log only grows, so a new step is one more line: no need to read the whole log back.
        follow = self.replay is None and self.list.currentRow() in (-1, self.list.count() - 1)
        self._add(entry)
        if follow:
            with QSignalBlocker(self.list):
                self.list.setCurrentRow(self.list.count() - 1)
        self._enable()

    def _add(self, entry: LogEntry) -> None:
        self.list.addItem(f"{clock_time(entry.at)}  {KIND_MARKS.get(entry.kind, '•')} {entry.text}")
        self.list.item(self.list.count() - 1).setToolTip(entry.text)

    def start_replay(self, index: int) -> bool:
        """Show the state after log entry `index` on the room's screen; return whether it is shown."""
        if self._controller is None or not self.list.count():
            return False
        if self.replay is None:
            try:
                replay = Replay(self._controller)
            except ModelError:
                self.message_shown.emit(self.tr("The model does not compile now, so the session cannot be replayed."))
                return False
            view = self._room()
            if view is None:
                return False
            self.replay, self._view = replay, view
            view.left.connect(self.end_replay)
            self.replay_changed.emit(True)
        return self._show(index)

    def step(self, delta: int) -> bool:
        """Show the previous (-1) or next (+1) logged state; return False at either end."""
        return self.replay is not None and self._show(self.replay.index + delta)

    def end_replay(self) -> None:
        """Return the room's screen to the live session."""
        if self.replay is None:
            return
        view, self.replay, self._view = self._view, None, None
        if view is not None:
            view.left.disconnect(self.end_replay)
            view.show_live()
        self._enable()
        self.replay_changed.emit(False)

    def _show(self, index: int) -> bool:
        assert self.replay is not None and self._view is not None
        if not self.replay.go(index):
            return False
        self._view.show_replay(self.replay)
        with QSignalBlocker(self.list):
            self.list.setCurrentRow(index)
        self._enable()
        return True

    def _row_chosen(self, row: int) -> None:
        if self.replay is not None and row >= 0:
            self._show(row)

    def _replay_clicked(self) -> None:
        if self.replay is None:
            self.start_replay(max(self.list.currentRow(), 0))
        else:
            self.end_replay()

    def _enable(self) -> None:
        replaying = self.replay is not None
        self.replay_button.setText(QCoreApplication.translate("LogPanel", "Back to &live") if replaying else QCoreApplication.translate("LogPanel", "&Replay"))
        self.replay_button.setToolTip(
            QCoreApplication.translate("LogPanel", "Leave the replay: the room sees the session as it is now") if replaying
            else QCoreApplication.translate("LogPanel", "Show the highlighted step's state on the room's screen; the study is not changed")
        )
        self.replay_button.setEnabled(replaying or self.list.count() > 0)
        replay = self.replay
        self.back_button.setEnabled(replay is not None and replay.index > 0)
        self.forward_button.setEnabled(replay is not None and replay.index < len(replay.entries) - 1)
