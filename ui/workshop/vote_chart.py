"""The room's votes as horizontal bars: one pair per proposal, each bar labelled with its count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from models.workshop import CRITERIA, Proposal
from ui.workshop.proposal_model import CRITERION_HEADERS

# Dark blue and burnt orange: apart for colour-blind eyes and on a washed-out projector.
CRITERION_COLORS = {"plausibility": "#1d4ed8", "desirability": "#c2410c"}
BAR_HEIGHT = 16
ROW_GAP = 8
LABEL_WIDTH = 34
COUNT_WIDTH = 34


class VoteChart(QWidget):
    """Draw each proposal's counts against the highest count in the session, so bars compare at a glance."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple[int, str, dict[str, int]]] = []
        self.setAccessibleName(QCoreApplication.translate("VoteChart", "Votes chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_proposals(self, proposals: list[Proposal]) -> None:
        """Show these proposals' votes."""
        self._rows = [(p.number, p.name, dict(p.votes)) for p in proposals]
        self.setToolTip("\n".join(f"{n}. {name}" for n, name, _ in self._rows))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[int, dict[str, int]]]:
        """Return what is drawn: each proposal's number with its counts per criterion."""
        return [(number, dict(votes)) for number, _, votes in self._rows]

    def sizeHint(self) -> QSize:
        """Ask for the legend plus one row per proposal."""
        return QSize(320, self._legend_height() + max(1, len(self._rows)) * self._row_height() + 6)

    def minimumSizeHint(self) -> QSize:
        """Stay tall enough for the legend and a row."""
        return QSize(200, self._legend_height() + self._row_height())

    def _row_height(self) -> int:
        return len(CRITERIA) * BAR_HEIGHT + ROW_GAP

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 8

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the legend and the bars (or say that no votes are in yet)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        metrics = self.fontMetrics()
        if not any(votes for _, _, votes in self._rows):
            message = (QCoreApplication.translate("VoteChart", "No votes yet. Type the room's counts in the table above.") if self._rows
                       else QCoreApplication.translate("VoteChart", "No proposals yet. Capture one with F9."))
            painter.drawText(self.rect().adjusted(4, 4, -4, -4), Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, message)
            return
        x = 4
        for criterion in CRITERIA:
            painter.fillRect(QRectF(x, 4 + metrics.ascent() - 10, 12, 10), QColor(CRITERION_COLORS[criterion]))
            title = QCoreApplication.translate("ProposalTableModel", CRITERION_HEADERS[criterion])
            painter.drawText(x + 16, 4 + metrics.ascent(), title)
            x += 16 + metrics.horizontalAdvance(title) + 18
        top = self._legend_height()
        # Many proposals in a short panel: thinner bars rather than rows cut off at the bottom.
        row_height = min(self._row_height(), (self.height() - top) / len(self._rows))
        bar = max(4.0, (row_height - ROW_GAP / 2) / len(CRITERIA))
        highest = max((c for _, _, votes in self._rows for c in votes.values()), default=0) or 1
        width = max(10, self.width() - LABEL_WIDTH - COUNT_WIDTH - 8)
        for row, (number, _, votes) in enumerate(self._rows):
            y = top + row * row_height
            painter.setPen(text)
            label = QRectF(0, y, LABEL_WIDTH - 6, len(CRITERIA) * bar)
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"P{number}")
            for k, criterion in enumerate(CRITERIA):
                count = votes.get(criterion)
                bar_y = y + k * bar
                length = 0 if count is None else width * count / highest
                painter.fillRect(QRectF(LABEL_WIDTH, bar_y + 1, length, bar - 2), QColor(CRITERION_COLORS[criterion]))
                caption = "–" if count is None else str(count)
                painter.drawText(QRectF(LABEL_WIDTH + length + 4, bar_y - 2, COUNT_WIDTH, bar + 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption)
