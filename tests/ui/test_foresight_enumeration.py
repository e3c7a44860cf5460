"""The morphological box listed on a worker thread: interim results, the final list, stop, and a window closed mid-way."""

from __future__ import annotations

import gc
import itertools

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from models.foresight.box import enumerate_consistent
from models.foresight.domain import Descriptor, Judgement, Morphology, Variant
from ui.foresight.enumeration_worker import EnumerationWorker, running, stop_all
from ui.main_window import MainWindow
from tests.ui.conftest import make_study


def _box(descriptors: int, variants: int) -> Morphology:
    """Return a box where variant 0 of each descriptor excludes variant 0 of the next (−3), the rest reinforce (+1)."""
    ds = [Descriptor(f"D{d}", [Variant(f"v{v}", id=f"{d}.{v}") for v in range(variants)]) for d in range(descriptors)]
    js = [Judgement(f"{d}.{v}", f"{e}.{w}", -3 if (e == d + 1 and v == w == 0) else 1)
          for d, e in itertools.combinations(range(descriptors), 2) for v in range(variants) for w in range(variants)]
    return Morphology(ds, js)


def _wait_until_none_run(qtbot) -> None:
    qtbot.waitUntil(lambda: not running(), timeout=60_000)


def test_the_worker_streams_interim_lists_and_ends_with_what_a_plain_listing_finds(qtbot):
    box = _box(8, 4)  # 65,536 combinations
    worker = EnumerationWorker(box, floor=0, keep=50)
    interim, final = [], []
    worker.found_so_far.connect(interim.append)
    worker.done.connect(final.append)
    worker.start()
    qtbot.waitUntil(lambda: bool(final), timeout=60_000)
    _wait_until_none_run(qtbot)
    expected = enumerate_consistent(box, floor=0, keep=50)
    assert not final[0].cancelled
    assert final[0].consistent == expected.consistent
    assert [c.variants for c in final[0].combinations] == [c.variants for c in expected.combinations]
    assert interim, "the first results come before the whole box is crossed"
    assert all(r.consistent <= expected.consistent for r in interim)
    assert [r.consistent for r in interim] == sorted(r.consistent for r in interim)  # found so far only grows


def test_a_box_edited_while_the_worker_runs_does_not_change_what_it_lists(qtbot):
    box = _box(6, 3)
    expected = enumerate_consistent(box, floor=0)
    worker = EnumerationWorker(box, floor=0)
    final = []
    worker.done.connect(final.append)
    worker.start()
    box.judgements.clear()  # the worker lists the box as it was when asked
    qtbot.waitUntil(lambda: bool(final), timeout=60_000)
    assert final[0].consistent == expected.consistent


@pytest.fixture
def study():
    """Return the small study with a 4^12 box: about 16.8 million combinations, seconds even on a fast machine."""
    study = make_study()
    study.foresight.morphology = _box(12, 4)
    return study


@pytest.fixture
def window_on_large_box(window):
    view = window.foresight
    view.resize(1366, 768)
    view.show_tab("box")
    return view, window.session


def test_a_large_box_is_listed_on_a_thread_and_stop_keeps_what_was_found(qtbot, window_on_large_box):
    window, _ = window_on_large_box
    view = window.box
    view.enumerate()  # afresh: the listing begun when the window was shown may have ended while it was drawn
    worker = view.worker
    assert worker is not None and worker.isRunning()  # the window is answering: the listing runs behind it
    assert view.cancel_button.isEnabled()
    # The first results are listed while the listing still runs, and the status says how far it has got.
    qtbot.waitUntil(lambda: view.combinations.rowCount() > 0, timeout=30_000)
    assert view.worker is worker and "so far" in view.status.text()
    view.cancel_button.click()
    _wait_until_none_run(qtbot)
    qtbot.waitUntil(lambda: view.worker is None, timeout=10_000)
    assert view.result is not None and view.result.cancelled
    assert view.combinations.rowCount() > 0  # Stop keeps what was found
    assert view.status.text().startswith("Stopped after")
    assert not view.cancel_button.isEnabled()


def test_closing_the_main_window_mid_listing_stops_the_thread_without_a_crash(qtbot, library, study):
    window = MainWindow(library, study.id)
    window.show()
    window.foresight.show_tab("box")
    window.foresight.box.enumerate()  # afresh, so it is surely still running when the window closes
    worker = window.foresight.box.worker
    assert worker is not None and worker.isRunning()
    window.close()
    window.deleteLater()
    del window
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    gc.collect()
    assert worker.stopping  # the dying view asked it to stop rather than run on for seconds
    _wait_until_none_run(qtbot)
    # Stopped part-way, or (on a loaded machine, where the closing window waits for the GIL) already through
    # every combination before the stop was read: either way it ended and nothing crashed.
    assert worker.result is not None
    assert worker.result.cancelled or worker.result.examined == worker.result.total
    QApplication.processEvents()  # its late answers reach nobody: the view is gone


def test_a_newer_listing_stops_the_running_one_and_only_the_newer_is_shown(qtbot, window_on_large_box):
    window, _ = window_on_large_box
    view = window.box
    view.enumerate()
    first = view.worker
    view.floor.setValue(-1)  # lists again
    second = view.worker
    assert first is not None and second is not None and second is not first
    assert first.stopping
    view.cancel_button.click()
    _wait_until_none_run(qtbot)
    qtbot.waitUntil(lambda: view.worker is None, timeout=10_000)
    assert view.result is second.result


def test_quitting_stops_and_waits_for_every_listing(qtbot):
    workers = [EnumerationWorker(_box(12, 4), floor=0) for _ in range(2)]
    for worker in workers:
        worker.start()
    stop_all()
    assert all(w.isFinished() for w in workers)
    assert all(w.result is not None and w.result.cancelled for w in workers)
    _wait_until_none_run(qtbot)
