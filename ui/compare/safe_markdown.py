"""Markdown from a study file (descriptions, narratives) as HTML a brief can carry safely.

Narratives arrive in files from other people. Qt's Markdown reader keeps any link target,
`javascript:` and `data:` included, and carries it into HTML hrefs and PDF link actions; it
also loads images from local paths into a PDF. So raw HTML in the text is read as text, only
http, https and mailto links stay links (any other is shown as its plain text), and an image
is shown as its description.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import re

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from ui.i18n.text import fill

# No whitespace or control characters in the target: browsers drop some of them, and "java\tscript:" runs.
_SAFE_LINK = re.compile(r"(?i)(https?://|mailto:)[^\s\x00-\x1f\x7f]*")
_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


def is_safe_link(href: str) -> bool:
    """Say whether a link may stay a link in a brief: http, https or mailto, nothing hidden in it."""
    return _SAFE_LINK.fullmatch(href) is not None


def markdown_html(text: str) -> str:
    """Return Markdown text as HTML body content: text escaped, unsafe links as plain text, images as their description."""
    if not text.strip():
        return ""
    document = QTextDocument()
    document.setMarkdown(text, _FEATURES)
    _defuse(document)
    rendered = document.toHtml()
    return rendered[rendered.index(">", rendered.index("<body")) + 1:rendered.rindex("</body>")]


def _defuse(document: QTextDocument) -> None:
    """Turn unsafe links into plain text and images into text, in place."""
    links: list[tuple[int, int, QTextCharFormat]] = []
    images: list[tuple[int, str]] = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            style = fragment.charFormat()
            if style.isImageFormat():
                image = style.toImageFormat()
                alt = image.property(QTextCharFormat.Property.ImageAltText)
                images.append((fragment.position(), "[" + fill(QCoreApplication.translate("SafeMarkdown", "image: %1"), alt or image.name()) + "]"))
            elif style.isAnchor() and not is_safe_link(style.anchorHref()):
                links.append((fragment.position(), fragment.length(), style))
            fragments += 1
        block = block.next()
    cursor = QTextCursor(document)
    for position, length, style in links:
        plain = QTextCharFormat(style)
        plain.setAnchor(False)
        plain.setAnchorHref("")
        plain.clearForeground()
        plain.setFontUnderline(False)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(plain)
    # From the end, so the positions found before stay right as each image becomes longer text.
    for position, description in reversed(images):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(description, QTextCharFormat())
