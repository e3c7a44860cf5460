"""The study and scenarios a command names: a file, or a library study by id or title."""

from __future__ import annotations

from pathlib import Path

from cli.terminal import UsageError, one_line
from models.i18n import fill, translate


def library_of(options):
    from storage.repository import open_library

    return open_library(options.db)


def study_of(options):
    """Return the study named on the command line: a file if one exists there, else a library study."""
    from storage.model_files import MODEL_SUFFIXES, read_model_file

    candidate = Path(options.study)
    if candidate.suffix.lower() in MODEL_SUFFIXES or candidate.is_file():
        return read_model_file(candidate)
    with library_of(options) as library:
        return library.load_study(find_study(library, options.study))


def find_study(library, wanted: str, unique: bool = False) -> str:
    """Return the id of the library study whose id or title (any case) is `wanted`; with `unique`, refuse a shared title."""
    studies = library.list_studies()
    by_id = [s.id for s in studies if s.id == wanted]
    by_title = [s.id for s in studies if s.title.casefold() == wanted.casefold()]
    if not by_id and unique and len(by_title) > 1:
        raise UsageError(fill(translate("Cli", '%1 studies are titled "%2": name one by its id (%3)'), len(by_title), one_line(wanted),
                              ", ".join(by_title)))
    if by_id or by_title:
        return (by_id or by_title)[0]
    if not studies:
        raise UsageError(fill(translate("Cli", 'no study "%1" in the library, which has no studies yet'), one_line(wanted)))
    known = ", ".join(f'"{one_line(s.title)}"' for s in studies)
    raise UsageError(fill(translate("Cli", 'no study "%1" in the library (studies: %2)'), one_line(wanted), known))


def scenario_ids(study, names: list[str] | None) -> list[str]:
    if not names:
        return [s.id for s in study.scenarios]
    by_name = {s.name.casefold(): s.id for s in study.scenarios}
    missing = [n for n in names if n.casefold() not in by_name]
    if missing:
        known = ", ".join(f'"{one_line(s.name)}"' for s in study.scenarios)
        raise UsageError(fill(translate("Cli", 'unknown scenario %1 in "%2" (scenarios: %3)'), ', '.join(repr(m) for m in missing),
                              one_line(study.title), known))
    return [by_name[n.casefold()] for n in names]
