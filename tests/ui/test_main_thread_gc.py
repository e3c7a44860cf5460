"""Cyclic garbage is collected on the GUI thread, never on a worker thread that happens to allocate.

Collected on a worker, a Qt widget in a cycle is destroyed there, and PySide 6.9 can deadlock the
window (seen as a test run that froze for good while the native compiler ran).
"""

from __future__ import annotations

import gc
import threading
import weakref

from ui.app import application
from ui.main_thread_gc import collect_in_main_thread


class _Node:
    other: object


def _allocate_cycles() -> None:
    for _ in range(50_000):  # far past the youngest generation's threshold, many times over
        loop: list = []
        loop.append(loop)


def test_a_cycle_dropped_on_the_gui_thread_is_not_collected_by_a_worker_but_by_the_gui_thread(qapp, qtbot):
    collect_in_main_thread(qapp)
    collected_on: list[int] = []
    first, second = _Node(), _Node()
    first.other, second.other = second, first
    weakref.finalize(first, lambda: collected_on.append(threading.get_ident()))
    del first, second
    worker = threading.Thread(target=_allocate_cycles)
    worker.start()
    worker.join()
    assert collected_on == []  # the worker's allocations did not collect it
    qtbot.waitUntil(lambda: bool(collected_on), timeout=5_000)  # the GUI thread's timer did
    assert collected_on == [threading.get_ident()]


def test_the_application_installs_one_collector_however_often_it_is_asked(qapp):
    application()
    application()
    assert not gc.isenabled()
    assert collect_in_main_thread(qapp) is collect_in_main_thread(qapp)
