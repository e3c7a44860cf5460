"""Flatten XMILE modules into one model: each module's variables under a qualified name.

A `<module name="lynxes">` in a model stands for the `<model name="lynxes">` defined beside the
root model; its variables join the root model as `lynxes · births`. The middle dot is shown to
people instead of XMILE's own `lynxes.births` because a period is common inside Vensim names
("Prod. capacity") and would read as a qualifier there, while `·` appears in no XMILE or Vensim
name we know of and reads as "the births of lynxes". Names are compared as XMILE compares them,
so `lynxes.births` in an equation (or a canonical output's column) finds `lynxes · births`.

A `<connect to="lynxes" from="lynxes.lynxes"/>` makes the module's own variable (usually a
placeholder) an auxiliary that reads the outside one, so the connection stays visible in the
study. Equations are rewritten by name only (each name becomes a quoted qualified name), so the
translator reads them exactly as it reads any other equation and places its problems the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from models.formatting import localise
from models.i18n import fill, translate
from models.language.checker import MAX_VARIABLES
from storage.errors import line_place
from storage.xmile.equations import _TOKEN, KEYWORDS, canonical
from storage.xmile.reader import Entry, XmileModel
from storage.xmile.xmltree import Element

SEPARATOR = " · "
MAX_NESTING = 16  # modules inside modules; deeper is almost surely a module that contains itself


@dataclass
class _Scope:
    """One model's names as seen from inside it, and the modules it holds."""

    prefix: str  # "" at the root, else the qualified name of the module and SEPARATOR
    local: set[str] = field(default_factory=set)  # canonical names of its own variables and graphs
    modules: dict[str, _Scope] = field(default_factory=dict)  # canonical instance name -> its scope
    parent: _Scope | None = None

    def resolve(self, key: str) -> str | None:
        """Return the canonical flattened name a (possibly dotted) name means in this scope, or None."""
        if key in self.local:
            return canonical(self.prefix + key)
        head, dot, rest = key.partition(".")
        if dot and head.strip() in self.modules:
            return self.modules[head.strip()].resolve(rest.strip())
        return None


def readable(name: str) -> str:
    """Return a name as people read it: Stella's line breaks and underscores as spaces."""
    return " ".join(name.replace("\\n", " ").replace("_", " ").split())


def quoted(key: str) -> str:
    """Return a name written so the XMILE reader reads it back as exactly `key`."""
    return '"' + key.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rewrite(text: str | None, scope: _Scope) -> str | None:
    """Return equation text with each name the scope knows written as its quoted flattened name."""
    if not text:
        return text
    out: list[str] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:  # left for the equation reader to report, with its column
            out.append(text[pos:])
            break
        kind = match.lastgroup
        if kind in ("name", "quoted"):
            key = canonical(match.group(kind))
            target = None if kind == "name" and key in KEYWORDS else scope.resolve(key)
            if target is not None and target != key:
                out.append(text[pos:match.start(kind)] + quoted(target))
                pos = match.end()
                continue
        out.append(text[pos:match.end()])
        pos = match.end()
    return "".join(out)


