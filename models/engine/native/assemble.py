"""Assemble a checked study into one LLVM module: bounded chunk functions and the loop that calls them.

One huge function makes LLVM's optimiser superlinear (FACTS.md: 5,000 variables took 111 s at
-O1), so the statements of each phase (first time point, later steps, end of step, commit) are cut
into functions of about CHUNK_LINES instructions, which the optimiser may not inline back together.
Memory layout (see NativeModel.run): `out` holds one row of every variable per time point, so a
step's values are written where the results are read; stocks write their next values into the
next row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from models.domain import Study
from models.engine.native import lanes as lanes_code
from models.engine.native.expressions import Emitter, Frame
from models.engine.native.helpers import helper_text
from models.language.checker import Analysis
from models.language.equations import Call, Node

CHUNK_LINES = 400  # instructions per chunk function, about: the statement that crosses it ends the chunk
ENTRY = "pp_run"
SAMPLES_ENTRY = "pp_samples"
LANES_ENTRY, LANES_SAMPLES_ENTRY = "pp_run_v", "pp_samples_v"  # the same on LANES samples side by side
_CHUNK_ARGS = "ptr %row, ptr %next, ptr %state, ptr %hist, ptr %m, ptr %e, double %t, double %dt, i64 %i, i64 %n"


@dataclass(frozen=True)
class Layout:
    """Where a run's inputs and state live, for the caller that fills and reads them."""

    variables: int
    assumptions: tuple[int, ...]
    targeted: tuple[int, ...]
    states: int  # stateful calls; the state buffer holds 2 * states values (now, next)
    delays: int  # delays' history rows of one run's length each


Statement = Callable[[Frame], None]  # writes one statement into a chunk


def build(study: Study, analysis: Analysis, targeted: list[int], lanes: bool = False) -> str:
    """Return the IR text of a study's simulation; its entry point expects `layout_of`'s layout.

    With `lanes`, the module also holds the step on LANES samples side by side (lanes.py) and its
    sampling loop: about twice the code to generate, for Monte Carlo only.
    """
    variables = study.variables
    index = {v.name: k for k, v in enumerate(variables)}
    state_of = {id(call): j for j, call in enumerate(analysis.stateful)}
    delays = [j for j, call in enumerate(analysis.stateful) if call.func == "delay"]
    delay_slot = {j: d for d, j in enumerate(delays)}
    emit = Emitter(index, state_of, delay_slot)
    position = {k: p for p, k in enumerate(targeted)}
    for k in analysis.step_order:
        if k not in position:
            emit.var_int[k] = emit.is_int(analysis.trees[(variables[k].name, "equation")])
    states = len(analysis.stateful)

    def assign(k: int, tree: Node) -> Statement:
        def write(f: Frame) -> None:
            value = emit.expr(f, tree)
            if k in position:
                at = f.op(f"add i64 {f.op(f'mul i64 {position[k]}, %n')}, %i")
                factor, extra = f.read("%m", at), f.read("%e", at)
                value = f.op(f"fadd double {f.op(f'fmul double {value}, {factor}')}, {extra}")
            emit.store(f, k, value)
        return write

    def set_state(slot: int, tree: Node, value_of: Callable[[Frame, str], str] | None = None) -> Statement:
        def write(f: Frame) -> None:
            value = emit.expr(f, tree)
            f.write(value if value_of is None else value_of(f, value), "%state", str(slot))
        return write

    init: list[Statement] = []
    for kind, k in analysis.init_order:
        if kind == "state":
            init.append(set_state(k, _seed(analysis.stateful[k])))
        elif variables[k].kind != "assumption":
            init.append(assign(k, analysis.trees[(variables[k].name, "initial" if variables[k].kind == "stock" else "equation")]))
    step = [assign(k, analysis.trees[(variables[k].name, "equation")]) for k in analysis.step_order]

    advance: list[Statement] = []
    for k, variable in enumerate(variables):
        if variable.kind == "stock":
            advance.append(_integrate(emit, k, analysis.trees[(variable.name, "equation")]))
    for j, call in enumerate(analysis.stateful):
        if call.func == "prev":
            advance.append(set_state(states + j, call.args[0]))
        elif call.func == "smooth":
            advance.append(set_state(states + j, call.args[0], _smoothed(emit, j, call)))
        else:
            advance.append(_remember(emit, delay_slot[j], call.args[0]))
    commit = [_commit(j, states) for j, call in enumerate(analysis.stateful) if call.func != "delay"]

    text = [helper_text()]
    phases = {}
    for name, statements in (("init", init), ("step", step), ("advance", advance), ("commit", commit)):
        phases[name] = _chunks(text, name, statements)
    text.append(_driver(phases))
    text.append(_samples_driver(SAMPLES_ENTRY, ENTRY))
    if lanes:
        text.append(lanes_code.wrappers_text())
        vector = {name: _chunks(text, name, statements, vector=True)
                  for name, statements in (("init", init), ("step", step), ("advance", advance), ("commit", commit))}
        text.append(_driver(vector, "pp_v_", LANES_ENTRY, lanes_code.VECTOR))
        text.append(_samples_driver(LANES_SAMPLES_ENTRY, LANES_ENTRY))
    text += emit.table_text()
    return "\n".join(text) + "\n"


