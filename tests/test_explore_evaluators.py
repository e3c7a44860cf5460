"""Ensembles beyond one process: local processes and a real Dask cluster give the in-process numbers bit for bit,
a lost worker's chunks are run again, and a run with --out resumes by chunk."""

from __future__ import annotations

import json
import multiprocessing
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

import pytest

import main
from models.explore import evaluators
from models.explore.ensemble import assemble, ensemble_job, parse_question
from models.explore.evaluators import InProcess, OnDask, OnExecutor
from storage.interchange import read_study_file
from tests.test_cli_explore import write_box_study

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "bolivia-paz-pivot.json"


def sample_job(runs: int, chunk: int):
    study = read_study_file(SAMPLE)
    question = parse_question(study, "gdp_growth < 0", 2030.0)
    return ensemble_job(study, study.scenarios[0].id, question, runs, seed=7, chunk=chunk)


def gathered(evaluator, job):
    chunks = list(evaluator.chunks(job, range(len(job.sizes))))
    assert [index for index, _, _ in chunks] == list(range(len(job.sizes)))  # in order, each once
    return assemble(job, [inputs for _, inputs, _ in chunks], [outcome for _, _, outcome in chunks])


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed", reason="Dask is the optional 'cluster' extra")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as local, \
            distributed.Client(local) as client:
        yield local, client


def test_chunks_draw_from_the_children_of_one_seed_whatever_the_chunking_of_the_loop():
    job = sample_job(4_000, chunk=1_000)
    whole = gathered(InProcess(), job)
    # Chunk 2 alone, run first, gives the rows 2,000-2,999 of the whole ensemble.
    [(index, inputs, outcome)] = list(InProcess().chunks(job, [2]))
    assert index == 2 and np.array_equal(inputs, whole.inputs[2_000:3_000])
    assert np.array_equal(outcome, whole.outcome[2_000:3_000])
    # Inputs are uniform over the sliders' ranges: every column within its range, and spread across it.
    for k, (low, high) in enumerate(job.space.values()):
        assert low <= whole.inputs[:, k].min() and whole.inputs[:, k].max() <= high
        assert whole.inputs[:, k].max() - whole.inputs[:, k].min() > 0.9 * (high - low)


def test_two_local_processes_give_the_single_process_numbers_bit_for_bit():
    job = sample_job(3_000, chunk=500)
    here = gathered(InProcess(), job)
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
        there = gathered(OnExecutor(pool, window=3), job)
    assert np.array_equal(here.inputs, there.inputs) and np.array_equal(here.outcome, there.outcome)


def test_a_two_worker_dask_cluster_gives_the_single_process_numbers_bit_for_bit(cluster):
    _, client = cluster
    job = sample_job(3_000, chunk=500)
    here = gathered(InProcess(), job)
    there = gathered(OnDask(client, window=4), job)
    assert np.array_equal(here.inputs, there.inputs) and np.array_equal(here.outcome, there.outcome)
    # Both workers took part: the job reached each of them, and each compiled it once.
    compiled = client.run(lambda: sorted(evaluators._COMPILED))
    assert len(compiled) == 2 and all(keys == [job.key] for keys in compiled.values())


def test_a_killed_workers_chunks_are_run_again_elsewhere(cluster):
    psutil = pytest.importorskip("psutil")
    local, client = cluster
    job = sample_job(60_000, chunk=5_000)  # chunks long enough to be still waiting when the worker dies
    here = gathered(InProcess(), job)
    chunks, victim_had = [], []
    for number, chunk in enumerate(OnDask(client, window=len(job.sizes)).chunks(job, range(len(job.sizes)))):
        chunks.append(chunk)
        if number == 0:  # every chunk is submitted by now; kill a worker while chunks wait on it
            processing = client.processing()
            address = max(processing, key=lambda a: len(processing[a]))
            victim_had = [key for key in processing[address] if key != f"chunk-{job.key}-0"]
            [nanny] = [n for n in local.workers.values() if n.worker_address == address]
            psutil.Process(nanny.process.process.pid).kill()
    assert victim_had, "the killed worker held no chunk: the test showed nothing"
    there = assemble(job, [c[1] for c in chunks], [c[2] for c in chunks])
    assert [c[0] for c in chunks] == list(range(len(job.sizes)))
    assert np.array_equal(here.inputs, there.inputs) and np.array_equal(here.outcome, there.outcome)


