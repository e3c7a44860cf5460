"""Macros: functions a model defines for itself, expanded where they are called.

An XMILE `<macro name="GROWTH"><parm>x</parm><eqn>...</eqn></macro>` (or a Vensim
`:MACRO: GROWTH(x) ... :END OF MACRO:`, read by `storage.mdl.macros` into the same `Macro`) is
written out at each call: its parameters stand for the call's arguments, already translated in
the caller's names, and its equation becomes part of the caller's. A macro with variables of its
own (a stock, say) gets fresh internal variables at every call, named after the calling variable
as built-ins' internal stocks are, so two calls keep two separate states.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from models.domain import Variable
from models.formatting import localise
from models.i18n import fill, translate
from models.language.equations import Binary, Call, Name, Node, Num, Unary, format_equation
from storage.errors import line_place
from storage.xmile.equations import KEYWORDS, XmileSyntaxError, canonical, parse_xmile
from storage.xmile.modules import quoted
from storage.xmile.reader import Entry, XmileModel
from storage.xmile.xmltree import Element

if TYPE_CHECKING:  # the translation calls back here; only its type is needed
    from storage.xmile.translate import _Translation

MAX_EXPANSION = 32  # macros calling macros; deeper is a macro that calls itself
MAX_CALLS = 10_000  # expansions in one model: macros calling others twice over would otherwise double at each level


@dataclass
class Macro:
    """One macro as the file defines it: parameters, output equation, and its own variables."""

    name: str
    line: int
    parameters: list[str]  # canonical names, in order
    defaults: dict[str, str] = field(default_factory=dict)  # canonical parameter -> default equation text
    equation: str | None = None  # the output, in the macro's names
    entries: list[Entry] = field(default_factory=list)  # variables of its own


def read_macros(root: Element, model: XmileModel, read_variables: Callable[[Element, XmileModel], None]) -> None:
    """Add each `<macro>` of an XMILE document to `model.macros`; problems name the macro and its line."""
    for element in root.all("macro"):
        name = element.attrs.get("name", "").strip()
        where = f"{line_place(element.line)}, macro '{name}'"
        if not name:
            model.problems.append(f"{line_place(element.line)}: " + fill(translate("FileErrors", "a <%1> without a name"), "macro"))
            continue
        parameters, defaults = [], {}
        for parm in element.all("parm"):
            key = canonical(parm.text)
            if not key:
                model.problems.append(f"{where}: " + fill(translate("FileErrors", "a <%1> without a name"), "parm"))
                continue
            parameters.append(key)
            if "default" in parm.attrs:
                defaults[key] = parm.attrs["default"]
        macro = Macro(name, element.line, parameters, defaults, element.child_text("eqn"))
        inner = XmileModel()
        for holder in element.all("variables"):
            read_variables(holder, inner)
        model.problems.extend(inner.problems)
        macro.entries = inner.entries
        if not macro.equation and any(canonical(e.name) == canonical(name) for e in inner.entries):
            macro.equation = quoted(canonical(name))  # no <eqn>: the variable named like the macro is its output
        add(macro, model, where)


def add(macro: Macro, model: XmileModel, where: str) -> None:
    """Add a macro to the model after checking what can be checked before it is called."""
    key = canonical(macro.name)
    own = {canonical(e.name) for e in macro.entries}
    clash = own & set(macro.parameters)
    if key in model.macros:
        model.problems.append(f"{where}: " + fill(translate("FileErrors", "a macro of this name is already defined (line %1)"),
                                                  model.macros[key].line))
    elif not macro.equation:
        model.problems.append(f"{where}: " + translate("FileErrors", "the macro has no output equation (<eqn>)"))
    elif clash:
        model.problems.append(f"{where}: " + fill(translate("FileErrors", "'%1' is both a parameter and a variable of the macro"),
                                                  sorted(clash)[0]))
    elif len(set(macro.parameters)) != len(macro.parameters):
        model.problems.append(f"{where}: " + translate("FileErrors", "a parameter is named twice"))
    else:
        model.macros[key] = macro


def expand(t: _Translation, macro: Macro, call: Call) -> Node:
    """Return the macro's output at one call, adding the internal variables its own variables become."""
    required = sum(p not in macro.defaults for p in macro.parameters)
    if not required <= len(call.args) <= len(macro.parameters):
        takes = (fill(translate("FileErrors", "the macro %1 takes %2 arguments, not %3"), macro.name, len(macro.parameters),
                      len(call.args)) if required == len(macro.parameters) else
                 fill(translate("FileErrors", "the macro %1 takes %2 to %3 arguments, not %4"), macro.name, required,
                      len(macro.parameters), len(call.args)))
        t.problem(takes, call)
        return Num(0.0, call.pos)
    t.expansions += 1
    if t.expansions > MAX_CALLS:
        if t.expansions == MAX_CALLS + 1:
            t.problem(fill(translate("FileErrors", "macros are expanded more than %1 times; the model would be too large"),
                           localise(f"{MAX_CALLS:,}")), call)
        return Num(0.0, call.pos)
    if len(t.expanding) >= MAX_EXPANSION or canonical(macro.name) in t.expanding:
        t.problem(fill(translate("FileErrors", "the macro %1 calls itself (%2)"), macro.name,
                       ' → '.join(t.expanding + [canonical(macro.name)])), call)
        return Num(0.0, call.pos)
    # Arguments are read in the caller's names; one that carries state is held once, however often it is used.
    bindings = {p: t.shared(t.tree(a)) for p, a in zip(macro.parameters, call.args)}
    for parameter in macro.parameters[len(call.args):]:
        default = _parsed(t, macro.defaults[parameter], f"the default of '{parameter}'")
        bindings[parameter] = t.tree(default) if default is not None else Num(0.0, call.pos)
    what = macro.name.lower()
    for entry in macro.entries:
        bindings[canonical(entry.name)] = Name(t.internal_name(_slug(f"{what} {entry.name}")), call.pos)
    saved = t.bindings, t.where
    t.bindings, t.where = bindings, f"{t.where}, in the macro {macro.name} (line {macro.line})"
    t.expanding.append(canonical(macro.name))
    try:
        for entry in macro.entries:
            _variable(t, macro, entry, bindings)
        output = _parsed(t, macro.equation or "", "the output equation")
        return t.tree(output) if output is not None else Num(0.0, call.pos)
    finally:
        t.expanding.pop()
        t.bindings, t.where = saved


