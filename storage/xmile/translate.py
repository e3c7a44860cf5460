"""Turn an XMILE model into a Study: names, constants as assumptions, stocks and flows, built-ins.

Every problem is collected first and raised together as one XmileError, each naming the
variable and its line in the file, so a model is imported whole or not at all.
"""

from __future__ import annotations

import difflib
import re
import uuid

from models.domain import Scenario, Study, TimeAxis, Variable
from models.engine.acceptance import study_problems
from models.formatting import localise
from models.i18n import fill, translate
from models.language.checker import constant_value
from models.language.equations import (
    STATEFUL,
    Binary,
    Call,
    Name,
    Node,
    Num,
    Unary,
    format_equation,
)
from storage.arrays.apply import expand_arrays
from storage.errors import XmileError
from storage.file_shape import MAX_TIME_POINTS
from storage.xmile import macros
from storage.xmile.equations import XmileSyntaxError, canonical, parse_xmile
from storage.xmile.functions import BUILTINS, constants
from storage.xmile.identifiers import identifier
from storage.xmile.reader import Entry, Graph, XmileModel
from storage.xmile.start_value import variable_at_start

# Ids come from the file's name and title, so importing the same model twice adds nothing new.
_XMILE_IDS = uuid.UUID("a4f3c0de-2b8e-4d7a-9c15-6e0f8b2d4a71")
GUESSED_RANGE = ("The file gives no slider range; this one (from zero to twice the value, or −1 to 1 "
                 "for zero) was guessed.")


def _number(value: float, pos: int = 0) -> Node:
    """Return a literal; negative numbers as a minus and a number, as the parser reads them."""
    return Unary("-", Num(-value, pos), pos) if value < 0 else Num(value, pos)


def _has_state(node: Node) -> bool:
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Call):
            if current.func in STATEFUL:
                return True
            stack.extend(current.args)
        elif isinstance(current, Unary):
            stack.append(current.operand)
        elif isinstance(current, Binary):
            stack.extend((current.left, current.right))
    return False