def layout_of(study: Study, analysis: Analysis, targeted: list[int]) -> Layout:
    """Return the layout the entry point of a study's module expects (without building the module)."""
    assumptions = tuple(k for k, v in enumerate(study.variables) if v.kind == "assumption")
    delays = sum(call.func == "delay" for call in analysis.stateful)
    return Layout(len(study.variables), assumptions, tuple(targeted), len(analysis.stateful), delays)


def _seed(call: Call) -> Node:
    """Return the expression a stateful call starts from: its explicit initial value, else its input."""
    explicit = 1 if call.func == "prev" else 2
    return call.args[explicit] if len(call.args) > explicit else call.args[0]


def _integrate(emit: Emitter, k: int, rate: Node) -> Statement:
    def write(f: Frame) -> None:
        change = f.op(f"fmul double %dt, {emit.expr(f, rate)}")
        f.write(f.op(f"fadd double {emit.load(f, k)}, {change}"), "%next", str(k))
    return write


def _smoothed(emit: Emitter, j: int, call: Call) -> Callable[[Frame, str], str]:
    def value_of(f: Frame, x: str) -> str:
        current = f.read("%state", str(j))
        gap = f.op(f"fdiv double {f.op(f'fsub double {x}, {current}')}, {emit.expr(f, call.args[1])}")
        return f.op(f"fadd double {current}, {f.op(f'fmul double %dt, {gap}')}")
    return value_of


def _remember(emit: Emitter, slot: int, x: Node) -> Statement:
    def write(f: Frame) -> None:
        value = emit.expr(f, x)
        f.write(value, "%hist", f.op(f"add i64 {f.op(f'mul i64 {slot}, %n')}, %i"))
    return write


def _commit(j: int, states: int) -> Statement:
    def write(f: Frame) -> None:
        f.write(f.read("%state", str(states + j)), "%state", str(j))
    return write


def _chunks(text: list[str], phase: str, statements: list[Statement], vector: bool = False) -> int:
    """Cut a phase's statements, in order, into functions of about CHUNK_LINES instructions; return how many."""
    count = 0
    frame = Frame()
    prefix = "pp_v_" if vector else "pp_"
    for number, write in enumerate(statements, start=1):
        write(frame)
        if len(frame.lines) >= CHUNK_LINES or number == len(statements):
            text.append(f"define internal void @{prefix}{phase}{count}({_CHUNK_ARGS}) noinline nounwind {{\nentry:")
            if vector:
                text += lanes_code.prologue() + [lanes_code.vector_line(line) for line in frame.lines]
            else:
                text += frame.lines
            text.append("  ret void\n}")
            count += 1
            frame = Frame()
    return count


