"""Open any model file a user may have: our study files, and XMILE models from Stella or Vensim."""

from __future__ import annotations

import os
from pathlib import Path

from models.domain import Study
from storage.errors import InterchangeError, XmileError
from storage.interchange import read_study_file
from storage.xmile.reader import read_model
from storage.xmile.translate import xmile_to_study
from storage.xmile.xmltree import MAX_BYTES, XMLRefused, parse_xml

XMILE_SUFFIXES = (".xmile", ".stmx", ".itmx", ".xml")
MODEL_SUFFIXES = (".json",) + XMILE_SUFFIXES


def read_model_file(path: str | os.PathLike) -> Study:
    """Return the study in a study file (.json) or an XMILE model (.xmile, .stmx, .itmx, .xml)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in XMILE_SUFFIXES:
        return read_xmile_file(path)
    if suffix == ".json":
        return read_study_file(path)
    if suffix == ".mdl":
        raise InterchangeError(path.name, ["Vensim's own .mdl files are not read: export the model from "
                                           "Vensim as XMILE (.xmile) and open that"])
    raise InterchangeError(path.name, [f"unknown kind of file '{suffix or path.name}': "
                                       f"choose a file ending in {', '.join(MODEL_SUFFIXES)}"])


def read_xmile_file(path: str | os.PathLike) -> Study:
    """Return the study an XMILE model file describes, or raise XmileError listing every problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise XmileError(path.name, [f"the file is larger than {MAX_BYTES // 2**20} MB"])
        data = path.read_bytes()
    except OSError as error:
        raise XmileError(path.name, [f"cannot be read: {error.strerror}"]) from error
    try:
        root = parse_xml(data)
    except XMLRefused as error:
        raise XmileError(path.name, [str(error)]) from error
    return xmile_to_study(read_model(root), path.name)