class _Translation:
    """The model being built; also the Context built-ins use to add internal variables."""

    def __init__(self, model: XmileModel, source: str):
        self.model = model
        self.source = source
        self.vensim = any(word in f"{model.vendor} {model.product}".lower() for word in ("vensim", "ventana"))
        self.start, self.stop = model.start, model.stop
        self.problems = list(model.problems)
        self.notes = list(model.notes)
        self.taken: set[str] = set()
        self.names: dict[str, str] = {}  # canonical XMILE name -> identifier
        self.entries: dict[str, Entry] = {}
        self.variables: list[Variable] = []
        self.constants = constants(self)
        self.owner: Entry | None = None
        self.owner_name = ""
        self.where = ""
        self.dialect_used = False
        self.bindings: dict[str, Node] = {}  # inside a macro: its parameters and own variables
        self.expanding: list[str] = []  # the macros being expanded, outermost first
        self.expansions = 0  # macro calls expanded so far

    # -- the Context built-ins use --------------------------------------------------------------

    def shared(self, node: Node) -> Node:
        """Return `node`, or the name of an internal auxiliary holding it when it carries state."""
        if not _has_state(node):
            return node
        name = self.internal_name("part")
        self._internal(Variable(name, "auxiliary", equation=format_equation(node)), "a repeated argument")
        return Name(name, node.pos)

    def new_stocks(self, what: str, count: int) -> list[str]:
        """Return fresh names for the internal stocks of one built-in call."""
        what = what.lower()
        return [self.internal_name(what if count == 1 else f"{what}_{k + 1}") for k in range(count)]

    def internal_name(self, what: str) -> str:
        """Return a new name for an internal variable: its owner's, a double underscore and what it is."""
        base = name = f"{self.owner_name}__{what}"
        count = 2
        while name in self.taken:
            name, count = f"{base}_{count}", count + 1
        self.taken.add(name)
        return name

    def add_stock(self, name: str, what: str, initial: Node, rate: Node) -> None:
        """Add an internal stock of a built-in to the study, beside its owner."""
        variable = Variable(name, "stock", initial=format_equation(initial), equation=format_equation(rate))
        self._internal(variable, what)

    def add_auxiliary(self, variable: Variable, what: str) -> None:
        """Add an internal auxiliary (a macro's own variable) to the study, beside its owner."""
        self._internal(variable, what)

    def problem(self, message: str, node: Node) -> None:
        """Record a problem in the equation being translated."""
        self.problems.append(fill(translate("FileErrors", "%1, column %2: %3"), self.where, node.pos + 1, message))

    def fixed_value(self, node: Node) -> float | None:
        """Return the number `node` is: a literal, or a variable's value when the run starts, if known now.

        An order shapes the model (its internal stocks): read once, as Vensim does; moving it later changes nothing.
        """
        value = constant_value(node)
        if value is not None or not isinstance(node, Name):
            return value
        key = next((k for k, ident in self.names.items() if ident == node.id), None)
        if key is None:
            return None
        value = variable_at_start(self.entries, key, self.start)
        if value is not None:
            self.notes.append(f"{self.where}: the order comes from '{self.entries[key].name}' ({value:g} when the "
                              "run starts) and is fixed at import")
        return value

    def _internal(self, variable: Variable, what: str) -> None:
        assert self.owner is not None
        variable.label = f"{self.owner.name} ({what})"
        variable.description = f"Internal to '{self.owner.name}': {what}, made when the XMILE model was imported."
        variable.group = self.model.groups.get(canonical(self.owner.name), "")
        self.variables.append(variable)

    # -- names ----------------------------------------------------------------------------------

    def name_entries(self) -> None:
        """Give every variable an identifier, reporting names defined twice."""
        for entry in self.model.entries:
            key = canonical(entry.name)
            if key in self.entries:
                first = self.entries[key]
                self.problems.append(fill(translate("FileErrors", "line %1: '%2' is defined twice (also line %3)"), entry.line,
                                          entry.name, first.line))
                continue
            self.entries[key] = entry
            self.names[key] = identifier(entry.name, self.taken)
        for key, (_, line) in self.model.graphs.items():
            if key in self.entries:
                self.problems.append(fill(translate("FileErrors", "line %1: the graphical function '%2' has the name of a variable"),
                                          line, key))

    # -- equations ------------------------------------------------------------------------------

    def parse(self, text: str | None, what: str) -> Node | None:
        """Return the XMILE tree of an equation, or None after recording why it cannot be read."""
        if not text:
            self.problems.append(f"{self.where}: " + fill(translate("FileErrors", "%1 is missing (an empty <eqn>)"), what))
            return None
        try:
            return parse_xmile(text)
        except XmileSyntaxError as error:
            self.problems.append(fill(translate("FileErrors", "%1, column %2: %3 in %4"), self.where, error.position + 1,
                                      error.message, repr(text.strip())) + macros.undefined_call(self, text))
            return None

    def tree(self, root: Node) -> Node:
        """Return an XMILE tree written in our language."""
        # Operators are walked with an explicit stack (a sum of thousands of terms is a tree thousands
        # deep); calls translate their own arguments, and brackets and calls nest at most MAX_DEPTH.
        done: dict[int, Node] = {}
        stack: list[tuple[Node, bool]] = [(root, False)]
        while stack:
            node, ready = stack.pop()
            if isinstance(node, (Unary, Binary)) and not ready:
                stack.append((node, True))
                parts = (node.operand,) if isinstance(node, Unary) else (node.left, node.right)
                stack.extend((part, False) for part in reversed(parts))
            elif isinstance(node, Unary):
                done[id(node)] = Unary(node.op, done[id(node.operand)], node.pos)
            elif isinstance(node, Binary):
                done[id(node)] = Binary(node.op, done[id(node.left)], done[id(node.right)], node.pos)
            elif isinstance(node, Num):
                done[id(node)] = node
            elif isinstance(node, Name):
                done[id(node)] = self.resolve(node)
            else:
                done[id(node)] = self.call(node)
        return done[id(root)]

    def resolve(self, node: Name) -> Node:
        """Return what a name in an equation stands for: a variable, a built-in name, or a placeholder after a problem."""
        if self.expanding and (bound := macros.inside(self, node)) is not None:
            return bound
        if node.id in self.names:
            return Name(self.names[node.id], node.pos)
        if node.id in self.constants:
            value = self.constants[node.id]
            return Name(value.id, node.pos) if isinstance(value, Name) else _number(value.value, node.pos)  # type: ignore[union-attr]  # names or numbers only
        if node.id in self.model.graphs:
            self.problem(fill(translate("FileErrors", "the graphical function '%1' needs an input: write %1(x)"), node.id), node)
        elif "." in node.id:
            self.problem(fill(translate("FileErrors", "'%1' refers into a module the model does not have"), node.id), node)
        else:
            match = difflib.get_close_matches(node.id, list(self.names), n=1, cutoff=0.6)
            hint = fill(translate("FileErrors", " — did you mean '%1'?"), match[0]) if match else ""
            self.problem(fill(translate("FileErrors", "unknown name '%1'%2"), node.id, hint), node)
        return Num(0.0, node.pos)

    def call(self, node: Call) -> Node:
        """Return a call translated: a graphical function, a built-in, or a placeholder after a problem."""
        args = node.args
        if node.func == "lookup" and len(args) == 2 and isinstance(args[0], Name):
            node, args = Call(args[0].id, args[1:], node.pos), args[1:]
        if node.func in self.model.macros:
            return macros.expand(self, self.model.macros[node.func], node)
        graph = self.graph_named(node.func)
        if graph is not None:
            if len(args) != 1:
                self.problem(fill(translate("FileErrors", "the graphical function '%1' takes one input"), node.func), node)
                return Num(0.0, node.pos)
            return self.lookup(self.tree(args[0]), graph)
        if node.func not in BUILTINS:
            what = (translate("FileErrors", "'%1' is a variable, not a function") if node.func in self.names else
                    translate("FileErrors", "'%1' is not a function Prospectiva can translate"))
            self.problem(fill(what, node.func.upper()), node)
            return Num(0.0, node.pos)
        low, high, handler = BUILTINS[node.func]
        if not low <= len(args) <= high:
            takes = (fill(translate("FileErrors", "%1 takes %2 arguments, not %3"), node.func.upper(), low, len(args)) if low == high else
                     fill(translate("FileErrors", "%1 takes %2 to %3 arguments, not %4"), node.func.upper(), low, high, len(args)))
            self.problem(takes, node)
            return Num(0.0, node.pos)
        if node.func in ("int", "mod"):
            self.dialect_used = True
        return handler(self, tuple(self.tree(a) for a in args), node)

    def graph_named(self, key: str) -> Graph | None:
        """Return the graphical function a name calls: a standalone one, or a variable's own."""
        if key in self.model.graphs:
            return self.model.graphs[key][0]
        entry = self.entries.get(key)
        return entry.graph if entry is not None else None

    def lookup(self, x: Node, graph: Graph) -> Node:
        """Return a lookup of `x` in a graphical function."""
        points: list[Node] = []
        for px, py in zip(graph.xs, graph.ys):
            points += [_number(px, x.pos), _number(py, x.pos)]
        return Call("lookup", (x, *points), x.pos)

    # -- variables ------------------------------------------------------------------------------

    def variable(self, entry: Entry) -> None:
        """Add one variable of the file to the study, with the internal variables its equation needs."""
        self.owner, self.owner_name = entry, self.names[canonical(entry.name)]
        self.where = fill(translate("FileErrors", "line %1"), entry.line) + f", {entry.kind} '{entry.name}'"
        group = self.model.groups.get(canonical(entry.name), "")
        common = {"label": entry.name, "unit": entry.units, "group": group, "description": entry.doc}
        position = len(self.variables)
        if entry.kind == "stock":
            variable = self.stock(entry, common)
        else:
            variable = self.auxiliary(entry, common)
        if variable is not None:
            self.variables.insert(position, variable)  # before the internal variables it made

    def stock(self, entry: Entry, common: dict) -> Variable | None:
        """Return a stock: its initial value, and inflows minus outflows as its rate."""
        parsed = self.parse(entry.equation, translate("FileErrors", "the initial value"))
        if parsed is None:
            return None
        initial = self.tree(parsed)
        net: Node | None = None
        for flows, sign in ((entry.inflows, "+"), (entry.outflows, "-")):
            for flow in flows:
                key = canonical(flow)
                if key not in self.names:
                    missing = (translate("FileErrors", "its inflow '%1' is not in the model") if sign == "+" else
                               translate("FileErrors", "its outflow '%1' is not in the model"))
                    self.problems.append(f"{self.where}: " + fill(missing, flow))
                    continue
                term: Node = Name(self.names[key], 0)
                net = (term if sign == "+" else Unary("-", term, 0)) if net is None else Binary(sign, net, term, 0)
        rate = net if net is not None else Num(0.0, 0)
        own = self.entry_flag(entry, self.model.non_negative_stocks)
        if own and net is not None:
            # Never below zero: the step takes at most what the stock holds (as the suite's outputs do).
            floor = Binary("/", Unary("-", Name(self.owner_name, 0), 0), Name("dt", 0), 0)
            rate = Call("max", (rate, floor), 0)
        return Variable(self.owner_name, "stock", initial=format_equation(initial), equation=format_equation(rate), **common)

    def entry_flag(self, entry: Entry, default: bool) -> bool:
        """Return whether a stock or flow is non-negative: its own setting, else the model's."""
        return default if entry.non_negative is None else entry.non_negative

    def auxiliary(self, entry: Entry, common: dict) -> Variable | None:
        """Return an aux or flow: an assumption when it is a plain number, else an auxiliary."""
        parsed = self.parse(entry.equation, translate("FileErrors", "the equation") if entry.graph is None else
                            translate("FileErrors", "the graphical function's input"))
        if parsed is None:
            return None
        non_negative = entry.kind == "flow" and self.entry_flag(entry, self.model.non_negative_flows)
        value = constant_value(parsed)
        if value is not None and entry.graph is None and not non_negative:
            return self.assumption(entry, value, common)
        node = self.tree(parsed)
        if entry.graph is not None:
            node = self.lookup(node, entry.graph)
        if non_negative:
            node = Call("max", (Num(0.0, 0), node), 0)
        return Variable(self.owner_name, "auxiliary", equation=format_equation(node), **common)

    def assumption(self, entry: Entry, value: float, common: dict) -> Variable:
        """Return an assumption with the file's slider range, or a guessed one said to be guessed."""
        if entry.range is not None:
            low, high = min(entry.range[0], value), max(entry.range[1], value)
            if (low, high) != entry.range:
                self.notes.append(f"{self.where}: widened its range to include its value {value:g}")
        else:
            low, high = (0.0, 2 * value) if value > 0 else (2 * value, 0.0) if value < 0 else (-1.0, 1.0)
            common["description"] = "\n\n".join(p for p in (common["description"], GUESSED_RANGE) if p)
        return Variable(self.owner_name, "assumption", value=value, min=low, max=high, **common)

    # -- the study ------------------------------------------------------------------------------

    def time_axis(self) -> TimeAxis:
        """Return the time axis, recording problems with it."""
        model = self.model
        axis = TimeAxis(model.start, model.stop, model.dt, model.time_units or "time")
        if not model.stop > model.start:
            self.problems.append("sim_specs: " + fill(translate("FileErrors", "stop (%1) must be after start (%2)"),
                                                      localise(f"{model.stop:g}"), localise(f"{model.start:g}")))
        elif not (count := (model.stop - model.start) / model.dt + 1) <= MAX_TIME_POINTS:
            # A float, not axis.count: a stop of 1e400 reads as infinity, which no int can hold.
            self.problems.append("sim_specs: " + fill(translate("FileErrors", "%1 time steps; at most %2 are allowed"),
                                                      localise(f"{count:,.0f}"), localise(f"{MAX_TIME_POINTS:,}")))
        elif abs(axis.points()[-1] - model.stop) > 1e-9 * max(1.0, abs(model.stop)):
            self.notes.append(f"sim_specs: stop is not a whole number of steps from start; the run ends at {axis.points()[-1]:g}")
        return axis

    def description(self) -> str:
        """Return the study's description: where it came from and the import notes."""
        made_by = ", ".join(p for p in (self.model.product, self.model.vendor) if p)
        text = f"Imported from the {self.model.kind} model `{self.source}`" + (f" ({made_by})." if made_by else ".")
        notes = list(self.notes)
        if self.dialect_used:
            notes.append("INT and MOD are read as Vensim reads them (toward zero)" if self.vensim
                         else "INT and MOD are read as XMILE defines them (rounding down)")
        if notes:
            text += "\n\nImport notes:\n" + "\n".join(f"- {note}" for note in notes)
        return text


