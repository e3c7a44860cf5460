"""Print how long finding feedback loops and repainting the diagram's live badges take, side by side.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/diagram_loops.py

Targets (issue 20): loop enumeration returns within 1 s on models with up to 10^4 elementary cycles
(stopping there and saying so beyond); a slider step repaints the diagram within a frame (16 ms).
Values for numeric link signs come from the sample's first scenario at its start.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.diagram.cycles import elementary_cycles  # noqa: E402
from models.diagram.loops import find_loops  # noqa: E402
from models.engine.compiled import compile_study  # noqa: E402
from storage.interchange import read_study_file  # noqa: E402


def timed(run, repeat: int) -> tuple[float, float]:
    """Return the median and best wall time of `run` in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def main() -> None:
    """Print loop counts and times, then the badge repaint time of one slider step."""
    study = read_study_file(ROOT / "resources" / "samples" / "bolivia-paz-pivot.json")
    results = compile_study(study).run(study)
    first = study.scenarios[0].id
    values = {v.name: float(results.series(first, v.name)[0]) for v in study.variables}
    values |= {"t": study.time.start, "dt": study.time.step}
    print(f"{'model':<34}{'loops':>7}{'R':>5}{'B':>5}{'U':>5}{'complete':>10}{'median ms':>11}{'best ms':>9}")
    report = find_loops(study, values)
    median, best = timed(lambda: find_loops(study, values), 20)
    print(f"{'sample study, signs from a run':<34}{len(report.loops):>7}{report.count('R'):>5}{report.count('B'):>5}"
          f"{report.count('U'):>5}{str(report.complete):>10}{median:>11.1f}{best:>9.1f}")
    report = find_loops(study)
    median, best = timed(lambda: find_loops(study), 20)
    print(f"{'sample study, shapes only':<34}{len(report.loops):>7}{report.count('R'):>5}{report.count('B'):>5}"
          f"{report.count('U'):>5}{str(report.complete):>10}{median:>11.1f}{best:>9.1f}")
    for size in (7, 8, 9):  # complete digraphs: 2,365 elementary cycles, then 16,064 and 125,664 (past the cap)
        nodes = [f"v{i}" for i in range(size)]
        edges = [(a, b) for a in nodes for b in nodes if a != b]
        found = elementary_cycles(nodes, edges)
        median, best = timed(lambda n=nodes, e=edges: elementary_cycles(n, e), 3)
        print(f"{f'complete digraph of {size}':<34}{len(found.cycles):>7}{'':>15}{str(found.complete):>10}"
              f"{median:>11.1f}{best:>9.1f}")
    repaint(study)


def repaint(study) -> None:
    """Time one slider step on the diagram: badges recomputed from results and the view repainted."""
    import tempfile

    from PySide6.QtWidgets import QApplication

    from models.commands.scenario import SetAssumption
    from storage.repository import open_library
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        library = open_library(Path(folder) / "library.sqlite3")
        library.save_study(study)
        window = MainWindow(library, study.id)
        window.resize(1366, 768)
        window.show()
        window.diagram.action.trigger()
        session = window.session
        child = study.scenarios[1]
        session.select(child.id)
        lever = next(v for v in study.variables if v.kind == "assumption" and v.min is not None and v.max is not None)
        scheduler = session.scheduler

        def settle() -> None:
            while scheduler.delivered != scheduler.requested:
                app.processEvents()

        settle()
        view = window.diagram.view
        steps = []
        for k in range(30):
            value = lever.min + (lever.max - lever.min) * (k % 10) / 10
            session.push(SetAssumption(child.id, lever.name, value, gesture=1))
            settle()
            start = time.perf_counter()
            window.diagram.show_changes()
            view.viewport().repaint()
            steps.append((time.perf_counter() - start) * 1000)
        print(f"\nslider step on '{lever.name}': badges + diagram repaint at 1366x768, "
              f"median {statistics.median(steps):.1f} ms, worst {max(steps):.1f} ms (frame budget 16 ms)")
        window.close()
        library.close()


if __name__ == "__main__":
    main()
