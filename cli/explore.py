"""`explore`: an ensemble across the sliders' ranges, run here, on local processes or on Dask, and PRIM's boxes."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from cli.studies import scenario_ids, study_of
from cli.terminal import UsageError, one_line, say, show
from models.formatting import localise
from models.i18n import fill, translate


def explore(options) -> int:
    from models.engine.acceptance import require_runnable
    from models.engine.compiled import compile_study
    from models.explore.ensemble import ensemble_job, parse_question
    from models.explore.prim import peel
    from models.explore.report import discovery_lines

    from models.explore.report import box_lines

    study = study_of(options)
    saved = saved_exploration(study, options.saved) if options.saved else None
    if saved is not None:  # everything that decides the ensemble comes from the file
        scenario_id, runs, seed = saved.scenario, saved.runs, saved.seed
    else:
        [scenario_id] = scenario_ids(study, [options.scenario] if options.scenario else None)[:1]
        runs, seed = options.runs, options.seed
    require_runnable(study, 1)
    compile_study(study)  # a broken model is reported here, before any worker starts
    try:
        question = saved.question if saved is not None else parse_question(study, options.where, options.at, options.until)
        job = ensemble_job(study, scenario_id, question, runs, seed)
        with evaluator_of(options) as evaluator:
            ensemble = run_chunks(job, evaluator, options.out)
        trajectory = peel(ensemble.columns(), ensemble.interesting, bounds=ensemble.space)
    except ValueError as error:
        raise UsageError(str(error)) from None
    labels = {v.name: v.title for v in study.variables}
    for line in discovery_lines(ensemble, trajectory, labels):
        show(one_line(line))
    if saved is not None:
        found = [k for k, box in enumerate(trajectory.boxes) if box.restricted(trajectory.bounds) == saved.box]
        if not found:
            raise UsageError(fill(translate("Cli", "the box saved with '%1' is not on this trajectory: the model or the "
                                                   "sliders' ranges changed since it was saved"), saved.name))
        show("")
        show(one_line(fill(translate("Cli", "the saved box of '%1' is found again, box %2 of the trajectory:"), saved.name, found[0])))
        for line in box_lines(trajectory.boxes[found[0]], ensemble, trajectory, labels):
            show(one_line(line))
    return 0


def saved_exploration(study, name: str):
    """Return the exploration saved with the study under this name or id; a UsageError lists those there are."""
    for exploration in study.foresight.explorations:
        if name in (exploration.name, exploration.id):
            return exploration
    there = ", ".join(f"'{e.name}'" for e in study.foresight.explorations) or translate("Cli", "none")
    raise UsageError(fill(translate("Cli", "the study has no saved exploration '%1' (saved: %2)"), name, there))


BAR = 30  # characters of the terminal's progress bar


def run_chunks(job, evaluator, out: Path | None):
    """Run the job's chunks on the evaluator, into the --out folder if given, showing progress on stderr."""
    from models.explore.evaluators import collect

    results, done, runs = None, [], [0]
    if out is not None:
        from storage.ensemble_results import EnsembleResults

        results = EnsembleResults(out, job)
        done = results.open()
        if done:
            say(fill(translate("Cli", "%1: %2 of %3 chunks already finished, skipping them"), out, len(done), len(job.sizes)))

    def progress(finished: int) -> None:
        runs[0] = finished  # on a terminal the line rewrites itself; in a log, one line per chunk
        filled = BAR * finished // job.runs  # ASCII: every console's encoding can show it
        counted = fill(translate("Cli", "%1 of %2 runs (%3)"), localise(f"{finished:,}"), localise(f"{job.runs:,}"),
                       localise(f"{finished / job.runs:.0%}"))
        print(f"\r[{'#' * filled}{'-' * (BAR - filled)}] {counted}",
              file=sys.stderr, flush=True,
              end="" if sys.stderr.isatty() else "\n")
    try:
        ensemble = collect(job, evaluator, done, results.write if results else None, progress)
    except KeyboardInterrupt:
        if out is not None:
            raise UsageError(fill(translate("Cli", "stopped at %1 of %2 runs; %1 runs are saved in %3: the same command resumes"),
                                  localise(f"{runs[0]:,}"), localise(f"{job.runs:,}"), out)) from None
        raise UsageError(fill(translate("Cli", "stopped at %1 of %2 runs"), localise(f"{runs[0]:,}"), localise(f"{job.runs:,}"))) from None
    if sys.stderr.isatty():
        print(file=sys.stderr)
    return results.read() if results is not None else ensemble


def evaluator_of(options):
    """Return a context giving the evaluator chosen on the command line: here, local processes or Dask."""
    import contextlib

    from models.explore.evaluators import InProcess, OnDask, OnExecutor

    stack = contextlib.ExitStack()
    if options.workers == 1:
        return giving(stack, InProcess())
    if not (options.workers or options.cluster or options.scheduler):
        # By default every core works: a local Dask cluster with the 'cluster' extra, local processes without it.
        try:
            import distributed  # noqa: F401
            options.cluster = True
        except ImportError:
            options.workers = os.cpu_count() or 1
            if options.workers == 1:
                return giving(stack, InProcess())
    if options.workers:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, the one start method Windows has: the same behaviour on every system
        pool = stack.enter_context(ProcessPoolExecutor(options.workers, mp_context=multiprocessing.get_context("spawn")))
        return giving(stack, OnExecutor(pool, window=2 * options.workers))
    if options.cluster or options.scheduler:
        try:
            from distributed import Client

            from models.explore.evaluators import local_cluster
        except ImportError:
            raise UsageError(translate("Cli", "--cluster and --scheduler need Dask: install the 'cluster' extra "
                                              "(pip install -e \".[cluster]\"), or use --workers N")) from None
        try:
            if options.scheduler:
                client = stack.enter_context(Client(options.scheduler, timeout=10))
            else:
                cluster = stack.enter_context(local_cluster())
                client = stack.enter_context(Client(cluster))
        except OSError as error:
            stack.close()
            raise UsageError(fill(translate("Cli", "cannot reach the Dask scheduler at %1: %2"), options.scheduler, error)) from None
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        return giving(stack, OnDask(client, window=2 * workers))
    return giving(stack, InProcess())  # not reached: one of the choices above was made


def giving(stack, evaluator):
    """Return a context manager that gives `evaluator` and closes `stack` after."""
    import contextlib

    @contextlib.contextmanager
    def context():
        with stack:
            yield evaluator
    return context()
