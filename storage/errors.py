"""The errors storage raises: each says what is wrong and what the user can do about it."""

from __future__ import annotations

from models.i18n import QT_TRANSLATE_NOOP, fill, translate


def line_place(number: int) -> str:
    """Return a place in a model file, "line 12", in the reader's language."""
    return fill(translate("FileErrors", "line %1"), number)


class LibraryError(Exception):
    """The library database cannot be opened, read or written."""


class StudyNotFound(LibraryError, KeyError):
    """No study with the requested id is in the library."""

    def __str__(self) -> str:
        # KeyError would show the message in quotes, as a repr.
        return str(self.args[0])


class InterchangeError(ValueError):
    """A study file was refused; `problems` lists every reason, each naming its place."""

    opened_as = QT_TRANSLATE_NOOP("FileErrors", "a Prospectiva study")  # said in the reader's language when shown

    def __init__(self, source: str, problems: list[str]):
        self.source = source
        self.problems = list(problems)
        super().__init__(self.__str__())

    def __str__(self) -> str:
        lines = [fill(translate("FileErrors", "%1 cannot be opened as %2:"), self.source, translate("FileErrors", self.opened_as))]
        lines += [f"  - {problem}" for problem in self.problems]
        return "\n".join(lines)


class XmileError(InterchangeError):
    """An XMILE model was refused: what it uses that Prospectiva cannot run, or where it is broken."""

    opened_as = QT_TRANSLATE_NOOP("FileErrors", "a model (XMILE)")


class MdlError(InterchangeError):
    """A Vensim .mdl model was refused: what it uses that Prospectiva cannot run, or where it is broken."""

    opened_as = QT_TRANSLATE_NOOP("FileErrors", "a model (Vensim .mdl)")
