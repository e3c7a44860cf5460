"""The step code for LANES samples side by side: every value a vector of LANES doubles, one per sample.

Written from the scalar step's own text (assemble.py calls the same statements again): types
become vectors, numbers splats, and each call of a helper or library function a call of a wrapper
that calls the scalar function once per lane. Vector arithmetic, comparisons and selects give
each lane exactly the scalar result (IEEE operations, no fast-math), and helpers are the very
scalar functions, so a sample gets the same numbers in a lane as alone.

Memory is laid out per time point and variable as LANES consecutive doubles: the scalar code's
element k becomes vector k. A delay's history is kept the same way, so a lane reads every
LANES-th value (helpers.py's `delay_lane`).
"""

from __future__ import annotations

import re

from models.engine.native import LANES
from models.engine.native.helpers import INTRINSICS, LIBM

VECTOR = f"<{LANES} x double>"
_DOUBLE = re.compile(r"\bdouble\b")
_BIT = re.compile(r"\bi1\b")
_TRUE = re.compile(r", true\b")
_NUMBER = re.compile(r"\b0x[0-9A-F]{16}\b")
_TIME = re.compile(r"%(t|dt)\b")
_CALL = re.compile(r"@pp_(\w+)\(")
_INTRINSIC = re.compile(r"@llvm\.(\w+)\.f64\(")
# Scalar functions the step calls with the kinds of their arguments: d double, p pointer, i i64.
_SIGNATURES = {"h_pow": "dd", "h_mod": "dd", "h_round": "d", "h_pulse": "ddddd", "h_lookup": "dppi",
               **{name: "dd" if name in ("fmod", "pow") else "d" for name in LIBM}}


def prologue() -> list[str]:
    """Return the lines that make the time and time step vectors at the start of a chunk function."""
    lines = []
    for name in ("t", "dt"):
        lines.append(f"  %{name}v0 = insertelement {VECTOR} poison, double %{name}, i64 0")
        lines.append(f"  %{name}v = shufflevector {VECTOR} %{name}v0, {VECTOR} poison, <{LANES} x i32> zeroinitializer")
    return lines


def vector_line(line: str) -> str:
    """Return one line of scalar step code as the same line on LANES samples."""
    line = _DOUBLE.sub(VECTOR, line)
    line = _BIT.sub(f"<{LANES} x i1>", line)
    line = _TRUE.sub(", <" + ", ".join(["i1 true"] * LANES) + ">", line)
    line = _NUMBER.sub(lambda m: "<" + ", ".join([f"double {m.group(0)}"] * LANES) + ">", line)
    line = _TIME.sub(lambda m: f"%{m.group(1)}v", line)
    line = _CALL.sub(lambda m: f"@pp_v_{m.group(1)}(", line)
    line = _INTRINSIC.sub(lambda m: f"@llvm.{m.group(1)}.v{LANES}f64(", line)
    if line.lstrip().startswith("store ") or " = load " in line:
        line += ", align 8"  # numpy aligns arrays to their doubles, not to whole vectors
    return line


def wrappers_text() -> str:
    """Return the declarations of vector intrinsics and a per-lane wrapper of every scalar function the step calls."""
    text = [f"declare {VECTOR} @llvm.{name}.v{LANES}f64({VECTOR})" for name in INTRINSICS]
    for name, kinds in _SIGNATURES.items():
        text.append(_wrapper(f"pp_v_{name}", f"pp_{name}", kinds))
    text.append(_wrapper("pp_v_h_delay", "pp_h_delay_lane", "piddd", lane_argument=True))
    return "\n".join(text)


def _wrapper(name: str, scalar: str, kinds: str, lane_argument: bool = False) -> str:
    types = {"d": VECTOR, "p": "ptr", "i": "i64"}
    params = ", ".join(f"{types[k]} %a{n}" for n, k in enumerate(kinds))
    lines = [f"define internal {VECTOR} @{name}({params}) nounwind {{", "entry:"]
    result = "poison"
    for lane in range(LANES):
        args = []
        for n, kind in enumerate(kinds):
            if kind == "d":
                lines.append(f"  %a{n}_{lane} = extractelement {VECTOR} %a{n}, i64 {lane}")
                args.append(f"double %a{n}_{lane}")
            else:
                args.append(f"{types[kind]} %a{n}")
        if lane_argument:
            args.append(f"i64 {lane}")
        lines.append(f"  %r{lane} = call double @{scalar}({', '.join(args)})")
        lines.append(f"  %v{lane} = insertelement {VECTOR} {result}, double %r{lane}, i64 {lane}")
        result = f"%v{lane}"
    lines += [f"  ret {VECTOR} {result}", "}"]
    return "\n".join(lines)
