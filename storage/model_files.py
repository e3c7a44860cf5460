"""Open any model file a user may have: our study files, and XMILE models from Stella or Vensim."""

from __future__ import annotations

import os
from pathlib import Path

from models.domain import Study
from models.i18n import fill, translate
from storage.errors import InterchangeError, MdlError, XmileError
from storage.interchange import read_study_file
from storage.mdl.reader import read_mdl
from storage.mdl.records import MAX_BYTES as MDL_MAX_BYTES
from storage.xmile.reader import read_model
from storage.xmile.translate import xmile_to_study
from storage.xmile.xmltree import MAX_BYTES, XMLRefused, parse_xml

XMILE_SUFFIXES = (".xmile", ".stmx", ".itmx", ".xml")
MDL_SUFFIXES = (".mdl",)
MODEL_SUFFIXES = (".json",) + XMILE_SUFFIXES + MDL_SUFFIXES


def read_model_file(path: str | os.PathLike) -> Study:
    """Return the study in a study file (.json), an XMILE model (.xmile, .stmx, .itmx, .xml) or a Vensim model (.mdl)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in XMILE_SUFFIXES:
        return read_xmile_file(path)
    if suffix == ".json":
        return read_study_file(path)
    if suffix in MDL_SUFFIXES:
        return read_mdl_file(path)
    raise InterchangeError(path.name, [fill(translate("FileErrors", "unknown kind of file '%1': choose a file ending in %2"),
                                            suffix or path.name, ', '.join(MODEL_SUFFIXES))])


def read_xmile_file(path: str | os.PathLike) -> Study:
    """Return the study an XMILE model file describes, or raise XmileError listing every problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise XmileError(path.name, [fill(translate("FileErrors", "the file is larger than %1 MB"), MAX_BYTES // 2**20)])
        data = path.read_bytes()
    except OSError as error:
        raise XmileError(path.name, [fill(translate("FileErrors", "cannot be read: %1"), error.strerror)]) from error
    try:
        root = parse_xml(data)
    except XMLRefused as error:
        raise XmileError(path.name, [str(error)]) from error
    return xmile_to_study(read_model(root), path.name)


def read_mdl_file(path: str | os.PathLike) -> Study:
    """Return the study a Vensim .mdl model describes, or raise MdlError listing every problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MDL_MAX_BYTES:
            raise MdlError(path.name, [fill(translate("FileErrors", "the file is larger than %1 MB"), MDL_MAX_BYTES // 2**20)])
        data = path.read_bytes()
    except OSError as error:
        raise MdlError(path.name, [fill(translate("FileErrors", "cannot be read: %1"), error.strerror)]) from error
    # Vensim writes UTF-8 when the file starts {UTF-8}; older files are in the system's code page.
    text = data.decode("utf-8") if data.lstrip(b"\xef\xbb\xbf").startswith(b"{UTF-8}") else data.decode("latin-1")
    try:
        return xmile_to_study(read_mdl(text), path.name)
    except XmileError as error:
        raise MdlError(path.name, error.problems) from error
