"""Check that an installation works end to end, on a temporary library, and say what passed.

`main.py --smoke` (and the bundle's `prospectiva --smoke`) runs this: the checks touch each part a
frozen bundle can lose — the migration scripts and schema read from disk, the sample study, the
engine, Qt's platform plugin and painting, the compiled translation, and the compute worker, which a
bundle starts by running its own executable again. The user's own library is never opened.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import numpy as np

# Painted into an image: the check needs no display unless the caller asks for a platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as PYSIDE_VERSION  # noqa: E402  (after the platform is chosen)
from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402
from PySide6.QtGui import QColor, QImage  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from models.domain import Study  # noqa: E402
from storage.repository import Library, open_library  # noqa: E402

CHART_SIZE = (1366, 768)  # the smallest screen the window is laid out for
BAND_SAMPLES = 200  # enough for percentiles to differ, little enough to answer in about a second
WORKER_TIMEOUT = 120.0  # seconds: a cold worker in a bundle imports numpy and the engine first


class CheckFailed(Exception):
    """A check found the installation wrong; the message says what and where."""


class _Context:
    """What the checks share: the temporary library, the sample study, the window."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.library: Library | None = None
        self.study: Study | None = None
        self.window: QWidget | None = None
        self.translators: list[QTranslator] = []


def run_smoke(out: TextIO | None = None) -> int:
    """Run every check on a temporary library, print one line per check and a summary; return the exit code."""
    out = out or sys.stdout
    from ui.app import application

    app = application()
    print(f"Prospectiva smoke check: Python {platform.python_version()}, PySide6 {PYSIDE_VERSION}, "
          f"Qt platform {app.platformName()}, {'bundle' if getattr(sys, 'frozen', False) else 'from source'}",
          file=out)
    passed = failed = 0
    # On Windows a file still held by a closing handle would make the clean-up raise after the report.
    with tempfile.TemporaryDirectory(prefix="prospectiva-smoke-", ignore_cleanup_errors=True) as folder:
        context = _Context(Path(folder))
        try:
            for name, check in CHECKS:
                try:
                    detail = check(context)
                except Exception as error:  # a check reports every failure as a line, never as a traceback
                    failed += 1
                    text = " ".join(str(error).split()) or type(error).__name__
                    print(f"  FAILED  {name}: {text}", file=out, flush=True)
                else:
                    passed += 1
                    print(f"  ok      {name}: {detail}", file=out, flush=True)
        finally:
            _close(context)
    # The plain closing line a CI log is read for.
    print(f"smoke: {passed} passed, {failed} failed", file=out, flush=True)
    return 0 if failed == 0 else 1


def _close(context: _Context) -> None:
    from ui.i18n import remove_language

    if context.translators:
        remove_language(context.translators)
    if context.window is not None:
        context.window.close()
        context.window.deleteLater()
        QCoreApplication.sendPostedEvents()
    if context.library is not None:
        context.library.close()


# -- the checks, in order; each returns what it saw -------------------------------------------------

def _library(context: _Context) -> str:
    from storage.migrations import head_revision

    path = context.folder / "library.sqlite"
    context.library = open_library(path)
    if context.library.read_only is not None:
        raise CheckFailed(f"the new library {path} opened read-only ({context.library.read_only})")
    if context.library.list_studies():
        raise CheckFailed(f"the new library {path} already holds studies")
    return f"a new library opened at schema {head_revision()}"


def _migrations(context: _Context) -> str:
    from storage.migrations import REVISIONS, SCRIPT_LOCATION, alembic_revisions

    # Older libraries are upgraded by these scripts, read from disk by Alembic, not imported.
    found = alembic_revisions()
    if found != list(REVISIONS):
        raise CheckFailed(f"the migration scripts in {SCRIPT_LOCATION} are {found or 'missing'}, expected {list(REVISIONS)}")
    return f"{len(found)} upgrade steps readable ({found[0]}–{found[-1]})"


def _sample_study(context: _Context) -> str:
    from models.engine.compiled import compile_study
    from storage.seed import seed_library_if_new
    from ui.app import SAMPLE_STUDY

    library = _need(context.library, "the library")
    if not SAMPLE_STUDY.is_file():
        raise CheckFailed(f"the sample study {SAMPLE_STUDY} is missing")
    seed_library_if_new(library, SAMPLE_STUDY)
    studies = library.list_studies()
    if len(studies) != 1:
        raise CheckFailed(f"seeding left {len(studies)} studies in the library, expected the sample alone")
    context.study = study = library.load_study(studies[0].id)
    result = compile_study(study).run(study, [s.id for s in study.scenarios])
    values = np.concatenate([np.ravel(v) for v in result.values.values()])
    expected = len(study.scenarios) * len(study.variables) * study.time.count
    if values.size != expected or not np.isfinite(values).all():
        raise CheckFailed(f"the projection has {values.size} values (expected {expected}), "
                          f"{int((~np.isfinite(values)).sum())} of them not finite")
    return f'"{study.title}": {len(study.scenarios)} scenarios projected, {len(values):,} finite values'


