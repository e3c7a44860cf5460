"""Turn a checked study into the source of one simulation function.

No user text reaches the generated source: variables become `v<index>`, numbers become float
literals printed by `repr`, and functions map to the fixed tables in `models.engine.runtime`. The
same generator writes a scalar version (plain floats, fastest for a few scenarios) and a
vectorised one (numpy arrays with samples along the last axis, for Monte Carlo).
"""

from __future__ import annotations

import math

from models.domain import Study
from models.language.checker import Analysis, constant_value
from models.language.equations import Binary, Call, Name, Node, Num, Unary

_COMPARISONS = {"<", "<=", ">", ">=", "==", "!="}
_PLAIN = {"+", "-", "*"}
_READS_TIME = {"step", "ramp", "pulse"}
_DIRECT = {
    "min": "_min", "max": "_max", "abs": "_abs", "exp": "_exp", "ln": "_ln", "log10": "_log10",
    "sqrt": "_sqrt", "clip": "_clip", "round": "_round", "floor": "_floor", "ceil": "_ceil",
    "trunc": "_trunc", "mod": "_mod", "rem": "_rem", "sin": "_sin", "cos": "_cos", "tan": "_tan",
    "asin": "_asin", "acos": "_acos", "atan": "_atan",
}


class _Emitter:
    """Write Python expressions for equation trees."""

    def __init__(self, study: Study, analysis: Analysis, vector: bool):
        self.index = {v.name: i for i, v in enumerate(study.variables)}
        self.state_of = {id(call): j for j, call in enumerate(analysis.stateful)}
        self.analysis = analysis
        self.vector = vector
        self.invariant: set[int] = set()  # variables that hold still over the whole run
        self.hoisting = False  # while on, expressions that hold still become names computed once
        self.hoisted: dict[str, str] = {}  # expression text -> its name (c0, c1, ...)

    def holds_still(self, node: Node) -> bool:
        """Say whether an expression has the same value at every time step of the run."""
        if isinstance(node, Num):
            return True
        if isinstance(node, Name):
            return node.id == "dt" or node.id != "t" and self.index[node.id] in self.invariant
        if isinstance(node, Unary):
            return self.holds_still(node.operand)
        if isinstance(node, Binary):
            return self.holds_still(node.left) and self.holds_still(node.right)
        if id(node) in self.state_of or node.func in _READS_TIME:
            return False
        arguments = node.args[:1] if node.func == "lookup" else node.args  # a lookup's points are numbers
        return all(self.holds_still(a) for a in arguments)

    def expr(self, node: Node) -> str:
        if self.hoisting and not isinstance(node, (Num, Name)) and self.holds_still(node):
            self.hoisting = False
            text = self.expr(node)
            self.hoisting = True
            return self.hoisted.setdefault(text, f"c{len(self.hoisted)}")
        if isinstance(node, Num):
            return repr(node.value) if math.isfinite(node.value) else "INF"
        if isinstance(node, Name):
            return node.id if node.id in ("t", "dt") else f"v{self.index[node.id]}"
        if isinstance(node, Unary):
            operand = self.expr(node.operand)
            return f"_not({operand})" if node.op == "not" else f"({node.op}{operand})"
        if isinstance(node, Binary):
            return self.binary(node)
        return self.call(node)

    def binary(self, node: Binary) -> str:
        left, right = self.expr(node.left), self.expr(node.right)
        if node.op in _PLAIN:
            return f"({left} {node.op} {right})"
        if node.op == "/":
            return f"_div({left}, {right})"
        if node.op == "^":
            return f"_pow({left}, {right})"
        if node.op in _COMPARISONS:
            # numpy bool arrays refuse `-`; adding 0.0 makes them numbers like the scalar bools.
            return f"(({left} {node.op} {right}) + 0.0)" if self.vector else f"({left} {node.op} {right})"
        return f"_{node.op}({left}, {right})"

    def condition(self, node: Node) -> str:
        text = self.expr(node)
        clean_bool = isinstance(node, Binary) and node.op in _COMPARISONS | {"and", "or"}
        clean_bool = clean_bool or isinstance(node, Unary) and node.op == "not"
        return text if clean_bool else f"_truth({text})"

    def call(self, node: Call) -> str:
        args = [self.expr(a) for a in node.args]
        func = node.func
        if id(node) in self.state_of:
            j = self.state_of[id(node)]
            if func == "delay":
                return f"_delay(h{j}, i, {args[1]}, dt, s{j})"
            return f"s{j}"
        if func == "if":
            if self.vector:
                test = node.args[0]
                if isinstance(test, Binary) and test.op in _COMPARISONS:
                    # A comparison is already a clean mask: no float round trip, no truth test.
                    return f"_where_mask(({self.expr(test.left)} {test.op} {self.expr(test.right)}), {args[1]}, {args[2]})"
                return f"_where({args[0]}, {args[1]}, {args[2]})"
            return f"({args[1]} if {self.condition(node.args[0])} else {args[2]})"
        if func in ("min", "max") and len(args) == 2 and self.vector:
            numbers = [isinstance(a, Num) for a in node.args]
            if numbers.count(True) == 1:
                # Against a number, np.clip's ufunc takes half the time of np.minimum or np.maximum
                # (which broadcast the number), with the same answer, nan included.
                x, bound = (args[1], args[0]) if numbers[0] else (args[0], args[1])
                return f"_clip({x}, {bound}, INF)" if func == "max" else f"_clip({x}, -INF, {bound})"
            return f"_{func}2({args[0]}, {args[1]})"  # the ufunc itself: no Python wrapper per call
        if func in _DIRECT:
            return f"{_DIRECT[func]}({', '.join(args)})"
        if func == "step":
            return f"_step({args[0]}, {args[1]}, t)"
        if func == "ramp":
            return f"_ramp({args[0]}, {args[1]}, t{', ' + args[2] if len(args) == 3 else ''})"
        if func == "pulse":
            width = args[2] if len(args) >= 3 else "dt"
            return f"_pulse({args[0]}, {args[1]}, {width}, t{', ' + args[3] if len(args) == 4 else ''})"
        if func == "lookup":
            points = [constant_value(a) for a in node.args[1:]]
            xs = tuple(points[0::2])
            ys = tuple(points[1::2])
            return f"_lookup({args[0]}, {xs!r}, {ys!r})"
        raise AssertionError(f"unchecked function {func}")  # the checker lets no other name through


