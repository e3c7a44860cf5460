"""Turn a checked study into the source of one simulation function.

No user text reaches the generated source: variables become `v<index>`, numbers become float
literals printed by `repr`, and functions map to the fixed tables in `models.engine.runtime`. The
same generator writes a scalar version (plain floats, fastest for a few scenarios) and a
vectorised one (numpy arrays with samples along the last axis, for Monte Carlo).
"""

from __future__ import annotations

import math
from typing import NamedTuple

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


# How far one generated expression may nest before a part of it is named on a line of its own.
# CPython refuses more than 200 nested brackets and recurses once per operator when it compiles,
# so a long sum written as one expression fails; named parts keep every line shallow.
MAX_NESTING = 40
_ATOM, _PRODUCT, _SUM = 0, 1, 2  # how loosely a piece of text binds: safe anywhere, a * b, a + b


class _Piece(NamedTuple):
    """Generated text for one node, with how deeply it nests and how loosely it binds."""

    text: str
    depth: int
    level: int = _ATOM
    mask: str | None = None  # a comparison as a numpy mask, for `if` in the vectorised code


class _Emitter:
    """Write Python expressions for equation trees.

    Trees are walked with an explicit stack, never by recursion: a sum of ten thousand terms is a
    tree ten thousand levels deep. Sums and products are written flat (`a + b + c` adds left to
    right, exactly as the nested form did), and a part nesting deeper than MAX_NESTING becomes a
    named value (`q0 = ...`) on a line before the one that uses it: `take()` returns those lines.
    """

    def __init__(self, study: Study, analysis: Analysis, vector: bool):
        self.index = {v.name: i for i, v in enumerate(study.variables)}
        self.state_of = {id(call): j for j, call in enumerate(analysis.stateful)}
        self.analysis = analysis
        self.vector = vector
        self.invariant: set[int] = set()  # variables that hold still over the whole run
        self.hoisting = False  # while on, expressions that hold still become names computed once
        self.hoisted: dict[str, str] = {}  # expression text -> its name (c0, c1, ...)
        self.preludes: dict[str, list[str]] = {}  # a hoisted name -> the named parts its text uses
        self.pending: list[str] = []  # named parts the next line needs
        self.parts = 0
        # Without hoisting an equation's text is the same each time it is written (the first time
        # point and the loop): written once, with the named parts it needs.
        self.written: dict[int, tuple[_Piece, list[str]]] = {}

    def take(self) -> list[str]:
        """Return the lines naming parts of the expressions written since the last call."""
        lines, self.pending = self.pending, []
        return lines

    def holds_still(self, node: Node) -> bool:
        """Say whether an expression has the same value at every time step of the run."""
        return self._still(node)[id(node)]

    def expr(self, node: Node) -> str:
        """Return the text of an expression (it may need the lines `take()` returns)."""
        return self._piece(node, self.hoisting).text

    def atom(self, node: Node) -> str:
        """Return the text of an expression, bracketed where an operator next to it would bind into it."""
        piece = self._piece(node, self.hoisting)
        return piece.text if piece.level == _ATOM else f"({piece.text})"

    # -- walking the tree ----------------------------------------------------------------------

    def _children(self, node: Node) -> tuple[Node, ...]:
        """Return the sub-trees whose text the node's text is made from."""
        if isinstance(node, Unary):
            return (node.operand,)
        if isinstance(node, Binary):
            return (node.left, node.right)
        if isinstance(node, Call):
            if id(node) in self.state_of:
                return (node.args[1],) if node.func == "delay" else ()
            return node.args[:1] if node.func == "lookup" else node.args  # a lookup's points are numbers
        return ()

    def _still(self, root: Node) -> dict[int, bool]:
        """Return, for every node under `root`, whether it holds still over time."""
        found: dict[int, bool] = {}
        stack: list[tuple[Node, bool]] = [(root, False)]
        while stack:
            node, ready = stack.pop()
            children = self._children(node)
            if not ready and children:
                stack.append((node, True))
                stack.extend((child, False) for child in children)
                continue
            if isinstance(node, Num):
                found[id(node)] = True
            elif isinstance(node, Name):
                found[id(node)] = node.id == "dt" or node.id != "t" and self.index[node.id] in self.invariant
            elif isinstance(node, Call) and (id(node) in self.state_of or node.func in _READS_TIME):
                found[id(node)] = False
            else:
                found[id(node)] = all(found[id(child)] for child in children)
        return found

    def _piece(self, root: Node, hoisting: bool) -> _Piece:
        if not hoisting and id(root) in self.written:
            piece, lines = self.written[id(root)]
            self.pending += lines
            return piece
        before = len(self.pending)
        piece = self._walk(root, hoisting)
        if not hoisting:
            self.written[id(root)] = (piece, self.pending[before:])
        return piece

    def _walk(self, root: Node, hoisting: bool) -> _Piece:
        still = self._still(root) if hoisting else {}
        masks: set[int] = set()  # comparisons an `if` reads as a mask: their sides may be hoisted, not they
        done: dict[int, _Piece] = {}
        stack: list[tuple[Node, bool]] = [(root, False)]
        while stack:
            node, ready = stack.pop()
            if ready or isinstance(node, (Num, Name)):
                done[id(node)] = self._compose(node, done)
                continue
            if hoisting and still[id(node)] and not isinstance(node, (Num, Name)) and id(node) not in masks:
                done[id(node)] = self._hoist(node)
                continue
            if self.vector and isinstance(node, Call) and node.func == "if" and id(node) not in self.state_of:
                test = node.args[0]
                if isinstance(test, Binary) and test.op in _COMPARISONS:
                    masks.add(id(test))
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(self._children(node)))
        return done[id(root)]

    def _hoist(self, node: Node) -> _Piece:
        """Return the name of an expression that holds still, computed once before the loop."""
        outer, self.pending = self.pending, []
        text = self._piece(node, False).text
        prelude, self.pending = self.pending, outer
        if text not in self.hoisted:
            name = self.hoisted[text] = f"c{len(self.hoisted)}"
            self.preludes[name] = prelude
        return _Piece(self.hoisted[text], 1)

    def _part(self, piece: _Piece) -> _Piece:
        """Return the piece, or a name for it on a line of its own when it nests too deeply."""
        if piece.depth < MAX_NESTING:
            return piece
        name = f"q{self.parts}"
        self.parts += 1
        self.pending.append(f"{name} = {piece.text}")
        return _Piece(name, 1)

    # -- writing one node from its children's text ----------------------------------------------

    def _compose(self, node: Node, done: dict[int, _Piece]) -> _Piece:
        if isinstance(node, Num):
            return _Piece(repr(node.value) if math.isfinite(node.value) else "INF", 1)
        if isinstance(node, Name):
            return _Piece(node.id if node.id in ("t", "dt") else f"v{self.index[node.id]}", 1)
        parts = [self._part(done[id(child)]) for child in self._children(node)]
        depth = 1 + max((p.depth for p in parts), default=0)
        if isinstance(node, Unary):
            (operand,) = parts
            if node.op == "not":
                return _Piece(f"_not({operand.text})", depth)
            return _Piece(f"({node.op}{_bracket(operand, _ATOM)})", depth)
        if isinstance(node, Binary):
            return self._binary(node.op, parts[0], parts[1], depth)
        return self._call(node, parts, depth)

    def _binary(self, op: str, left: _Piece, right: _Piece, depth: int) -> _Piece:
        if op in ("+", "-"):
            # Left to right, as Python adds: a + b - c is (a + b) - c, the nesting the tree has.
            return _Piece(f"{left.text} {op} {_bracket(right, _PRODUCT)}", depth, _SUM)
        if op == "*":
            return _Piece(f"{_bracket(left, _PRODUCT)} * {_bracket(right, _ATOM)}", depth, _PRODUCT)
        if op == "/":
            return _Piece(f"_div({left.text}, {right.text})", depth)
        if op == "^":
            return _Piece(f"_pow({left.text}, {right.text})", depth)
        if op in _COMPARISONS:
            test = f"({left.text} {op} {right.text})"
            # numpy bool arrays refuse `-`; adding 0.0 makes them numbers like the scalar bools.
            return _Piece(f"({test} + 0.0)", depth + 1, mask=test) if self.vector else _Piece(test, depth)
        return _Piece(f"_{op}({left.text}, {right.text})", depth)

    def _condition(self, test: Node, piece: _Piece) -> str:
        clean_bool = isinstance(test, Binary) and test.op in _COMPARISONS | {"and", "or"}
        clean_bool = clean_bool or isinstance(test, Unary) and test.op == "not"
        return piece.text if clean_bool else f"_truth({piece.text})"

    def _call(self, node: Call, parts: list[_Piece], depth: int) -> _Piece:
        args = [p.text for p in parts]
        func = node.func
        if id(node) in self.state_of:
            j = self.state_of[id(node)]
            if func == "delay":
                return _Piece(f"_delay(h{j}, i, {args[0]}, dt, s{j})", depth)
            return _Piece(f"s{j}", 1)
        if func == "if":
            if self.vector:
                if parts[0].mask is not None:
                    # A comparison is already a clean mask: no float round trip, no truth test.
                    return _Piece(f"_where_mask({parts[0].mask}, {args[1]}, {args[2]})", depth)
                return _Piece(f"_where({args[0]}, {args[1]}, {args[2]})", depth)
            return _Piece(f"({args[1]} if {self._condition(node.args[0], parts[0])} else {args[2]})", depth)
        if func in ("min", "max") and len(args) == 2 and self.vector:
            numbers = [isinstance(a, Num) for a in node.args]
            if numbers.count(True) == 1:
                # Against a number, np.clip's ufunc takes half the time of np.minimum or np.maximum
                # (which broadcast the number), with the same answer, nan included.
                x, bound = (args[1], args[0]) if numbers[0] else (args[0], args[1])
                return _Piece(f"_clip({x}, {bound}, INF)" if func == "max" else f"_clip({x}, -INF, {bound})", depth)
            return _Piece(f"_{func}2({args[0]}, {args[1]})", depth)  # the ufunc itself: no Python wrapper per call
        if func in _DIRECT:
            return _Piece(f"{_DIRECT[func]}({', '.join(args)})", depth)
        if func == "step":
            return _Piece(f"_step({args[0]}, {args[1]}, t)", depth)
        if func == "ramp":
            return _Piece(f"_ramp({args[0]}, {args[1]}, t{', ' + args[2] if len(args) == 3 else ''})", depth)
        if func == "pulse":
            width = args[2] if len(args) >= 3 else "dt"
            return _Piece(f"_pulse({args[0]}, {args[1]}, {width}, t{', ' + args[3] if len(args) == 4 else ''})", depth)
        if func == "lookup":
            points = [constant_value(a) for a in node.args[1:]]
            xs = tuple(points[0::2])
            ys = tuple(points[1::2])
            return _Piece(f"_lookup({args[0]}, {xs!r}, {ys!r})", depth)
        raise AssertionError(f"unchecked function {func}")  # the checker lets no other name through


