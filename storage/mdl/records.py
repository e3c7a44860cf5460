"""Split a Vensim .mdl file into its records: equation, units, comment and the line each starts on.

A record ends at `|`; its parts are separated by `~`; a backslash at a line's end continues the
line; `{...}` is a comment. The sketch (after `\\\\\\---///`) draws the diagram and says nothing
about the equations, so reading stops there. Groups are records of asterisks around `.Name`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SKETCH = re.compile(r"\\{2,}---///")
MAX_BYTES = 50 * 2**20


@dataclass
class Record:
    """One `equation ~ units ~ comment |` of the file."""

    equation: str
    units: str
    comment: str
    line: int
    group: str = ""


@dataclass
class MacroText:
    """One `:MACRO: NAME(inputs) ... :END OF MACRO:` block, read by `storage.mdl.macros`."""

    name: str
    header: str  # what the brackets after the name hold: inputs, and outputs after a ':'
    body: str  # the records, after as many line breaks as precede them in the file, so lines hold
    line: int
    closed: bool = True  # False when the file ends before :END OF MACRO:


@dataclass
class MdlText:
    """The records of a file, and its macros."""

    records: list[Record]
    macros: list[MacroText]


_GROUP = re.compile(r"^\*+\s*\.?(?P<name>[^*~]*?)\s*\*+~", re.S)
_MACRO_BLOCK = re.compile(r":MACRO:[ \t]*(?P<name>[^(\n]*)(?:\((?P<header>[^)]*)\))?(?P<body>.*?)"
                          r"(?::END OF MACRO:|$)", re.I | re.S)


def _blank(match: re.Match[str], body: str, macros: list[MacroText]) -> str:
    """Keep a macro apart and blank its text out of the model, keeping its lines so later line numbers hold."""
    before = body.count("\n", 0, match.start("body"))
    closed = match.group(0).rstrip().upper().endswith(":END OF MACRO:")
    macros.append(MacroText(match.group("name"), match.group("header") or "", "\n" * before + match.group("body"),
                            body.count("\n", 0, match.start()) + 1, closed))
    return "\n" * match.group(0).count("\n")


def split_records(text: str) -> MdlText:
    """Return the records of .mdl text, in file order, each with its group."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = re.sub(r"^\{UTF-8\}[ \t]*", "", text)
    sketch = SKETCH.search(text)
    body = text if sketch is None else text[:sketch.start()]
    macros: list[MacroText] = []
    body = _MACRO_BLOCK.sub(lambda m: _blank(m, body, macros), body)
    records: list[Record] = []
    group = ""
    line = 1
    for chunk in _chunks(body):
        start_line = line + chunk[:len(chunk) - len(chunk.lstrip())].count("\n")
        line += chunk.count("\n")
        stripped = chunk.strip()
        if not stripped:
            continue
        heading = _GROUP.match(stripped)
        if heading:
            group = " ".join(heading.group("name").split())
            continue
        parts = _strip_comments(stripped).split("~")
        equation = _join_lines(parts[0])
        units = _join_lines(parts[1]) if len(parts) > 1 else ""
        comment = _join_lines("~".join(parts[2:])) if len(parts) > 2 else ""
        records.append(Record(equation, units, comment, start_line, group))
    return MdlText(records, macros)


def _chunks(body: str) -> list[str]:
    """Return the text between `|` marks, keeping quoted names whole."""
    chunks, start, quoted = [], 0, False
    for i, char in enumerate(body):
        if char == '"':
            quoted = not quoted
        elif char == "|" and not quoted:
            chunks.append(body[start:i])
            start = i + 1
    chunks.append(body[start:])
    return chunks


def _strip_comments(text: str) -> str:
    return re.sub(r"\{[^}]*\}", " ", text)


def _join_lines(text: str) -> str:
    """Return text with continued lines joined and runs of white space made one space."""
    return " ".join(text.replace("\\\n", " ").replace("\\\r\n", " ").split())
