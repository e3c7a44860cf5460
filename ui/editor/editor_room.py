"""Room for the model editor dock beside the charts, whatever the window's width, without growing the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QSplitter, QWidget

if TYPE_CHECKING:  # the window's type only: it imports this module
    from ui.main_window import MainWindow

# Below this a 380-character equation breaks into a dozen lines of thirty characters and scrolls.
NARROWEST = 520
WIDEST = 760
HANDLES = 12  # the dock's separator and the central splitter's margins


def editor_width(window_width: int) -> int:
    """Return the width the editor dock asks for in a window: two fifths of it, within 520 and 760 pixels."""
    return max(NARROWEST, min(WIDEST, round(window_width * 0.4)))


class EditorRoom(QObject):
    """Size the editor dock when it opens; on a narrow window it takes the place of the window's left column.

    At 1024 px the left column (study, scenarios, assumptions) and the charts' own minimum left the
    editor 354 px: a long equation ran to fourteen lines of thirty characters. While the editor is open
    on such a window the column steps aside (the charts keep their readable width and scroll as they do
    anyway), and it comes back when the editor closes or the window grows wide enough for both.
    """

    def __init__(self, window: MainWindow, dock: QDockWidget):
        super().__init__(window)
        self._window = window
        self._dock = dock
        self._column_hidden = False
        dock.visibilityChanged.connect(self._dock_shown_or_hidden)
        dock.topLevelChanged.connect(lambda _floating: self._dock_shown_or_hidden(dock.isVisible()))
        window.installEventFilter(self)

    @property
    def column_hidden(self) -> bool:
        """Whether the left column is out of the way for the editor."""
        return self._column_hidden

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-share the width when the window is resized with the editor open."""
        if watched is self._window and event.type() == QEvent.Type.Resize and self._docked():
            self._share(resize_dock=self._column_hidden or not self._fits(with_column=True))
        return False

    def _dock_shown_or_hidden(self, shown: bool) -> None:
        if shown and self._docked():
            self._share(resize_dock=True)
        else:
            self._set_column_hidden(False)

    def _docked(self) -> bool:
        return self._dock.isVisible() and not self._dock.isFloating()

    def _column(self) -> QWidget | None:
        central = self._window.centralWidget()
        return central.widget(0) if isinstance(central, QSplitter) and central.count() > 1 else None

    def _central_minimum(self, with_column: bool) -> int:
        central = self._window.centralWidget()
        if central is None:
            return 0
        if not isinstance(central, QSplitter):
            return central.minimumSizeHint().width()
        margins = central.contentsMargins()
        panes = [central.widget(k) for k in range(central.count()) if with_column or k > 0]
        widths = [pane.minimumSizeHint().width() for pane in panes if pane is not None]
        handles = central.handleWidth() * (len(widths) - 1)
        return sum(widths) + handles + margins.left() + margins.right()

    def _fits(self, with_column: bool) -> bool:
        room = self._window.width() - self._central_minimum(with_column) - HANDLES
        return room >= editor_width(self._window.width())

    def _share(self, resize_dock: bool) -> None:
        # The column steps aside only when the editor would otherwise be squeezed below its width.
        hide = not self._fits(with_column=True)
        changed = hide != self._column_hidden
        self._set_column_hidden(hide)
        if not resize_dock:
            return
        if changed:  # the splitter takes in its new minimum on its next event: size the dock after it
            QTimer.singleShot(0, self._size_dock)
        else:
            self._size_dock()

    def _size_dock(self) -> None:
        if not self._docked():
            return
        hide = self._column_hidden
        window = self._window
        room = window.width() - self._central_minimum(with_column=not hide) - HANDLES
        width = max(min(editor_width(window.width()), room), self._dock.minimumSizeHint().width())
        window.resizeDocks([self._dock], [width], Qt.Orientation.Horizontal)

    def _set_column_hidden(self, hidden: bool) -> None:
        column = self._column()
        if column is None or hidden == self._column_hidden:
            return
        self._column_hidden = hidden
        column.setVisible(not hidden)
        if hidden:
            self._window.statusBar().showMessage(QCoreApplication.translate(
                "EditorRoom", "The scenarios and assumptions come back when the model editor closes."), 8000)
