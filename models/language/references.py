"""Where a study refers to a variable by name, and how to rename those references exactly."""

from __future__ import annotations

from models.domain import Study, Variable
from models.language.equations import ParseError, names_in, parse, tokenize

EQUATION_FIELDS = ("equation", "initial")


def names_used(text: str) -> set[str]:
    """Return the variable names an equation refers to (none when it does not parse)."""
    if not text.strip():
        return set()
    try:
        return {node.id for node in names_in(parse(text))}
    except ParseError:
        return set()


def uses(variable: Variable, study: Study) -> list[str]:
    """Return the study's variables this one's equations refer to, in study order."""
    used = names_used(variable.equation) | names_used(variable.initial)
    return [v.name for v in study.variables if v.name in used and v.name != variable.name]


def used_by(name: str, study: Study) -> list[str]:
    """Return the variables whose equations refer to `name`, in study order."""
    return [
        v.name for v in study.variables
        if v.name != name and name in names_used(v.equation) | names_used(v.initial)
    ]


def references(name: str, study: Study) -> list[str]:
    """Return, for people, everything that refers to `name`: equations, event effects, scenario values."""
    found = [f"the equation of {study.variable(user).title}" for user in used_by(name, study)]
    found += [f"an effect of the event '{e.name}'" for e in study.events if any(x.variable == name for x in e.effects)]
    found += [f"the value in scenario '{s.name}'" for s in study.scenarios if name in s.overrides]
    return found


def rename_in_equation(text: str, old: str, new: str) -> str:
    """Return `text` with every reference to the variable `old` renamed to `new`.

    Positions come from the parsed tree, so a function or a longer name containing `old` is
    untouched. Text that does not parse (the user is mid-edit) is renamed token by token, where a
    name not followed by '(' is a variable; text that does not even tokenise is left as it is.
    """
    if old not in text:
        return text
    try:
        positions = [node.pos for node in names_in(parse(text)) if node.id == old]
    except ParseError:
        try:
            tokens = tokenize(text)
        except ParseError:
            return text
        positions = [
            token.pos for token, after in zip(tokens, tokens[1:])
            if token.kind == "name" and token.text == old and after.text != "("
        ]
    for pos in sorted(positions, reverse=True):
        text = text[:pos] + new + text[pos + len(old):]
    return text
