"""A study's model as native code: compile (or load from the disk cache), then run scenarios.

Compiling takes from milliseconds to seconds; it is a plain function, for the caller to run on a
thread of its own while the Python back end serves (models/ starts no threads).
"""

from __future__ import annotations

import ctypes
import dataclasses
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from models.domain import Study
from models.engine.compiled import CompiledModel, ModelError, Projection, structure
from models.engine.inputs import apply_events, assumption_series, targeted_auxiliaries
from models.engine.native import assemble, jit
from models.language.checker import analyse

VERSION = "2"  # 2: pp_samples added. Change when generated code changes meaning: cached object code of other versions is ignored
KEEP = 64  # cached models kept; each edit of an equation makes a new structure, so the oldest unused go
_MAGIC = b"prospectiva-native\n"
_ENTRY = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                          ctypes.c_double, ctypes.c_double, ctypes.c_int64, ctypes.c_int64)
_SAMPLES = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                            ctypes.c_double, ctypes.c_double, ctypes.c_int64, ctypes.c_int64, ctypes.c_int64,
                            ctypes.c_int64, ctypes.c_int64, ctypes.c_int64, ctypes.c_int64)


class NativeModel:
    """Machine code for one model structure; runs any scenario of a study with that structure."""

    def __init__(self, study: Study, cache_dir: str | os.PathLike | None = None, model: CompiledModel | None = None,
                 optimise: bool = False, lanes: bool = False):
        began = time.perf_counter()
        self.names = [v.name for v in study.variables]
        self.structure = structure(study)
        self.optimised = optimise
        level = jit.OPTIMISED if optimise else jit.QUICK
        machine = jit.target_machine(level)
        key = hashlib.sha256(f"{VERSION}|{level}|{lanes}|{jit.machine_key()}|{self.structure!r}".encode()).hexdigest()
        path = Path(cache_dir) / f"{key}.bin" if cache_dir is not None else None
        cached = _read(path) if path is not None else None
        self.from_cache = cached is not None
        if cached is not None:
            self.layout, code = cached
        else:
            analysis = model.analysis if model is not None and model.fits(study) else analyse(study)
            if analysis.problems:
                raise ModelError(analysis.problems)
            targeted = targeted_auxiliaries(study)
            self.layout = assemble.layout_of(study, analysis, targeted)
            code = jit.object_code(assemble.build(study, analysis, targeted, lanes), machine)
            if path is not None:
                _write(path, self.layout, code)
        self._loaded = jit.Loaded(code, machine)
        self._entry = _ENTRY(self._loaded.address)
        self.samples_entry = _SAMPLES(self._loaded.samples_address)  # see models.engine.native.samples
        # The same on LANES samples side by side, when compiled with `lanes` (else None).
        self.lanes_entry = _SAMPLES(self._loaded.lanes_address) if self._loaded.lanes_address else None
        self.seconds = time.perf_counter() - began

    def fits(self, study: Study) -> bool:
        """Say whether this code still matches the study's structure."""
        return structure(study) == self.structure

    def run(self, study: Study, scenario_ids: Iterable[str] | None = None) -> Projection:
        """Simulate scenarios deterministically (all when `scenario_ids` is None)."""
        times = study.time.points()
        n = times.size
        layout = self.layout
        ids = [s.id for s in study.scenarios] if scenario_ids is None else list(scenario_ids)
        values = {}
        for scenario_id in ids:
            series = assumption_series(study, scenario_id, times)
            multiply, add = apply_events(study, series, study.resolved_events(scenario_id), times)
            out = np.empty((n, layout.variables))
            for k in layout.assumptions:
                out[:, k] = series[k]
            factors = np.ones((len(layout.targeted), n))
            extras = np.zeros((len(layout.targeted), n))
            for p, k in enumerate(layout.targeted):
                if k in multiply:
                    factors[p] = multiply[k]
                if k in add:
                    extras[p] = add[k]
            state = np.zeros(max(1, 2 * layout.states))
            history = np.zeros(max(1, layout.delays * n))
            self._entry(out.ctypes.data, state.ctypes.data, history.ctypes.data, factors.ctypes.data,
                        extras.ctypes.data, float(times[0]), float(study.time.step), n, layout.variables)
            values[scenario_id] = out.T  # (variables, times), the same view of rows the Python back end gives
        return Projection(times, list(self.names), values)


def _read(path: Path) -> tuple[assemble.Layout, bytes] | None:
    """Return cached layout and object code, or None when there are none or they are damaged (then compile again)."""
    try:
        data = path.read_bytes()
        _touch(path)
    except OSError:
        return None
    head = len(_MAGIC) + 32
    if not data.startswith(_MAGIC) or hashlib.sha256(data[head:]).digest() != data[len(_MAGIC):head]:
        return None
    line, _, code = data[head:].partition(b"\n")
    fields = json.loads(line)
    layout = assemble.Layout(fields["variables"], tuple(fields["assumptions"]), tuple(fields["targeted"]),
                             fields["states"], fields["delays"])
    return layout, code


def _write(path: Path, layout: assemble.Layout, code: bytes) -> None:
    """Store layout and object code atomically; a cache that cannot be written only costs a compile next time."""
    body = json.dumps(dataclasses.asdict(layout)).encode() + b"\n" + code
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        with os.fdopen(handle, "wb") as file:
            file.write(_MAGIC + hashlib.sha256(body).digest() + body)
        os.replace(temporary, path)
        _touch(path)
        entries = sorted(path.parent.glob("*.bin"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in entries[KEEP:]:
            old.unlink()
    except OSError:
        if temporary is not None and os.path.exists(temporary):
            os.remove(temporary)


def _touch(path: Path) -> None:
    """Mark a cached model the most recently used: its time after every other's, however coarse the clock."""
    newest = max((p.stat().st_mtime_ns for p in path.parent.glob("*.bin") if p != path), default=0)
    stamp = max(time.time_ns(), newest + 1)
    os.utime(path, ns=(stamp, stamp))