def inside(t: _Translation, node: Name) -> Node | None:
    """Return what a name means inside a macro being expanded, or None when it is a built-in or unknown."""
    if node.id in t.bindings:
        return t.bindings[node.id]
    if node.id in t.names:  # a macro sees what it is given, never the model around the call
        t.problem(fill(translate("FileErrors", "'%1' is a variable of the model; the macro %2 sees only its parameters and its "
                                               "own variables"), node.id, t.expanding[-1]), node)
        return Num(0.0, node.pos)
    return None


_SPACED_CALL = re.compile(r"([^\W\d][\w$]*(?:[ \t]+[^\W\d][\w$]*)+)\s*\(")


def undefined_call(t: _Translation, text: str) -> str:
    """Return a hint when an unreadable equation calls a function whose name holds spaces: a macro the file lacks.

    xmutil converts Vensim's `EXPRESSION MACRO(a, b)` call but leaves out the macro itself, so the
    XMILE file calls a function it never defines, under a name XMILE cannot even read unquoted.
    """
    for match in _SPACED_CALL.finditer(text):
        words = match.group(1).split()
        while words and words[0].lower() in KEYWORDS:
            words = words[1:]
        if len(words) > 1 and canonical(" ".join(words)) not in t.model.macros:
            hint = f" — '{' '.join(words)}' is a call of a macro the file does not define"
            if "xmutil" in f"{t.model.vendor} {t.model.product}".lower():
                stem = t.source.rsplit(".", 1)[0]
                hint += (f"; xmutil leaves Vensim macros out when it converts a model, so open the "
                         f"Vensim model it came from ({stem}.mdl) instead")
            return hint
    return ""


def _slug(text: str) -> str:
    return "_".join("".join(c if c.isalnum() and c.isascii() else " " for c in canonical(text)).split()) or "v"


def _parsed(t: _Translation, text: str, what: str) -> Node | None:
    try:
        return parse_xmile(text)
    except XmileSyntaxError as error:
        t.problems.append(fill(translate("FileErrors", "%1, column %2: %3 in %4"), f"{t.where}, {what}", error.position + 1,
                               error.message, repr(text.strip())))
        return None


def _variable(t: _Translation, macro: Macro, entry: Entry, bindings: dict[str, Node]) -> None:
    """Add one of the macro's own variables as an internal variable of this call."""
    name = bindings[canonical(entry.name)]
    assert isinstance(name, Name)
    what = f"{entry.name} in {macro.name}"
    parsed = _parsed(t, entry.equation or "", f"'{entry.name}'") if entry.equation else None
    if parsed is None:
        if not entry.equation:
            t.problems.append(f"{t.where}: " + fill(translate("FileErrors", "'%1' has no equation"), entry.name))
        return
    node = t.tree(parsed)
    if entry.kind == "stock":
        rate: Node | None = None
        for flows, sign in ((entry.inflows, "+"), (entry.outflows, "-")):
            for flow in flows:
                term = bindings.get(canonical(flow))
                if term is None:
                    t.problems.append(f"{t.where}: " + fill(translate("FileErrors", "the stock '%1' names a flow '%2' the macro does not have"),
                                                            entry.name, flow))
                    continue
                rate = (term if sign == "+" else Unary("-", term, 0)) if rate is None else Binary(sign, rate, term, 0)
        t.add_stock(name.id, what, node, rate if rate is not None else Num(0.0, 0))
        return
    if entry.graph is not None:
        node = t.lookup(node, entry.graph)
    t.add_auxiliary(Variable(name.id, "auxiliary", equation=format_equation(node)), what)
