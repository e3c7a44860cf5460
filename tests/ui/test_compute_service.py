"""The compute service with a real spawned worker process: the newest request wins, a killed worker is replaced."""

from __future__ import annotations

import ast
import multiprocessing
import os
import signal
import time
from pathlib import Path
from statistics import NormalDist

import psutil
import pytest

from models.domain import Distribution, Variable
from tests.models.helpers import aux, study_of
from tests.ui.conftest import wait_results
from ui.compute.service import ComputeService

ROOT = Path(__file__).resolve().parents[2]
LONG_STEPS = 3_000  # enough time steps that a request is still running when the test acts on its progress


def chain_study(steps: int = 20):
    """Return y = 3 x + 1 through a chain of 40 auxiliaries, x ~ normal(0, 1): P(y < c) = Phi((c - 1) / 3)."""
    variables = [Variable("x", "assumption", value=0.0, distribution=Distribution("normal", {"mean": 0.0, "sd": 1.0}))]
    variables.append(aux("a0", "x"))
    variables += [aux(f"a{k}", f"a{k - 1} + 0 * t") for k in range(1, 40)]
    variables.append(aux("y", "3 * a39 + 1"))
    return study_of(*variables, start=0.0, end=float(steps), step=1.0)


def question(study, threshold: float, samples: int = 5_000) -> dict:
    """Return the parameters of "the chance that y is below `threshold` at time 10"."""
    return {"scenario_id": study.scenarios[0].id, "variable": "y", "threshold": threshold, "side": "below",
            "time": 10.0, "span": "at", "samples": samples, "seed": 1}


def exact(threshold: float) -> float:
    return NormalDist(0, 1).cdf((threshold - 1) / 3)


@pytest.fixture
def service(qtbot):
    """Return a compute service; stop its worker after the test."""
    service = ComputeService()
    answers, failures = [], []
    service.result_ready.connect(answers.append)
    service.failed.connect(failures.append)
    service.answers, service.failures = answers, failures
    yield service
    service.shutdown()


def _alive(pid: int) -> bool:
    return any(child.pid == pid for child in multiprocessing.active_children())


def test_the_worker_is_a_spawned_process_and_answers_with_the_closed_form(service):
    study = chain_study()
    stamp = service.request("chance", study, question(study, 1.0))
    service.wait()
    (answer,) = service.answers
    assert answer.stamp == stamp and answer.kind == "chance"
    assert abs(answer.value.probability - exact(1.0)) < 0.03
    pid = service.worker_pid
    assert pid is not None and pid != os.getpid() and _alive(pid)
    # Below the window's priority, so a drag frame never waits for sampling.
    if psutil.WINDOWS:
        assert psutil.Process(pid).nice() == psutil.BELOW_NORMAL_PRIORITY_CLASS
    else:
        assert psutil.Process(pid).nice() > psutil.Process().nice()
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():  # Linux tells how it was started: spawned, not a fork of this process
        assert b"spawn_main" in cmdline.read_bytes()


def test_a_newer_request_of_the_same_kind_cancels_the_running_one_and_only_the_newer_answers(qtbot, service):
    study = chain_study(LONG_STEPS)
    cancelled = []
    service.cancelled.connect(lambda kind, stamp: cancelled.append(stamp))
    with qtbot.waitSignal(service.progressed, timeout=60_000):
        first = service.request("chance", study, question(study, 1.0), progress=True)
    second = service.request("chance", study, question(study, 4.0, samples=2_000))
    service.wait()
    assert [a.stamp for a in service.answers] == [second]
    assert abs(service.answers[0].value.probability - exact(4.0)) < 0.04
    assert service.answers[0].value.samples == 2_000
    assert cancelled == [first]


def test_an_answer_to_a_cancelled_request_is_dropped_even_when_it_was_already_computed(service):
    study = chain_study()
    service.request("chance", study, question(study, 1.0))
    service.wait()  # the worker is running and has compiled the model: the next answer comes within moments
    service.answers.clear()
    service.request("chance", study, question(study, 1.0, samples=500))
    time.sleep(2)  # no events processed: the answer waits in the queue, computed but not yet delivered
    service.cancel("chance")
    assert not service.pending()
    later = service.request("tornado", study, {"scenario_id": study.scenarios[0].id, "variable": "y", "time": 10.0})
    service.wait()
    assert [a.stamp for a in service.answers] == [later]  # the stale chance never arrived


def test_requests_of_other_kinds_wait_their_turn_and_are_all_answered_in_order(service):
    study = chain_study()
    chance = service.request("chance", study, question(study, 1.0))
    swing = service.request("tornado", study, {"scenario_id": study.scenarios[0].id, "variable": "y", "time": 10.0})
    service.wait()
    assert [a.stamp for a in service.answers] == [chance, swing]
    bar = service.answers[1].value.bars[0]
    # y = 3 x + 1 swung between x's 10th and 90th percentiles
    assert bar.output_high - bar.output_low == pytest.approx(3 * (NormalDist().inv_cdf(0.9) - NormalDist().inv_cdf(0.1)))


