"""Read a Vensim .mdl model into the same plain data an XMILE file gives (`XmileModel`).

Equations are respelled as XMILE text (`storage.mdl.expressions`), stocks (`INTEG`) get one net
flow each, and lookups become graphical functions, so `storage.xmile.translate` builds the study
and reports problems exactly as for XMILE; macros are read by `storage.mdl.macros`. What has no
counterpart (arrays, external data, ...) becomes a problem naming the variable and its line;
nothing is dropped in silence.
"""

from __future__ import annotations

import re

from models.i18n import fill, translate
from storage.errors import line_place
from storage.mdl import subscripts
from storage.mdl.expressions import MdlSyntaxError, Token, name_key, to_xmile, tokenize
from storage.mdl.macros import read_macros
from storage.mdl.records import Record, split_records
from storage.xmile.equations import canonical
from storage.xmile.reader import MAX_POINTS, Entry, Graph, XmileModel

CONTROL = {"initial time", "final time", "time step", "saveper"}
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_PAIR = re.compile(rf"\(\s*({_NUMBER})\s*,\s*({_NUMBER})\s*\)")


def read_mdl(text: str) -> XmileModel:
    """Return what a Vensim model says; problems are collected, not raised."""
    model = XmileModel(vendor="Ventana Systems", product="Vensim", kind="Vensim")
    parts = split_records(text)
    read_macros(parts.macros, model, _record)
    control: dict[str, str] = {}
    for record in parts.records:
        try:
            _record(record, model, control)
        except MdlSyntaxError as error:
            model.problems.append(f"{line_place(record.line)}, '{_lhs_text(record.equation)}': {error.message}")
    _time(control, model)
    return model


def _lhs_text(equation: str) -> str:
    return re.split(r"[=(\[:]", equation, maxsplit=1)[0].strip() or equation[:40]


def _record(record: Record, model: XmileModel, control: dict[str, str]) -> None:
    if "<->" in record.equation:
        subscripts.alias(record.equation, record.line, model)
        return
    name, sign, rest = _split_definition(record.equation)
    if sign == ":":
        subscripts.dimension(name, rest, record.line, model)
        return
    if sign == ":=":
        raise MdlSyntaxError(translate("FileErrors", "data equations (:=) are not supported (external data)"), 0)
    side = None
    if sign == "[":
        side = subscripts.left_side(rest)
        sign, rest = side.sign, side.rest
    before = len(model.entries)
    _definition(record, model, control, name, sign, rest, side)
    if side is not None:
        numbers = subscripts.values(rest) if sign == "=" else None
        subscripts.mark(model, model.entries[before:], side, record.line, numbers)


def _definition(record: Record, model: XmileModel, control: dict[str, str], name: str, sign: str, rest: str,
                side: subscripts.LeftSide | None) -> None:
    key = name_key(name)
    if sign == "(":
        graph = lookup_table("(" + rest, model, record.line)
        if graph is not None and side is not None:
            subscripts.lookup(model, name, side, graph, record.line)
        elif graph is not None:
            model.graphs[canonical(name)] = (graph, record.line)
        return
    if side is not None and subscripts.values(rest) is not None:
        units, span = _units(record.units)
        model.entries.append(Entry("aux", name, record.line, units=units, doc=record.comment, range=span))
        return
    if not rest.strip():
        raise MdlSyntaxError(translate("FileErrors", "has no equation (data read from elsewhere is not supported)"), 0)
    if key in CONTROL:
        control[key] = rest
        return
    units, span = _units(record.units)
    entry = Entry("aux", name, record.line, units=units, doc=record.comment, range=span)
    if record.group:
        model.groups[canonical(name)] = record.group
    head = tokenize(rest)
    first = name_key(head[0].text) if head[0].kind == "name" else ""
    if first == "integ" and head[1].text == "(":
        rate, initial = _arguments(rest, head[1].pos, 2, "INTEG")
        flow = f"{name} net flow"
        entry.kind, entry.equation, entry.inflows = "stock", to_xmile(initial), [flow]
        model.entries.append(entry)
        model.entries.append(Entry("flow", flow, record.line, equation=to_xmile(rate), units=units))
        return
    if first == "with lookup" and head[1].text == "(":
        x, table = _arguments(rest, head[1].pos, 2, "WITH LOOKUP")
        entry.equation, entry.graph = to_xmile(x), lookup_table(table, model, record.line)
        model.entries.append(entry)
        return
    entry.equation = to_xmile(rest)
    model.entries.append(entry)


def _split_definition(equation: str) -> tuple[str, str, str]:
    """Return the defined name, the mark after it (`=`, `(`, `[` or `:`) and what follows."""
    quoted = False
    for i, char in enumerate(equation):
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "=([:":
            name = equation[:i].strip().strip('"')
            rest = equation[i + 1:]
            if char == ":" and rest.startswith("="):
                return name, ":=", rest[1:]
            if char == "=" and rest.startswith("="):
                rest = rest[1:]  # `==`: a constant Vensim will not let a game change
            if not name:
                raise MdlSyntaxError(translate("FileErrors", "the record does not start with a name"), 0)
            return name, char, rest
    raise MdlSyntaxError(translate("FileErrors", "not an equation (no '=')"), 0)


