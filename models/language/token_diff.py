"""Where two equations differ, token by token: the changed numbers and names, with a little context."""

from __future__ import annotations

import difflib

from models.language.equations import ParseError, tokenize

CONTEXT = 3  # tokens shown either side of a change


def _tokens(text: str) -> list[str]:
    try:
        return [t.text for t in tokenize(text) if t.kind != "end"]
    except ParseError:
        return text.split()  # a broken equation still compares, word by word


def equation_changes(mine: str, theirs: str, context: int = CONTEXT) -> list[str]:
    """Return each place two equations differ as "… a * [0.4 → 0.5] * b …" (∅ where one side has nothing)."""
    a, b = _tokens(mine), _tokens(theirs)
    places = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        before = a[max(0, i1 - context):i1]
        after = a[i2:i2 + context]
        change = f"[{' '.join(a[i1:i2]) or '∅'} → {' '.join(b[j1:j2]) or '∅'}]"
        text = " ".join([*before, change, *after])
        places.append(("… " if i1 > context else "") + text + (" …" if i2 + context < len(a) else ""))
    return places
