"""Time the sharing paths on the sample study: workbook and brief exports, and the import preview.

    QT_QPA_PLATFORM=offscreen python benchmarks/share.py
"""

from __future__ import annotations

import copy
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from storage.interchange import read_study_file, write_study_file  # noqa: E402
from storage.merge import import_study  # noqa: E402
from storage.repository import open_library  # noqa: E402
from ui.compare.export_menu import export  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.sharing.import_flow import preview  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bolivia-paz-pivot.json"


def timed(label: str, action) -> None:
    """Run an action three times and print the best and worst time."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    print(f"{label:<46} best {min(times) * 1000:7.0f} ms   worst {max(times) * 1000:7.0f} ms")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    library = open_library(folder / "library.sqlite")
    study = read_study_file(SAMPLE)
    import_study(library, study)
    window = MainWindow(library, study.id)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    print(f"sample study: {len(study.variables)} variables, {len(study.scenarios)} scenarios, "
          f"{len(window.session.choices.indicators)} charted indicators")
    for kind in ("csv", "xlsx", "png", "svg", "pdf", "html"):
        timed(f"export {kind}", lambda k=kind: export(window, k, folder / f"out.{k}"))
    theirs = copy.deepcopy(study)
    theirs.scenarios[1].overrides["reform_pace"] = 90.0
    write_study_file(theirs, folder / "theirs.json")

    def show_preview() -> None:
        dialog = preview(window, folder / "theirs.json")
        dialog.show()
        app.processEvents()
        dialog.close()
        dialog.deleteLater()

    timed("import: read, plan and show the preview dialog", show_preview)
    window.close()
    library.close()


if __name__ == "__main__":
    main()
