"""What can be said of a study file before it is built: its JSON shape (as pydantic found it) and its counts.

Every problem starts with its place in the file, as in storage/validation.py; the limits here keep a
hostile file from asking for more than a laptop has.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from models.formatting import localise
from models.i18n import QT_TRANSLATE_NOOP, fill, translate
from models.language.checker import MAX_VARIABLES
from storage.jsontext import join_place

MAX_TIME_POINTS = 1_000_000
MAX_SCENARIOS = 10_000
MAX_EVENTS = 10_000
MAX_EFFECTS = 100_000  # in all events together


def kind_of(value: Any) -> str:
    """Return what a JSON value is, in words of the reader's language."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return translate("FileErrors", "true/false")
    if isinstance(value, (int, float)):
        return translate("FileErrors", "a number")
    if isinstance(value, str):
        return translate("FileErrors", "text")
    return translate("FileErrors", "a list") if isinstance(value, list) else translate("FileErrors", "an object")


# What pydantic expected, by its error type; translated where it is said.
_EXPECTED = {
    "float_type": QT_TRANSLATE_NOOP("FileErrors", "a number"), "int_type": QT_TRANSLATE_NOOP("FileErrors", "a whole number"),
    "string_type": QT_TRANSLATE_NOOP("FileErrors", "text"), "bool_type": QT_TRANSLATE_NOOP("FileErrors", "true or false"),
    "list_type": QT_TRANSLATE_NOOP("FileErrors", "a list"), "dict_type": QT_TRANSLATE_NOOP("FileErrors", "an object"),
    "model_type": QT_TRANSLATE_NOOP("FileErrors", "an object"),
}
TOP_LEVEL = QT_TRANSLATE_NOOP("FileErrors", "(top level)")  # the place of a problem with the whole file
# A variable's kind with its article, as a sentence about a file's variable names it.
_A_KIND = {"assumption": QT_TRANSLATE_NOOP("FileErrors", "an assumption"),
           "auxiliary": QT_TRANSLATE_NOOP("FileErrors", "an auxiliary"), "stock": QT_TRANSLATE_NOOP("FileErrors", "a stock")}


def a_kind(kind: str) -> str:
    return translate("FileErrors", _A_KIND[kind]) if kind in _A_KIND else kind


def pydantic_problems(error: ValidationError, prefix: str = "") -> list[str]:
    """Return pydantic's errors as plain sentences, each starting with its place."""
    problems = []
    for item in error.errors():
        place = prefix
        for part in item["loc"]:
            place = join_place(place, part)
        kind = item["type"]
        if kind == "missing":
            message = translate("FileErrors", "required key is missing")
        elif kind == "extra_forbidden":
            message = translate("FileErrors", "unknown key")
        elif kind in _EXPECTED:
            message = fill(translate("FileErrors", "should be %1, not %2"), translate("FileErrors", _EXPECTED[kind]),
                           kind_of(item['input']))
        elif kind == "finite_number":
            message = translate("FileErrors", "should be a finite number")
        elif kind == "literal_error":
            message = fill(translate("FileErrors", "should be %1, not %2"), item['ctx']['expected'], repr(item['input']))
        elif kind in ("too_short", "too_long") and isinstance(item["loc"][-1], int):
            message = translate("FileErrors", "a point is [t, v]: exactly two numbers")
        elif kind == "too_short":
            message = translate("FileErrors", "a path needs at least one point")
        else:
            message = item["msg"]
        problems.append(f"{place or translate('FileErrors', TOP_LEVEL)}: {message}")
    return problems


def count_problems(data: dict) -> list[str]:
    """Return problems of size found by counting, before a file's every part is validated.

    Validating costs about ten microseconds a part: a 50 MB file of small scenarios or path
    points took half a minute to refuse; counting them takes milliseconds.
    """
    def items(holder: Any, key: str) -> list:
        found = holder.get(key) if isinstance(holder, dict) else None
        return found if isinstance(found, list) else []

    def path_points(holder: Any) -> int:
        path = holder.get("path") if isinstance(holder, dict) else None
        return len(path) if isinstance(path, list) else 0

    study = data.get("study")
    variables, events, scenarios = items(study, "variables"), items(study, "events"), items(data, "scenarios")
    problems = []
    for place, count, limit, sentence in (
            ("study.variables", len(variables), MAX_VARIABLES, translate("FileErrors", "%1 variables; at most %2 are allowed")),
            ("study.events", len(events), MAX_EVENTS, translate("FileErrors", "%1 events; at most %2 are allowed")),
            ("scenarios", len(scenarios), MAX_SCENARIOS, translate("FileErrors", "%1 scenarios; at most %2 are allowed")),
            ("study.events", sum(len(items(e, "effects")) for e in events), MAX_EFFECTS,
             translate("FileErrors", "%1 effects in all; at most %2 are allowed"))):
        if count > limit:
            problems.append(f"{place}: {fill(sentence, localise(f'{count:,}'), localise(f'{limit:,}'))}")
    if problems:
        return problems
    points = sum(path_points(v) for v in variables)
    for scenario in scenarios:
        overrides = scenario.get("assumptions") if isinstance(scenario, dict) else None
        if isinstance(overrides, dict):
            points += sum(path_points(o) for o in overrides.values())
    if points > MAX_TIME_POINTS:
        problems.append(translate("FileErrors", "(file)") + ": " + fill(translate("FileErrors", "%1 path points in all; at most %2 are allowed"),
                                                                        localise(f"{points:,}"), localise(f"{MAX_TIME_POINTS:,}")))
    return problems
