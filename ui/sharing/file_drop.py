"""Let a window take a study file dropped onto it, without loading the file reader until it is used."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDropEvent


class FileDropFilter(QObject):
    """Accept a study file dropped anywhere on a window and say which file it was."""

    file_dropped = Signal(Path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take drags that carry one local file; report the drop."""
        if isinstance(event, QDropEvent):  # drag enter and drag move events are drop events too
            urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
            if len(urls) == 1 and urls[0].isLocalFile():
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    self.file_dropped.emit(Path(urls[0].toLocalFile()))
                return True
        return super().eventFilter(watched, event)
