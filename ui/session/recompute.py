"""The recompute scheduler: coalesce re-simulation requests so the latest values win."""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal


class RecomputeScheduler(QObject):
    """Run the model once per event-loop turn for every scenario asked for since the last run.

    A run reads the study as it is when the run starts, so requests made while an earlier run was
    waiting are served by one run with the newest values; nothing stale is ever computed.
    """

    result_ready = Signal(int, list)  # stamp of the newest request served, scenario ids run

    def __init__(self, run: Callable[[list[str]], list[str]], parent: QObject | None = None):
        super().__init__(parent)
        self._run = run
        self._pending: dict[str, None] = {}  # ordered set
        self._requested = 0
        self._delivered = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fire)

    @property
    def requested(self) -> int:
        """Return the stamp of the newest request."""
        return self._requested

    @property
    def delivered(self) -> int:
        """Return the stamp of the newest request whose result has been delivered."""
        return self._delivered

    def request(self, scenario_ids: Iterable[str]) -> int:
        """Ask for these scenarios to be run soon; return the request's stamp."""
        self._pending.update(dict.fromkeys(scenario_ids))
        self._requested += 1
        if not self._timer.isActive():
            self._timer.start()
        return self._requested

    def flush(self) -> None:
        """Run what is pending now instead of on the next event-loop turn."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def _fire(self) -> None:
        stamp = self._requested
        scenario_ids = list(self._pending)
        self._pending.clear()
        ran = self._run(scenario_ids) if scenario_ids else []
        self._delivered = stamp
        self.result_ready.emit(stamp, ran)
