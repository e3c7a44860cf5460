"""Import a file into the window: read it, preview it in a dialog, then merge as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
import copy
import datetime as dt
import logging
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from models.commands.scenario import ReplaceStudyContents
from models.domain import Study, new_id
from models.engine.compiled import ModelError, compile_study
from storage.errors import InterchangeError, LibraryError
from storage.merge import merge_into
from storage.merge_plan import plan_import
from storage.model_files import read_model_file
from ui.session.compile_failure import compile_failure
from ui.sharing.import_dialog import ImportDialog
from ui.i18n.text import fill

log = logging.getLogger(__name__)


def read_or_explain(parent: QWidget | None, path: Path) -> Study | None:
    """Return the study in a file whose model compiles, or show every problem it has and return None."""
    try:
        study = read_model_file(path)
    except InterchangeError as error:
        _refuse(parent, path, str(error))
        return None
    except Exception as error:  # any file, however hostile, ends in a message, never a traceback
        log.error("reading %s failed", path, exc_info=error)
        _refuse(parent, path, fill(QCoreApplication.translate("ImportFlow", "It could not be read: %1"), _plain(error)))
        return None
    problems = model_problems(study)
    if problems:
        _refuse(parent, path, fill(QCoreApplication.translate("ImportFlow", "Its model cannot be compiled:\n%1"), "\n".join(f"• {p}" for p in problems)))
        return None
    return study


def model_problems(study: Study) -> list:
    """Return why a study's model cannot be compiled (empty when it can), so a file is judged as deep as running it."""
    try:
        compile_study(study)
    except ModelError as error:
        return list(error.problems)
    except Exception as error:  # noqa: BLE001 - the compiler's own failure is a problem of this file's model
        return [compile_failure(study, error)]
    return []


def _refuse(parent: QWidget | None, path: Path, why: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Prospectiva", fill(QCoreApplication.translate("ImportFlow", "%1 was not imported; nothing changed."), path.name),
                      parent=parent)
    box.setInformativeText(why)
    box.exec()


def _plain(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def preview(window, path: Path) -> ImportDialog | None:
    """Return the import preview of a file for the window's library, or None if the file is refused."""
    incoming = read_or_explain(window, path)
    if incoming is None:
        return None
    session = window.session
    if session is not None and session.study.id == incoming.id:
        local = session.study
    else:
        local = window.library.load_study(incoming.id) if window.library.has_study(incoming.id) else None
    dialog = ImportDialog(plan_import(local, incoming), path.name, window)
    dialog.incoming, dialog.path = incoming, path
    return dialog


def apply_import(window, dialog: ImportDialog) -> str:
    """Do what the preview's choices say; return a sentence saying what happened."""
    incoming, path = dialog.incoming, dialog.path
    origin = f"{path.name}, {dt.date.today().isoformat()}"
    decisions = dialog.decisions()
    if dialog.plan.new_study or dialog.model_choice() == "separate":
        study = copy.deepcopy(incoming)
        if not dialog.plan.new_study:
            study.id, study.title = new_id(), fill(QCoreApplication.translate("ImportFlow", "%1 (from %2)"), study.title, path.name)
        kept = {a.id for s in study.scenarios if decisions.get(s.id) != "skip" for a in study.lineage(s.id)}
        study.scenarios = [s for s in study.scenarios if s.id in kept]
        for scenario in study.scenarios:
            scenario.origin = origin
        window.library.save_study(study)
        window.reload_study_list()
        window.open_study(study.id)
        return fill(QCoreApplication.translate("ImportFlow", "Added the study “%1” from %2 (scenarios: %3)."),
                    study.title, path.name, len(study.scenarios))
    if window.session is None or window.session.study.id != incoming.id:
        window.open_study(incoming.id)
    session = window.session
    merged = copy.deepcopy(session.study)
    report = merge_into(merged, incoming, origin=origin, decisions=decisions,
                        replace_model=dialog.model_choice() == "replace", beside_label=fill(QCoreApplication.translate("ImportFlow", "from %1"), path.name))
    if report.changed:
        before = {s.id for s in session.study.scenarios}
        session.push(ReplaceStudyContents(merged, f"Import {path.name}"))
        for scenario in session.study.scenarios:
            if scenario.id not in before:
                session.set_shown(scenario.id, True)
    return " ".join(report.lines())


def run_import(window, path: Path) -> None:
    """Preview a file, and import it as the user chooses; any failure ends in a message, losing nothing saved."""
    try:
        dialog = preview(window, path)
        if dialog is not None and dialog.exec():
            window.statusBar().showMessage(apply_import(window, dialog), 15000)
    except LibraryError as error:
        QMessageBox.warning(window, "Prospectiva", fill(QCoreApplication.translate("ImportFlow", "%1 was not imported: %2"), path.name, error))
    except Exception as error:  # the one boundary of an import: whatever fails, the user hears why
        log.error("importing %s failed", path, exc_info=error)
        QMessageBox.warning(window, "Prospectiva", fill(QCoreApplication.translate("ImportFlow", "%1 was not imported: %2.\n\nNothing already in your library was lost."), path.name, _plain(error)))
