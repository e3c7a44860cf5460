"""Ask for a study file to import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_for_file(parent: QWidget | None) -> Path | None:
    """Ask for a study file to import."""
    name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Importing", "Import study file"), "",
                                          QCoreApplication.translate("Importing", "Study files and models (*.json *.xmile *.stmx *.mdl);;All files (*)"))
    return Path(name) if name else None
