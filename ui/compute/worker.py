"""The compute worker process: answer stamped requests one at a time, keeping the compiled model between them.

Runs in a process started with the `spawn` method, so it imports no Qt and shares nothing with
the window but two pipes and one shared number (the stamp to cancel). Nothing POSIX-only.
"""

from __future__ import annotations

import copy
import logging
import pickle
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection
from typing import Any

import numpy as np
import psutil

from models.domain import Study
from models.engine.bands import band_rows
from models.engine.chance import chance_of
from models.engine import native
from models.engine.compiled import CompiledModel, ModelError, compile_study
from models.engine.montecarlo import Cancelled, event_frequency
from models.engine.tornado import tornado
from models.explore.ensemble import run_ensemble
from models.explore.on_scheduler import run_on_scheduler
from models.explore.prim import peel

PROGRESS_EVERY = 0.1  # seconds between progress reports: enough for a bar, few enough to cost nothing

NATIVE_WAIT = 60.0  # seconds a "native" request waits for the compile under way
# Up to this many variables the worker compiles samples in lanes (3-10x faster sampling, 2-4x the
# compile). Beyond, compiles take seconds, and one sample at a time runs the window's own code,
# which its compiler has usually cached already (benchmarks/native_mc.py).
LANES_UP_TO = 2_000

_model: CompiledModel | None = None  # the worker keeps one compiled model between requests
# Native code for the model, compiled on a thread of the worker's while numpy serves requests:
# (whether to compile at all, the disk cache folder), set by `serve`.
_native_wanted: tuple[bool, str | None] = (False, None)
_native_thread: threading.Thread | None = None
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Problem:
    """Why a request has no answer: the model does not compile, or the computation failed."""

    model_broken: bool
    message: str


def model_for(study: Study) -> CompiledModel:
    """Return the compiled model of this study, compiling only when its structure changed since the last request."""
    global _model
    if _model is None or not _model.fits(study):
        _model = None  # a failed compile must not leave the previous model standing in for this one
        _model = compile_study(study)
        _start_native(_model, study)
    return _model


def _start_native(model: CompiledModel, study: Study) -> None:
    """Compile native code for the model on a thread (or load it from the disk cache); samples use it once it is there.

    Until then, and where llvmlite is missing or the compile fails, the numpy back end serves: the
    numbers are the same, so a request never waits for the compiler.
    """
    global _native_thread
    wanted, cache = _native_wanted
    if not wanted:
        return
    shape = replace(study, variables=[copy.copy(v) for v in study.variables], events=copy.deepcopy(study.events),
                    scenarios=[])

    def work() -> None:
        try:
            # Asked here, not before the thread starts: finding llvmlite loads LLVM, most of a second.
            code = native.compile_native(shape, cache, model=model, lanes=len(shape.variables) <= LANES_UP_TO)
        except native.NativeUnavailable:
            return  # no llvmlite here: numpy samples, as it always did
        except Exception as error:  # noqa: BLE001 - any failure leaves numpy serving; it is logged
            _log.warning("native compile failed in the compute worker, numpy keeps sampling: %s", error)
            return
        if model.fits(shape):
            model.use_native(code)

    _native_thread = threading.Thread(target=work, name="native-compile", daemon=True)
    _native_thread.start()


def _native(study: Study, params: dict, check: Callable[[float], None]) -> str:
    """Wait for the native compile of the study's model (if one runs); return the back end samples now use."""
    model = model_for(study)
    thread = _native_thread
    if thread is not None:
        thread.join(NATIVE_WAIT)
    return model.backend


def _bands(study: Study, params: dict, check: Callable[[float], None]) -> dict:
    return band_rows(model_for(study), study, params["scenario_ids"], params["variables"], params["samples"],
                     params["seed"], check)


def _chance(study: Study, params: dict, check: Callable[[float], None]) -> Any:
    return chance_of(model_for(study), study, params["scenario_id"], params["variable"], params["threshold"],
                     params["side"], params["time"], params["span"], params["samples"], params["seed"], check)


def _tornado(study: Study, params: dict, check: Callable[[float], None]) -> Any:
    return tornado(model_for(study), study, params["scenario_id"], params["variable"], params["time"])


def _events(study: Study, params: dict, check: Callable[[float], None]) -> dict:
    shares = event_frequency(study, params["scenario_id"], params["samples"], params["seed"])
    return {"scenario_id": params["scenario_id"], "shares": shares}


