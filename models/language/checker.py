"""Check a study's equations: every problem at once, each naming the variable, place and fix.

The same pass works out the two evaluation orders the compiler needs: the order of the first
time point (stock initial values, and stateful functions seeded from their inputs) and the
order of every later step (stocks and stateful functions are state, so they break cycles).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from models.domain import Study, Variable
from models.formatting import localise
from models.i18n import fill, translate
from models.language.equations import (
    BUILTIN_NAMES,
    FUNCTIONS,
    STATEFUL,
    Binary,
    Call,
    Name,
    Node,
    Num,
    ParseError,
    Unary,
    parse,
)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a study's model, said so a person can fix it."""

    variable: str  # the variable (or event) it belongs to; "" for the study as a whole
    field: str  # "equation", "initial", "value" or "effects[k]"
    message: str
    position: int | None = None  # 0-based offset in the equation text
    suggestion: str | None = None

    def __str__(self) -> str:
        # A problem of no one variable (the model's size, the cost of a run) is the study's.
        where = f"{self.variable}.{self.field}" if self.variable else f"study.{self.field}"
        if self.position is not None:
            where = fill(translate("Checker", "%1, column %2"), where, self.position + 1)
        hint = fill(translate("Checker", " — did you mean '%1'?"), self.suggestion) if self.suggestion else ""
        return f"{where}: {self.message}{hint}"


@dataclass
class Analysis:
    """What the compiler needs: parsed trees, stateful calls and evaluation orders."""

    trees: dict[tuple[str, str], Node] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    stateful: list[Call] = field(default_factory=list)  # each a separate piece of state
    init_order: list[tuple[str, int]] = field(default_factory=list)  # ("var", index) | ("state", index)
    step_order: list[int] = field(default_factory=list)  # auxiliaries evaluated every step


# A whole model's size: parsing, generating and compiling cost time in proportion to it, and a
# check must answer within seconds whatever a file holds (one equation may be MAX_TEXT long).
MAX_VARIABLES = 5_000
MAX_MODEL_TEXT = 500_000  # characters of all equations and initial values together


def check_study(study: Study) -> list[Problem]:
    """Return every problem in the study's model (empty when it compiles)."""
    return analyse(study).problems


def analyse(study: Study) -> Analysis:
    """Parse and check every equation and work out evaluation orders."""
    analysis = Analysis()
    analysis.problems = _size_problems(study)
    if analysis.problems:
        return analysis
    index = {v.name: i for i, v in enumerate(study.variables)}
    known = sorted(set(index) | BUILTIN_NAMES)
    for variable in study.variables:
        for field_name in _equation_fields(variable):
            text = getattr(variable, field_name)
            try:
                tree = parse(text)
            except ParseError as error:
                analysis.problems.append(Problem(variable.name, field_name, error.message, error.position))
                continue
            found = _check_tree(tree, variable.name, field_name, index, known)
            analysis.problems.extend(found)
            if not found:
                analysis.trees[(variable.name, field_name)] = tree
        if variable.kind == "assumption" and variable.value is None and variable.path is None:
            analysis.problems.append(Problem(variable.name, "value", translate("Checker", "an assumption needs a value")))
    analysis.problems.extend(_check_effects(study, index))
    if analysis.problems:
        return analysis
    _order(study, analysis, index)
    return analysis


def _size_problems(study: Study) -> list[Problem]:
    """Return a problem for a model larger than this checker reads within seconds."""
    problems = []
    if len(study.variables) > MAX_VARIABLES:
        problems.append(Problem("", "variables", fill(translate("Checker", "%1 variables; at most %2 are allowed"), localise(f"{len(study.variables):,}"), localise(f"{MAX_VARIABLES:,}"))))
    text = sum(len(v.equation) + len(v.initial) for v in study.variables)
    if text > MAX_MODEL_TEXT:
        problems.append(Problem("", "variables", fill(translate("Checker", "the equations have %1 characters in all; at most %2 are allowed"),
                                                      localise(f"{text:,}"), localise(f"{MAX_MODEL_TEXT:,}"))))
    return problems


