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
    """Compile on a thread of its own; `compiled` carries the newest request's result, older ones are dropped."""

    compiled = Signal(int, object)  # stamp of the request, NativeModel
    failed = Signal(int, str)  # stamp, what went wrong

    def __init__(self, cache_dir: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.cache_dir = cache_dir
        self.stamp = 0

    def wanted(self, study: Study) -> bool:
        """Say whether native code is worth compiling for this study here."""
        return native.available() and len(study.variables) >= NATIVE_FROM

    def request(self, study: Study, model: CompiledModel) -> int:
        """Start compiling the study's model as it is now; return the request's stamp."""
        self.stamp += 1
        # The thread reads a copy: the study may be edited while it compiles.
        shape = replace(study, variables=[copy.copy(v) for v in study.variables],
                        events=copy.deepcopy(study.events), scenarios=[])
        worker = threading.Thread(target=self._work, args=(self.stamp, shape, model), name="native-compile")
        worker.start()
        return self.stamp

    def _work(self, stamp: int, shape: Study, model: CompiledModel) -> None:
        try:
            result = native.compile_native(shape, self.cache_dir, model=model)
        except Exception as error:  # noqa: BLE001 - any failure leaves the Python back end serving; it is reported
            _log.warning("native compile failed, the Python back end keeps running the model: %s", error)
            self._emit(self.failed, stamp, str(error))
        else:
            self._emit(self.compiled, stamp, result)

    def _emit(self, signal, stamp: int, payload: object) -> None:
        try:
            signal.emit(stamp, payload)
        except RuntimeError:
            pass  # the study was closed while its model compiled: nobody is waiting for the result
