"""A study that could not be opened: marked in the study list, its reason and the way out shown, never fatal."""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject
from ui.i18n.text import QT_TRANSLATE_NOOP, fill

log = logging.getLogger(__name__)


READING, OPENING, DRAWING = (QT_TRANSLATE_NOOP("OpeningFailure", "reading it from the library"),
                             QT_TRANSLATE_NOOP("OpeningFailure", "preparing it"), QT_TRANSLATE_NOOP("OpeningFailure", "drawing it"))


@dataclass(frozen=True)
class OpeningFailure:
    """Why one study could not be opened, and whether it was read (so it can still be exported and edited)."""

    study_id: str
    title: str
    stage: str
    reason: str
    readable: bool

    def label(self) -> str:
        """Return the study's entry in the study list."""
        return fill(QCoreApplication.translate("OpeningFailure", "⚠ %1 (could not be opened)"), self.title)

    def summary(self) -> str:
        """Return the rich-text heading of the Problems dock."""
        return fill(QCoreApplication.translate("OpeningFailure", "<b>“%1” could not be opened</b> (while %2)."), html.escape(self.title), QCoreApplication.translate("OpeningFailure", self.stage))

    def lines(self) -> list[str]:
        """Return what went wrong and what the user can do, one line each."""
        lines = [fill(QCoreApplication.translate("OpeningFailure", "What went wrong: %1"), self.reason)]
        if self.readable:
            lines += [
                QCoreApplication.translate("OpeningFailure", "Keep a copy: File ▸ Export ▸ Study file (all scenarios)…"),
                QCoreApplication.translate("OpeningFailure", "Fix it in Model ▸ Model editor (Ctrl+E), then press “Open it again”."),
                QCoreApplication.translate("OpeningFailure", "Or remove it: File ▸ Delete study…"),
            ]
        elif self.stage == READING:
            lines += [
                QCoreApplication.translate("OpeningFailure", "It could not be read from the library, so it cannot be exported or edited."),
                QCoreApplication.translate("OpeningFailure", "Remove it with File ▸ Delete study…, or choose another study in the Study list."),
            ]
        else:  # read, but not made ready for the window: the command line can still export it
            lines += [
                fill(QCoreApplication.translate("OpeningFailure", "Keep a copy from the command line: python main.py export %1 --out FILE.json"), self.study_id),
                QCoreApplication.translate("OpeningFailure", "Remove it with File ▸ Delete study…, or choose another study in the Study list."),
            ]
        return lines

    def notice(self) -> str:
        """Return the line shown above the (empty) charts."""
        return fill(QCoreApplication.translate("OpeningFailure", "⚠ “%1” could not be opened: %2. See Problems below for what you can do."), self.title, self.reason)


class UnopenedStudies(QObject):
    """Remember which studies failed to open in this window and show the one that is chosen."""

    def __init__(self, window: Any):
        super().__init__(window)
        self._window = window
        self.failures: dict[str, OpeningFailure] = {}
        self.shown: OpeningFailure | None = None
        window.problems.retry_requested.connect(self._retry)

    def failed(self, study_id: str, stage: str, error: BaseException) -> OpeningFailure:
        """Record and log a failure to open a study, and leave the window showing it with the way out."""
        window = self._window
        log.error("opening study %s failed while %s", study_id, stage, exc_info=error)
        session = window.session
        failure = OpeningFailure(study_id, self._title(study_id, session), stage, _reason(error), session is not None)
        self.failures[study_id] = failure
        self.shown = failure
        for pane in self._panes():
            pane.setEnabled(False)
        try:  # the charts may be what failed: empty them, and if even that fails the notice still says why
            window.charts.reset(session.times if session is not None else np.zeros(2))
            window.charts.set_scenarios([])
            window.charts.empty.hide()  # "no indicator is chosen" would mislead: the notice says why
        except Exception:  # already reporting the first failure; this one only goes to the log
            log.exception("emptying the charts after a failed opening failed too")
        if session is not None:
            try:  # the study was read: it can still be fixed in the model editor
                window.model_editor.bind(session)
            except Exception:  # as above
                log.exception("binding the model editor after a failed opening failed too")
        window.model_status.show_failure(failure.summary(), failure.lines(), failure.notice(), session)
        window.setWindowTitle(fill(QCoreApplication.translate("UnopenedStudies", "%1 (could not be opened) — Prospectiva"), failure.title))
        window.reload_study_list()
        return failure

    def opened(self, study_id: str) -> bool:
        """Note that a study opened, so its mark goes; return whether it had one."""
        self.clear()
        return self.failures.pop(study_id, None) is not None

    def clear(self) -> None:
        """Stop showing a failure (another study is being opened)."""
        self.shown = None
        for pane in self._panes():
            pane.setEnabled(True)

    def label(self, study_id: str, title: str) -> str:
        """Return a study's entry in the study list, marked if it could not be opened."""
        failure = self.failures.get(study_id)
        return failure.label() if failure is not None else title

    def _panes(self) -> list:
        window = self._window
        return [window.scenarios, window.assumptions, window.compare_bar, window.uncertainty_bar, window.table,
                window.indicators_button]

    def _title(self, study_id: str, session: Any) -> str:
        if session is not None:
            return session.study.title
        try:
            return next(s.title for s in self._window.library.list_studies() if s.id == study_id)
        except Exception:  # noqa: BLE001 - the title only decorates the message; the id still names the study
            return study_id

    def _retry(self) -> None:
        if self.shown is not None:
            self._window.open_study(self.shown.study_id)


def _reason(error: BaseException) -> str:
    """Return an error as one sentence for people (its type when it has no message)."""
    text = " ".join(str(error).split())
    return text if text else type(error).__name__