def _equation_fields(variable: Variable) -> tuple[str, ...]:
    if variable.kind == "auxiliary":
        return ("equation",)
    if variable.kind == "stock":
        return ("initial", "equation")
    return ()


def _check_tree(tree: Node, owner: str, field_name: str, index: dict[str, int], known: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Name):
            if node.id in FUNCTIONS:
                problems.append(Problem(owner, field_name, fill(translate("Checker", "'%1' is a function: write %2"), node.id, FUNCTIONS[node.id][2]), node.pos))
            elif node.id not in index and node.id not in BUILTIN_NAMES:
                problems.append(Problem(owner, field_name, fill(translate("Checker", "unknown name '%1'"), node.id), node.pos, _closest(node.id, known)))
        elif isinstance(node, Unary):
            stack.append(node.operand)
        elif isinstance(node, Binary):
            stack.extend((node.left, node.right))
        elif isinstance(node, Call):
            problems.extend(_check_call(node, owner, field_name, index))
            stack.extend(node.args)
    return sorted(problems, key=lambda p: p.position or 0)


def _check_call(node: Call, owner: str, field_name: str, index: dict[str, int]) -> list[Problem]:
    if node.func not in FUNCTIONS:
        what = (translate("Checker", "'%1' is a variable, not a function") if node.func in index
                else translate("Checker", "'%1' is not a known function"))
        return [Problem(owner, field_name, fill(what, node.func), node.pos, _closest(node.func, sorted(FUNCTIONS)))]
    low, high, signature = FUNCTIONS[node.func]
    if not low <= len(node.args) <= high:
        return [Problem(owner, field_name, fill(translate("Checker", "%1 takes %2: %3"), node.func, _count(low, high), signature), node.pos)]
    if node.func == "lookup":
        return _check_lookup(node, owner, field_name)
    return []


def _check_lookup(node: Call, owner: str, field_name: str) -> list[Problem]:
    points = node.args[1:]
    if len(points) % 2:
        return [Problem(owner, field_name, translate("Checker", "lookup needs x, y pairs after its input"), node.pos)]
    values = [constant_value(p) for p in points]
    if any(v is None for v in values):
        return [Problem(owner, field_name, translate("Checker", "lookup points must be plain numbers"), node.pos)]
    xs = [v for v in values[0::2] if v is not None]  # none is None: checked just above
    if any(b <= a for a, b in zip(xs, xs[1:])):
        return [Problem(owner, field_name, translate("Checker", "lookup x values must increase"), node.pos)]
    return []


def constant_value(node: Node) -> float | None:
    """Return the number a literal (or a negated literal) stands for, else None."""
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Unary) and node.op in "+-" and isinstance(node.operand, Num):
        return -node.operand.value if node.op == "-" else node.operand.value
    return None


def _check_effects(study: Study, index: dict[str, int]) -> list[Problem]:
    problems = []
    for event in study.events:
        for k, effect in enumerate(event.effects):
            where = f"effects[{k}]"
            if effect.variable not in index:
                problems.append(Problem(event.name, where, fill(translate("Checker", "unknown variable '%1'"), effect.variable), None, _closest(effect.variable, sorted(index))))
            elif study.variables[index[effect.variable]].kind == "stock":
                problems.append(Problem(event.name, where, fill(translate("Checker", "'%1' is a stock; effects change assumptions and auxiliaries"), effect.variable)))
    return problems


