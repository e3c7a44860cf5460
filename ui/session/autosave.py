"""Save the open study shortly after it changes, at once when asked, and again and again when a save fails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

# The timer starts at the first unsaved change and is not restarted by later ones, so a long drag
# still reaches the database within this delay.
SAVE_DELAY_MS = 500
# After a failed save: try again after half a second, then twice as long each time up to half a minute,
# so a locked or full disk is not hammered but a passing lock costs the user little.
RETRY_FIRST_MS = 500
RETRY_LONGEST_MS = 30_000


class Autosaver(QObject):
    """Debounce saves: at most SAVE_DELAY_MS after the first unsaved change, one transaction each."""

    saved = Signal()
    failed = Signal(str, int)  # why, and in how many milliseconds the next try comes

    def __init__(self, save: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._retry_ms = 0  # the wait before the next try; 0 while saves succeed
        self.last_error = ""  # why the last save failed, while it is not followed by one that succeeded
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def dirty(self) -> bool:
        """Return whether there are changes not yet in the database."""
        return self._dirty

    @property
    def retrying(self) -> bool:
        """Return whether the last save failed and another try is scheduled."""
        return self._retry_ms > 0

    def mark_dirty(self) -> None:
        """Note an unsaved change; a save follows within SAVE_DELAY_MS (or at the next retry)."""
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Save now if anything is unsaved; after a failure, schedule the next try."""
        self._timer.stop()
        if not self._dirty:
            return
        try:
            self._save()
        except Exception as error:  # noqa: BLE001 - the user must hear of any failed save, whatever its cause
            self._retry_ms = min(RETRY_LONGEST_MS, self._retry_ms * 2 if self._retry_ms else RETRY_FIRST_MS)
            self._timer.start(self._retry_ms)
            self.last_error = " ".join(str(error).split()) or type(error).__name__
            self.failed.emit(self.last_error, self._retry_ms)
            return
        self._dirty = False
        self._retry_ms = 0
        self.last_error = ""
        self._timer.setInterval(SAVE_DELAY_MS)
        self.saved.emit()
