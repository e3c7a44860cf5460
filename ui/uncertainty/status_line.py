"""The uncertainty bar's status line, whose size only grows while it is held.

During a drag with bands on, the status flips between a short "updating" and a long summary with
every result. A word-wrapped label asks for a width and height that follow its text, so each flip
re-wrapped the bar onto one line or two and resized and redrew every chart below it: most of what
bands added to a drag step. Held, the line asks for the largest size any of its texts needed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget


class StatusLine(QLabel):
    """A word-wrapped label whose size hint never shrinks while `held`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)  # a long status takes two lines, not a wider window
        self._held = False
        self._largest = QSize(0, 0)

    def hold(self, held: bool) -> None:
        """Keep (True) or give back (False) the largest size the texts needed."""
        if held != self._held:
            self._held = held
            self._largest = QSize(0, 0)
            self.setMinimumHeight(0)
            self.updateGeometry()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show the text; while held, the line keeps the height the tallest text needed at its width."""
        super().setText(text)
        if self._held and self.width() > 0:
            needed = self.heightForWidth(self.width())
            if needed > self.minimumHeight():
                self.setMinimumHeight(needed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Return the text's size, or while held the largest size any text asked for."""
        hint = super().sizeHint()
        if not self._held:
            return hint
        self._largest = self._largest.expandedTo(hint)
        return QSize(self._largest)
