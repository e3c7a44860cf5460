"""Keep what went wrong in a log file beside the library, for the user to send when asking for help."""

from __future__ import annotations

import logging
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(library_path: Path) -> Path:
    """Return the log file of a library: beside it, with the same name and the suffix .log."""
    return library_path.with_suffix(".log")


def attach_log(library_path: Path) -> logging.Handler:
    """Send warnings and errors (with their tracebacks) to the library's log file from now on."""
    # delay: the file appears only when something goes wrong, so a healthy library leaves no trace.
    handler = logging.FileHandler(log_path(library_path), encoding="utf-8", delay=True)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
    return handler


def detach_log(handler: logging.Handler) -> None:
    """Stop writing to a log file and close it."""
    logging.getLogger().removeHandler(handler)
    handler.close()
