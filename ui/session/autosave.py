"""Save the open study shortly after it changes, and at once when asked."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

# The timer starts at the first unsaved change and is not restarted by later ones, so a long drag
# still reaches the database within this delay.
SAVE_DELAY_MS = 500


class Autosaver(QObject):
    """Debounce saves: at most SAVE_DELAY_MS after the first unsaved change, one transaction each."""

    saved = Signal()
    failed = Signal(str)

    def __init__(self, save: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        """Return whether there are changes not yet in the database."""
        return self._dirty

    def mark_dirty(self) -> None:
        """Note an unsaved change; a save follows within SAVE_DELAY_MS."""
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Save now if anything is unsaved."""
        self._timer.stop()
        if not self._dirty:
            return
        try:
            self._save()
        except Exception as error:  # noqa: BLE001 - the user must hear of any failed save, whatever its cause
            self.failed.emit(str(error))
            return
        self._dirty = False
        self.saved.emit()
