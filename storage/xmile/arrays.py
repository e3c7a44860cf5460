"""Read XMILE's arrays: `<dimensions>` of the model, a variable's `<dimensions>` and its `<element>`s.

A dimension lists its elements (`<elem name=…>`) or only a size (elements 1…n). A variable with
`<dimensions>` is defined for every element by its own `<eqn>` (apply-to-all, a literal list
such as `1, 2, 3` included), or element by element with `<element subscript="a, b">`, each
with its own `<eqn>` or `<gf>`. What is read here is expanded by `storage.arrays.apply`.
"""

from __future__ import annotations

import copy
import itertools

from models.formatting import localise
from models.i18n import fill, translate
from storage.arrays.spec import Arrays, Dimension, literal
from storage.errors import line_place
from storage.xmile.xmltree import Element

MAX_ELEMENTS = 100_000  # elements in one dimension; more could not be imported anyway


def read_dimensions(root: Element, model) -> None:
    """Record the model's dimensions (and where any is malformed)."""
    for holder in root.all("dimensions"):
        for dim in holder.all("dim"):
            _dimension(dim, _arrays(model), model)


def _arrays(model) -> Arrays:
    if model.arrays is None:
        model.arrays = Arrays()
    return model.arrays


def _dimension(element: Element, arrays: Arrays, model) -> None:
    name = element.attrs.get("name", "").strip()
    where = f"{line_place(element.line)}, dimension '{name}'"
    if not name:
        model.problems.append(f"{line_place(element.line)}: " + fill(translate("FileErrors", "a <%1> without a name"), "dim"))
        return
    elements = [e.attrs.get("name", "").strip() for e in element.all("elem")]
    if not elements:
        size = element.attrs.get("size", "").strip()
        if not size.isdigit() or not 0 < int(size) <= MAX_ELEMENTS:
            model.problems.append(f"{where}: " + fill(translate("FileErrors", "give its elements (<elem name=…>) or a size from 1 to %1"),
                                                      localise(f"{MAX_ELEMENTS:,}")))
            return
        elements = [str(k) for k in range(1, int(size) + 1)]
    if not all(elements):
        model.problems.append(f"{where}: " + fill(translate("FileErrors", "a <%1> without a name"), "elem"))
        return
    arrays.add_dimension(Dimension(name, elements, element.line))


def read_arrayed(element: Element, entry, model, graph) -> None:
    """Record a variable with `<dimensions>`; `graph` reads a `<gf>` as the reader does."""
    label = f"{line_place(element.line)}, {element.tag} '{entry.name}'"
    holder = element.first("dimensions")
    assert holder is not None
    dims = tuple(d.attrs.get("name", "").strip() for d in holder.all("dim"))
    if not dims or not all(dims):
        model.problems.append(f"{label}: " + translate("FileErrors", "its <dimensions> should name each <dim>"))
        return
    arrays = _arrays(model)
    parts = element.all("element")
    equations = element.all("eqn")
    if not parts and len(equations) > 1:
        _listed(element, entry, dims, equations, arrays, model)
        return
    if not parts:
        values = literal(entry.equation) if entry.equation else None
        arrays.define(entry, dims, element.line, values=values)
        return
    for part in parts:
        subscripts = tuple(s.strip() for s in part.attrs.get("subscript", "").split(","))
        if len(subscripts) != len(dims) or not all(subscripts):
            model.problems.append(f"{line_place(part.line)}, {element.tag} '{entry.name}': " + fill(translate(
                "FileErrors", "the <element> subscript %1 should name one element of each of %2"),
                repr(part.attrs.get('subscript', '')), ', '.join(dims)))
            continue
        single = copy.copy(entry)
        single.equation = part.child_text("eqn") or entry.equation
        gf = part.first("gf")
        if gf is not None:
            single.graph = graph(gf, label, model)
        arrays.define(single, subscripts, part.line)
    arrays.arrayed.add(id(entry))


def _listed(element: Element, entry, dims: tuple[str, ...], equations: list[Element], arrays: Arrays, model) -> None:
    """Record a variable written with one `<eqn>` per element, in the elements' order (as some converters write)."""
    from storage.xmile.equations import canonical

    known = [arrays.dimensions.get(canonical(d)) for d in dims]
    if any(d is None for d in known):
        missing = next(d for d, k in zip(dims, known) if k is None)
        model.problems.append(f"{line_place(element.line)}, {element.tag} '{entry.name}': "
                              + fill(translate("FileErrors", "unknown dimension '%1'"), missing))
        return
    tuples = list(itertools.product(*(d.elements for d in known if d is not None)))
    if len(tuples) != len(equations):
        model.problems.append(f"{line_place(element.line)}, {element.tag} '{entry.name}': "
                              + fill(translate("FileErrors", "%1 <eqn> for %2 elements"), len(equations), len(tuples)))
        return
    for elements, equation in zip(tuples, equations):
        single = copy.copy(entry)
        single.equation = equation.text.strip()
        arrays.define(single, elements, equation.line)
    arrays.arrayed.add(id(entry))