def _explore(study: Study, params: dict, check: Callable[[float], None]) -> dict:
    """Run an exploration's ensemble and peel its PRIM trajectory; a question that cannot be answered says why."""
    try:
        if params.get("scheduler"):  # a cluster address given in the dialog: the chunks run there
            ensemble = run_on_scheduler(study, params["scenario_id"], params["question"], params["runs"], params["seed"],
                                        params["scheduler"], progress=lambda done, runs: check(done / runs))
        else:
            ensemble = run_ensemble(model_for(study), study, params["scenario_id"], params["question"], params["runs"],
                                    params["seed"], progress=lambda done, runs: check(done / runs))
    except ValueError as error:  # nothing to vary, runs out of range, no cluster at that address: the user's to fix
        return {"ensemble": None, "trajectory": None, "problem": str(error)}
    if not ensemble.interesting.any():
        return {"ensemble": ensemble, "trajectory": None, "problem": ""}
    trajectory = peel(ensemble.columns(), ensemble.interesting, bounds=ensemble.space)
    return {"ensemble": ensemble, "trajectory": trajectory, "problem": ""}


TASKS: dict[str, Callable[[Any, dict, Callable[[float], None]], Any]] = {
    "bands": _bands,
    "chance": _chance,
    "tornado": _tornado,
    "driver_effects": _tornado,  # the Foresight map's own tornado: it must not cancel the tornado dialog's
    "events": _events,
    "explore": _explore,
    "native": _native,
}


def serve(requests: Connection, answers: Connection, cancel, native_code: bool = False,
          native_cache: str | None = None) -> None:
    """Answer requests `(stamp, kind, pickled study, params)` until the pipe closes or sends None.

    With `native_code`, each model is also compiled to native code in the background (cached in
    `native_cache` when given) and samples run through it once it is ready.

    Each answer is `("done", stamp, result, seconds)`, `("failed", stamp, Problem)` or
    `("cancelled", stamp)`; `("progress", stamp, share)` may come before it when asked for.
    A request stops early once `cancel.value` holds its stamp.
    """
    global _native_wanted
    _native_wanted = (native_code, native_cache)
    _step_aside()
    try:
        while True:
            try:
                message = requests.recv()  # sent by this application's own window process
            except (EOFError, OSError):
                return
            if message is None:
                return
            answers.send(_answer(message, answers, cancel))
    except OSError:
        return  # the window is gone (it closed or died): nobody is left to answer


def _step_aside() -> None:
    """Run below the window's priority: when both want the processor, a drag frame must not wait for bands."""
    try:
        # Tested on sys.platform, which type checkers follow: the priority class exists only on Windows.
        if sys.platform == "win32":
            psutil.Process().nice(psutil.BELOW_NORMAL_PRIORITY_CLASS)
        else:
            # Five steps below wherever the window started (a window started under `nice` stays ahead too).
            process = psutil.Process()
            process.nice(min(19, process.nice() + 5))
    except psutil.Error:
        pass  # a system that refuses only costs smoothness: bands then compete with the window as equals


def _answer(message: tuple, answers: Connection, cancel) -> tuple:
    """Run one request and return the message that answers it."""
    stamp, kind, study, params = message
    started = time.perf_counter()
    try:
        if study is not None:
            study = pickle.loads(study)  # safe: pickled by this application's own window a moment ago
        with np.errstate(all="ignore"):
            result = TASKS[kind](study, params, _checker(answers, cancel, stamp, params.get("progress", False)))
    except Cancelled:
        return ("cancelled", stamp)
    except ModelError as error:
        return ("failed", stamp, Problem(True, str(error)))
    except ConnectionError:
        raise  # a progress report found the window gone
    except Exception as error:  # noqa: BLE001 - told to the window, which says what failed; the worker keeps serving
        return ("failed", stamp, Problem(False, f"{type(error).__name__}: {error}"))
    return ("done", stamp, result, time.perf_counter() - started)


def _checker(answers: Connection, cancel, stamp: int, progress: bool) -> Callable[[float], None]:
    """Return the check a computation calls as it goes: stop if cancelled, report progress now and then."""
    reported = time.monotonic()

    def check(done: float) -> None:
        nonlocal reported
        if cancel.value == stamp:
            raise Cancelled()
        if progress and time.monotonic() - reported >= PROGRESS_EVERY:
            reported = time.monotonic()
            answers.send(("progress", stamp, float(done)))

    return check