def test_explore_on_workers_a_local_cluster_or_a_scheduler_prints_the_same_box_as_in_process(tmp_path, capsys, cluster):
    path = write_box_study(tmp_path)
    printed = []
    for where in (["--workers", "1"], [], ["--workers", "2"], ["--cluster"], ["--scheduler", cluster[0].scheduler_address]):
        assert main.main(["explore", str(path), "--where", "failure > 0.5", "--runs", "12000", *where]) == 0
        printed.append(capsys.readouterr().out)
    assert printed[0] == printed[1] == printed[2] == printed[3] == printed[4]  # [] : the default, a local cluster
    assert "12,000 runs (seed 1) across 2 assumptions" in printed[0]


def test_an_interrupted_run_resumes_by_chunk_and_skips_the_finished_ones(tmp_path, capsys, monkeypatch):
    pytest.importorskip("pyarrow", reason="Parquet results need the optional 'cluster' extra")
    path, out = write_box_study(tmp_path), tmp_path / "results.parquet"
    command = ["explore", str(path), "--where", "failure > 0.5", "--runs", "40000", "--workers", "1"]  # 8 chunks of 5,000
    assert main.main(command) == 0
    expected = capsys.readouterr().out
    computed = []
    real = evaluators.run_chunk_task

    def counting(job, index, stop_after=None):
        if stop_after is not None and len(computed) == stop_after:
            raise KeyboardInterrupt  # as if the user pressed Ctrl+C during the fourth chunk
        computed.append(index)
        return real(job, index)

    monkeypatch.setattr(evaluators, "run_chunk_task", lambda job, index: counting(job, index, stop_after=3))
    assert main.main([*command, "--out", str(out)]) == 1
    assert "stopped at 15,000 of 40,000 runs; 15,000 runs are saved in" in capsys.readouterr().err
    assert computed == [0, 1, 2] and len(list(out.glob("part-*.parquet"))) == 3

    computed.clear()
    monkeypatch.setattr(evaluators, "run_chunk_task", lambda job, index: counting(job, index))
    assert main.main([*command, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert computed == [3, 4, 5, 6, 7]  # only the unfinished chunks ran
    assert "3 of 8 chunks already finished, skipping them" in captured.err
    assert captured.out == expected  # the same box as one uninterrupted run

    computed.clear()  # finished: nothing runs again, the box comes from the files
    assert main.main([*command, "--out", str(out)]) == 0
    assert computed == [] and capsys.readouterr().out == expected


def test_the_parquet_parts_hold_each_runs_inputs_and_outcome(tmp_path, capsys):
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet results need the optional 'cluster' extra")
    path, out = write_box_study(tmp_path), tmp_path / "results"
    assert main.main(["explore", str(path), "--where", "failure > 0.5", "--runs", "7000", "--workers", "1", "--out", str(out)]) == 0
    table = pq.read_table(out).to_pandas().sort_values("run")
    assert list(table["run"]) == list(range(7000))
    assert set(table.columns) == {"run", "reform", "aid", "failure@2"}
    # The outcome is the model's own rule applied to each run's inputs.
    built = ((table["reform"] < 0.3) & (table["aid"] > 0.6)).astype(float)
    assert np.array_equal(table["failure@2"].to_numpy(), built.to_numpy())


def test_a_folder_of_another_ensemble_is_refused_not_mixed(tmp_path, capsys):
    pytest.importorskip("pyarrow", reason="Parquet results need the optional 'cluster' extra")
    path, out = write_box_study(tmp_path), tmp_path / "results"
    assert main.main(["explore", str(path), "--where", "failure > 0.5", "--runs", "6000", "--workers", "1", "--out", str(out)]) == 0
    assert main.main(["explore", str(path), "--where", "failure > 0.5", "--runs", "6000", "--workers", "1", "--seed", "2",
                      "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"holds another ensemble \(its seed differ", err) and "choose another --out" in err
    assert json.loads((out / "_ensemble.json").read_text(encoding="utf-8"))["seed"] == 1  # left as it was


def test_without_dask_the_same_command_runs_on_local_processes_with_a_progress_bar(tmp_path, capsys, monkeypatch):
    path = write_box_study(tmp_path)
    command = ["explore", str(path), "--where", "failure > 0.5", "--runs", "12000"]
    assert main.main([*command, "--workers", "1"]) == 0
    here = capsys.readouterr().out
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the 'cluster' extra were not installed
    assert main.main(command) == 0
    captured = capsys.readouterr()
    assert captured.out == here
    # Three chunks (5,000, 5,000, 2,000): the bar fills in proportion, to 30 marks at the end.
    assert "[" + "#" * 12 + "-" * 18 + "] 5,000 of 12,000 runs (42%)" in captured.err
    assert "[" + "#" * 30 + "] 12,000 of 12,000 runs (100%)" in captured.err
