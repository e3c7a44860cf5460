"""The compute service samples through native code once its worker has compiled it, and with numpy without it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from models.engine.bands import band_rows
from models.engine.compiled import compile_study
from models.engine.native import NO_NATIVE, NativeUnavailable, compile_native
from storage.interchange import read_study_file
from ui.compute.service import ComputeService

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "bolivia-paz-pivot.json"
SHOWN = ["gdp_growth", "public_debt", "political_stability"]


def _service(qtbot, cache: Path | None):
    service = ComputeService(native=True, native_cache=None if cache is None else str(cache))
    answers, failures = [], []
    service.result_ready.connect(answers.append)
    service.failed.connect(failures.append)
    return service, answers, failures


def _ask(service, answers, failures, kind, study, params):
    service.request(kind, study, params)
    service.wait(kind)
    assert not failures, failures
    return answers[-1]


def _bands_params(study):
    return {"scenario_ids": [s.id for s in study.scenarios], "variables": SHOWN, "samples": 1_000, "seed": 4}


def test_bands_odds_chance_and_tornado_come_from_native_samples_with_the_numpy_numbers(qtbot, tmp_path):
    pytest.importorskip("llvmlite")
    study = read_study_file(SAMPLE)
    expected = band_rows(compile_study(study), study, **_bands_params(study))
    service, answers, failures = _service(qtbot, tmp_path / "cache")
    try:
        assert _ask(service, answers, failures, "native", study, {}).value == "native"
        bands = _ask(service, answers, failures, "bands", study, _bands_params(study)).value
        scenario = study.scenarios[0].id
        chance = _ask(service, answers, failures, "chance", study, {
            "scenario_id": scenario, "variable": "gdp_growth", "threshold": 2.0, "side": "above", "time": 2030.0,
            "span": "at", "samples": 2_000, "seed": 1}).value
        swings = _ask(service, answers, failures, "tornado", study,
                      {"scenario_id": scenario, "variable": "gdp_growth", "time": 2030.0}).value
    finally:
        service.shutdown()
    assert bands["backend"] == "native" and expected["backend"] == "numpy"
    assert bands["names"] == expected["names"] and bands["frequency"] == expected["frequency"]
    for scenario_id, stats in expected["stats"].items():
        for stat, values in stats.items():
            assert np.allclose(bands["stats"][scenario_id][stat], values, rtol=1e-12, atol=0.0), stat
    # The same questions asked of the numpy back end in this process.
    from models.engine.chance import chance_of
    from models.engine.tornado import tornado

    model = compile_study(study)
    assert chance == chance_of(model, study, scenario, "gdp_growth", 2.0, "above", 2030.0, samples=2_000, seed=1)
    numpy_swings = tornado(model, study, scenario, "gdp_growth", 2030.0)
    assert [b.name for b in swings.bars] == [b.name for b in numpy_swings.bars]
    assert np.allclose([b.effect for b in swings.bars], [b.effect for b in numpy_swings.bars], rtol=1e-12)
    # The worker kept its code on disk: reopening the study loads it instead of compiling.
    assert list((tmp_path / "cache").glob("*.bin"))
    assert compile_native(study, tmp_path / "cache", lanes=True).from_cache


def test_without_native_code_the_service_samples_with_numpy_and_gives_the_same_bands(qtbot, monkeypatch):
    # The switch makes this installation behave as one without llvmlite: available() says no,
    # compiling raises NativeUnavailable, and the spawned worker inherits the environment.
    monkeypatch.setenv(NO_NATIVE, "1")
    study = read_study_file(SAMPLE)
    with pytest.raises(NativeUnavailable):
        compile_native(study)
    expected = band_rows(compile_study(study), study, **_bands_params(study))
    service, answers, failures = _service(qtbot, None)
    try:
        assert _ask(service, answers, failures, "native", study, {}).value == "python"
        bands = _ask(service, answers, failures, "bands", study, _bands_params(study)).value
    finally:
        service.shutdown()
    assert bands["backend"] == "numpy"
    for scenario_id, stats in expected["stats"].items():
        for stat, values in stats.items():
            assert np.array_equal(bands["stats"][scenario_id][stat], values), stat
