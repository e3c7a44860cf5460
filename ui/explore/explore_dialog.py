"""Explore…: ask where, across every slider's range, an outcome happens; show PRIM's boxes; make one a scenario."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models.explore.box_scenario import question_words
from models.explore.ensemble import MAX_RUNS, Ensemble
from models.explore.question import Question
from models.explore.prim import Box, Trajectory
from models.explore.report import MIN_COVERAGE
from models.formatting import format_time
from models.timeline import horizons, snap
from ui.compute.service import Answer, ComputeService, Failure
from ui.explore.box_table import BoxTable
from ui.explore.make_scenario import make_box_scenario
from ui.explore.trajectory_plot import TrajectoryPlot, restriction_colour
from ui.session.choices import indicator_names
from ui.session.study_session import StudySession
from ui.i18n.text import QT_TRANSLATE_NOOP, counted, fill, people_number

KIND = "explore"
RUNS = 10_000
# Every run's inputs come back to the window (17 assumptions: 136 MB a million runs); larger
# ensembles belong to `python main.py explore`, which streams them.
MOST_RUNS = 1_000_000
SEED = 1  # as `explore` on the command line: the same question, runs and seed give the same boxes
FORM_WIDTH = 380  # pixels for the question: room for 24 characters of a name in each list
COMPARISONS = (("<", QT_TRANSLATE_NOOP("ExploreDialog", "below (<)")), ("<=", QT_TRANSLATE_NOOP("ExploreDialog", "at most (≤)")), (">", QT_TRANSLATE_NOOP("ExploreDialog", "above (>)")), (">=", QT_TRANSLATE_NOOP("ExploreDialog", "at least (≥)")))


def default_time(session: StudySession) -> float:
    """Return the time a question is asked at by default: the end of the study's second horizon, else its last time."""
    study = session.study
    found = horizons(study)
    if len(found) >= 2:
        return snap(study.time, found[1].end)
    return float(session.times[-1])


