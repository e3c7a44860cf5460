"""Prospectiva: start the GUI, or run a headless command on a study file or the library.

    python main.py [FILE.json] [--db PATH]          the GUI (optionally importing/opening FILE)
    python main.py run FILE|STUDY [--scenario NAME]... [--samples N --seed S] [--out PATH]
    python main.py check FILE
    python main.py import FILE [--replace]
    python main.py export STUDY --out FILE.json|.csv|.xlsx|.pdf|.html [--scenario NAME]... [--reference NAME] [--samples N --seed S]
    python main.py list

Headless commands use the same engine, library and file reader as the GUI and never load Qt.
Problems go to stderr with a non-zero exit code, never as a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS = ("run", "check", "import", "export", "list")
EXIT_PROBLEM = 1  # the input is wrong: a bad file, an unknown study or scenario, a broken model
EXIT_LIBRARY = 2  # the library cannot be opened


class UsageError(Exception):
    """A command asked for something that is not there."""


def main(argv: list[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if _command_of(argv) is None:
        options = _gui_parser().parse_args(argv)
        from ui.app import run_gui  # Qt loads only for the GUI

        return run_gui(options.db, options.file)
    options = _command_parser().parse_args(argv)
    from models.engine.compiled import ModelError
    from storage.errors import InterchangeError, LibraryError

    try:
        return options.handler(options)
    except InterchangeError as error:
        _say(str(error))
        return EXIT_PROBLEM
    except ModelError as error:
        _say("the model has problems:\n" + "\n".join(f"  {p}" for p in error.problems))
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


def _say(message: str) -> None:
    print(f"prospectiva: {message}", file=sys.stderr)


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="Prospectiva: quantitative scenario planning.",
                                     epilog=f"Headless commands: {', '.join(COMMANDS)} (main.py COMMAND --help).")
    parser.add_argument("file", nargs="?", type=Path, help="a study file to import and open")
    parser.add_argument("--db", type=Path, help="the library file (default: your user-data folder)")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py")
    parser.add_argument("--db", type=Path, help="the library file (default: your user-data folder)")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="project a study and print tidy CSV")
    run.add_argument("study", help="a study file (.json) or XMILE model (.xmile, .stmx), or a study in the library (title or id)")
    run.add_argument("--scenario", action="append", help="only this scenario (repeatable)")
    run.add_argument("--samples", type=_positive, help="Monte Carlo samples (prints mean and percentiles)")
    run.add_argument("--seed", type=int, default=1, help="random seed for --samples (default 1)")
    run.add_argument("--out", type=Path, help="write the CSV here instead of standard output")
    run.set_defaults(handler=_run)

    check = commands.add_parser("check", help="validate a study file or XMILE model and print every problem")
    check.add_argument("file", type=Path)
    check.set_defaults(handler=_check)

    imp = commands.add_parser("import", help="import a study file or XMILE model into the library (merging)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help="let the file's changed scenarios and model replace yours")
    imp.set_defaults(handler=_import)

    export = commands.add_parser("export", help="export a library study to .json, .csv or .xlsx")
    export.add_argument("study", help="a study in the library (title or id)")
    export.add_argument("--out", type=Path, required=True)
    export.add_argument("--scenario", action="append", help="only this scenario (repeatable)")
    export.add_argument("--reference", help=".xlsx, .pdf, .html: the scenario the others are compared with (default: the first)")
    export.add_argument("--samples", type=_positive, help=".csv/.xlsx: add Monte Carlo mean and percentile columns from N samples")
    export.add_argument("--seed", type=int, default=1, help="random seed for --samples (default 1)")
    export.set_defaults(handler=_export)

    listing = commands.add_parser("list", help="list the studies in the library")
    listing.set_defaults(handler=_list)
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError("must be between 1 and 1,000,000")
    return value


# -- commands ---------------------------------------------------------------------------------

def _run(options) -> int:
    from models.engine.compiled import compile_study
    from models.engine.montecarlo import run_samples
    from storage.tables import projection_csv

    study = _study(options)
    ids = _scenario_ids(study, options.scenario)
    model = compile_study(study)
    if options.samples:
        frame = run_samples(model, study, options.samples, options.seed, ids).to_frame(study)
    else:
        frame = model.run(study, ids).to_frame(study)
    _emit(projection_csv(frame), options.out)
    return 0


def _check(options) -> int:
    from models.language.checker import check_study
    from storage.model_files import read_model_file

    study = read_model_file(options.file)
    problems = check_study(study)  # the reader already refuses these; kept for files it accepts
    if problems:
        raise UsageError("\n".join(str(p) for p in problems))
    print(f"{options.file}: ok — \"{study.title}\", {len(study.variables)} variables, "
          f"{len(study.events)} events, {len(study.scenarios)} scenarios")
    return 0


def _import(options) -> int:
    from storage.merge import import_study
    from storage.model_files import read_model_file

    study = read_model_file(options.file)
    with _library(options) as library:
        report = import_study(library, study, replace=options.replace, origin=options.file.name, file_name=options.file.name)
    print("\n".join(report.lines()))
    return 0


def _export(options) -> int:
    from models.engine.compiled import compile_study
    from storage.interchange import write_study_file
    from storage.tables import projection_csv, write_projection_xlsx

    with _library(options) as library:
        study = library.load_study(_find_study(library, options.study))
    ids = _scenario_ids(study, options.scenario)
    suffix = options.out.suffix.lower()
    if suffix == ".json":
        write_study_file(study, options.out, ids)
    elif suffix in (".csv", ".xlsx"):
        model = compile_study(study)
        frame = model.run(study, ids).to_frame(study)
        if options.samples:
            from models.engine.montecarlo import run_samples

            spread = run_samples(model, study, options.samples, options.seed, ids).to_frame(study)
            frame = frame.merge(spread, on=["scenario", "variable", "time"], how="left")
        if suffix == ".csv":
            options.out.write_text(projection_csv(frame), encoding="utf-8")
        elif options.samples:
            write_projection_xlsx({name: part.drop(columns="scenario") for name, part in frame.groupby("scenario", sort=False)}, options.out)
        else:
            _workbook(study, model.run(study, ids), ids, options)
    elif suffix in (".pdf", ".html"):
        _brief(study, ids, options)
    else:
        raise UsageError(f"{options.out}: choose a file ending in .json, .csv, .xlsx, .pdf or .html")
    print(f"wrote {options.out}")
    return 0


def _workbook(study, projection, ids: list[str], options) -> None:
    """Write the full workbook: a sheet per scenario, a comparison at three horizons, the inputs."""
    from storage.workbook import write_study_workbook

    reference = _scenario_ids(study, [options.reference])[0] if options.reference else ids[0]
    indicators = [v.name for v in study.variables if v.kind != "assumption"]
    # Six months in, halfway and the end: the brief's two horizons on the sample (2025.5, 2030, 2035).
    years = [study.time.start + 0.5, round((study.time.start + study.time.end) / 2), study.time.end]
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
        print("the library has no studies yet (import one with: main.py import FILE.json)")
    for summary in studies:
        print(f"{summary.id}  {summary.title}  ({summary.scenario_count} scenarios, updated {summary.updated_at:%Y-%m-%d %H:%M})")
    return 0


# -- helpers ----------------------------------------------------------------------------------

def _library(options):
    from storage.repository import open_library

    return open_library(options.db)


def _study(options):
    """Return the study named on the command line: a file if one exists there, else a library study."""
    from storage.model_files import MODEL_SUFFIXES, read_model_file

    candidate = Path(options.study)
    if candidate.suffix.lower() in MODEL_SUFFIXES or candidate.is_file():
        return read_model_file(candidate)
    with _library(options) as library:
        return library.load_study(_find_study(library, options.study))


def _find_study(library, wanted: str) -> str:
    """Return the id of the library study whose id or title (any case) is `wanted`."""
    studies = library.list_studies()
    for summary in studies:
        if wanted == summary.id or wanted.casefold() == summary.title.casefold():
            return summary.id
    known = ", ".join(f'"{s.title}"' for s in studies) or "none"
    raise UsageError(f'no study "{wanted}" in the library (studies: {known})')


def _scenario_ids(study, names: list[str] | None) -> list[str]:
    if not names:
        return [s.id for s in study.scenarios]
    by_name = {s.name.casefold(): s.id for s in study.scenarios}
    missing = [n for n in names if n.casefold() not in by_name]
    if missing:
        known = ", ".join(f'"{s.name}"' for s in study.scenarios)
        raise UsageError(f"unknown scenario {', '.join(repr(m) for m in missing)} in \"{study.title}\" (scenarios: {known})")
    return [by_name[n.casefold()] for n in names]


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
