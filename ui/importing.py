"""Bring a study file into the library from the GUI, saying what happened or what is wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from storage.errors import InterchangeError, LibraryError
from storage.interchange import read_study_file
from storage.merge import ImportReport, import_study
from storage.repository import Library


def import_path(library: Library, path: Path) -> ImportReport:
    """Read a study file and merge it into the library (InterchangeError or LibraryError if refused)."""
    return import_study(library, read_study_file(path), origin=path.name)


def import_with_messages(parent: QWidget | None, library: Library, path: Path) -> ImportReport | None:
    """Import a file; on refusal show every problem and return None."""
    try:
        return import_path(library, path)
    except (InterchangeError, LibraryError) as error:
        box = QMessageBox(QMessageBox.Icon.Warning, "Prospectiva", f"{path.name} was not imported.", parent=parent)
        box.setInformativeText(str(error))
        box.exec()
        return None


def ask_for_file(parent: QWidget | None) -> Path | None:
    """Ask for a study file to import."""
    name, _ = QFileDialog.getOpenFileName(parent, "Import study file", "", "Prospectiva studies (*.json);;All files (*)")
    return Path(name) if name else None
