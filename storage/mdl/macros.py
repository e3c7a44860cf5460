"""Vensim macros: `:MACRO: NAME(inputs) ... :END OF MACRO:` read into the same `Macro` XMILE macros give.

A macro's records are read exactly as the model's are (so `INTEG` inside one is a stock of its
own); the record named like the macro is its output. Vensim also lets a macro hand back more
outputs, named after a `:` in its header and bound at the call (`NAME(a, b : c)`); those are
refused by name rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable

from models.i18n import fill, translate
from storage.errors import line_place
from storage.mdl.expressions import MdlSyntaxError
from storage.mdl.records import MacroText, Record, split_records
from storage.xmile.equations import canonical
from storage.xmile.macros import Macro, add
from storage.xmile.modules import quoted
from storage.xmile.reader import XmileModel

RecordReader = Callable[[Record, XmileModel, dict[str, str]], None]


def read_macros(macros: list[MacroText], model: XmileModel, read_record: RecordReader) -> None:
    """Add each macro of a Vensim file to `model.macros`; problems name the macro and its line.

    `read_record` is the reader's own, so a macro's equations are read as the model's are.
    """
    for text in macros:
        name = " ".join(text.name.strip().strip('"').split())
        where = f"{line_place(text.line)}, macro '{name}'"
        inputs, colon, outputs = text.header.partition(":")
        if not name:
            model.problems.append(f"{line_place(text.line)}: " + translate("FileErrors", "a macro without a name"))
            continue
        if not text.closed:  # everything after it was read as the macro's: the model would be missing
            model.problems.append(f"{where}: " + translate("FileErrors", "the macro is never closed with :END OF MACRO:"))
            continue
        if colon and outputs.strip():
            model.problems.append(f"{where}: " + translate("FileErrors", "macros with more than one output (after ':') are not supported"))
            continue
        inner = XmileModel(kind="Vensim")
        for record in split_records(text.body).records:
            try:
                read_record(record, inner, {})
            except MdlSyntaxError as error:
                inner.problems.append(fill(translate("FileErrors", "%1, in the macro %2: %3"), line_place(record.line), name, error.message))
        model.problems.extend(inner.problems)
        if inner.graphs:
            model.problems.append(f"{where}: " + translate("FileErrors", "lookups defined inside a macro are not supported"))
            continue
        key = canonical(name)
        output = next((e for e in inner.entries if canonical(e.name) == key), None)
        if output is None:
            model.problems.append(f"{where}: " + fill(translate("FileErrors", "the macro has no equation for '%1', its output"), name))
            continue
        entries = inner.entries
        equation: str | None
        if output.kind == "stock":
            equation = quoted(key)  # the output is one of the macro's own stocks
        else:  # an auxiliary output is the macro's equation itself
            equation, entries = output.equation, [e for e in entries if e is not output]
        parameters = [canonical(p.strip().strip('"')) for p in inputs.split(",") if p.strip()]
        add(Macro(name, text.line, parameters, {}, equation, entries), model, where)