def _driver(phases: dict[str, int], prefix: str = "pp_", entry: str = ENTRY, element: str = "double") -> str:
    """Return `pp_run(out, state, hist, m, e, t0, dt, n, width)`: every time point in order.

    Each phase's chunks are called in a loop over a table of them: a block of thousands of calls
    made LLVM's instruction selection superlinear.
    """
    tables = "".join(
        f"@{prefix}{name}_chunks = internal constant [{count} x ptr] [{', '.join(f'ptr @{prefix}{name}{c}' for c in range(count))}]\n"
        for name, count in phases.items() if count)

    def calls(name: str, t: str, then: str) -> str:
        count = phases[name]
        if not count:
            return f"{name}:\n  br label %{then}\n"
        args = f"ptr %row, ptr %next, ptr %state, ptr %hist, ptr %m, ptr %e, double {t}, double %dt, i64 %i, i64 %n"
        return f"""{name}:
  br label %{name}_loop
{name}_loop:
  %{name}_c = phi i64 [0, %{name}], [%{name}_after, %{name}_loop]
  %{name}_at = getelementptr [{count} x ptr], ptr @{prefix}{name}_chunks, i64 0, i64 %{name}_c
  %{name}_fn = load ptr, ptr %{name}_at
  call void %{name}_fn({args})
  %{name}_after = add i64 %{name}_c, 1
  %{name}_more = icmp slt i64 %{name}_after, {count}
  br i1 %{name}_more, label %{name}_loop, label %{then}
"""

    return tables + f"""define void @{entry}(ptr %out, ptr %state, ptr %hist, ptr %m, ptr %e, double %t0, double %dt, i64 %n, i64 %width) nounwind {{
entry:
  %any = icmp sgt i64 %n, 0
  br i1 %any, label %loop, label %done
loop:
  %i = phi i64 [0, %entry], [%after, %stepped]
  %at = mul i64 %i, %width
  %row = getelementptr {element}, ptr %out, i64 %at
  %next = getelementptr {element}, ptr %row, i64 %width
  %first = icmp eq i64 %i, 0
  %fi = sitofp i64 %i to double
  %span = fmul double %fi, %dt
  %later_t = fadd double %t0, %span
  %t = select i1 %first, double %t0, double %later_t
  br i1 %first, label %init, label %step
{calls("init", "%t0", "advanced")}{calls("step", "%t", "advanced")}advanced:
  %last = add i64 %i, 1
  %more = icmp slt i64 %last, %n
  br i1 %more, label %advance, label %done
{calls("advance", "%t", "commit")}{calls("commit", "%t", "stepped")}stepped:
  %after = add i64 %i, 1
  br label %loop
done:
  ret void
}}"""


def _samples_driver(name: str, run: str) -> str:
    """Return `pp_samples(out, state, hist, m, e, t0, dt, n, width, count, strides...)`: `pp_run` once per sample.

    Samples in an outer loop, each in buffers of its own laid end to end (`*_stride` doubles
    apart): the step code stays the scalar code the deterministic runs use, so every sample gets
    exactly their numbers, and one call from Python runs thousands of samples.
    """
    return f"""define void @{name}(ptr %out, ptr %state, ptr %hist, ptr %m, ptr %e, double %t0, double %dt, i64 %n, i64 %width, i64 %count, i64 %out_stride, i64 %state_stride, i64 %hist_stride, i64 %event_stride) nounwind {{
entry:
  %any = icmp sgt i64 %count, 0
  br i1 %any, label %loop, label %done
loop:
  %s = phi i64 [0, %entry], [%after, %loop]
  %o = mul i64 %s, %out_stride
  %so = mul i64 %s, %state_stride
  %ho = mul i64 %s, %hist_stride
  %eo = mul i64 %s, %event_stride
  %out_s = getelementptr double, ptr %out, i64 %o
  %state_s = getelementptr double, ptr %state, i64 %so
  %hist_s = getelementptr double, ptr %hist, i64 %ho
  %m_s = getelementptr double, ptr %m, i64 %eo
  %e_s = getelementptr double, ptr %e, i64 %eo
  call void @{run}(ptr %out_s, ptr %state_s, ptr %hist_s, ptr %m_s, ptr %e_s, double %t0, double %dt, i64 %n, i64 %width)
  %after = add i64 %s, 1
  %more = icmp slt i64 %after, %count
  br i1 %more, label %loop, label %done
done:
  ret void
}}"""
