"""The problems that stop the model from compiling, each naming the variable and the fix."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from ui.i18n.text import counted, fill


class ProblemsPanel(QWidget):
    """List model problems, or say there are none; or say why a study could not be opened."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.retry = QPushButton(QCoreApplication.translate("ProblemsPanel", "&Open it again"), self)
        self.retry.setToolTip(QCoreApplication.translate("ProblemsPanel", "Try to open the study again, after fixing it"))
        self.retry.clicked.connect(self.retry_requested)
        self.retry.hide()
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("ProblemsPanel", "Model problems"))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.retry)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.show_problems([])

    def show_problems(self, problems: Sequence[object], warnings: Sequence[object] = ()) -> None:
        """Show these problems, then these warnings (their str is the full message)."""
        self.retry.hide()
        self._fill([*problems, *(fill(QCoreApplication.translate("ProblemsPanel", "Units: %1"), w) for w in warnings)])
        if problems:
            count = len(problems)
            self.summary.setText(
                counted(self.tr("<b>The model does not compile: %n problem(s).</b> The charts keep the last good results until it is fixed.", "", count), count)
            )
        elif warnings:
            count = len(warnings)
            self.summary.setText(counted(self.tr("The model compiles, with %n unit warning(s).", "", count), count))
        else:
            self.summary.setText(QCoreApplication.translate("ProblemsPanel", "No problems: the model compiles."))

    def show_failure(self, summary: str, lines: Sequence[object], retry: bool) -> None:
        """Say why a study could not be opened and what the user can do, offering to try again."""
        self._fill(lines)
        self.summary.setText(summary)
        self.retry.setVisible(retry)

    def messages(self) -> list[str]:
        """Return the problem messages shown."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _fill(self, problems: Sequence[object]) -> None:
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(str(problem))
            item.setToolTip(str(problem))
            self.list.addItem(item)
        self.list.setVisible(bool(problems))
