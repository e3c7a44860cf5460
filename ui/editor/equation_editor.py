"""A one-equation text editor: highlighting, completion of names and functions, problems underlined."""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtCore import QCoreApplication, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeyEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QPlainTextEdit, QSizePolicy, QWidget

from models.language.equations import BUILTIN_NAMES, FUNCTIONS, KEYWORDS

_WORD = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_NUMBER = re.compile(r"(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_COMPLETE_ROLE = Qt.ItemDataRole.UserRole  # the text inserted; the display text adds the label or signature


def _format(color: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


class EquationHighlighter(QSyntaxHighlighter):
    """Colour functions, variables, unknown names and numbers; underline problems in red waves."""

    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self.known: set[str] = set()
        self.problems: list[tuple[int, int]] = []  # (start, length) in the whole text
        self._function = _format("#7b3fa0", bold=True)
        self._variable = _format("#1f5fa8")
        self._builtin = _format("#1f7a4d")
        self._unknown = _format("#b3261e")
        self._number = _format("#9a5b00")
        self._problem = QTextCharFormat()
        self._problem.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._problem.setUnderlineColor(QColor("#d0021b"))

    def highlightBlock(self, text: str) -> None:
        """Colour one line of the equation."""
        offset = self.currentBlock().position()
        for match in _NUMBER.finditer(text):
            if match.start() == 0 or not (text[match.start() - 1].isalnum() or text[match.start() - 1] == "_"):
                self.setFormat(match.start(), match.end() - match.start(), self._number)
        for match in _WORD.finditer(text):
            word = match.group()
            if word in FUNCTIONS or word in KEYWORDS:
                fmt = self._function
            elif word in BUILTIN_NAMES:
                fmt = self._builtin
            elif word in self.known:
                fmt = self._variable
            else:
                fmt = self._unknown
            self.setFormat(match.start(), len(word), fmt)
        for start, length in self.problems:
            start -= offset
            end = min(start + length, len(text))
            for position in range(max(start, 0), end):
                # Keep each character's colour and add the wave under it.
                fmt = QTextCharFormat(self.format(position))
                fmt.merge(self._problem)
                self.setFormat(position, 1, fmt)


# An equation box shows at least three lines and grows to twelve before it scrolls.
MIN_LINES = 3
MAX_LINES = 12


class EquationEdit(QPlainTextEdit):
    """Edit one equation; say when the text was edited; complete names as they are typed."""

    text_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        # Undo belongs to the window's stack, where every edit of the study lives.
        self.setUndoRedoEnabled(False)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # The height follows the width (height-for-width), so a layout learns the box's height at the width
        # it is about to give it, in the same pass. A fixed height set after each resize was one pass late:
        # the rows under the box were placed for the old height and drawn over its last lines.
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.highlighter = EquationHighlighter(self.document())
        self._entries = QStringListModel(self)
        self.completer = QCompleter(self)
        self.completer.setModel(self._entries)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(self)
        self.completer.activated.connect(self._insert_completion)
        self._inserts: dict[str, str] = {}
        self._names: dict[str, str] = {}
        self._quiet = False
        self._last_text = ""
        self.textChanged.connect(self._changed)
        self.textChanged.connect(self._lines_changed)

    def _height_for(self, lines: int) -> int:
        return self.fontMetrics().lineSpacing() * lines + 14

    def wrapped_lines(self, width: int | None = None) -> int:
        """Return how many lines the equation takes in a box `width` pixels wide (default: the box's own)."""
        box = self.width() if width is None else width
        text_width = box - 2 * self.frameWidth() - 2 * self.document().documentMargin()
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        lines = 0
        for text in self.toPlainText().split("\n"):
            layout = QTextLayout(text, self.font())
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(max(1.0, text_width))
                lines += 1
            layout.endLayout()
        return lines

    def _lines_changed(self) -> None:
        self._scroll_only_past_the_last_line()
        self.updateGeometry()  # a new text may take another number of lines

    def _scroll_only_past_the_last_line(self) -> None:
        # A scroll bar shown while the box was still short narrows the text, which then wraps onto more
        # lines than the box is given, so the bar stays: it is offered only when twelve lines are not enough.
        needed = self.wrapped_lines() > MAX_LINES
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if needed else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        if self.verticalScrollBarPolicy() != policy:
            self.setVerticalScrollBarPolicy(policy)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Offer the scroll bar only when the equation needs more than twelve lines at the new width."""
        super().resizeEvent(event)
        self._scroll_only_past_the_last_line()

    def hasHeightForWidth(self) -> bool:
        """The box grows with the equation, so a long one is read whole rather than three lines at a time."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height that shows the equation at `width`: three lines at least, twelve at most."""
        return self._height_for(min(MAX_LINES, max(MIN_LINES, self.wrapped_lines(width))))

    def sizeHint(self) -> QSize:
        """Return the usual width and the height the equation needs at the box's width."""
        return QSize(super().sizeHint().width(), self.heightForWidth(max(self.width(), 1)))

    def minimumSizeHint(self) -> QSize:
        """Return the usual least width and three lines."""
        return QSize(super().minimumSizeHint().width(), self._height_for(MIN_LINES))

    def set_names(self, names: dict[str, str]) -> None:
        """Offer these variables (name -> label) and the built-in functions for completion."""
        if names == self._names:
            return
        self._names = dict(names)
        self.highlighter.known = set(names)
        entries: dict[str, str] = {}
        for name, label in names.items():
            entries[f"{name} — {label}" if label and label != name else name] = name
        for name, (_low, _high, signature) in FUNCTIONS.items():
            entries[signature] = name + "("
        for name in sorted(BUILTIN_NAMES):
            meaning = QCoreApplication.translate("EquationEdit", "time") if name == "t" else QCoreApplication.translate("EquationEdit", "time step")
            entries[f"{name} — {meaning}"] = name
        self._inserts = entries
        self._entries.setStringList(list(entries))
        self.highlighter.rehighlight()

    def set_equation(self, text: str) -> None:
        """Show this text without reporting it as an edit (keeps the cursor where it can)."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self._quiet = True
        try:
            self.setPlainText(text)
            self._last_text = text
        finally:
            self._quiet = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def set_problems(self, spans: list[tuple[int, int]]) -> None:
        """Underline these (start, length) spans of the text."""
        if spans != self.highlighter.problems:
            self.highlighter.problems = spans
            self.highlighter.rehighlight()

    def _changed(self) -> None:
        # Re-highlighting also reports a change: only new text is an edit.
        text = self.toPlainText()
        if not self._quiet and text != self._last_text:
            self._last_text = text
            self.text_edited.emit(text)
            self._offer_completion()

    def _word_before_cursor(self) -> str:
        text = self.toPlainText()[: self.textCursor().position()]
        match = re.search(r"[A-Za-z_][A-Za-z_0-9]*$", text)
        return match.group() if match else ""

    def _popup(self) -> QAbstractItemView:
        # A completer makes its list view when first asked, so there always is one.
        return cast(QAbstractItemView, self.completer.popup())

    def _offer_completion(self) -> None:
        if not self.hasFocus():
            return
        word = self._word_before_cursor()
        if len(word) < 2:
            self._popup().hide()
            return
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount() == 0:
            self._popup().hide()
            return
        rect = self.cursorRect()
        rect.setWidth(self._popup().sizeHintForColumn(0) + 24)
        self.completer.complete(rect)

    def _insert_completion(self, shown: str) -> None:
        insert = self._inserts.get(shown, shown)
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(self._word_before_cursor()))
        cursor.insertText(insert)
        self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Let the completion list take Enter, Tab and Escape while it is open; Enter never adds a line."""
        popup = self._popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape):
            event.ignore()
            return
        if event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return):
            self.focusNextChild()
            return
        super().keyPressEvent(event)
