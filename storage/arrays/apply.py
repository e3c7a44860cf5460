"""Replace a model's arrayed variables by their elements, before the model is translated.

The readers give each arrayed definition as an entry with its equation still subscripted;
here every such entry becomes one scalar entry per element it covers, and the equations of
the other entries that reach into arrays (`x[north]`, `SUM(x[*])`) are written out. The
variable limit is checked on the expanded count before anything is written.
"""

from __future__ import annotations

import copy
import itertools
import math

from models.i18n import fill, translate
from models.language.checker import MAX_VARIABLES
from models.language.equations import Binary, Call, Name, Node, Unary
from storage.arrays import messages
from storage.arrays.expand import REDUCERS, Expander
from storage.arrays.messages import ArrayError
from storage.arrays.parse import Ref, RefCall, parse, write
from storage.arrays.spec import Arrays, Definition
from storage.errors import line_place
from storage.xmile.equations import XmileSyntaxError, canonical
from storage.xmile.reader import Entry, XmileModel


def expand_arrays(model: XmileModel) -> None:
    """Expand the arrays of `model` in place; problems join the model's, each with its line."""
    arrays = model.arrays
    if arrays is None:
        if not any(e.equation and "[" in e.equation for e in model.entries):
            return  # the common case costs one scan of the text
        arrays = model.arrays = Arrays()
    arrays.settle()
    model.problems.extend(arrays.problems)
    expander = Expander(arrays)
    covered: dict[str, list[list[tuple[str, ...]]]] = {}
    for key, definitions in arrays.definitions.items():
        expander.names[key] = definitions[0].entry.name
        found = _shape(expander, key, [(d.subscripts, d.excepted, d.line) for d in definitions], model)
        if found is not None:
            covered[key] = found
    for key, tables in arrays.graphs.items():
        found = _shape(expander, key, [(subs, [], line) for subs, _, line in tables], model)
        for (_, graph, line), tuples in zip(tables, found or []):
            for elements in tuples:
                model.graphs[expander.scalar(key, elements)] = (graph, line)
    expander.scalars = {canonical(e.name) for e in model.entries if id(e) not in arrays.arrayed}
    expander.scalars |= set(model.graphs)
    total = sum(id(e) not in arrays.arrayed for e in model.entries)
    total += sum(len(t) for key in covered for t in covered[key])
    if total > MAX_VARIABLES:
        model.problems.append(messages.too_many(total, MAX_VARIABLES))
        model.too_large = True
        return
    entries: list[Entry] = []
    done: set[str] = set()
    for entry in model.entries:
        key = canonical(entry.name)
        if id(entry) not in arrays.arrayed:
            _rewrite(expander, entry, model)
            entries.append(entry)
        elif key not in done and key in covered:
            done.add(key)
            seen: dict[tuple[str, ...], int] = {}
            for definition, tuples in zip(arrays.definitions[key], covered[key]):
                entries += _elements(expander, key, definition, tuples, seen, model)
    model.entries = entries


def _shape(expander: Expander, key: str, lefts: list[tuple[tuple[str, ...], list, int]],
           model: XmileModel) -> list[list[tuple[str, ...]]] | None:
    """Set a variable's dimensions from its left-hand sides; return the elements each covers."""
    name = expander.names.get(key, key)
    widths = {len(subs) for subs, _, _ in lefts}
    if len(widths) != 1:
        model.problems.append(f"{line_place(lefts[0][2])}, '{name}': "
                              + translate("FileErrors", "its definitions give different numbers of subscripts"))
        return None
    width = widths.pop()
    try:
        expander.var_dims[key] = tuple(expander.position_dimension([s[k] for s, _, _ in lefts]) for k in range(width))
        result = []
        for subs, excepted, _ in lefts:
            lists = [expander.elements(s) for s in subs]
            size = math.prod(len(elements) for elements in lists)
            if size > MAX_VARIABLES:  # counted before any element is made
                raise ArrayError(messages.too_many(size, MAX_VARIABLES))
            tuples = list(itertools.product(*lists))
            for left_out in excepted:
                gone = set(itertools.product(*(expander.elements(s) for s in left_out)))
                tuples = [t for t in tuples if t not in gone]
            result.append(tuples)
        return result
    except ArrayError as error:
        model.problems.append(f"{line_place(lefts[0][2])}, '{name}': {error}")
        expander.var_dims.pop(key, None)
        return None


