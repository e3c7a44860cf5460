"""Storage: the SQLite library (schema, migrations, repository) and the interchange file format.

Imports no Qt; the UI and the command line use the same functions.
"""

from storage.connection import default_library_path
from storage.errors import InterchangeError, LibraryError, StudyNotFound
from storage.interchange import parse_study_text, read_study_file, study_to_dict, write_study_file
from storage.merge import ImportReport, import_study
from storage.repository import Library, StudySummary, open_library
from storage.seed import seed_library_if_new

__all__ = [
    "ImportReport", "InterchangeError", "Library", "LibraryError", "StudyNotFound", "StudySummary",
    "default_library_path", "import_study", "open_library", "parse_study_text", "read_study_file",
    "seed_library_if_new", "study_to_dict", "write_study_file",
]