def test_a_worker_killed_mid_request_is_replaced_the_request_runs_again_and_the_next_one_answers(qtbot, service):
    study = chain_study(LONG_STEPS)
    with qtbot.waitSignal(service.progressed, timeout=60_000):
        first = service.request("chance", study, question(study, 1.0), progress=True)
    killed = service.worker_pid
    os.kill(killed, signal.SIGTERM)  # TerminateProcess on Windows
    service.wait()
    assert [a.stamp for a in service.answers] == [first] and not service.failures
    assert abs(service.answers[0].value.probability - exact(1.0)) < 0.03
    assert service.worker_pid not in (None, killed) and not _alive(killed)
    second = service.request("chance", study, question(study, 4.0, samples=1_000))
    service.wait()
    assert [a.stamp for a in service.answers] == [first, second]


def test_a_model_that_does_not_compile_is_reported_and_the_worker_keeps_serving(service):
    broken = study_of(aux("y", "1 + nope"))
    service.request("tornado", broken, {"scenario_id": broken.scenarios[0].id, "variable": "y", "time": 1.0})
    service.wait()
    (failure,) = service.failures
    assert failure.model_broken and "nope" in failure.message
    study = chain_study()
    service.request("chance", study, question(study, 1.0))
    service.wait()
    assert len(service.answers) == 1


def test_shutdown_mid_request_stops_the_worker_and_its_receiving_thread(qtbot, service):
    study = chain_study(LONG_STEPS)
    with qtbot.waitSignal(service.progressed, timeout=60_000):
        service.request("chance", study, question(study, 1.0), progress=True)
    pid = service.worker_pid
    receiver = service._receiver
    service.shutdown()
    assert not _alive(pid) and service.worker_pid is None
    assert receiver.isFinished()
    if Path("/proc").is_dir():
        assert not Path(f"/proc/{pid}").exists()  # reaped, not a zombie
    service.request("chance", study, question(study, 1.0))
    assert service.worker_pid is None and not service.pending()  # a closed service starts nothing


def test_closing_the_window_leaves_no_worker_process(qtbot, window):
    window.uncertainty_bar.set_on(True)
    window.uncertainty_bar.worker.wait()
    pid = window.compute.worker_pid
    assert pid is not None and _alive(pid)
    window.uncertainty_bar.set_samples(20_000)  # busy sampling while the window closes
    window.close()
    assert not _alive(pid) and window.compute.worker_pid is None


def test_the_window_recovers_when_its_worker_is_killed_while_bands_are_sampled(qtbot, window):
    bar = window.uncertainty_bar
    bar.set_on(True)
    bar.worker.wait()
    base = window.session.study.scenario_named("Base").id
    before = bar.fans("revenue").drawn(base)["p50"].copy()
    bar.set_samples(20_000)
    os.kill(window.compute.worker_pid, signal.SIGTERM)
    bar.worker.wait()
    assert not bar.stale() and "20,000 samples" in bar.status.text()
    row = window.assumptions.row("price")
    row.slider.setValue(row.slider.maximum())
    wait_results(qtbot, window)  # the line moved, and the bands were asked for
    bar.worker.wait()
    after = bar.fans("revenue").drawn(base)["p50"]
    # revenue = 2 x price x (1 + (t - 2025) / 10): the median follows the price from 40 to the slider's 100
    assert after[0] == pytest.approx(before[0] * 100 / 40, rel=0.05)
    assert not bar.fans("revenue").is_stale(base)


POSIX_ONLY = {("os", "nice"), ("os", "fork"), ("os", "forkpty"), ("os", "setpriority"), ("os", "killpg"),
              ("os", "setsid"), ("signal", "SIGKILL"), ("signal", "SIGHUP"), ("signal", "alarm")}


def test_no_posix_only_call_is_left_in_the_compute_service_or_the_models():
    offences = []
    for path in sorted((ROOT / "ui" / "compute").rglob("*.py")) + sorted((ROOT / "models").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and (node.value.id, node.attr) in POSIX_ONLY:
                offences.append(f"{where} {node.value.id}.{node.attr}")
            if isinstance(node, ast.Name | ast.Attribute) and "QSocketNotifier" in (getattr(node, "id", ""), getattr(node, "attr", "")):
                offences.append(f"{where} QSocketNotifier")
            if isinstance(node, ast.Constant) and node.value in ("fork", "forkserver"):
                offences.append(f"{where} start method {node.value!r}")
    assert offences == []
    service = (ROOT / "ui" / "compute" / "service.py").read_text(encoding="utf-8")
    assert 'get_context("spawn")' in service


def test_the_worker_side_imports_no_qt():
    # The worker process imports ui.compute.worker (and the package): Qt there would slow every start
    # and could fail on a machine whose Qt needs a display.
    from tests.test_architecture import QT, imported_modules

    for name in ("__init__.py", "worker.py"):
        assert not imported_modules(ROOT / "ui" / "compute" / name) & set(QT), name
    assert not imported_modules(ROOT / "ui" / "__init__.py") & set(QT)