def generate(study: Study, analysis: Analysis, targeted: list[int], vector: bool,
             still: frozenset[int] = frozenset()) -> str:
    """Return the source of `simulate(A, M, E, W, t0, dt, n, O)` for this study.

    The scalar version returns a row of every variable per time step (W and O are unused); the
    vectorised one calls `O(i, values)` once a step with every variable's samples, and the caller
    keeps the rows it needs. There W[k] says, for an event-targeted auxiliary, at which steps its
    multipliers differ from one and its additions from zero in some sample: (by step, by step).
    `still` names the inputs that hold still over time in the runs this code will serve: assumptions
    by index, and event-targeted auxiliaries whose multipliers and additions hold still. The
    vectorised loop then computes what depends only on them once, before it starts: each numpy call
    costs the same whatever it computes, so fewer calls a step is what makes sampling fast.
    """
    emit = _Emitter(study, analysis, vector)
    variables = study.variables
    assumptions = [k for k, v in enumerate(variables) if v.kind == "assumption"]
    stocks = [k for k, v in enumerate(variables) if v.kind == "stock"]
    lines = ["def simulate(A, M, E, W, t0, dt, n, O):"]
    body: list[str] = []
    body += [f"a{k} = A[{k}]" for k in assumptions]
    body += [f"m{k} = M[{k}]; e{k} = E[{k}]" for k in targeted]
    if vector:
        body += [f"wm{k}, we{k} = W[{k}]" for k in targeted]
    body += [f"h{j} = []" for j, call in enumerate(analysis.stateful) if call.func == "delay"]
    body += ["rows = []", "i = 0", "t = t0"]

    def compute(k: int) -> list[str]:
        variable = variables[k]
        if variable.kind == "assumption":
            return [f"v{k} = a{k}[i]"]
        field_name = "initial" if variable.kind == "stock" else "equation"
        out = [f"v{k} = {emit.expr(analysis.trees[(variable.name, field_name)])}"]
        if k in targeted and vector:
            # Events change a variable for a few steps of a run; at the other steps, multiplying by
            # one and adding zero cost two numpy calls and joining every scenario's multipliers.
            out.append(f"if wm{k}[i]: v{k} = v{k} * m{k}[i]")
            out.append(f"if we{k}[i]: v{k} = v{k} + e{k}[i]")
        elif k in targeted:
            out.append(f"v{k} = v{k} * m{k}[i] + e{k}[i]")
        return out

    for kind, k in analysis.init_order:
        if kind == "var":
            body += compute(k)
        else:
            body.append(f"s{k} = {emit.expr(_seed(analysis.stateful[k]))}")
    record = _record(list(range(len(variables))), vector)
    body += record + _advance(study, analysis, emit, stocks)
    if vector:
        # What holds still keeps the value the first step gave it; the rest of what holds still
        # inside moving expressions is named and computed once, here.
        emit.invariant = {k for k in assumptions if k in still}
        for k in analysis.step_order:
            tree = analysis.trees[(variables[k].name, "equation")]
            if (k not in targeted or k in still) and emit.holds_still(tree):
                emit.invariant.add(k)
        emit.hoisting = True
    step = ["t = t0 + i * dt"]
    step += [f"v{k} = a{k}[i]" for k in assumptions if k not in emit.invariant]
    for k in analysis.step_order:
        if k not in emit.invariant:
            step += compute(k)
    step += record + _advance(study, analysis, emit, stocks)
    body += [f"{name} = {text}" for text, name in emit.hoisted.items()]
    body.append("for i in range(1, n):")
    body += ["    " + line for line in step]
    body.append("return rows")
    return "\n".join(lines + ["    " + line for line in body]) + "\n"


