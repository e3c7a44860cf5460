"""Read the structure of an XMILE model: time specs, variables, graphical functions, sectors.

What the file says is collected as plain data (`XmileModel`); equations stay XMILE text for
`storage.xmile.translate`. Everything the reader cannot represent (arrays, modules, macros,
conveyors, ...) becomes a problem naming the thing and its line, so nothing is dropped in
silence; harmless extras (diagrams, styles, vendor elements) are skipped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from models.formatting import localise
from models.i18n import QT_TRANSLATE_NOOP, fill, translate
from models.language.checker import MAX_VARIABLES
from storage.errors import line_place
from storage.xmile import arrays
from storage.xmile.equations import canonical
from storage.xmile.xmltree import Element

if TYPE_CHECKING:  # macros are read by their own module, which reads their variables with this one
    from storage.xmile.macros import Macro

MAX_POINTS = 500  # points in one graphical function (the engine's lookup takes up to 500 pairs)

# Parts of a variable the reader uses or may skip without changing results.
_KNOWN_PARTS = {"eqn", "doc", "units", "inflow", "outflow", "non_negative", "gf", "range", "scale",
                "format", "display", "dimensions", "element"}
# Parts that change what a variable means and that the engine has no counterpart for.
_UNSUPPORTED_PARTS = {
    "conveyor": QT_TRANSLATE_NOOP("FileErrors", "conveyor stocks"), "queue": QT_TRANSLATE_NOOP("FileErrors", "queue stocks"),
    "leak": QT_TRANSLATE_NOOP("FileErrors", "conveyor leakage"), "leak_integers": QT_TRANSLATE_NOOP("FileErrors", "conveyor leakage"),
    "overflow": QT_TRANSLATE_NOOP("FileErrors", "queue overflow"), "multiplier": QT_TRANSLATE_NOOP("FileErrors", "flow multipliers"),
}

_SKIPPED_TOP = {"header", "sim_specs", "behavior", "dimensions", "model", "macro", "model_units", "style",
                "data", "prefs", "default_format", "equation_prefs", "options"}


@dataclass
class Graph:
    """A graphical function: points joined by straight lines, held flat beyond the ends."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]


@dataclass
class Entry:
    """One variable as the file gives it."""

    kind: str  # "aux", "stock" or "flow"
    name: str  # as written, for people
    line: int
    equation: str | None = None  # a stock's initial value; otherwise its equation
    inflows: list[str] = field(default_factory=list)
    outflows: list[str] = field(default_factory=list)
    non_negative: bool | None = None  # None: as the model's behaviour says
    graph: Graph | None = None
    units: str = ""
    doc: str = ""
    range: tuple[float, float] | None = None


@dataclass
class XmileModel:
    """What an XMILE file says, as plain data."""

    title: str = ""
    kind: str = "XMILE"  # the file's format, for the study's description
    vendor: str = ""
    product: str = ""
    start: float = 0.0
    stop: float = 0.0
    dt: float = 1.0
    save_step: float | None = None  # the output interval a Vensim file asks for; every step is kept
    time_units: str = ""
    method: str = "euler"
    entries: list[Entry] = field(default_factory=list)
    graphs: dict[str, tuple[Graph, int]] = field(default_factory=dict)  # canonical name -> (graph, line)
    groups: dict[str, str] = field(default_factory=dict)  # canonical variable name -> sector
    non_negative_stocks: bool = False
    non_negative_flows: bool = False
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    too_large: bool = False  # more variables than a study may have: the rest were not read
    modules: list[Element] = field(default_factory=list)  # <module> elements, flattened by storage.xmile.modules
    macros: dict[str, Macro] = field(default_factory=dict)  # canonical name -> the macro
    arrays: Any = None  # storage.arrays.spec.Arrays when the file has dimensions


def read_model(root: Element) -> XmileModel:
    """Return what the XMILE document under `root` says; problems are collected, not raised."""
    model = XmileModel()
    if root.tag != "xmile" or root.foreign:
        model.problems.append(f"{line_place(root.line)}: " + fill(translate(
            "FileErrors", "not an XMILE model (the document is <%1>, in the namespace http://docs.oasis-open.org/xmile/ns/XMILE/v1.0)"),
            root.tag))
        return model
    _header(root, model)
    _sim_specs(root, model)
    _behaviour(root, model)
    arrays.read_dimensions(root, model)
    if root.all("macro"):
        from storage.xmile.macros import read_macros  # it reads a macro's own variables with _variables

        read_macros(root, model, _variables)
    for other in root.children:
        if not other.foreign and other.tag not in _SKIPPED_TOP:
            model.notes.append(f"{line_place(other.line)}: skipped <{other.tag}> (not part of the model's equations)")
    models = root.all("model")
    if not models:
        model.problems.append(f"{line_place(root.line)}: " + translate("FileErrors", "the file has no <model>"))
        return model
    _variables(models[0], model)
    if len(models) > 1 or model.modules:
        from storage.xmile.modules import flatten  # it reads each module's model with _variables

        flatten(root, model, _variables)
    return model


