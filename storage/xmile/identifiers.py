"""What an XMILE name becomes in Prospectiva: an identifier of ASCII letters, digits and _, not reserved."""

from __future__ import annotations

import re
import unicodedata

from models.language.equations import RESERVED
from storage.xmile.equations import canonical


def identifier(name: str, taken: set[str]) -> str:
    """Return a new identifier for an XMILE name (ASCII letters, digits and _, not reserved) and take it."""
    text = unicodedata.normalize("NFKD", canonical(name)).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "v"
    if text[0].isdigit():
        text = "v_" + text
    if text in RESERVED:
        text += "_"
    base, count = text, 2
    while text in taken:
        text, count = f"{base}_{count}", count + 1
    taken.add(text)
    return text
