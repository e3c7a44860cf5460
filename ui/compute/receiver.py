"""Receive the worker's answers on a thread of their own that blocks on the pipe, and hand them to the GUI thread."""

from __future__ import annotations

from multiprocessing.connection import Connection

from PySide6.QtCore import QThread, Signal


class AnswerReceiver(QThread):
    """Block on the worker's answer pipe and emit each message; emit `lost` once the pipe closes.

    A thread blocking on `recv()`, not a socket notifier on the pipe: on Windows a multiprocessing
    pipe is a named-pipe handle, which Qt cannot watch. The thread holds the GIL only while it
    unpickles an answer.
    """

    received = Signal(int, object)  # generation of the worker, its message
    lost = Signal(int)  # generation of the worker whose pipe closed (it exited or died)

    def __init__(self, answers: Connection, generation: int):
        super().__init__()
        self._answers = answers
        self._generation = generation

    def run(self) -> None:
        """Pass on every message until the worker's end of the pipe closes."""
        try:
            while True:
                try:
                    message = self._answers.recv()  # sent by this application's own worker process
                except (EOFError, OSError):
                    self.lost.emit(self._generation)
                    return
                self.received.emit(self._generation, message)
        finally:
            self._answers.close()  # only this thread reads it, so only this thread closes it
