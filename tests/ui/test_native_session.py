"""A large study's session starts on the Python back end and moves to native code compiled in the background."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.engine import synthetic_study
from models.commands.scenario import SetAssumption, SetEquation
from models.engine.compiled import compile_study
from storage.repository import open_library
from ui.session.native_compiler import NATIVE_FROM
from ui.session.study_session import StudySession

pytest.importorskip("llvmlite")


@pytest.fixture
def session(qtbot, tmp_path):
    study = synthetic_study(size=max(NATIVE_FROM, 300), steps=60)
    library = open_library(tmp_path / "library.sqlite")
    library.save_study(study)
    session = StudySession(library, library.load_study(study.id), native_cache=tmp_path / "cache")
    yield session
    qtbot.waitUntil(lambda: not session.native.busy, timeout=60_000)
    session.close()
    library.close()


def _expected(session, name):
    return compile_study(session.study).run(session.study).series(session.study.scenarios[0].id, name)


def _wait_native(qtbot, session):
    qtbot.waitUntil(lambda: session.backend == "native", timeout=60_000)
    qtbot.waitUntil(lambda: session.scheduler.delivered == session.scheduler.requested, timeout=5_000)


def test_quick_code_comes_first_then_optimised_code_for_the_same_model(qtbot, session):
    arrived = []
    session.native.compiled.connect(lambda stamp, code: arrived.append((stamp, code.optimised)))
    qtbot.waitUntil(lambda: len(arrived) == 2, timeout=60_000)
    assert arrived == [(1, False), (1, True)]
    assert session.backend == "native"


def test_the_first_results_come_at_once_and_native_code_takes_over_with_the_same_numbers(qtbot, session):
    base = session.study.scenarios[0].id
    assert session.backend == "python"  # the first results never wait for native code
    first = session.series(base, "x53").copy()
    _wait_native(qtbot, session)
    session.push(SetAssumption(base, "a3", 7.5))
    qtbot.waitUntil(lambda: session.scheduler.delivered == session.scheduler.requested, timeout=5_000)
    moved = session.series(base, "x53")
    assert not np.allclose(moved, first)  # x53 reads a3
    np.testing.assert_allclose(moved, _expected(session, "x53"), rtol=1e-12)


def test_an_edit_to_the_model_goes_back_to_python_until_its_own_native_code_is_ready(qtbot, session):
    base = session.study.scenarios[0].id
    _wait_native(qtbot, session)
    session.push(SetEquation("x10", "equation", "a1 * 100"))
    assert session.backend == "python"  # the old structure's code never runs the new model
    np.testing.assert_allclose(session.series(base, "x10"), np.full(60, 101.0))
    _wait_native(qtbot, session)
    session.push(SetAssumption(base, "a1", 2.0))
    qtbot.waitUntil(lambda: session.scheduler.delivered == session.scheduler.requested, timeout=5_000)
    np.testing.assert_allclose(session.series(base, "x10"), np.full(60, 200.0))


def test_edits_made_while_compiling_wait_and_only_the_newest_is_compiled(qtbot, session, monkeypatch):
    import threading

    from models.engine import native

    base = session.study.scenarios[0].id
    qtbot.waitUntil(lambda: not session.native.busy, timeout=60_000)  # quick and optimised code of the first model
    gate, compiled = threading.Event(), []
    compile_native = native.compile_native

    def held(*args, **kwargs):
        gate.wait(30)  # the first compile is still under way while the user types on
        return compile_native(*args, **kwargs)

    monkeypatch.setattr(native, "compile_native", held)
    session.native.compiled.connect(lambda stamp, _: compiled.append(stamp))
    first = session.native.stamp + 1
    for k in range(4):  # typed quickly: each edit is a new structure
        session.push(SetEquation("x10", "equation", f"a1 * {k + 1}"))
    gate.set()
    _wait_native(qtbot, session)
    qtbot.waitUntil(lambda: len(compiled) == 3, timeout=60_000)
    assert compiled == [first, first + 3, first + 3]  # the edits between were never compiled; the newest twice
    np.testing.assert_allclose(session.series(base, "x10"), np.full(60, 1.01 * 4))
