"""Prospectiva: start the GUI, or run a headless command on a study file or the library.

    python main.py [FILE.json] [--db PATH]          the GUI (optionally importing/opening FILE)
    python main.py --smoke                          check the installation on a temporary library, then exit
    python main.py run FILE|STUDY [--scenario NAME]... [--samples N --seed S] [--out PATH]
    python main.py check FILE
    python main.py diagram FILE|STUDY --out FILE.png|.svg|.pdf
    python main.py import FILE [--replace]
    python main.py export STUDY --out FILE.json|.csv|.xlsx|.pdf|.html [--scenario NAME]... [--reference NAME] [--samples N --seed S]
    python main.py list
    python main.py delete STUDY [--yes]
    python main.py track FILE|STUDY [--actuals FILE.csv|.xlsx] [--samples N]
    python main.py explore FILE|STUDY --where "VAR < X" | --saved NAME [--at TIME] [--until TIME] [--runs N] [--scenario NAME] [--seed S]
                   [--workers N | --cluster | --scheduler ADDRESS] [--out FOLDER]

Headless commands use the same engine, library and file reader as the GUI and never load Qt.
Problems go to stderr with a non-zero exit code, never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cli.explore import explore as _explore
from cli.track import track as _track
from cli.studies import find_study as _find_study
from cli.studies import library_of as _library
from cli.studies import scenario_ids as _scenario_ids
from cli.studies import study_of as _study
from cli.terminal import UsageError
from cli.terminal import emit as _emit
from cli.terminal import one_line as _name
from cli.terminal import say as _say
from cli.terminal import show as _print
from models.formatting import set_people_locale
from models.i18n import QT_TRANSLATE_NOOP, fill, language_of_environment, set_language, translate

COMMANDS = ("run", "check", "diagram", "import", "export", "list", "delete", "track", "explore")
EXIT_PROBLEM = 1  # the input is wrong: a bad file, an unknown study or scenario, a broken model
EXIT_LIBRARY = 2  # the library cannot be opened


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # The terminal's language for the command line and its --help; the window takes the library's choice.
    language = language_of_environment(dict(os.environ))
    set_language(language)
    _speak_argparse()
    if _command_of(argv) is None:
        options = _gui_parser().parse_args(argv)
        if options.smoke:
            from ui.smoke import run_smoke

            return run_smoke()
        from ui.app import run_gui  # Qt loads only for the GUI

        return run_gui(options.db, options.file)
    options = _command_parser().parse_args(argv)
    # What a command says to people has the language's numbers too (12.125,5); files for machines stay locale-free.
    set_people_locale(language)
    from models.engine.compiled import ModelError
    from storage.errors import InterchangeError, LibraryError

    try:
        return options.handler(options)
    except InterchangeError as error:
        _say(str(error))
        return EXIT_PROBLEM
    except ModelError as error:
        _say(fill(translate("Cli", "the model has problems:\n%1"), "\n".join(f"  {p}" for p in error.problems)))
        return EXIT_PROBLEM
    except LibraryError as error:
        _say(str(error))
        return EXIT_LIBRARY
    except (UsageError, OSError) as error:
        _say(str(error))
        return EXIT_PROBLEM


def _command_of(argv: list[str]) -> str | None:
    """Return the headless command named on the line, skipping a leading `--db PATH`."""
    rest = argv
    while rest and rest[0].startswith("--db"):
        rest = rest[1:] if "=" in rest[0] else rest[2:]
    return rest[0] if rest and rest[0] in COMMANDS else None


# argparse's own words (usage, the section titles, its errors), marked for the catalogue.
ARGPARSE_WORDS = (QT_TRANSLATE_NOOP("Argparse", "usage: "), QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
                  QT_TRANSLATE_NOOP("Argparse", "options"), QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
                  QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
                  QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
                  QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
                  QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
                  QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
                  QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
                  QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"))


def _speak_argparse() -> None:
    """Let argparse's own words come from our catalogue (it looks them up through gettext, which has no Spanish)."""
    argparse._ = lambda text: translate("Argparse", text)  # type: ignore[attr-defined]


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description=translate("Cli", "Prospectiva: quantitative scenario planning."),
                                     epilog=fill(translate("Cli", "Headless commands: %1 (main.py COMMAND --help)."), ", ".join(COMMANDS)))
    parser.add_argument("file", nargs="?", type=Path, help=translate("Cli", "a study file to import and open"))
    parser.add_argument("--db", type=Path, help=translate("Cli", "the library file (default: your user-data folder)"))
    parser.add_argument("--smoke", action="store_true",
                        help=translate("Cli", "check this installation on a temporary library (never yours), print what passed, and exit"))
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py")
    parser.add_argument("--db", type=Path, help=translate("Cli", "the library file (default: your user-data folder)"))
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help=translate("Cli", "project a study and print tidy CSV"))
    run.add_argument("study", help=translate("Cli", "a study file (.json) or model (.xmile, .stmx, .mdl), or a study in the library (title or id)"))
    run.add_argument("--scenario", action="append", help=translate("Cli", "only this scenario (repeatable)"))
    run.add_argument("--samples", type=_positive, help=translate("Cli", "Monte Carlo samples (prints mean and percentiles)"))
    run.add_argument("--seed", type=int, default=1, help=translate("Cli", "random seed for --samples (default 1)"))
    run.add_argument("--out", type=Path, help=translate("Cli", "write the CSV here instead of standard output"))
    run.set_defaults(handler=_run)

    explore = commands.add_parser("explore", help=translate("Cli", "run an ensemble across the sliders' ranges and find, with PRIM, where a condition holds"))
    explore.add_argument("study", help=translate("Cli", "a study file (.json) or model, or a study in the library (title or id)"))
    asked = explore.add_mutually_exclusive_group(required=True)
    asked.add_argument("--where", help=translate("Cli", "the condition, e.g. \"gdp_growth < 0\""))
    asked.add_argument("--saved", metavar="NAME", help=translate("Cli", "run again an exploration saved with the study (its name or id): its question, scenario, runs and seed, and whether its box is found again"))
    explore.add_argument("--at", type=float, help=translate("Cli", "the time the condition is checked at (default: the end)"))
    explore.add_argument("--until", type=float, help=translate("Cli", "the condition holds if it holds at any time from --at to this time"))
    explore.add_argument("--runs", type=_positive, default=10_000, help=translate("Cli", "runs in the ensemble (default 10,000)"))
    explore.add_argument("--scenario", help=translate("Cli", "the scenario explored (default: the first)"))
    explore.add_argument("--seed", type=int, default=1, help=translate("Cli", "random seed (default 1)"))
    where = explore.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_positive, help=translate("Cli", "run the chunks on this many local processes (1: in this one)"))
    where.add_argument("--cluster", action="store_true", help=translate("Cli", "run on a local Dask cluster of this machine's cores (the default when Dask is installed)"))
    where.add_argument("--scheduler", metavar="ADDRESS", help=translate("Cli", "run on the Dask cluster at this scheduler address"))
    explore.add_argument("--out", type=Path, help=translate("Cli", "write each chunk's runs to this Parquet folder; an existing one resumes (its finished chunks are skipped)"))
    explore.set_defaults(handler=_explore)

    check = commands.add_parser("check", help=translate("Cli", "validate a study file or model (XMILE or Vensim .mdl) and print every problem"))
    check.add_argument("file", type=Path)
    check.set_defaults(handler=_check)

    diagram = commands.add_parser("diagram", help=translate("Cli", "draw the model's diagram (kept positions respected) to .png, .svg or .pdf"))
    diagram.add_argument("study", help=translate("Cli", "a study file (.json) or model, or a study in the library (title or id)"))
    diagram.add_argument("--out", type=Path, required=True)
    diagram.add_argument("--coefficients", action="store_true",
                         help=translate("Cli", "also draw the coefficients (variables that hold a number with its unit)"))
    diagram.set_defaults(handler=_diagram)

    imp = commands.add_parser("import", help=translate("Cli", "import a study file or model (XMILE or Vensim .mdl) into the library (merging)"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help=translate("Cli", "let the file's changed scenarios and model replace yours"))
    imp.set_defaults(handler=_import)

    export = commands.add_parser("export", help=translate("Cli", "export a library study to .json, .csv or .xlsx"))
    export.add_argument("study", help=translate("Cli", "a study in the library (title or id)"))
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--scenario", action="append", help=translate("Cli", "only this scenario (repeatable)"))
    export.add_argument("--reference", help=translate("Cli", ".xlsx, .pdf, .html: the scenario the others are compared with (default: the first)"))
    export.add_argument("--samples", type=_positive, help=translate("Cli", ".csv/.xlsx: add Monte Carlo mean and percentile columns from N samples"))
    export.add_argument("--seed", type=int, default=1, help=translate("Cli", "random seed for --samples (default 1)"))
    export.set_defaults(handler=_export)

    listing = commands.add_parser("list", help=translate("Cli", "list the studies in the library"))
    listing.set_defaults(handler=_list)

    remove = commands.add_parser("delete", help=translate("Cli", "delete a study from the library (asks first)"))
    remove.add_argument("study", help=translate("Cli", "a study in the library (title or id)"))
    remove.add_argument("--yes", action="store_true", help=translate("Cli", "do not ask (for scripts)"))
    remove.set_defaults(handler=_delete)
    tracking = commands.add_parser("track", help=translate("Cli", "rank the scenarios against the actuals and show the signposts"))
    tracking.add_argument("study", help=translate("Cli", "a study file (.json), or a study in the library (title or id)"))
    tracking.add_argument("--actuals", type=Path, help=translate("Cli", "more observations from CSV or XLSX (variable,time,value[,source]); not stored"))
    tracking.add_argument("--samples", type=_positive, default=1000,
                          help=translate("Cli", "Monte Carlo samples for the bands that band signposts watch (default 1000, seed 1)"))
    tracking.set_defaults(handler=_track)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(translate("Cli", "must be between 1 and 1,000,000"))
    return value


# -- commands ---------------------------------------------------------------------------------

def _run(options) -> int:
    from models.engine.acceptance import require_runnable
    from models.engine.compiled import compile_study
    from models.engine.montecarlo import run_samples
    from storage.tables import projection_csv

    study = _study(options)
    ids = _scenario_ids(study, options.scenario)
    require_runnable(study, len(ids), options.samples)
    model = compile_study(study)
    if options.samples:
        frame = run_samples(model, study, options.samples, options.seed, ids).to_frame(study)
    else:
        frame = model.run(study, ids).to_frame(study)
    _emit(projection_csv(frame), options.out)
    return 0


def _check(options) -> int:
    from models.engine.acceptance import study_problems
    from storage.model_files import read_model_file

    study = read_model_file(options.file)
    problems = study_problems(study)  # the reader already refuses these; kept for files it accepts
    if problems:
        raise UsageError("\n".join(str(p) for p in problems))
    from models.units.check import check_units

    warnings = check_units(study)  # a unit mismatch is a warning: the model still runs
    for warning in warnings:
        _print(fill(translate("Cli", "warning: %1"), warning), sys.stderr)
    count = len(warnings)
    said = translate("Cli", ", %n unit warning(s)", "", count) if warnings else ""
    _print(fill(translate("Cli", "%1: ok — \"%2\", %3 variables, %4 events, %5 scenarios"), options.file, _name(study.title),
                len(study.variables), len(study.events), len(study.scenarios)) + said)
    return 0


def _diagram(options) -> int:
    """Draw the model's diagram to a file; Qt draws it, off screen when there is no display."""
    import os

    if options.out.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise UsageError(fill(translate("Cli", "%1: a diagram is written as .png, .svg or .pdf"), options.out.name))
    study = _study(options)
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.diagram.export import export_diagram

    width, height = export_diagram(study, options.out, options.coefficients)
    left_out = 0 if options.coefficients else sum(v.is_coefficient for v in study.variables)
    if left_out:
        _print(fill(translate("Cli", "%1: the diagram of \"%2\", %3 variables and %4 coefficients left out "
                                     "(--coefficients draws them), %5 × %6 at life size"),
                    options.out, _name(study.title), len(study.variables) - left_out, left_out, width, height))
    else:
        _print(fill(translate("Cli", "%1: the diagram of \"%2\", %3 variables, %4 × %5 at life size"),
                    options.out, _name(study.title), len(study.variables), width, height))
    return 0


def _import(options) -> int:
    from storage.merge import import_study
    from storage.model_files import read_model_file

    study = read_model_file(options.file)
    with _library(options) as library:
        report = import_study(library, study, replace=options.replace, origin=options.file.name, file_name=options.file.name)
    for line in report.lines():
        _print(_name(line))
    return 0


def _export(options) -> int:
    from models.engine.acceptance import require_runnable
    from models.engine.compiled import compile_study
    from storage.interchange import write_study_file
    from storage.tables import write_projection_csv, write_projection_xlsx

    with _library(options) as library:
        study = library.load_study(_find_study(library, options.study))
    ids = _scenario_ids(study, options.scenario)
    suffix = options.out.suffix.lower()
    if suffix == ".json":
        write_study_file(study, options.out, ids)
    elif suffix in (".csv", ".xlsx"):
        require_runnable(study, len(ids), options.samples)
        model = compile_study(study)
        frame = model.run(study, ids).to_frame(study)
        if options.samples:
            from models.engine.montecarlo import run_samples

            spread = run_samples(model, study, options.samples, options.seed, ids).to_frame(study)
            frame = frame.merge(spread, on=["scenario", "variable", "time"], how="left")
        if suffix == ".csv":
            write_projection_csv(frame, options.out)
            if study.actuals:  # one table per file: the actuals go beside, in the shape `track --actuals` reads
                from storage.tracking.actuals_export import beside, write_actuals_csv

                write_actuals_csv(study, beside(options.out))
                _print(fill(translate("Cli", "wrote %1"), beside(options.out)))
        elif options.samples:
            write_projection_xlsx({name: part.drop(columns="scenario") for name, part in frame.groupby("scenario", sort=False)}, options.out)
        else:
            _workbook(study, model.run(study, ids), ids, options)
    elif suffix in (".pdf", ".html"):
        require_runnable(study, len(ids))
        _brief(study, ids, options)
    else:
        raise UsageError(fill(translate("Cli", "%1: choose a file ending in .json, .csv, .xlsx, .pdf or .html"), options.out))
    _print(fill(translate("Cli", "wrote %1"), options.out))
    return 0


def _workbook(study, projection, ids: list[str], options) -> None:
    """Write the full workbook: a sheet per scenario, a comparison at three horizons, the inputs."""
    from storage.workbook import write_study_workbook

    reference = _scenario_ids(study, [options.reference])[0] if options.reference else ids[0]
    indicators = [v.name for v in study.variables if v.kind != "assumption"]
    # The study's own table years, as the window's table shows them: never the axis's or the clock's.
    from models.timeline import table_times

    years = table_times(study)
    write_study_workbook(study, projection, options.out, ids, reference, indicators, years)


def _brief(study, ids: list[str], options) -> None:
    """Write the scenario brief; Qt draws it, off screen when there is no display."""
    import os

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.compare.report import export_study_brief

    reference = _scenario_ids(study, [options.reference])[0] if options.reference else ids[0]
    export_study_brief(study, options.out, ids, reference)


def _list(options) -> int:
    with _library(options) as library:
        studies = library.list_studies()
    if not studies:
        print(translate("Cli", "the library has no studies yet (import one with: main.py import FILE.json)"))
    for summary in studies:
        _print(fill(translate("Cli", "%1  %2  (%3 scenarios, updated %4)"), summary.id, _name(summary.title), summary.scenario_count,
                    f"{summary.updated_at:%Y-%m-%d %H:%M}"))
    return 0


def _delete(options) -> int:
    with _library(options) as library:
        # The summary, not the study: a study too damaged to load can still be deleted.
        summary = next(s for s in library.list_studies() if s.id == _find_study(library, options.study, unique=True))
        what = fill(translate("Cli", "\"%1\" (%2 scenarios, id %3)"), _name(summary.title), summary.scenario_count, summary.id)
        if not options.yes:
            if not sys.stdin.isatty():
                raise UsageError(fill(translate("Cli", "delete %1? There is no terminal to ask on: add --yes to delete it."), what))
            try:
                answer = input(fill(translate("Cli", "Delete %1 from %2? This cannot be undone. [y/N] "), what, library.path))
            except EOFError:
                answer = ""
            # "y"/"yes" always, and the language's own yes ("s"/"sí" in Spanish).
            if answer.strip().casefold() not in ("y", "yes", *translate("Cli", "y|yes").split("|")):
                raise UsageError(fill(translate("Cli", "nothing was deleted: %1 is still in the library"), what))
        library.delete_study(summary.id)
    _print(fill(translate("Cli", "deleted %1"), what))
    return 0


if __name__ == "__main__":
    import multiprocessing

    # A frozen bundle starts its compute worker by running itself again: this makes that run the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