def _bracket(piece: _Piece, loosest: int) -> str:
    """Return the piece's text, bracketed if it binds more loosely than `loosest` allows."""
    return piece.text if piece.level <= loosest else f"({piece.text})"


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
        text = emit.expr(analysis.trees[(variable.name, field_name)])
        out = emit.take() + [f"v{k} = {text}"]
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
            text = emit.expr(_seed(analysis.stateful[k]))
            body += emit.take() + [f"s{k} = {text}"]
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
    for text, name in emit.hoisted.items():
        body += emit.preludes[name] + [f"{name} = {text}"]
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
        rate = emit.atom(analysis.trees[(study.variables[k].name, "equation")])
        lines += emit.take() + [f"n{k} = v{k} + dt * {rate}"]
    for j, call in enumerate(analysis.stateful):
        x = emit.atom(call.args[0])
        if call.func == "prev":
            lines += emit.take() + [f"ns{j} = {x}"]
        elif call.func == "smooth":
            tau = emit.expr(call.args[1])
            lines += emit.take() + [f"ns{j} = s{j} + dt * _div({x} - s{j}, {tau})"]
        else:
            lines += emit.take() + [f"h{j}.append({x})"]
    lines += [f"v{k} = n{k}" for k in stocks]
    lines += [f"s{j} = ns{j}" for j, call in enumerate(analysis.stateful) if call.func != "delay"]
    return lines


def expression_lines(study: Study, analysis: Analysis, tree: Node, vector: bool) -> str:
    """Return one equation alone as the body of a function, to find which one a failed compile came from."""
    emit = _Emitter(study, analysis, vector)
    text = emit.expr(tree)
    return "\n".join(["def part():"] + ["    " + line for line in emit.take() + [f"return {text}"]]) + "\n"