def _header(root: Element, model: XmileModel) -> None:
    header = root.first("header")
    if header is None:
        return
    model.title = header.child_text("name") or ""
    model.vendor = header.child_text("vendor") or ""
    model.product = header.child_text("product") or ""


def _number(text: str | None, where: str, model: XmileModel) -> float | None:
    if text is None:
        return None
    try:
        value = float(text)
    except ValueError:
        model.problems.append(f"{where}: " + fill(translate("Actuals", "%1 is not a number"), repr(text)))
        return None
    if not math.isfinite(value):  # float() reads "inf", "nan" and 1e400 (as infinity)
        model.problems.append(f"{where}: " + fill(translate("Actuals", "%1 is not a finite number"), repr(text.strip())))
        return None
    return value


def _sim_specs(root: Element, model: XmileModel) -> None:
    specs = root.first("sim_specs")
    if specs is None:
        model.problems.append(f"{line_place(root.line)}: " + translate("FileErrors", "the file has no <sim_specs> (start, stop and dt)"))
        return
    where = f"{line_place(specs.line)}"
    start = _number(specs.child_text("start"), f"{where}, <start>", model)
    stop = _number(specs.child_text("stop"), f"{where}, <stop>", model)
    for value, tag in ((start, "start"), (stop, "stop")):
        if value is None and specs.first(tag) is None:
            model.problems.append(f"{where}: " + fill(translate("FileErrors", "<sim_specs> has no <%1>"), tag))
    dt_element = specs.first("dt")
    dt = 1.0 if dt_element is None else _number(dt_element.text.strip(), f"{line_place(dt_element.line)}, <dt>", model)
    if dt_element is None:
        model.notes.append(f"{where}: no <dt> given; using 1, XMILE's default")
    elif dt is not None and dt_element.attrs.get("reciprocal", "false").strip().lower() == "true":
        dt = 1 / dt if dt else None
    if dt is not None and not dt > 0:
        model.problems.append(f"{where}: " + translate("FileErrors", "dt must be greater than 0"))
    model.start, model.stop, model.dt = start or 0.0, stop or 0.0, dt or 1.0
    model.time_units = specs.attrs.get("time_units", "").strip()
    method = specs.attrs.get("method", "euler").strip()
    model.method = method.lower()
    if model.method != "euler":
        model.notes.append(f"{where}: the file asks for the {method} method; Prospectiva runs every model with Euler's method")


def _flag(element: Element, where: str, model: XmileModel) -> bool:
    """Return what a <non_negative> element says: empty or "true" is on, "false" is off."""
    text = element.text.strip().lower()
    if text in ("", "true"):
        return True
    if text == "false":
        return False
    model.problems.append(f"{where}: " + fill(translate("FileErrors", "<non_negative> should be empty, true or false, not %1"),
                                              repr(element.text.strip())))
    return False


def _behaviour(root: Element, model: XmileModel) -> None:
    for behaviour in root.all("behavior"):
        flag = behaviour.first("non_negative")
        if flag is not None:
            on = _flag(flag, f"{line_place(flag.line)}", model)
            model.non_negative_stocks = model.non_negative_flows = on
        for kind in ("stock", "flow"):
            part = behaviour.first(kind)
            flag = part.first("non_negative") if part is not None else None
            if flag is not None:
                setattr(model, f"non_negative_{kind}s", _flag(flag, f"{line_place(flag.line)}", model))


def _variables(element: Element, model: XmileModel) -> None:
    # Older files put variables straight under <model>, newer ones inside <variables>.
    holders = [element] + element.all("variables")
    for holder in holders:
        for child in holder.children:
            if child.foreign or child.tag in ("variables", "views", "display", "interface", "behavior"):
                continue
            if child.tag in ("aux", "stock", "flow"):
                if len(model.entries) == MAX_VARIABLES:
                    # Counted, not read: reading each takes time a refusal need not spend.
                    total = sum(c.tag in ("aux", "stock", "flow") and not c.foreign for h in holders for c in h.children)
                    model.problems.append(f"{line_place(child.line)}: " + fill(translate(
                        "FileErrors", "the model has %1 variables; at most %2 are allowed"), localise(f"{total:,}"),
                        localise(f"{MAX_VARIABLES:,}")))
                    model.too_large = True
                    return
                model.entries.append(_entry(child, model))
            elif child.tag == "gf":
                _standalone_graph(child, model)
            elif child.tag == "group":
                for entity in child.all("entity"):
                    model.groups[canonical(entity.attrs.get("name", ""))] = child.attrs.get("name", "").strip()
            elif child.tag == "module":
                model.modules.append(child)
            else:
                model.notes.append(f"{line_place(child.line)}: skipped <{child.tag}> (Prospectiva does not read it)")