def _arguments(text: str, open_pos: int, count: int, what: str) -> list[str]:
    """Return the raw text of a call's top-level arguments, the call opening at `open_pos`."""
    depth, start, args, quoted = 0, open_pos + 1, [], False
    for i in range(open_pos, len(text)):
        char = text[i]
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
            if depth == 0:
                args.append(text[start:i])
                if text[i + 1:].strip():
                    raise MdlSyntaxError(fill(translate("FileErrors", "unexpected text after %1(...)"), what), i + 1)
                break
        elif char == "," and depth == 1:
            args.append(text[start:i])
            start = i + 1
    else:
        raise MdlSyntaxError(fill(translate("FileErrors", "%1( is never closed"), what), open_pos)
    if len(args) != count:
        raise MdlSyntaxError(fill(translate("FileErrors", "%1 takes %2 arguments, not %3"), what, count, len(args)), open_pos)
    return args


def lookup_table(text: str, model: XmileModel, line: int) -> Graph | None:
    """Return the graph a lookup's `([(x0,y0)-(x1,y1)], (x,y), ...)` gives, or None after a problem."""
    body = text.strip()
    if re.search(r"(?i)\bget\s+\w+\s+lookups\b", body):
        model.problems.append(f"{line_place(line)}: " + translate("FileErrors", "lookups read from files are not supported (external data)"))
        return None
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1]
    body = re.sub(r"^\s*\[.*?\]\s*,?", "", body, count=1, flags=re.S)  # the plotting range
    body = re.sub(r"([-+])\s+(?=[\d.])", r"\1", body)  # Vensim accepts "- 1" for -1
    pairs = _PAIR.findall(body)
    if pairs:
        xs = [float(x) for x, _ in pairs]
        ys = [float(y) for _, y in pairs]
    else:  # the older form: every x, then every y
        numbers = [float(n) for n in re.findall(_NUMBER, body)]
        half = len(numbers) // 2
        if not numbers or len(numbers) % 2:
            model.problems.append(f"{line_place(line)}: " + translate("FileErrors", "the lookup's points cannot be read"))
            return None
        xs, ys = numbers[:half], numbers[half:]
    if len(xs) > MAX_POINTS:
        model.problems.append(f"{line_place(line)}: " + fill(translate("FileErrors", "the lookup has %1 points; at most %2 are read"),
                                                         len(xs), MAX_POINTS))
        return None
    if any(b < a for a, b in zip(xs, xs[1:])):
        # Vensim sorts a lookup's points by x before it interpolates (its output shows it).
        pairs = sorted(zip(xs, ys), key=lambda pair: pair[0])
        xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
        model.notes.append(f"line {line}: the lookup's points were put in order of x, as Vensim does")
    return Graph(tuple(xs), tuple(ys))


def _units(text: str) -> tuple[str, tuple[float, float] | None]:
    """Return the units and the `[min,max]` range Vensim writes after them."""
    match = re.search(r"\[([^\]]*)\]\s*$", text)
    if not match:
        return text.strip(), None
    units = text[:match.start()].strip()
    bounds = [b.strip() for b in match.group(1).split(",")]
    try:
        low, high = float(bounds[0]), float(bounds[1])
    except (ValueError, IndexError):
        return units, None
    return units, (low, high) if low < high else None


def _time(control: dict[str, str], model: XmileModel) -> None:
    """Set the run's start, stop and step from the control records."""
    values: dict[str, float] = {}
    for key in ("initial time", "final time", "time step", "saveper"):
        text = control.get(key)
        if text is None:
            continue
        value = _settle(text, values)
        if value is None:
            model.problems.append(fill(translate("FileErrors", "'%1' must be a number or another time setting, not %2"), key.upper(),
                                       repr(text.strip())))
        else:
            values[key] = value
    for key in ("initial time", "final time", "time step"):
        if key not in values and not any(key in p.lower() for p in model.problems):
            model.problems.append(fill(translate("FileErrors", "the model does not set %1"), key.upper()))
    model.start = values.get("initial time", 0.0)
    model.stop = values.get("final time", 0.0)
    model.dt = values.get("time step", 1.0)
    saved = values.get("saveper")
    model.save_step = saved
    if saved is not None and saved != model.dt:
        model.notes.append(f"SAVEPER is {saved:g}; every time step ({model.dt:g}) is kept")


def _settle(text: str, known: dict[str, float]) -> float | None:
    """Return a time setting's value: a number, or the name of one already read."""
    try:
        tokens: list[Token] = tokenize(text)
    except MdlSyntaxError:
        return None  # the caller says what the setting should be
    if len(tokens) == 2 and tokens[0].kind == "num":
        return float(tokens[0].text)
    if len(tokens) == 2 and tokens[0].kind == "name":
        return known.get(name_key(tokens[0].text))
    if len(tokens) == 3 and tokens[0].text == "-" and tokens[1].kind == "num":
        return -float(tokens[1].text)
    return None