def _closest(name: str, candidates: list[str]) -> str | None:
    lowered = {c.lower(): c for c in candidates}
    match = difflib.get_close_matches(name.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[match[0]] if match else None


def _count(low: int, high: int) -> str:
    if low == high:
        return translate("Checker", "1 argument") if low == 1 else fill(translate("Checker", "%1 arguments"), low)
    return fill(translate("Checker", "%1 to %2 arguments"), low, high)


# -- evaluation order -------------------------------------------------------------------------

def _order(study: Study, analysis: Analysis, index: dict[str, int]) -> None:
    """Fill in stateful calls and both evaluation orders, or report the cycle that prevents them."""
    state_of: dict[int, int] = {}  # id(call node) -> state number

    def register(tree: Node) -> None:
        for call in _calls(tree):
            if call.func in STATEFUL and id(call) not in state_of:
                state_of[id(call)] = len(analysis.stateful)
                analysis.stateful.append(call)

    for tree in analysis.trees.values():
        register(tree)

    step_deps: dict[tuple[str, int], set[tuple[str, int]]] = {}
    init_deps: dict[tuple[str, int], set[tuple[str, int]]] = {}
    for i, variable in enumerate(study.variables):
        key = ("var", i)
        if variable.kind == "auxiliary":
            tree = analysis.trees[(variable.name, "equation")]
            step_deps[key] = _deps(tree, index, state_of, stateful_as_nodes=False)
            init_deps[key] = _deps(tree, index, state_of, stateful_as_nodes=True)
        elif variable.kind == "stock":
            init_deps[key] = _deps(analysis.trees[(variable.name, "initial")], index, state_of, stateful_as_nodes=True)
        else:
            init_deps[key] = set()
    for j, call in enumerate(analysis.stateful):
        seed = call.args[2] if call.func in ("smooth", "delay") and len(call.args) == 3 else (
            call.args[1] if call.func == "prev" and len(call.args) == 2 else call.args[0])
        init_deps[("state", j)] = _deps(seed, index, state_of, stateful_as_nodes=True)

    names = [v.name for v in study.variables]
    step_order, cycle = _topological(step_deps)
    if cycle:
        path = " → ".join(names[i] for _, i in cycle)
        analysis.problems.append(Problem(names[cycle[0][1]], "equation", fill(translate("Checker", "algebraic cycle: %1 (a stock, prev, delay or smooth breaks a cycle)"), path)))
        return
    init_order, cycle = _topological(init_deps)
    if cycle:
        path = " → ".join(names[i] if kind == "var" else analysis.stateful[i].func + "(…)" for kind, i in cycle)
        owner = next((names[i] for kind, i in cycle if kind == "var"), names[0])
        analysis.problems.append(Problem(owner, "initial", fill(translate("Checker", "initial values form a cycle: %1 (give prev, delay or smooth an initial value as its last argument)"), path)))
        return
    analysis.step_order = [i for _, i in step_order]
    analysis.init_order = init_order


def _calls(tree: Node) -> list[Call]:
    found, stack = [], [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Call):
            found.append(node)
            stack.extend(node.args)
        elif isinstance(node, Unary):
            stack.append(node.operand)
        elif isinstance(node, Binary):
            stack.extend((node.left, node.right))
    return found


def _deps(tree: Node, index: dict[str, int], state_of: dict[int, int], stateful_as_nodes: bool) -> set[tuple[str, int]]:
    """Return what must be computed before `tree` can be, within one time point."""
    deps: set[tuple[str, int]] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, Name) and node.id in index:
            deps.add(("var", index[node.id]))
        elif isinstance(node, Unary):
            stack.append(node.operand)
        elif isinstance(node, Binary):
            stack.extend((node.left, node.right))
        elif isinstance(node, Call) and node.func in STATEFUL:
            if stateful_as_nodes:
                deps.add(("state", state_of[id(node)]))
            if node.func == "delay":
                stack.append(node.args[1])  # the lag is read when the delayed value is
        elif isinstance(node, Call):
            stack.extend(node.args)
    return deps


def _topological(deps: dict[tuple[str, int], set[tuple[str, int]]]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """Order keys so each comes after what it needs; on a cycle return ([], the cycle's path)."""
    order: list[tuple[str, int]] = []
    state: dict[tuple[str, int], int] = {}  # 1 = on the current path, 2 = done
    for root in sorted(deps):
        if root in state:
            continue
        path = [root]
        iterators = [iter(sorted(deps[root]))]
        state[root] = 1
        while iterators:
            step = next(iterators[-1], None)
            if step is None:
                iterators.pop()
                done = path.pop()
                state[done] = 2
                order.append(done)
            elif step not in deps or state.get(step) == 2:
                continue
            elif state.get(step) == 1:
                return [], path[path.index(step):] + [step]
            else:
                state[step] = 1
                path.append(step)
                iterators.append(iter(sorted(deps[step])))
    return order, []
