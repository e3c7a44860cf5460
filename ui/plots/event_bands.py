"""Shade each event's active window on the charts of the variables it affects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from models.domain import Study


def event_spans(study: Study, name: str) -> list[tuple[float, float, str]]:
    """Return (start, end, event name) for every event with an effect on a variable."""
    spans = []
    for event in study.events:
        if any(effect.variable == name for effect in event.effects):
            duration = study.time.step if event.duration is None else event.duration
            spans.append((event.start, event.start + duration, event.name))
    return spans


class EventBands(QObject):
    """Keep the bands of the window's charts in step with the open study's events."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        # Queued: the window rebuilds its charts on the same signals, and the bands must come after.
        window.undo_group.indexChanged.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        window.undo_group.activeStackChanged.connect(self._session_opened, Qt.ConnectionType.QueuedConnection)

    def _session_opened(self) -> None:
        session = self.window.session
        if session is not None:
            session.choices_changed.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self.refresh()

    def refresh(self) -> None:
        """Shade every chart's event windows."""
        session = self.window.session
        if session is None:
            return
        for plot in self.window.charts.plots():
            plot.set_event_bands(event_spans(session.study, plot.name))
