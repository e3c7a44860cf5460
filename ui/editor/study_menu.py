"""File menu actions on whole studies: new (blank or a copy), settings, delete and undo of a delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from models.commands.study import blank_study, copied_study
from models.domain import Study
from ui.editor.study_settings_dialog import StudySettingsDialog
from ui.plots.chart_grid import time_marks
from ui.i18n.text import counted, fill

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow


class StudyMenu(QObject):
    """Create, set up and delete studies of the window's library; keep the window's title and axes in step."""

    def __init__(self, window: MainWindow, file_menu: QMenu):
        super().__init__(window)
        self.window = window
        # Newest last, each with its view settings; restorable while the window is open.
        self._deleted: list[tuple[Study, dict[str, Any] | None]] = []
        self.new_action = QAction(QCoreApplication.translate("StudyMenu", "&New study…"), window)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._ask_new)
        self.copy_action = QAction(QCoreApplication.translate("StudyMenu", "New c&opy of this study…"), window)
        self.copy_action.triggered.connect(lambda: self._ask_new(copy=True))
        self.settings_action = QAction(QCoreApplication.translate("StudyMenu", "Study &settings…"), window)
        self.settings_action.triggered.connect(self.edit_settings)
        self.delete_action = QAction(QCoreApplication.translate("StudyMenu", "&Delete study…"), window)
        self.delete_action.triggered.connect(self._ask_delete)
        self.restore_action = QAction(QCoreApplication.translate("StudyMenu", "Undo delete of study"), window)
        self.restore_action.triggered.connect(self.restore_deleted)
        self.restore_action.setVisible(False)
        first = file_menu.actions()[0]  # the window's File menu is built before these join it
        actions = [self.new_action, self.copy_action, self.settings_action, self.delete_action, self.restore_action]
        file_menu.insertActions(first, actions)
        file_menu.insertSeparator(first)
        file_menu.aboutToShow.connect(self._enable)
        window.undo_group.indexChanged.connect(self._follow_study)
        window.undo_group.activeStackChanged.connect(self._follow_study)

    def _enable(self) -> None:
        session = self.window.session
        for action in (self.copy_action, self.settings_action):
            action.setEnabled(session is not None)
        alone = len(self.window.library.list_studies()) <= 1
        self.delete_action.setEnabled((session is not None or self.window.unopened.shown is not None) and not alone)
        self.delete_action.setToolTip(QCoreApplication.translate("StudyMenu", "A library keeps at least one study: create another first.") if alone else "")

    # -- new -------------------------------------------------------------------------------------

    def _ask_new(self, copy: bool = False) -> None:
        session = self.window.session
        suggested = (fill(QCoreApplication.translate("StudyMenu", "%1 (copy)"), session.study.title) if copy and session
                     else QCoreApplication.translate("StudyMenu", "Untitled study"))
        title, ok = QInputDialog.getText(self.window, QCoreApplication.translate("StudyMenu", "New study"), QCoreApplication.translate("StudyMenu", "Title of the new study:"), text=suggested)
        if ok and title.strip():
            self.new_study(title.strip(), copy=copy)

    def new_study(self, title: str, copy: bool = False) -> Study:
        """Add a blank study (or a copy of the open one, with new ids) to the library and open it."""
        session = self.window.session
        study = copied_study(session.study, title) if copy and session is not None else blank_study(title)
        self.window.library.save_study(study)
        self.window.reload_study_list()
        self.window.open_study(study.id)
        return study

    # -- settings --------------------------------------------------------------------------------

    def edit_settings(self) -> None:
        """Show the settings dialog of the open study and apply what the user accepts as one undo step."""
        session = self.window.session
        if session is None:
            return
        dialog = StudySettingsDialog(session.study, self.window)
        if dialog.exec():
            command = dialog.command()
            if command is not None:
                session.push(command)

    def _follow_study(self) -> None:
        # Settings and label edits (and their undo) reach the title, the study list and the charts.
        window, session = self.window, self.window.session
        if session is None or window.unopened.shown:  # the window says the study could not be opened
            return
        title = f"{session.study.title} — Prospectiva"
        if window.windowTitle() != title:
            window.setWindowTitle(title)
            window.reload_study_list()
        for plot in window.charts.plots():
            plot.update_title()
        if window.charts.set_times(session.times, time_marks(session.study)):
            window.charts.refresh_all(window.compare_bar.series)

    # -- delete ----------------------------------------------------------------------------------

    def _ask_delete(self) -> None:
        session, unopened = self.window.session, self.window.unopened.shown
        if session is not None:
            count = len(session.study.scenarios)
            question = fill(counted(self.tr("Delete the study “%1” with its %n scenario(s)?\n\n"
                "File ▸ Undo delete brings it back while this window stays open.", "", count), count), session.study.title)
        elif unopened is not None:
            question = fill(QCoreApplication.translate("StudyMenu", "Delete the study “%1”?\n\nIt could not be read, so this cannot be undone."),
                            unopened.title)
        else:
            return
        if QMessageBox.question(self.window, QCoreApplication.translate("StudyMenu", "Delete study"), question) == QMessageBox.StandardButton.Yes:
            self.delete_open_study()

    def delete_open_study(self) -> None:
        """Delete the shown study from the library and show another; one that was read can be restored until the window closes."""
        window = self.window
        # A study that could not even be read has no session, only its id and title.
        study = window.session.study if window.session is not None else None
        shown = window.unopened.shown
        if study is not None:
            study_id, title = study.id, study.title
        elif shown is not None:
            study_id, title = shown.study_id, shown.title
        else:
            return
        others = [s.id for s in window.library.list_studies() if s.id != study_id]
        if not others:
            return
        # Open the other study first: closing this session saves it, which must happen before the delete.
        if not window.open_study(others[0]):
            return  # its changes could not be saved and the user chose to keep it open
        settings = window.library.view_settings(study_id) if study is not None else None  # an undo brings them back
        window.library.delete_study(study_id)
        window.unopened.failures.pop(study_id, None)
        window.reload_study_list()
        if study is not None:
            self._deleted.append((study, settings))
            self._show_restore()
            window.statusBar().showMessage(fill(QCoreApplication.translate("StudyMenu", "Deleted “%1”. File ▸ Undo delete brings it back."), title), 8000)
        else:
            window.statusBar().showMessage(fill(QCoreApplication.translate("StudyMenu", "Deleted “%1”."), title), 8000)

    def restore_deleted(self) -> None:
        """Put the last deleted study back in the library and open it."""
        if not self._deleted:
            return
        study, settings = self._deleted.pop()
        self.window.library.save_study(study)
        if settings is not None:
            self.window.library.save_view_settings(study.id, settings)
        self.window.reload_study_list()
        self.window.open_study(study.id)
        self._show_restore()

    def _show_restore(self) -> None:
        self.restore_action.setVisible(bool(self._deleted))
        if self._deleted:
            self.restore_action.setText(fill(QCoreApplication.translate("StudyMenu", "&Undo delete of “%1”"), self._deleted[-1][0].title))


def install_study_menu(window: MainWindow) -> StudyMenu:
    """Put the study actions at the top of the window's File menu."""
    return StudyMenu(window, window.file_menu)
