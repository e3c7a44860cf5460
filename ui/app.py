"""Start the GUI on a library: open it, seed it on first run, show the last-used study."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from storage.errors import InterchangeError, LibraryError
from storage.repository import Library, open_library
from ui.i18n import install_language
from storage.sample_editions import ENGLISH as ENGLISH_SAMPLE
from ui.i18n.menu import language_for
from ui.main_thread_gc import collect_in_main_thread
from ui.main_window import MainWindow
from ui.recovery.log_file import attach_log, detach_log, log_path
from ui.i18n.text import fill

log = logging.getLogger(__name__)
SAMPLE_STUDY = ENGLISH_SAMPLE  # the English edition: smoke checks and tools that want one fixed file


def application() -> QApplication:
    """Return the running QApplication, creating it if there is none (tests and tools bring their own)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Prospectiva")
    app.setOrganizationName("Prospectiva")
    collect_in_main_thread(app)  # Qt objects in reference cycles must never be destroyed on a worker thread
    return app  # type: ignore[return-value]


def run_gui(library_path: Path | None, open_file: Path | None = None) -> int:
    """Show the main window on a library (default location when None) until it closes; return the exit code."""
    app = application()
    try:
        library = open_library(library_path)
    except LibraryError as error:
        QMessageBox.critical(None, "Prospectiva", fill(QCoreApplication.translate("App", "The library could not be opened.\n\n%1"), error))
        return 2
    if library.read_only is not None:
        library.close()
        # The window saves every change as it is made; the command line can still read this library.
        QMessageBox.critical(None, "Prospectiva", read_only_message(library.path, library.read_only))
        return 2
    handler = attach_log(library.path)
    try:
        language = language_for(library)
        try:
            translators = install_language(language)  # kept alive for the window's life
        except (OSError, ValueError) as error:
            QMessageBox.warning(None, "Prospectiva", fill(QCoreApplication.translate("App", "%1\n\nThe window opens in English."), error))
            translators, language = [], "en"
        notice = _seed(library, language)
        try:
            window = MainWindow(library)
        except Exception as error:  # a study cannot get here (the window opens any study); a damaged library can
            log.error("the main window could not be built", exc_info=error)
            QMessageBox.critical(None, "Prospectiva", fill(QCoreApplication.translate("App", "The window could not be opened on %1.\n\n%2\n\nThe details are in %3."), library.path, ' '.join(str(error).split()) or type(error).__name__, log_path(library.path)))
            return 1
        window.show()
        if notice:
            window.statusBar().showMessage(notice, 15000)
        if open_file is not None:
            # The same preview as File ▸ Import, once the window is up and the event loop runs.
            QTimer.singleShot(0, lambda: window.import_file(Path(open_file)))
        code = app.exec()
        del translators
        return code
    finally:
        detach_log(handler)
        library.close()


def read_only_message(path: Path, reason: str) -> str:
    """Return why the window cannot work on a read-only library, and what to do instead."""
    return fill(QCoreApplication.translate("App", "%1 is read-only (%2), and the window saves every change as it is made.\n\n"
            "Copy the library to a folder you can write and open the copy (--db PATH), or read this one "
            "from the command line: list, run and export work on it."), path, reason)


def _seed(library: Library, language: str) -> str:
    """Give an empty library the sample study in the window's language; return a message if that failed."""
    if library.list_studies():
        return ""
    # The file reader is a twentieth of start-up, and a library with studies in it never needs it.
    from storage.seed import seed_library_in_language

    try:
        seed_library_in_language(library, language)
    except (InterchangeError, LibraryError) as error:
        return fill(QCoreApplication.translate("App", "The sample study could not be added: %1"), error)
    return ""
