"""Parse untrusted JSON text safely: size, nesting and number checks before `json.loads` sees it."""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np

from models.i18n import QT_TRANSLATE_NOOP, fill, translate

MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 64

# Strings (skipped whole, so brackets inside them do not count), brackets, and the
# non-finite literals Python's json accepts although JSON has no such numbers.
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]|NaN|Infinity')
_OPENERS = "[{"
_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_CHUNK = 1 << 20


class JSONTextError(ValueError):
    """The text is not JSON we will read; `problems` says where and why."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


# What Python's json says is wrong, for the catalogue: shown in the reader's language when it is one of these.
JSON_WORDS = frozenset((
    QT_TRANSLATE_NOOP("FileErrors", "Expecting value"), QT_TRANSLATE_NOOP("FileErrors", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("FileErrors", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("FileErrors", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("FileErrors", "Extra data"), QT_TRANSLATE_NOOP("FileErrors", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("FileErrors", "Invalid control character at"), QT_TRANSLATE_NOOP("FileErrors", "Invalid \\escape"),
    QT_TRANSLATE_NOOP("FileErrors", "Illegal trailing comma before end of object"),
    QT_TRANSLATE_NOOP("FileErrors", "Illegal trailing comma before end of array")))


def decode_utf8(data: bytes) -> str:
    """Return the bytes as text, refusing anything that is not UTF-8."""
    try:
        return data.decode("utf-8-sig")  # tolerate the byte-order mark some editors add
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise JSONTextError([fill(translate("FileErrors", "line %1: not UTF-8 text (byte %2 at offset %3); save the file as UTF-8"),
                                  line, f"{data[error.start]:#04x}", error.start)]) from error


def _where(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - text.rfind("\n", 0, offset)
    return fill(translate("FileErrors", "line %1, column %2"), line, column)


def scan(text: str) -> list[str]:
    """Return the problems found without parsing: too large, too deep, or NaN/Infinity used."""
    if len(text) > MAX_BYTES:  # characters: a UTF-8 file has at least as many bytes
        return [fill(translate("FileErrors", "the file is larger than %1 MB"), MAX_BYTES // (1024 * 1024))]
    return [] if _clean(text) else placed_problems(text)


def placed_problems(text: str) -> list[str]:
    """Return the problems `scan` finds, each with its line and column (one token at a time)."""
    problems: list[str] = []
    depth = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in _OPENERS:
            depth += 1
            if depth > MAX_DEPTH:
                return problems + [fill(translate("FileErrors", "%1: nested deeper than %2 levels"), _where(text, match.start()), MAX_DEPTH)]
        elif token in "]}":
            depth -= 1
        elif token[0] != '"' and len(problems) < 10:
            problems.append(fill(translate("FileErrors", "%1: %2 is not a number JSON allows"), _where(text, match.start()), token))
    return problems


def _integer(text: str) -> int | float:
    # Python refuses int() of more than 4,300 digits (a ValueError, not a JSON error); a long
    # integer is read as the float it stands for, which the schema then judges in its place
    # (infinite, so refused as not finite, beyond about 309 digits).
    return int(text) if len(text) <= 20 else float(text)


def _clean(text: str) -> bool:
    """Say quickly whether `scan` would find nothing, with regular expressions and numpy doing the work.

    The token loop below runs Python code per bracket: 3 seconds for a 50 MB file of small
    lists. It runs only when there is a problem to place.
    """
    outside = _STRINGS.sub('""', text)
    if "NaN" in outside or "Infinity" in outside:
        return False
    brackets = np.frombuffer(_NOT_BRACKETS.sub("", outside).encode("ascii"), dtype=np.uint8)
    depth = 0
    for start in range(0, brackets.size, _CHUNK):  # a million at a time: bounded memory, early stop
        part = brackets[start:start + _CHUNK]
        running = depth + np.cumsum(np.where((part == ord("[")) | (part == ord("{")), 1, -1).astype(np.int32))
        if int(running.max()) > MAX_DEPTH:
            return False
        depth = int(running[-1])
    return True


def loads(text: str) -> Any:
    """Parse text that `scan` passed; refuse invalid JSON and objects with a key given twice."""
    repeated: list[tuple[dict, list[str]]] = []

    def pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict:
        result = dict(pairs)
        if len(result) < len(pairs):
            seen: set[str] = set()
            again = []
            for key, _ in pairs:
                if key in seen:
                    again.append(key)
                seen.add(key)
            repeated.append((result, again))
        return result

    try:
        data = json.loads(text, object_pairs_hook=pairs_to_dict, parse_int=_integer)
    except json.JSONDecodeError as error:
        why = translate("FileErrors", error.msg) if error.msg in JSON_WORDS else error.msg
        raise JSONTextError([fill(translate("FileErrors", "line %1, column %2: not valid JSON (%3)"), error.lineno, error.colno,
                                  why)]) from error
    if repeated:
        where = _locate({id(obj) for obj, _ in repeated}, data)
        raise JSONTextError([
            fill(translate("FileErrors", "%1: key %2 is given more than once"), where[id(obj)], json.dumps(key))
            for obj, keys in repeated for key in keys
        ])
    return data


def _locate(wanted: set[int], data: Any, place: str = "") -> dict[int, str]:
    """Return the place of each object in `wanted` (by id) within `data`."""
    found: dict[int, str] = {}
    if id(data) in wanted:
        found[id(data)] = place or "(top level)"
    if isinstance(data, dict):
        for key, value in data.items():
            found.update(_locate(wanted, value, join_place(place, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.update(_locate(wanted, value, join_place(place, index)))
    return found


_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")


def join_place(place: str, part: str | int) -> str:
    """Return `place` extended by a key or index: `scenarios[2].assumptions.us_aid`."""
    if isinstance(part, int):
        return f"{place}[{part}]"
    if _IDENTIFIER.fullmatch(part):
        return f"{place}.{part}" if place else part
    return f"{place}[{json.dumps(part, ensure_ascii=False)}]"
