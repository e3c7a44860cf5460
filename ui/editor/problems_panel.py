"""The problems that stop the model from compiling, each naming the variable and the fix."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class ProblemsPanel(QWidget):
    """List model problems, or say there are none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Model problems")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.show_problems([])

    def show_problems(self, problems: Sequence[object]) -> None:
        """Show these problems (their str is the full message)."""
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(str(problem))
            item.setToolTip(str(problem))
            self.list.addItem(item)
        if problems:
            count = len(problems)
            self.summary.setText(
                f"<b>The model does not compile: {count} problem{'s' if count != 1 else ''}.</b> "
                "The charts keep the last good results until it is fixed."
            )
        else:
            self.summary.setText("No problems: the model compiles.")
        self.list.setVisible(bool(problems))

    def messages(self) -> list[str]:
        """Return the problem messages shown."""
        return [self.list.item(row).text() for row in range(self.list.count())]