def _binding(expander: Expander, key: str, subscripts: tuple[str, ...], elements: tuple[str, ...]) -> dict[str, str]:
    """Return which element of each dimension one element of a definition stands at."""
    binding: dict[str, str] = {}
    for place, (sub, element) in enumerate(zip(subscripts, elements)):
        if sub in expander.dims:
            binding[sub] = element
    for place, element in enumerate(elements):
        own = expander.var_dims[key][place]
        if own is not None:
            binding.setdefault(own, element)
    return binding


def _elements(expander: Expander, key: str, definition: Definition, tuples: list[tuple[str, ...]],
              seen: dict[tuple[str, ...], int], model: XmileModel) -> list[Entry]:
    """Return one scalar entry for each element a definition covers."""
    template = definition.entry
    where = f"{line_place(definition.line)}, {template.kind} '{template.name}'"
    values = definition.values
    if values is not None and len(values) != len(tuples):
        model.problems.append(f"{where}: " + fill(translate("FileErrors", "%1 numbers are given for %2 elements"), len(values), len(tuples)))
        return []
    tree = None
    if values is None and template.equation:
        try:
            tree = parse(template.equation)
        except XmileSyntaxError as error:
            model.problems.append(fill(translate("FileErrors", "%1, column %2: %3 in %4"), where, error.position + 1, error.message,
                                       repr(template.equation.strip())))
            return []
    out: list[Entry] = []
    for k, elements in enumerate(tuples):
        if elements in seen:
            model.problems.append(f"{where}: " + fill(translate("FileErrors", "the element %1 is defined twice (also line %2)"),
                                                      expander.written(key, elements), seen[elements]))
            return out
        seen[elements] = definition.line
        binding = _binding(expander, key, definition.subscripts, elements)
        entry = copy.copy(template)
        entry.name = expander.written(key, elements)
        if key in model.groups:  # each element sits in its variable's sector
            model.groups[canonical(entry.name)] = model.groups[key]
        try:
            if values is not None:
                entry.equation = repr(values[k])
            elif tree is not None:
                entry.equation = write(expander.expand(tree, binding))
            entry.inflows = [_flow(expander, f, binding) for f in template.inflows]
            entry.outflows = [_flow(expander, f, binding) for f in template.outflows]
        except ArrayError as error:
            model.problems.append(fill(translate("FileErrors", "%1, element %2: %3"), where, entry.name, error))
            return out
        out.append(entry)
    return out


def _flow(expander: Expander, name: str, binding: dict[str, str]) -> str:
    """Return the element of an arrayed flow that one element of a stock takes, or a scalar flow's name."""
    key = canonical(name)
    if key not in expander.var_dims:
        return name
    return expander.reference(expander.implied(key, 0), binding)


def _rewrite(expander: Expander, entry: Entry, model: XmileModel) -> None:
    """Write out the arrays a scalar entry's equation reaches into; leave other equations as they are."""
    if not entry.equation:
        return
    try:
        tree = parse(entry.equation)
    except XmileSyntaxError as error:
        if "[" in entry.equation:  # else the translator reports it, as for any equation
            model.problems.append(fill(translate("FileErrors", "%1, column %2: %3 in %4"), f"{line_place(entry.line)}, {entry.kind} '{entry.name}'",
                                       error.position + 1, error.message, repr(entry.equation.strip())))
            entry.equation = "0"  # reported once, here
        return
    if not _touches(expander, tree):
        return
    try:
        entry.equation = write(expander.expand(tree, {}))
    except ArrayError as error:
        model.problems.append(f"{line_place(entry.line)}, {entry.kind} '{entry.name}': {error}")


def _touches(expander: Expander, tree: Node) -> bool:
    """Say whether an equation refers to an array, a dimension or an element, or reduces one."""
    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, (Ref, RefCall)):
            return True
        if isinstance(item, Name) and item.id not in expander.scalars and (
                item.id in expander.var_dims or item.id in expander.dims or item.id in expander.element_dims):
            return True
        if isinstance(item, Call):
            if item.func in expander.var_dims or (item.func in REDUCERS and len(item.args) == 1):
                return True
            stack += list(item.args)
        elif isinstance(item, Unary):
            stack.append(item.operand)
        elif isinstance(item, Binary):
            stack += [item.left, item.right]
    return False
