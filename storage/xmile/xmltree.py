"""Read untrusted XML into a small tree that remembers line numbers, refusing DTDs and entities.

XMILE files are parsed with the standard library's expat without namespace processing, so an
undeclared prefix (files often write `isee:` attributes without declaring it) is not an error:
a prefixed element belongs to a vendor and is marked foreign. A document type declaration is
refused outright; without one, XML has no entities beyond the five built-in ones, so neither
entity expansion ("billion laughs") nor external entities can happen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat

from models.formatting import localise
from models.i18n import fill, translate
MAX_BYTES = 20 * 1024 * 1024

XMILE_NAMESPACES = (
    "http://docs.oasis-open.org/xmile/ns/XMILE/v1.0",
    "http://www.systemdynamics.org/XMILE",  # the draft namespace older Stella and converters write
)


class XMLRefused(ValueError):
    """The bytes are not XML we will read; the message says where and why."""


@dataclass
class Element:
    """One XML element: local tag, attributes, its own text, children and where it starts."""

    tag: str
    attrs: dict[str, str]
    line: int
    foreign: bool  # a vendor's element (prefixed, or in a namespace that is not XMILE)
    text: str = ""
    children: list[Element] = field(default_factory=list)

    def all(self, tag: str) -> list[Element]:
        """Return the XMILE children with this tag."""
        return [c for c in self.children if c.tag == tag and not c.foreign]

    def first(self, tag: str) -> Element | None:
        """Return the first XMILE child with this tag, or None."""
        found = self.all(tag)
        return found[0] if found else None

    def child_text(self, tag: str) -> str | None:
        """Return the stripped text of the first XMILE child with this tag, or None."""
        child = self.first(tag)
        return None if child is None else child.text.strip()


class _Builder:
    """Expat handlers that build Elements and track the default namespace in scope."""

    def __init__(self) -> None:
        self.parser = expat.ParserCreate()
        self.parser.buffer_text = True  # fewer, longer pieces of text per element
        self.parser.StartElementHandler = self.start
        self.parser.EndElementHandler = self.end
        self.parser.CharacterDataHandler = self.data
        self.parser.StartDoctypeDeclHandler = self.refuse_doctype
        self.parser.EntityDeclHandler = self.refuse_entity
        self.stack: list[tuple[Element, str | None]] = []  # (element, default namespace in scope)
        # Each open element's pieces of text, joined once when it closes: `text += piece` copies
        # the text so far at every piece, quadratic in a long text (1 MB of newlines took 28 s).
        self.pieces: list[list[str]] = []
        self.root: Element | None = None

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        namespace = attrs.get("xmlns", self.stack[-1][1] if self.stack else None)
        prefix, _, local = tag.rpartition(":")
        foreign = bool(prefix) or (namespace is not None and namespace not in XMILE_NAMESPACES)
        element = Element(local, dict(attrs), self.parser.CurrentLineNumber, foreign)
        if self.stack:
            self.stack[-1][0].children.append(element)
        else:
            self.root = element
        self.stack.append((element, namespace))
        self.pieces.append([])

    def end(self, tag: str) -> None:
        element, _ = self.stack.pop()
        element.text = "".join(self.pieces.pop())

    def data(self, text: str) -> None:
        if self.pieces:
            self.pieces[-1].append(text)

    def refuse_doctype(self, *args) -> None:
        raise XMLRefused(fill(translate("FileErrors", "line %1: a document type declaration (<!DOCTYPE>) is not allowed in a model file"),
                              self.parser.CurrentLineNumber))

    def refuse_entity(self, *args) -> None:
        raise XMLRefused(fill(translate("FileErrors", "line %1: entity declarations are not allowed in a model file"),
                              self.parser.CurrentLineNumber))


def parse_xml(data: bytes) -> Element:
    """Return the root Element of `data`, or raise XMLRefused saying where the XML is broken."""
    if len(data) > MAX_BYTES:
        raise XMLRefused(fill(translate("FileErrors", "the file is %1 MB; at most %2 MB"), localise(f"{len(data) / 2**20:.1f}"),
                              MAX_BYTES // 2**20))
    builder = _Builder()
    try:
        builder.parser.Parse(data, True)
    except expat.ExpatError as error:
        message = fill(translate("FileErrors", "not well-formed XML at line %1, column %2: %3"), error.lineno, error.offset + 1,
                       expat.errors.messages[error.code])
        if builder.stack and error.code == expat.errors.codes[expat.errors.XML_ERROR_TAG_MISMATCH]:
            element = builder.stack[-1][0]
            message = fill(translate("FileErrors", "%1 (the <%2> opened at line %3 is not closed)"), message, element.tag, element.line)
        raise XMLRefused(message) from error
    except LookupError as error:  # expat looks up the encoding the XML declaration names
        raise XMLRefused(fill(translate("FileErrors", "the XML declaration names an unknown encoding (%1)"), error)) from error
    assert builder.root is not None  # expat refuses a document without a root element
    return builder.root
