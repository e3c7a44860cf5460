"""Scenario colours: what is accepted (#RRGGBB), and what is drawn when a stored colour is not that."""

from __future__ import annotations

import re
import zlib

from models.controls import quoted
from models.domain import Study

# Matplotlib's tab10: distinct, and readable on light and dark backgrounds alike.
PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf")

_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


def is_hex_colour(text: object) -> bool:
    """Say whether `text` is a colour as `#RRGGBB` (the only form a study accepts)."""
    return isinstance(text, str) and _HEX.fullmatch(text) is not None


def drawn_colour(colour: object, key: str) -> str:
    """Return `colour` if it is `#RRGGBB`, or for anything else a palette colour chosen by `key` (the same every time)."""
    if is_hex_colour(colour):
        return str(colour)
    # crc32, not hash(): Python salts str hashes per process, and a fallback must not change between runs.
    return PALETTE[zlib.crc32(key.encode("utf-8")) % len(PALETTE)]


def colour_problems(study: Study) -> list[str]:
    """Return one message per scenario whose colour is not #RRGGBB, naming the colour drawn instead."""
    return [
        f"Scenario '{s.name}' has the colour {quoted(s.color)}, which is not #RRGGBB; "
        f"it is drawn in {drawn_colour(s.color, s.id)} until you choose a colour (Scenario ▸ Colour…)."
        for s in study.scenarios if not is_hex_colour(s.color)
    ]