def _entry(element: Element, model: XmileModel) -> Entry:
    name = element.attrs.get("name", "").strip()
    entry = Entry(element.tag, name, element.line)
    if not name:
        model.problems.append(f"{line_place(element.line)}: " + fill(translate("FileErrors", "a <%1> without a name"), element.tag))
    label = f"{line_place(element.line)}, {element.tag} '{name}'"
    for part in element.children:
        if part.foreign:
            continue
        if part.tag in _UNSUPPORTED_PARTS:
            model.problems.append(f"{label}: " + fill(translate("FileErrors", "%1 are not supported (<%2>)"),
                                                      translate("FileErrors", _UNSUPPORTED_PARTS[part.tag]), part.tag))
        elif part.tag not in _KNOWN_PARTS:
            model.notes.append(f"{label}: skipped <{part.tag}>")
    entry.equation = element.child_text("eqn")
    entry.inflows = [p.text.strip() for p in element.all("inflow")]
    entry.outflows = [p.text.strip() for p in element.all("outflow")]
    flag = element.first("non_negative")
    if flag is not None:
        entry.non_negative = _flag(flag, label, model)
    graph = element.first("gf")
    if graph is not None:
        entry.graph = _graph(graph, label, model)
    entry.units = element.child_text("units") or ""
    entry.doc = element.child_text("doc") or ""
    entry.range = _range(element.first("range"), label, model)
    if element.first("dimensions") is not None:
        arrays.read_arrayed(element, entry, model, _graph)
    return entry


def _range(element: Element | None, label: str, model: XmileModel) -> tuple[float, float] | None:
    if element is None:
        return None
    low = _number(element.attrs.get("min"), f"{label}, <range min>", model)
    high = _number(element.attrs.get("max"), f"{label}, <range max>", model)
    if low is None or high is None or not low < high:
        model.notes.append(f"{label}: ignored <range> (it needs min < max)")
        return None
    return low, high


def _standalone_graph(element: Element, model: XmileModel) -> None:
    name = element.attrs.get("name", "").strip()
    label = f"{line_place(element.line)}, gf '{name}'"
    if not name:
        model.problems.append(f"{line_place(element.line)}: " + translate("FileErrors", "a standalone <gf> needs a name"))
        return
    graph = _graph(element, label, model)
    if graph is not None:
        model.graphs[canonical(name)] = (graph, element.line)


def _points(element: Element | None, label: str, model: XmileModel) -> list[float] | None:
    if element is None:
        return None
    separator = element.attrs.get("sep", ",") or ","
    try:
        points = [float(p) for p in element.text.split(separator) if p.strip()]
    except ValueError:
        model.problems.append(f"{label}: " + fill(translate("FileErrors", "<%1> should be numbers separated by %2"), element.tag,
                                                  repr(separator)))
        return None
    if not all(math.isfinite(p) for p in points):
        model.problems.append(f"{label}: " + fill(translate("FileErrors", "<%1> should be finite numbers (not inf or nan)"), element.tag))
        return None
    return points


def _graph(element: Element, label: str, model: XmileModel) -> Graph | None:
    kind = element.attrs.get("type", "continuous").strip().lower()
    if kind != "continuous" or element.attrs.get("discrete", "false").strip().lower() == "true":
        model.problems.append(f"{label}: " + fill(translate(
            "FileErrors", "%1 graphical functions are not supported (only continuous ones, held flat beyond their ends)"),
            kind if kind != 'continuous' else 'discrete'))
        return None
    ys = _points(element.first("ypts"), label, model)
    if ys is None:
        if element.first("ypts") is None:  # else _points said what is wrong with them
            model.problems.append(f"{label}: " + translate("FileErrors", "the graphical function has no <ypts>"))
        return None
    xs = _points(element.first("xpts"), label, model)
    scale = element.first("xscale")
    if xs is None and scale is not None:
        low = _number(scale.attrs.get("min"), f"{label}, <xscale min>", model)
        high = _number(scale.attrs.get("max"), f"{label}, <xscale max>", model)
        if low is None or high is None:
            return None
        count = len(ys)
        xs = [low + (high - low) * k / (count - 1) for k in range(count)] if count > 1 else [low]
    if xs is None:
        model.problems.append(f"{label}: " + translate("FileErrors", "the graphical function has neither <xpts> nor <xscale>"))
        return None
    if len(xs) != len(ys) or not ys:
        model.problems.append(f"{label}: " + fill(translate("FileErrors", "%1 x points but %2 y points"), len(xs), len(ys)))
        return None
    if len(xs) > MAX_POINTS:
        model.problems.append(f"{label}: " + fill(translate("FileErrors", "%1 points; at most %2 are supported"), len(xs), MAX_POINTS))
        return None
    if any(b <= a for a, b in zip(xs, xs[1:])):
        model.problems.append(f"{label}: " + translate("FileErrors", "the x points must increase"))
        return None
    return Graph(tuple(xs), tuple(ys))
