"""Compile a study's model to native code off the GUI thread; the Python back end serves meanwhile."""

from __future__ import annotations

import copy
import logging
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from models.domain import Study
from models.engine import native
from models.engine.compiled import CompiledModel

NATIVE_FROM = 200  # variables: below this the Python back end runs a study in a few milliseconds anyway
_log = logging.getLogger(__name__)


def default_cache_dir() -> Path:
    """Return the platform's user-cache folder for compiled models."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("Prospectiva", appauthor=False)) / "native"


class NativeCompiler(QObject):
    """Compile on one thread of its own; `compiled` carries each result with its request's stamp.

    One compile runs at a time: requests made meanwhile (an equation typed letter by letter) wait,
    and only the newest of them is compiled next. Code comes quickly first (-O0), then, unless a
    newer request waits, optimised (-O1: a fifth faster to run, 2.6 times as long to compile).
    """

    compiled = Signal(int, object)  # stamp of the request, NativeModel
    failed = Signal(int, str)  # stamp, what went wrong

    def __init__(self, cache_dir: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.stamp = 0
        self._lock = threading.Lock()
        self._next: tuple[int, Study, CompiledModel, bool] | None = None  # (stamp, study, model, optimise)
        self._busy = False

    @property
    def busy(self) -> bool:
        """Say whether a compile is under way or waiting to start."""
        with self._lock:
            return self._busy

    def wanted(self, study: Study) -> bool:
        """Say whether native code is worth compiling for this study here."""
        # Size first: asking whether llvmlite is there loads LLVM, a second's work at start-up.
        return len(study.variables) >= NATIVE_FROM and native.available()

    def request(self, study: Study, model: CompiledModel) -> int:
        """Compile the study's model as it is now, once the compile under way (if any) ends; return the stamp."""
        self.stamp += 1
        # The thread reads a copy: the study may be edited while it compiles.
        shape = replace(study, variables=[copy.copy(v) for v in study.variables],
                        events=copy.deepcopy(study.events), scenarios=[])
        with self._lock:
            self._next = (self.stamp, shape, model, False)
            if self._busy:
                return self.stamp
            self._busy = True
        threading.Thread(target=self._work, name="native-compile").start()
        return self.stamp

    def _work(self) -> None:
        while True:
            with self._lock:
                if self._next is None:
                    self._busy = False
                    return
                stamp, shape, model, optimise = self._next
                self._next = None
            try:
                result = native.compile_native(shape, self.cache_dir, model=model, optimise=optimise)
            except Exception as error:  # noqa: BLE001 - any failure leaves the Python back end serving; it is reported
                _log.warning("native compile failed, the Python back end keeps running the model: %s", error)
                self._emit(self.failed, stamp, str(error))
                continue
            self._emit(self.compiled, stamp, result)
            with self._lock:
                if not optimise and self._next is None:
                    self._next = (stamp, shape, model, True)

    def _emit(self, signal, stamp: int, payload: object) -> None:
        try:
            signal.emit(stamp, payload)
        except RuntimeError:
            pass  # the study was closed while its model compiled: nobody is waiting for the result