def xmile_to_study(model: XmileModel, source: str) -> Study:
    """Return the Study an XMILE model describes, or raise XmileError listing every problem."""
    expand_arrays(model)  # one scalar variable per element; the rest of the import never sees arrays
    translation = _Translation(model, source)
    if model.problems and (not model.entries or model.too_large):
        raise XmileError(source, model.problems)
    translation.name_entries()
    for entry in translation.entries.values():
        translation.variable(entry)
    time = translation.time_axis()
    if translation.problems:
        raise XmileError(source, translation.problems)
    title = model.title or re.sub(r"\.[^.]*$", "", source)
    study_id = str(uuid.uuid5(_XMILE_IDS, f"{source}:{title}"))
    for variable in translation.variables:
        variable.id = str(uuid.uuid5(_XMILE_IDS, f"{study_id}:variable:{variable.name}"))
        variable.source = source
    baseline = Scenario("Baseline", id=str(uuid.uuid5(_XMILE_IDS, f"{study_id}:scenario:Baseline")))
    study = Study(title, time, translation.description(), translation.variables, scenarios=[baseline], id=study_id)
    problems = study_problems(study)
    if problems:
        labels = {v.name: v.label for v in study.variables}
        raise XmileError(source, [fill(translate("FileErrors", "'%1' after translation: %2"), labels.get(p.variable, p.variable), p)
                                  if p.variable else str(p) for p in problems])
    return study