class ExploreDialog(QDialog):
    """Run an exploration off the GUI thread, show its peeling trajectory and the chosen box, and make a scenario."""

    explored = Signal()  # a new trajectory is shown (or the question found nothing)

    def __init__(self, session: StudySession, service: ComputeService, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ExploreDialog", "Explore: where does an outcome happen?"))
        self._session = session
        self._service = service
        self._stamp = 0  # the exploration being computed (0: none)
        self._asked: tuple[str, Question, int, int] | None = None  # scenario id, question, runs, seed being computed
        self.found: tuple[str, Ensemble, Trajectory] | None = None  # scenario id, ensemble, trajectory shown
        self.box: Box | None = None
        self._build_form()
        self._build_results()
        service.result_ready.connect(self._answered)
        service.failed.connect(self._failed)
        service.progressed.connect(self._progressed)
        self.finished.connect(self.cancel)  # closing drops an exploration nobody will read
        self._show_working(False)
        self.resize(1160, 700)

    # -- building --------------------------------------------------------------------------------

    def _build_form(self) -> None:
        study = self._session.study
        self.scenario = QComboBox(self)
        for scenario in study.scenarios:
            self.scenario.addItem(scenario.name, scenario.id)
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(self._session.choices.selected)))
        self.scenario.setToolTip(QCoreApplication.translate("ExploreDialog", "The scenario explored: every slider is drawn across its range, the rest stays as it sets"))
        self.outcome = QComboBox(self)
        for name in indicator_names(study):
            variable = study.variable(name)
            self.outcome.addItem(f"{variable.title} ({variable.unit})" if variable.unit else variable.title, name)
        charted = self._session.choices.indicators
        if charted:
            self.outcome.setCurrentIndex(max(0, self.outcome.findData(charted[0])))
        for box in (self.scenario, self.outcome):
            # Long labels are elided in the closed list, shown whole when it opens: the form keeps its width.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(24)
        self.comparison = QComboBox(self)
        for symbol, words in COMPARISONS:
            self.comparison.addItem(QCoreApplication.translate("ExploreDialog", words), symbol)
        self.threshold = QDoubleSpinBox(self)
        self.threshold.setRange(-1e12, 1e12)
        self.threshold.setDecimals(3)
        self.threshold.setGroupSeparatorShown(True)
        self.time = QComboBox(self)
        step = study.time.step
        for t in self._session.times:
            self.time.addItem(format_time(float(t), step, study.time.unit), float(t))
        self.time.setCurrentIndex(max(0, self.time.findData(default_time(self._session))))
        # "Unrest above 70 at any time in the next 6 months": the condition may hold at any time of a stretch.
        self.until = QComboBox(self)
        self.until.addItem(QCoreApplication.translate("ExploreDialog", "(only then)"), None)
        for t in self._session.times:
            self.until.addItem(format_time(float(t), step, study.time.unit), float(t))
        self.until.setToolTip(QCoreApplication.translate("ExploreDialog", "The condition holds if it holds at any time from the time above to this one"))
        self.runs = QSpinBox(self)
        self.runs.setRange(100, min(MOST_RUNS, MAX_RUNS))
        self.runs.setToolTip(fill(QCoreApplication.translate("ExploreDialog", "How many futures to run, up to %1 here (more from the command line)"), people_number(MOST_RUNS, ",")))
        self.runs.setSingleStep(1_000)
        self.runs.setValue(RUNS)
        self.runs.setGroupSeparatorShown(True)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2_147_483_647)
        self.seed.setValue(SEED)
        self.seed.setToolTip(QCoreApplication.translate("ExploreDialog", "The same question, runs and seed always give the same ensemble and boxes"))
        self.scheduler = QLineEdit(self)
        self.scheduler.setPlaceholderText(QCoreApplication.translate("ExploreDialog", "this computer"))
        self.scheduler.setToolTip(QCoreApplication.translate("ExploreDialog", "A Dask scheduler's address (tcp://host:8786) to run the ensemble on that cluster; empty: here. The numbers are the same either way."))
        self.run_button = QPushButton(QCoreApplication.translate("ExploreDialog", "&Run"), self)
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(QCoreApplication.translate("ExploreDialog", "Exploration progress"))
        self.cancel_button = QPushButton(QCoreApplication.translate("ExploreDialog", "C&ancel"), self)
        self.cancel_button.setToolTip(QCoreApplication.translate("ExploreDialog", "Stop the ensemble being run"))
        self.cancel_button.clicked.connect(self.cancel)
        for widget in (self.progress, self.cancel_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # nothing below jumps when the bar comes and goes
            widget.setSizePolicy(policy)
        self.status = QLabel(QCoreApplication.translate("ExploreDialog", "Choose an outcome and a condition, then Run."), self)
        self.status.setObjectName("exploreStatus")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ExploreDialog", "&Scenario:"), self.scenario)
        form.addRow(QCoreApplication.translate("ExploreDialog", "&Outcome:"), self.outcome)
        form.addRow(QCoreApplication.translate("ExploreDialog", "&Is:"), self.comparison)
        form.addRow(QCoreApplication.translate("ExploreDialog", "&Than:"), self.threshold)
        form.addRow("I&n:", self.time)
        form.addRow(QCoreApplication.translate("ExploreDialog", "Or any time un&til:"), self.until)
        form.addRow(QCoreApplication.translate("ExploreDialog", "R&uns:"), self.runs)
        form.addRow(QCoreApplication.translate("ExploreDialog", "S&eed:"), self.seed)
        form.addRow(QCoreApplication.translate("ExploreDialog", "C&luster:"), self.scheduler)
        working = QHBoxLayout()
        working.addWidget(self.progress, 1)
        working.addWidget(self.cancel_button)
        self.form_panel = QWidget(self)
        left = QVBoxLayout(self.form_panel)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.run_button)
        left.addLayout(working)
        left.addWidget(self.status, 1)

    def _build_results(self) -> None:
        self.plot = TrajectoryPlot(self)
        self.plot.setAccessibleName(QCoreApplication.translate("ExploreDialog", "PRIM peeling trajectory"))
        self.plot.setMinimumHeight(240)
        self.plot.box_picked.connect(self.pick)
        self.legend = QLabel(self)
        self.legend.setObjectName("trajectoryLegend")
        self.legend.setWordWrap(True)
        self.box_title = QLabel(self)
        self.box_title.setObjectName("boxTitle")
        self.box_title.setWordWrap(True)
        self.table = BoxTable(self)
        self.make_button = QPushButton(QCoreApplication.translate("ExploreDialog", "&Make a scenario"), self)
        self.make_button.setToolTip(QCoreApplication.translate("ExploreDialog", "Add a child of the explored scenario with each narrowed assumption at the middle of its range in the box (one undo step)"))
        self.make_button.setEnabled(False)
        self.make_button.clicked.connect(self.make_scenario)
        results = QWidget(self)
        right = QVBoxLayout(results)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.plot, 3)
        right.addWidget(self.legend)
        right.addWidget(self.box_title)
        right.addWidget(self.table, 2)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.make_button)
        right.addLayout(actions)
        # The question keeps the width it needs; the trajectory and the box take the rest.
        self.form_panel.setMaximumWidth(FORM_WIDTH)
        panes = QHBoxLayout()
        panes.addWidget(self.form_panel)
        panes.addWidget(results, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)

    # -- asking ----------------------------------------------------------------------------------

    def question(self) -> Question:
        """Return the question as chosen."""
        time, until = float(self.time.currentData()), self.until.currentData()
        stretch = None if until is None or float(until) <= time else float(until)  # a stretch ends after it starts
        return Question(self.outcome.currentData(), self.comparison.currentData(), self.threshold.value(), time, stretch)

    @property
    def busy(self) -> bool:
        """Return whether an exploration is being computed."""
        return self._stamp != 0

    def run(self) -> None:
        """Ask the compute service for the ensemble and its trajectory; they show when they arrive."""
        scenario_id, question = self.scenario.currentData(), self.question()
        runs, seed = self.runs.value(), self.seed.value()
        self._asked = (scenario_id, question, runs, seed)
        params = {"scenario_id": scenario_id, "question": question, "runs": runs, "seed": seed,
                  "scheduler": self.scheduler.text().strip()}
        self._stamp = self._service.request(KIND, self._session.study, params, progress=True)
        self.progress.setValue(0)
        self._show_working(True)
        self.status.setText(fill(QCoreApplication.translate("ExploreDialog", "Running %1 futures of “%2” to find where %3; then PRIM peels the boxes (the bar counts the runs; peeling follows them)."), people_number(runs, ","), self.scenario.currentText(), question_words(self._session.study, question)))

    def cancel(self) -> None:
        """Stop the exploration being computed; what is shown stays."""
        if self._stamp:
            self._service.cancel(KIND)
            self._stamp = 0
            self._show_working(False)
            self.status.setText(QCoreApplication.translate("ExploreDialog", "Cancelled: press Run to explore again."))

    def wait(self) -> None:
        """Block until the exploration asked is answered (for tests and screenshots)."""
        self._service.wait(KIND)

    def _answered(self, answer: Answer) -> None:
        if answer.kind != KIND or answer.stamp != self._stamp or self._asked is None:
            return  # an older exploration, or another tool's answer: a stale result never wins
        self._stamp = 0
        self._show_working(False)
        scenario_id, question, runs, seed = self._asked
        value = answer.value
        ensemble, trajectory = value["ensemble"], value["trajectory"]
        if value["problem"]:
            self.status.setText(fill(QCoreApplication.translate("ExploreDialog", "Nothing was explored: %1."), value['problem']))
            return
        words = question_words(self._session.study, question)
        hits = int(ensemble.interesting.sum())
        if trajectory is None:
            self.found, self.box = None, None
            self.plot.show_trajectory(None)
            self.table.show_box(self._session.study, None, None, None)
            self._show_box_title()
            self.status.setText(fill(QCoreApplication.translate("ExploreDialog", "In none of %1 runs (seed %2) is %3: there is no region to find. Try another threshold or time."), people_number(runs, ","), seed, words))
            self.explored.emit()
            return
        self.found = (scenario_id, ensemble, trajectory)
        self.plot.show_trajectory(trajectory)
        self._show_legend()
        self.status.setText(fill(QCoreApplication.translate("ExploreDialog", "%1 runs (seed %2) across %3 assumptions, %4 s. %5: in %6 runs (%7).\n\nPRIM peeled %8 boxes. Click a dot to inspect its box; the ringed one is the densest that still holds %9 of those runs."), people_number(runs, ","), seed, len(ensemble.names), people_number(answer.seconds, ".1f"), words, people_number(hits, ","), people_number(hits / runs, ".1%"), len(trajectory.boxes), people_number(MIN_COVERAGE, ".0%")))
        best = trajectory.best(MIN_COVERAGE)
        self.pick(trajectory.boxes.index(best))
        self.explored.emit()

    def _failed(self, failure: Failure) -> None:
        if failure.kind != KIND or failure.stamp != self._stamp:
            return
        self._stamp = 0
        self._show_working(False)
        if failure.model_broken:
            self.status.setText(QCoreApplication.translate("ExploreDialog", "The model does not compile, so nothing can be explored. See Problems."))
        else:
            self.status.setText(fill(QCoreApplication.translate("ExploreDialog", "The exploration could not be run: %1"), failure.message))

    def _progressed(self, kind: str, stamp: int, done: float) -> None:
        if kind == KIND and stamp == self._stamp:
            self.progress.setValue(round(done * 100))

    def _show_working(self, shown: bool) -> None:
        self.progress.setVisible(shown)
        self.cancel_button.setVisible(shown)
        self.run_button.setEnabled(not shown)

    # -- the boxes -------------------------------------------------------------------------------

    def pick(self, index: int) -> None:
        """Inspect the box with this index on the trajectory shown."""
        if self.found is None:
            return
        _, ensemble, trajectory = self.found
        self.box = trajectory.boxes[index]
        self.plot.choose(index)
        self.table.show_box(self._session.study, self.box, ensemble, trajectory)
        self._show_box_title()
        self.make_button.setEnabled(bool(self.box.restricted(trajectory.bounds)))

    def _show_box_title(self) -> None:
        if self.found is None or self.box is None:
            self.box_title.setText("")
            return
        box, bounds = self.box, self.found[2].bounds
        narrowed = len(box.restricted(bounds))
        self.box_title.setText(fill(counted(self.tr("<b>Box %1</b>: coverage %2, density %3, %4 of all runs; it narrows %n assumption(s)", "", narrowed), narrowed), self.plot.chosen, people_number(box.coverage, ".0%"), people_number(box.density, ".0%"), people_number(box.mass, ".0%")))

    def _show_legend(self) -> None:
        counts = sorted(set(self.plot.restricted_counts()))
        most = max(counts) if counts else 0
        swatches = " ".join(f"<span style='color:{restriction_colour(c, most).name()}'>●</span>&nbsp;{c}" for c in counts)
        self.legend.setText(fill(QCoreApplication.translate("ExploreDialog", "Assumptions narrowed: %1"), swatches))

    def make_scenario(self) -> None:
        """Turn the inspected box into a child of the explored scenario (one undo step) and select it."""
        if self.found is None or self.box is None or self._asked is None:
            return
        scenario_id, ensemble, trajectory = self.found
        made = make_box_scenario(self._session, scenario_id, ensemble, trajectory, self.box)
        self.status.setText(fill(QCoreApplication.translate("ExploreDialog", "Made the scenario “%1”: it is selected in the window (Ctrl+Z removes it)."), made.name))
