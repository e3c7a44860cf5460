"""Break text into lines that fit a width, only between words, so nothing on a chart is cut."""

from __future__ import annotations

import html

from PySide6.QtGui import QFont, QFontMetrics


def wrap_words(words: list[tuple[str, bool]], font: QFont, width: float) -> list[list[tuple[str, bool]]]:
    """Return (word, bold) runs grouped into lines no wider than `width`; a lone long word keeps its own line."""
    bold = QFont(font)
    bold.setBold(True)
    # Measured in bold throughout: a line that fits in bold fits in any mix of weights.
    metrics = QFontMetrics(bold)
    lines: list[list[tuple[str, bool]]] = []
    current: list[tuple[str, bool]] = []
    for word in words:
        trial = " ".join(w for w, _ in [*current, word])
        if current and metrics.horizontalAdvance(trial) > width:
            lines.append(current)
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(current)
    return lines


def title_words(label: str, unit: str) -> list[tuple[str, bool]]:
    """Return a chart title's words: the label in bold, then the unit in brackets."""
    words = [(w, True) for w in label.split()]
    if unit:
        words += [(w, False) for w in f"({unit})".split()]
    return words


def lines_html(lines: list[list[tuple[str, bool]]]) -> str:
    """Return wrapped (word, bold) lines as rich text, one <br> between lines."""
    rendered = []
    for line in lines:
        runs: list[tuple[list[str], bool]] = []
        for word, bold in line:
            if runs and runs[-1][1] == bold:
                runs[-1][0].append(word)
            else:
                runs.append(([word], bold))
        text = [html.escape(" ".join(ws)) for ws, _ in runs]
        rendered.append(" ".join(f"<b>{t}</b>" if b else t for t, (_, b) in zip(text, runs)))
    return "<br>".join(rendered)


def widest_word(text: str, font: QFont) -> int:
    """Return the width in pixels of the widest word of a text."""
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