class _Flattener:
    """Reads each module's definition once per instance and adds its variables to the root model."""

    def __init__(self, root: Element, model: XmileModel, read_variables: Callable[[Element, XmileModel], None]):
        self.model = model
        self.read_variables = read_variables
        self.definitions = {canonical(m.attrs.get("name", "")): m for m in root.all("model")[1:]}
        self.used: set[str] = set()
        self.pending: list[tuple[Element, str, _Scope, _Scope]] = []

    def scope(self, element: Element, holder: XmileModel, prefix: str, trail: tuple[str, ...],
              parent: _Scope | None) -> _Scope:
        """Return the scope of one model (the root or a module's definition), its modules flattened."""
        scope = _Scope(prefix, parent=parent)
        scope.local = {canonical(e.name) for e in holder.entries} | set(holder.graphs)
        for module in holder.modules:
            if len(self.model.entries) > MAX_VARIABLES:  # modules within modules multiply quickly
                if not self.model.too_large:
                    self.model.problems.append(f"{line_place(module.line)}: " + fill(translate(
                        "FileErrors", "with its modules the model has more than %1 variables, the most a study may have"),
                        localise(f"{MAX_VARIABLES:,}")))
                self.model.too_large = True
                break
            name = module.attrs.get("name", "").strip()
            key = canonical(name)
            # XMILE names the definition after the module; a `model` attribute, where a writer gives one,
            # names it instead, so one definition can serve two modules.
            definition_name = canonical(module.attrs.get("model", "") or name)
            where = f"{line_place(module.line)}, module '{name}'"
            if module.attrs.get("resource"):
                self.model.problems.append(f"{where}: " + fill(translate(
                    "FileErrors", "a module defined in another file (%1) is not read; put its model in this file"),
                    repr(module.attrs['resource'])))
                continue
            definition = self.definitions.get(definition_name)
            if definition is None:
                self.model.problems.append(f"{where}: " + fill(translate("FileErrors", "the file has no <model name=\"%1\"> defining it"), name))
                continue
            if definition_name in trail or len(trail) >= MAX_NESTING:
                self.model.problems.append(f"{where}: " + fill(translate("FileErrors", "the module contains itself (%1)"),
                                                               ' → '.join(trail + (definition_name,))))
                continue
            self.used.add(definition_name)
            inner = XmileModel(non_negative_stocks=self.model.non_negative_stocks,
                               non_negative_flows=self.model.non_negative_flows)
            self.read_variables(definition, inner)
            self.model.problems.extend(inner.problems)
            self.model.notes.extend(inner.notes)
            self.model.too_large = self.model.too_large or inner.too_large
            child_prefix = prefix + readable(name) + SEPARATOR
            scope.modules[key] = self.scope(definition, inner, child_prefix, trail + (definition_name,), scope)
            self.adopt(inner, scope.modules[key], child_prefix.removesuffix(SEPARATOR))
            # Connected after every module is flattened: a connection may read a module defined later.
            self.pending.append((module, name, scope, scope.modules[key]))
        return scope

    def adopt(self, inner: XmileModel, scope: _Scope, module: str) -> None:
        """Add a module's variables and graphs to the root model under qualified names."""
        for entry in inner.entries:
            local = canonical(entry.name)
            entry.name = scope.prefix + readable(entry.name)
            entry.equation = rewrite(entry.equation, scope)
            entry.inflows = [quoted(scope.resolve(canonical(f)) or canonical(f)) for f in entry.inflows]
            entry.outflows = [quoted(scope.resolve(canonical(f)) or canonical(f)) for f in entry.outflows]
            self.model.groups[canonical(entry.name)] = inner.groups.get(local) or module
            self.model.entries.append(entry)
        for key, graph in inner.graphs.items():
            self.model.graphs[canonical(scope.prefix + key)] = graph

    def connect(self, module: Element, name: str, outside: _Scope, inside: _Scope, by_key: dict[str, Entry]) -> None:
        """Make each connected input of a module read the variable outside it."""
        for link in module.all("connect"):
            where = f"{line_place(link.line)}, module '{name}'"
            to, source = link.attrs.get("to", "").strip(), link.attrs.get("from", "").strip()
            local = canonical(to)
            if local.startswith(canonical(name) + "."):  # newer Stella writes to="lynxes.hare_density"
                local = local[len(canonical(name)) + 1:]
            target = inside.resolve(local)
            entry = by_key.get(target) if target is not None else None
            if entry is None:
                self.model.problems.append(f"{where}: " + fill(translate("FileErrors", "connects to '%1', which the module does not have"), to))
                continue
            origin = self.root_of(outside).resolve(canonical(source[1:])) if source.startswith(".") \
                else outside.resolve(canonical(source))
            if origin is None:
                self.model.problems.append(f"{where}: " + fill(translate("FileErrors", "connects '%1' from '%2', which is not in the model"),
                                                               to, source))
                continue
            entry.kind, entry.equation, entry.graph, entry.non_negative = "aux", quoted(origin), None, None
            entry.inflows, entry.outflows = [], []
            entry.doc = "\n\n".join(p for p in (entry.doc, f"Connected to '{source.lstrip('.')}' outside the module.") if p)

    @staticmethod
    def root_of(scope: _Scope) -> _Scope:
        """Return the root model's scope."""
        while scope.parent is not None:
            scope = scope.parent
        return scope


def flatten(root: Element, model: XmileModel, read_variables: Callable[[Element, XmileModel], None]) -> None:
    """Add every module's variables to `model` under qualified names, rewriting equations to match.

    `read_variables(element, model)` is the reader's own: a module's definition is read exactly
    as the root model is.
    """
    flattener = _Flattener(root, model, read_variables)
    own = list(model.entries)
    top = flattener.scope(root.all("model")[0], model, "", (), None)
    by_key = {canonical(e.name): e for e in model.entries}
    for module, name, outside, inside in flattener.pending:
        flattener.connect(module, name, outside, inside, by_key)
    for entry in own:  # the root model's equations may read into modules: `hares.hare_density`
        entry.equation = rewrite(entry.equation, top)
    for name, definition in flattener.definitions.items():
        if name not in flattener.used:
            model.notes.append(f"{line_place(definition.line)}: skipped the model '{definition.attrs.get('name', '')}' "
                               "(no module uses it)")
