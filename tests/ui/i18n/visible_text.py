"""What a person reads in a window, and which of its words are English words the catalogue translates.

English words are the words of the catalogue's source strings that none of its Spanish translations use.
The study's own texts (the sample study is written in English) and a few names are not the interface's,
so they are set aside: the walk looks for interface text that missed the catalogue.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from typing import cast
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from models.domain import Study

WORD = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñü]{3,}")
TAG = re.compile(r"<[^>]+>")
# Names and units that read the same in both languages or are not words of the interface.
ALLOWED = {"prospectiva", "prim", "pert", "csv", "xlsx", "json", "png", "svg", "pdf", "html", "dpi", "usd", "ctrl", "shift",
           "monte", "carlo", "xmile", "stmx", "mdl", "markdown", "python", "main", "export", "list", "run", "and", "not",
           "english", "español", "pgdn", "tab", "esc"}


def catalogue_words(ts: Path) -> set[str]:
    """Return the English words of the catalogue: in a source string, in no translation."""
    sources: set[str] = set()
    spanish: set[str] = set()
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.find("source")
        translation = message.find("translation")
        sources |= words((source.text or "") if source is not None else "")
        if translation is not None:
            texts = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
            for text in texts:
                spanish |= words(text)
    return sources - spanish - ALLOWED


def study_words(study: Study) -> set[str]:
    """Return every word of a study's own texts: titles, labels, units, groups, narratives, events, foresight."""
    texts: list[str] = [study.title, study.description]
    for v in study.variables:
        texts += [v.name, v.label, v.unit, v.group, v.description, v.equation or "", v.initial or ""]
    for s in study.scenarios:
        texts += [s.name, s.narrative, s.origin or ""]
    for e in study.events:
        texts += [e.name, e.description]
    texts += [repr(study.foresight), repr(study.dates), repr(study.signposts), repr(study.actuals)]
    found: set[str] = set()
    for text in texts:
        found |= words(text.replace("_", " "))
    return found


def words(text: str) -> set[str]:
    """Return the lower-case words of a text, markup and accelerators left out."""
    plain = TAG.sub(" ", text).replace("&nbsp;", " ").replace("&", "")
    return {w.lower() for w in WORD.findall(plain)}


def visible_texts(root: QWidget) -> list[str]:
    """Return every text a person can read under `root`: captions, buttons, tabs, headers, list items, tips, menus."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(k) for k in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(k) for k in range(widget.count())] + [widget.tabToolTip(k) for k in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                model.columnCount(QModelIndex())
            except TypeError:  # a view's private model (a header's, a list widget's): its texts are read elsewhere
                continue
            for column in range(model.columnCount(QModelIndex())):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    texts.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 50)):
                for column in range(model.columnCount(QModelIndex())):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        texts.append(str(model.data(model.index(row, column), role) or ""))
    return [t for t in texts if t]


def menu_texts(menus: Iterable[QMenu]) -> list[str]:
    """Return the texts and tips of every entry of these menus and their submenus."""
    texts: list[str] = []
    for menu in menus:
        texts.append(menu.title())
        for action in menu.actions():
            texts += [action.text(), action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""]
            if action.menu() is not None:
                texts += menu_texts([cast(QMenu, action.menu())])
    return [t for t in texts if t]


def english_in(texts: Iterable[str], english: set[str]) -> list[str]:
    """Return each text that holds an English word of the catalogue, with the words."""
    found = []
    for text in texts:
        hits = sorted(words(text) & english)
        if hits:
            found.append(f"{text[:90]!r}: {', '.join(hits)}")
    return sorted(set(found))