def _seed(call: Call) -> Node:
    """Return the expression a stateful call starts from: its explicit initial value, else its input."""
    explicit = 1 if call.func == "prev" else 2
    return call.args[explicit] if len(call.args) > explicit else call.args[0]


def _record(recorded: list[int], vector: bool) -> list[str]:
    if vector:
        # One call handing over references: copying every variable was a numpy call each, most
        # of them for variables no chart shows.
        return ["O(i, (" + "".join(f"v{k}, " for k in recorded) + "))"]
    return ["rows.append((" + "".join(f"v{k}, " for k in recorded) + "))"]


def _advance(study: Study, analysis: Analysis, emit: _Emitter, stocks: list[int]) -> list[str]:
    """Return the end-of-step lines: next values of stocks and stateful functions, then commit."""
    lines: list[str] = []
    for k in stocks:
        rate = emit.expr(analysis.trees[(study.variables[k].name, "equation")])
        lines.append(f"n{k} = v{k} + dt * {rate}")
    for j, call in enumerate(analysis.stateful):
        x = emit.expr(call.args[0])
        if call.func == "prev":
            lines.append(f"ns{j} = {x}")
        elif call.func == "smooth":
            lines.append(f"ns{j} = s{j} + dt * _div({x} - s{j}, {emit.expr(call.args[1])})")
        else:
            lines.append(f"h{j}.append({x})")
    lines += [f"v{k} = n{k}" for k in stocks]
    lines += [f"s{j} = ns{j}" for j, call in enumerate(analysis.stateful) if call.func != "delay"]
    return lines
