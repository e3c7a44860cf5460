"""Time tracking at scale: 10,000 observations over 50 variables imported, ranked and stored; one edit re-ranked.

    QT_QPA_PLATFORM=offscreen python benchmarks/tracking.py

Targets (issue 16): import ≤ 1 s, track ≤ 50 ms, an added actual re-ranks and repaints within a frame (≤ 16 ms).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from models.domain import Scenario, Study, TimeAxis, Variable
from models.engine.compiled import compile_study
from models.tracking.observations import Condition, Signpost
from models.tracking.scores import track
from models.tracking.signposts import evaluate_all
from storage.interchange import read_study_file, write_study_file
from storage.repository import open_library
from storage.tracking.actuals_import import read_actuals_file

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bolivia-paz-pivot.json"
VARIABLES = 50
AXIS = TimeAxis(2025.0, 2075.0, 0.25)  # 201 points: 50 variables × 200 times = 10,000 observations


def big_study() -> Study:
    """Return a study with one driver, 50 indicators in different units, and five scenarios."""
    variables = [Variable("drive", "assumption", value=1.0, min=0.0, max=10.0)]
    for k in range(VARIABLES):
        scale = 10.0 ** (k % 6)  # units from ones to hundreds of thousands
        variables.append(Variable(f"v{k}", "auxiliary", unit=f"unit {k}",
                                  equation=f"{scale} * (1 + drive * {0.01 * (k + 1)} * (t - 2025))"))
    scenarios = [Scenario(f"S{j}", overrides={"drive": float(j)}) for j in range(5)]
    study = Study("Tracking benchmark", AXIS, variables=variables, scenarios=scenarios)
    study.signposts = [Signpost(f"v{k} high", f"v{k}", Condition("above", 1e9)) for k in range(VARIABLES)]
    return study


def timed(label: str, action, runs: int = 5):
    """Run an action several times, print the best and worst time, and return the last result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    print(f"{label:<58} best {min(times) * 1000:8.1f} ms   worst {max(times) * 1000:8.1f} ms")
    return result


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    study = big_study()
    projection = compile_study(study).run(study)
    rng = np.random.default_rng(1)
    truth = study.scenarios[2].id
    lines = ["variable,time,value,source"]
    for k in range(VARIABLES):
        values = projection.series(truth, f"v{k}")
        for i in range(200):
            noisy = float(values[i] * (1 + 0.01 * rng.standard_normal()))
            lines.append(f"v{k},{AXIS.start + i * AXIS.step:g},{noisy!r},bench")
    csv = folder / "actuals.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1:,} observations over {VARIABLES} variables, {len(study.scenarios)} scenarios, "
          f"{AXIS.count} time points")
    table = timed("import CSV (read, convert, check)", lambda: read_actuals_file(csv, study))
    assert not table.problems, table.problems[:3]
    study.actuals = table.actuals()
    ids = [s.id for s in study.scenarios]
    result = timed("track: rank 5 scenarios against 10,000 actuals", lambda: track(study.actuals, projection.times, projection.series, ids))
    assert result.ranking[0].scenario_id == truth
    timed("signposts: 50 states from 10,000 actuals", lambda: evaluate_all(study.signposts, study.actuals, study.time))
    library = open_library(folder / "lib.sqlite")
    timed("save the study with its actuals to the library", lambda: library.save_study(study))
    timed("load it back", lambda: library.load_study(study.id))
    library.close()
    _bands_and_anchors(study, projection)
    timed("write the study file (version 2)", lambda: write_study_file(study, folder / "s.json"), runs=3)
    timed("read the study file back (validated)", lambda: read_study_file(folder / "s.json"), runs=3)
    _frame(folder, study)


def _bands_and_anchors(study: Study, projection) -> None:
    """Time what runs with every projection when uncertainty is on, and a re-anchored run beside a plain one."""
    from models.tracking.bands import band_coverage
    from models.tracking.reanchor import reanchor_command

    # A band of ±10 % around each scenario's curve stands in for the fans.
    bands = {(s.id, v.name): {"p5": 0.9 * projection.series(s.id, v.name), "p95": 1.1 * projection.series(s.id, v.name)}
             for s in study.scenarios for v in study.variables if v.kind == "auxiliary"}
    ids = [s.id for s in study.scenarios]
    timed("band coverage: 10,000 actuals in 5 scenarios' bands",
          lambda: band_coverage(study.actuals, ids, lambda sid, name: (projection.times, bands[(sid, name)]), study.time))
    sample = read_study_file(SAMPLE)
    model = compile_study(sample)
    parent = sample.scenarios[0]
    timed("sample study: run one scenario", lambda: model.run(sample, [parent.id]), runs=20)
    command = reanchor_command(sample, parent.id)
    assert command is not None
    command.apply(sample)
    child = command.scenario.id
    timed("sample study: first re-anchored run (compiles the restart)", lambda: compile_study(sample).run(sample, [child]), runs=3)
    timed("sample study: run the re-anchored child (restart compiled)", lambda: model.run(sample, [child]), runs=20)


def _frame(folder: Path, study: Study) -> None:
    """Time one added actual in the window: the command, the re-ranking and the charts repainted."""
    from PySide6.QtWidgets import QApplication

    from models.tracking.commands import AddActuals
    from models.tracking.observations import Actual
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    library = open_library(folder / "window.sqlite")
    library.save_study(study)
    window = MainWindow(library, study.id)
    window.resize(1366, 768)
    window.show()
    window.tracking.dock.show()
    app.processEvents()
    window.session.scheduler.flush()
    app.processEvents()
    counter = iter(range(10_000))

    def add_one() -> None:
        k = next(counter)
        window.session.push(AddActuals(actuals=[Actual("v0", 2025.0 + (k % 200) * 0.25, 1.0 + k, "frame")]))
        for plot in window.charts.plots():
            plot.repaint()
        window.tracking.panel.repaint()

    timed("add one actual: re-rank 10,001, markers and panel repainted", add_one, runs=10)
    window.close()
    sample = read_study_file(SAMPLE)
    library.save_study(sample)
    window = MainWindow(library, sample.id)
    window.resize(1366, 768)
    window.show()
    window.tracking.dock.show()
    app.processEvents()
    window.session.scheduler.flush()
    app.processEvents()
    charted = window.charts.plots()[0].name

    def add_to_sample() -> None:
        k = next(counter)
        window.session.push(AddActuals(actuals=[Actual(charted, 2025.0 + (k % 40) * 0.25, 50.0 + k % 7, "frame")]))
        for plot in window.charts.plots():
            plot.repaint()
        window.tracking.panel.repaint()

    timed(f"sample study: add one actual of {charted}, re-rank, repaint", add_to_sample, runs=10)
    window.close()
    library.close()


if __name__ == "__main__":
    main()
