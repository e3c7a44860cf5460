"""The morphological box: the consistency matrix (disagreement shown per cell) and the consistent combinations.

Picking a combination makes it a scenario, a child of the selected one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.foresight.box import Enumeration, combination_count, enumerate_consistent
from models.foresight.commands import ScenarioFromCombination, SetJudgement
from models.formatting import format_number
from ui.foresight.descriptors_editor import DescriptorsEditor
from ui.foresight.enumeration_worker import EnumerationWorker
from ui.session.study_session import StudySession
from ui.i18n.text import fill, people_number

LARGE = 1_000_000  # combinations from which listing runs on a worker thread, with progress and a stop
_RED, _GREEN, _GREY = QColor(215, 48, 39), QColor(26, 152, 80), QColor("#eeeeee")


def score_text(value: float) -> str:
    """Return a consistency score with its sign, as people write it: +2, −1, +0.5, 0."""
    if value == 0:
        return "0"
    text = f"{abs(value):.1f}".rstrip("0").rstrip(".")
    return ("+" if value > 0 else "−") + text


def _tint(value: float) -> QColor:
    base = _GREEN if value > 0 else _RED
    share = min(1.0, abs(value) / 3) * 0.55
    return QColor(round(255 * (1 - share) + base.red() * share), round(255 * (1 - share) + base.green() * share),
                  round(255 * (1 - share) + base.blue() * share))


class BoxView(QWidget):
    """Edit the box's pairwise consistency and list its consistent combinations, best first."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.session: StudySession | None = None
        self.result: Enumeration | None = None
        self.worker: EnumerationWorker | None = None  # the listing running on its thread, if any
        self.large = LARGE  # boxes with more combinations than this are listed on the worker thread
        self._listed_partial = False
        self.rebuilds = 0  # how many times the consistency matrix was filled from scratch
        self._shown: list[tuple[int, str, str]] = []  # the variants the matrix was filled with, in order
        self._edited: frozenset[str] | None = None  # the pair a cell edit is changing: only its cells are redone
        # What a closing window stops: held in a cell the slot below reads, so it never touches the dying view.
        running: list[EnumerationWorker | None] = [None]
        self._running = running
        self.destroyed.connect(lambda *_: running[0].stop() if running[0] is not None else None)
        self.assessor = QLineEdit(self)
        self.assessor.setPlaceholderText(QCoreApplication.translate("BoxView", "your name (scores are kept per assessor)"))
        self.descriptors = DescriptorsEditor(self)
        self.matrix = QTableWidget(self)
        self.matrix.setWordWrap(False)
        self.matrix.itemChanged.connect(self._cell_changed)
        self.floor = QSpinBox(self)
        self.floor.setRange(-3, 3)
        self.floor.setValue(0)
        self.floor.setPrefix(QCoreApplication.translate("BoxView", "no pair below "))
        self.floor.valueChanged.connect(lambda _: self.enumerate())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.descriptors.problem.connect(self.status.setText)
        self.combinations = QTableWidget(self)
        self.combinations.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.combinations.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.combinations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combinations.verticalHeader().hide()
        self.combinations.doubleClicked.connect(lambda _: self.make_scenario())
        self.make_button = QPushButton(QCoreApplication.translate("BoxView", "Make a &scenario of it"), self)
        self.make_button.clicked.connect(self.make_scenario)
        self.cancel_button = QPushButton(QCoreApplication.translate("BoxView", "Stop"), self)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._stop)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        who = QHBoxLayout()
        who.addWidget(QLabel(QCoreApplication.translate("BoxView", "Consistency (−3 exclude … +3 reinforce), scored by:"), left))
        who.addWidget(self.assessor, 1)
        left_layout.addLayout(who)
        inner = QSplitter(Qt.Orientation.Vertical, left)
        inner.addWidget(self.descriptors)
        inner.addWidget(self.matrix)
        inner.setSizes([230, 470])
        left_layout.addWidget(inner, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(QCoreApplication.translate("BoxView", "Consistent combinations:"), right))
        head.addWidget(self.floor)
        head.addWidget(self.cancel_button)
        head.addStretch(1)
        right_layout.addLayout(head)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.combinations, 1)
        right_layout.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([700, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def bind(self, session: StudySession) -> None:
        """Show a study's box."""
        self.session = session
        self.descriptors.bind(session)
        self.refresh()

    def _variants(self) -> list[tuple[int, str, str]]:
        """Return (descriptor index, variant id, label) of every variant in box order."""
        assert self.session is not None  # reached only once a study is bound
        box = self.session.study.foresight.morphology
        return [(k, v.id, f"{d.name}: {v.name}") for k, d in enumerate(box.descriptors) for v in d.variants]

    def refresh(self) -> None:
        """Fill the consistency matrix and list the combinations again."""
        if self.session is None:
            return
        box = self.session.study.foresight.morphology
        variants = self._variants()
        if self._edited is not None and variants == self._shown:
            # One score typed: its two mirrored cells change, nothing else in the matrix does.
            with QSignalBlocker(self.matrix):
                for r, c in ((r, c) for r in range(len(variants)) for c in range(len(variants))
                             if frozenset((variants[r][1], variants[c][1])) == self._edited and r != c):
                    item = self.matrix.item(r, c)
                    if item is not None:
                        self._fill(item, box, variants[r][1], variants[c][1])
            self.enumerate()
            return
        self.rebuilds += 1
        self._shown = variants
        self.descriptors.refresh()
        with QSignalBlocker(self.matrix):
            self.matrix.clear()
            self.matrix.setRowCount(len(variants))
            self.matrix.setColumnCount(len(variants))
            labels = [label for _, _, label in variants]
            self.matrix.setVerticalHeaderLabels(labels)
            self.matrix.setHorizontalHeaderLabels([str(k + 1) for k in range(len(variants))])
            for column, label in enumerate(labels):
                number = self.matrix.horizontalHeaderItem(column)
                assert number is not None  # the labels set above made one per column
                number.setToolTip(label)
            for r, (dr, vr, _) in enumerate(variants):
                self.matrix.verticalHeaderItem(r).setText(f"{r + 1}  {variants[r][2]}")
                for c, (dc, vc, _) in enumerate(variants):
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if dr == dc:
                        item.setFlags(Qt.ItemFlag.NoItemFlags)
                        item.setBackground(QBrush(_GREY))
                    else:
                        self._fill(item, box, vr, vc)
                    self.matrix.setItem(r, c, item)
            header = self.matrix.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(46)
        self.enumerate()

    def _fill(self, item: QTableWidgetItem, box, vr: str, vc: str) -> None:
        """Show one pair's consistency in a cell: the mean score, the assessors' spread, each one's score."""
        value = box.consistency(vr, vc)
        scores = box.scores(frozenset((vr, vc)))
        spread = box.disagreement(vr, vc)
        item.setText(score_text(value) + (f" ±{spread}" if spread else "") if scores else "")
        item.setData(Qt.ItemDataRole.UserRole, (vr, vc))
        if scores:
            item.setBackground(QBrush(_tint(value)))
            unnamed = self.tr("unnamed")
            item.setToolTip("\n".join(f"{who or unnamed}: {score_text(s)}" for who, s in sorted(scores.items()))
                            + ("\n" + fill(self.tr("The assessors differ by %1."), spread) if spread else ""))
        else:  # a score taken back: the cell is as it was before anyone judged the pair
            item.setData(Qt.ItemDataRole.BackgroundRole, None)
            item.setData(Qt.ItemDataRole.ToolTipRole, None)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        pair = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip().replace("−", "-").replace("+", "")
        if pair is None:
            return
        assert self.session is not None  # reached only once a study is bound
        if text == "":
            self._judge(pair, None)
            return
        try:
            score = int(text)
        except ValueError:
            score = None
        if score is None or not -3 <= score <= 3:
            self.status.setText(fill(QCoreApplication.translate("BoxView", "“%1” is not a consistency score: use a whole number from −3 to +3."), item.text()))
            self.refresh()
            return
        self._judge(pair, score)

    def _judge(self, pair: tuple[str, str], score: int | None) -> None:
        assert self.session is not None  # reached only once a study is bound
        self._edited = frozenset(pair)
        try:
            self.session.push(SetJudgement(pair[0], pair[1], score, self.assessor.text().strip()))
        finally:
            self._edited = None

    def _stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()

    def enumerate(self) -> None:
        """List the consistent combinations, best first; a large box is listed on a worker thread.

        The worker reports progress and the best found so far, and "Stop" ends it; a newer listing
        (an edit, another floor) stops the one running, whose late answers are then ignored.
        """
        assert self.session is not None  # reached only once a study is bound
        box = self.session.study.foresight.morphology
        self._stop()
        self.worker = None
        if combination_count(box) <= self.large:
            self.cancel_button.setEnabled(False)
            self._show(enumerate_consistent(box, floor=self.floor.value(), keep=200), final=True)
            return
        worker = self.worker = EnumerationWorker(box, self.floor.value(), keep=200)
        # Bound methods of this view: Qt drops them if the view goes first, so a late answer reaches nobody.
        worker.progressed.connect(self._progressed)
        worker.found_so_far.connect(self._found_so_far)
        worker.done.connect(self._done)
        self._running[0] = worker  # a closing window stops its listing rather than leaving it to run on
        self.cancel_button.setEnabled(True)
        # The last list belongs to the box as it was: cleared, so no stale combination is made a scenario.
        self.result = None
        self._listed_partial = False
        self.combinations.setRowCount(0)
        self.status.setText(self.tr("Looking through the combinations…"))
        worker.start()

    def _current(self) -> EnumerationWorker | None:
        sender = self.sender()
        return sender if isinstance(sender, EnumerationWorker) and sender is self.worker else None

    def _progressed(self, share: float) -> None:
        if self._current() is not None and not self._listed_partial:  # once results are listed, they say how far
            self.status.setText(self.tr("Looking through the combinations… %1 %").replace("%1", str(round(share * 100))))

    def _found_so_far(self, result: Enumeration) -> None:
        if self._current() is not None:
            self._listed_partial = True
            self._show(result, final=False)

    def _done(self, result: Enumeration) -> None:
        if self._current() is None:
            return
        self.worker = None
        self.cancel_button.setEnabled(False)
        self._show(result, final=True)

    def _show(self, result: Enumeration, final: bool) -> None:
        """List `result`; one not final says how far the listing has got."""
        assert self.session is not None  # reached only once a study is bound
        box = self.session.study.foresight.morphology
        self.result = result
        if final:
            self._listed_partial = False
        selected = self.combinations.currentRow()
        names = {v.id: v.name for d in box.descriptors for v in d.variants}
        columns = [self.tr("Score"), self.tr("Weakest pair")] + [d.name for d in box.descriptors]
        self.combinations.clear()
        self.combinations.setColumnCount(len(columns))
        self.combinations.setHorizontalHeaderLabels(columns)
        self.combinations.setRowCount(len(result.combinations))
        for row, combination in enumerate(result.combinations):
            cells = [score_text(combination.score), score_text(combination.weakest)] + [names.get(v, "?") for v in combination.variants]
            for column, text in enumerate(cells):
                self.combinations.setItem(row, column, QTableWidgetItem(text))
        self.combinations.resizeColumnsToContents()
        count = lambda n: format_number(n, 0)  # noqa: E731 - grouped as the tables group numbers, by language
        if not final:
            share = result.examined / max(1, result.total)
            text = (self.tr("Looking through the combinations… about %1 % done; %2 consistent so far, the best of them "
                            "shown (Stop keeps these).")
                    .replace("%1", str(round(share * 100))).replace("%2", count(result.consistent)))
        elif result.total == 0:
            text = self.tr("The box is empty: add descriptors and their variants.")
        elif result.sampled:
            text = (self.tr("The box holds %1 combinations, too many to list: %2 were sampled and %3 of them are "
                            "consistent. The best are shown.")
                    .replace("%1", count(result.total)).replace("%2", count(result.examined))
                    .replace("%3", count(result.consistent)))
        elif result.cancelled:
            text = (self.tr("Stopped after %1 of %2 combinations: %3 consistent so far.")
                    .replace("%1", count(result.examined)).replace("%2", count(result.total))
                    .replace("%3", count(result.consistent)))
        else:
            text = (self.tr("%1 of %2 combinations are consistent (no pair below %3).")
                    .replace("%1", count(result.consistent)).replace("%2", count(result.total))
                    .replace("%3", str(self.floor.value())))
            if result.consistent > len(result.combinations):
                text += " " + self.tr("The best %1 are shown.").replace("%1", str(len(result.combinations)))
        self.status.setText(text)
        if result.combinations:
            self.combinations.selectRow(selected if final is False and 0 <= selected < len(result.combinations) else 0)

    def make_scenario(self) -> None:
        """Make the chosen combination a scenario, a child of the selected scenario."""
        row = self.combinations.currentRow()
        if self.result is None or row < 0 or row >= len(self.result.combinations):
            return
        combination = self.result.combinations[row]
        assert self.session is not None  # reached only once a study is bound
        box = self.session.study.foresight.morphology
        names = [box.variant(v).name for v in combination.variants]
        reference = self.session.choices.selected or self.session.study.scenarios[0].id
        name = fill(self.tr("Box: %1"), ", ".join(names))
        self.session.push(ScenarioFromCombination(combination.variants, reference, name))
        made = self.session.study.scenarios[-1]
        self.session.set_shown(made.id, True)
