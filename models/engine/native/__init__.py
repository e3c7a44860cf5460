"""The native back end: a study's model compiled to machine code through LLVM (llvmlite).

Optional: without llvmlite, `available()` says so and the Python and numpy back ends serve.
`compile_native` may take seconds on a large model; run it off the GUI thread, then hand the
result to `CompiledModel.use_native`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from models.domain import Study

if TYPE_CHECKING:
    from models.engine.compiled import CompiledModel
    from models.engine.native.model import NativeModel


# Set (to anything) in the environment, the native back end is treated as missing: the Python and
# numpy back ends serve, exactly as where llvmlite is not installed (to compare them, or to rule it out).
NO_NATIVE = "PROSPECTIVA_NO_NATIVE"
LANES = 8  # samples Monte Carlo runs side by side in one vector (lanes.py); see benchmarks/native_mc.py


class NativeUnavailable(RuntimeError):
    """The native back end cannot be used here (llvmlite is not installed)."""


def available() -> bool:
    """Say whether the native back end can be used in this installation."""
    if os.environ.get(NO_NATIVE):
        return False
    try:
        import llvmlite.binding  # noqa: F401
    except ImportError:
        return False
    return True


def compile_native(study: Study, cache_dir: str | os.PathLike | None = None,
                   model: CompiledModel | None = None, optimise: bool = False, lanes: bool = False) -> NativeModel:
    """Compile a study's model to machine code, or load it from `cache_dir`; raise ModelError or NativeUnavailable.

    Object code is cached in `cache_dir` (when given) under a key of the model's structure, the
    compiler and the processor, so reopening a study loads it in milliseconds. `model`, the Python
    back end's compiled model of the same study, lends its checked equations. `optimise` spends
    several times as long generating code for a small gain (see benchmarks/engine.py). `lanes`
    adds Monte Carlo code that runs samples side by side in vectors (see lanes.py and
    benchmarks/native_mc.py), at about twice the compile time.
    """
    if not available():
        raise NativeUnavailable(f"native code needs llvmlite (pip install 'prospectiva[fast]') and {NO_NATIVE} unset")
    from models.engine.native.model import NativeModel

    return NativeModel(study, cache_dir, model, optimise, lanes)