def _chart(context: _Context) -> str:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer

    from ui.main_window import MainWindow

    library = _need(context.library, "the library")
    study = _need(context.study, "the sample study")
    context.window = window = MainWindow(library)
    window.resize(*CHART_SIZE)
    window.show()
    if window.session is None:
        raise CheckFailed("the window opened on no study")
    scheduler = window.session.scheduler
    clock = QElapsedTimer()
    clock.start()
    while scheduler.delivered < scheduler.requested or scheduler.requested == 0:
        if clock.elapsed() > WORKER_TIMEOUT * 1000:
            raise CheckFailed("the window's first projection never arrived")
        QCoreApplication.processEvents()
    shown = _since_process_start()
    plots = window.charts.plots()
    if not plots:
        raise CheckFailed("the window shows no chart")
    colour = QColor(study.scenarios[0].color)
    image = plots[0].grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    inked = _pixels_near(image, colour)
    if inked < 20:  # a drawn curve crosses the plot: hundreds of pixels; a few could be the legend's swatch
        raise CheckFailed(f'the chart "{plots[0].name}" painted {inked} pixels in the first scenario\'s colour '
                          f"{colour.name()} ({image.width()}×{image.height()} image)")
    return (f'{len(plots)} charts; "{plots[0].name}" painted {inked} pixels of its first curve; '
            f"window shown with its results {shown[0]:.2f} s after the process started ({shown[1]:.2f} s of CPU)")


def _translation(context: _Context) -> str:
    from PySide6.QtCore import QLocale

    from models.formatting import people_locale, set_people_locale
    from ui.i18n import catalogue_path, install_language

    number_locale, qt_locale = people_locale(), QLocale()
    try:
        context.translators = install_language("es")  # raises with the catalogue's path when it is missing
    except Exception:
        # It switched the number locale before it found the catalogue missing: give the caller's back.
        set_people_locale(number_locale)
        QLocale.setDefault(qt_locale)
        raise
    source = "Assumptions"
    spanish = QCoreApplication.translate("AssumptionPanel", source)
    if spanish == source:
        raise CheckFailed(f"{catalogue_path('es')} loaded but does not translate {source!r}")
    return f"{catalogue_path('es').name} loaded ({source!r} → {spanish!r})"


def _compute_worker(context: _Context) -> str:
    from ui.compute.service import ComputeService

    study = _need(context.study, "the sample study")
    service = ComputeService()
    answers: list = []
    failures: list = []
    service.result_ready.connect(answers.append)
    service.failed.connect(failures.append)
    try:
        scenario = study.scenarios[0]
        variable = next(v.name for v in study.variables if v.kind != "assumption")
        service.request("bands", study, {"scenario_ids": [scenario.id], "variables": [variable],
                                         "samples": BAND_SAMPLES, "seed": 1})
        service.wait(timeout=WORKER_TIMEOUT)
        pid = service.worker_pid
    finally:
        service.shutdown()
    if failures:
        raise CheckFailed(failures[0].message)
    if not answers or variable not in answers[0].value["names"]:
        raise CheckFailed(f"the worker process answered nothing for {variable!r}")
    return f"a worker process (pid {pid}) sampled {BAND_SAMPLES} runs of {variable!r}"


def _since_process_start() -> tuple[float, float]:
    """Return seconds since this process was created (imports included), and the CPU seconds it spent so far."""
    import time

    import psutil

    process = psutil.Process()
    cpu = process.cpu_times()
    # The CPU figure stays meaningful on a busy machine, where the wall clock also counts waiting for a core.
    return time.time() - process.create_time(), cpu.user + cpu.system  # clock: start-up time, measured


def _native_engine(context: _Context) -> str:
    from models.engine import native
    from models.engine.compiled import compile_study

    study = _need(context.study, "the sample study")
    if not native.available():
        return "not in this installation (the Python engine serves every model)"
    ids = [s.id for s in study.scenarios]
    machine = native.compile_native(study).run(study, ids)
    python = compile_study(study).run(study, ids)
    for scenario_id in ids:
        # The back ends agree to 1e-12 relative by design; a loose bound still catches a broken LLVM.
        if not np.allclose(machine.values[scenario_id], python.values[scenario_id], rtol=1e-9, atol=1e-12):
            raise CheckFailed(f"native code and the Python engine disagree on scenario {study.scenario(scenario_id).name!r}")
    return f"compiled the sample study through LLVM; {len(ids)} scenarios agree with the Python engine"


def _need(value, what: str):
    if value is None:
        raise CheckFailed(f"skipped: {what} was not available (an earlier check failed)")
    return value


def _pixels_near(image: QImage, colour: QColor, tolerance: int = 40) -> int:
    """Count the pixels within `tolerance` of `colour` on every channel (antialiased edges blend)."""
    target = (colour.red(), colour.green(), colour.blue())
    count = 0
    for y in range(0, image.height(), 2):  # every other row: plenty for a curve, a quarter of the cost
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if all(abs(a - b) <= tolerance for a, b in zip((pixel.red(), pixel.green(), pixel.blue()), target)):
                count += 1
    return count


CHECKS: tuple[tuple[str, Callable[[_Context], str]], ...] = (
    # The first three are what a first start does, so the chart's line tells how long a first start takes.
    ("library", _library),
    ("sample study", _sample_study),
    ("chart", _chart),
    ("migrations", _migrations),
    ("translation", _translation),
    ("compute worker", _compute_worker),
    ("native engine", _native_engine),
)
