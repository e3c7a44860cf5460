"""Turn an LLVM module into machine code in this process: emit object code, load it.

Object code is what the disk cache keeps: loading it again skips writing, optimising and
generating the model. The C library functions the code calls are bound by name to the library
Python's `math` module uses, so both back ends share every library result.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
import threading

import llvmlite
import llvmlite.binding as llvm

from models.engine.native.assemble import ENTRY, LANES_SAMPLES_ENTRY, SAMPLES_ENTRY
from models.engine.native.helpers import LIBM

# No IR passes (the generated text already shares repeated computations) and code generation at
# -O0, LLVM's fast instruction selection, or -O1. On 14,000 variables x 880 steps (benchmarks/
# engine.py): -O0 compiled in 2.7 s and ran in 63 ms, -O1 took 7.1 s and ran in 49 ms.
QUICK, OPTIMISED = 0, 1
_LOCK = threading.Lock()  # LLVM's global state (symbols, target set-up) is set once, by one thread
_ready = False


def _c_library() -> ctypes.CDLL:
    if sys.platform == "win32":
        return ctypes.CDLL("ucrtbase")  # the C runtime CPython 3.11 is built against
    name = ctypes.util.find_library("m")
    return ctypes.CDLL(name) if name else ctypes.CDLL(None)


def _prepare() -> None:
    """Bind library functions to our names and set up the native target, once per process."""
    global _ready
    with _LOCK:
        if _ready:
            return
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        library = _c_library()
        for name in LIBM:
            llvm.add_symbol("pp_" + name, ctypes.cast(getattr(library, name), ctypes.c_void_p).value)
        _ready = True


def _triple() -> str:
    triple = llvm.get_process_triple()
    # MCJIT loads ELF objects on Windows reliably, COFF not: numba does the same.
    return triple + "-elf" if sys.platform == "win32" else triple


def target_machine(level: int = QUICK) -> llvm.TargetMachine:
    """Return a target machine for this computer's processor, generating code at -O`level`."""
    _prepare()
    target = llvm.Target.from_triple(_triple())
    return target.create_target_machine(cpu=llvm.get_host_cpu_name(), features=llvm.get_host_cpu_features().flatten(),
                                        opt=level, codemodel="jitdefault", jit=True)


def machine_key() -> str:
    """Return what object code depends on besides the model: compiler and processor."""
    return f"{llvmlite.__version__}|{_triple()}|{llvm.get_host_cpu_name()}|{llvm.get_host_cpu_features().flatten()}"


def object_code(ir_text: str, machine: llvm.TargetMachine) -> bytes:
    """Parse a module's IR and compile it to object code."""
    module = llvm.parse_assembly(ir_text)
    module.triple = machine.triple
    module.data_layout = str(machine.target_data)
    module.verify()
    return machine.emit_object(module)


class Loaded:
    """Object code loaded into this process, kept alive as long as its entry point is used."""

    def __init__(self, code: bytes, machine: llvm.TargetMachine):
        _prepare()
        empty = llvm.parse_assembly("")
        empty.triple = machine.triple
        self._engine = llvm.create_mcjit_compiler(empty, machine)
        self._engine.add_object_file(llvm.ObjectFileRef.from_data(code))
        self._engine.finalize_object()
        self.address = self._engine.get_function_address(ENTRY)
        self.samples_address = self._engine.get_function_address(SAMPLES_ENTRY)
        self.lanes_address = self._engine.get_function_address(LANES_SAMPLES_ENTRY)  # 0 when built without lanes
        if not self.address or not self.samples_address:
            raise RuntimeError("the compiled model has no entry point")
