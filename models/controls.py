"""Text from files shown safely: control characters (NUL, ESC, CR, bidi overrides) made visible."""

from __future__ import annotations

import unicodedata


def escape_controls(text: str, keep: str = "") -> str:
    """Return `text` with every control or format character written as an escape (`\\x1b`, `\\u202e`), except those in `keep`."""
    if text.isprintable() and not any(c in text for c in keep):
        return text
    return "".join(c if c in keep or not _hidden(c) else _escape(c) for c in text)


def quoted(value: object, limit: int = 40) -> str:
    """Return a value quoted for a message: control characters escaped, long text cut short."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    return "'" + escape_controls(text) + "'"


def _hidden(character: str) -> bool:
    # Cc: C0/C1 controls (NUL, ESC, CR...); Cf: format characters such as the bidi overrides that reorder a line.
    return unicodedata.category(character) in ("Cc", "Cf", "Zl", "Zp")


def _escape(character: str) -> str:
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
