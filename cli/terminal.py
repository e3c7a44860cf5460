"""What the command line prints: messages on stderr, names from files with their control characters escaped."""

from __future__ import annotations

import sys
from pathlib import Path


class UsageError(Exception):
    """A command asked for something that is not there."""


def say(message: str) -> None:
    """Print a message for the user on stderr, named as the program's."""
    show(f"prospectiva: {message}", sys.stderr)


def show(text: str, stream=None) -> None:
    """Print text that holds names from files: control characters shown as escapes, line breaks kept."""
    from models.controls import escape_controls

    # A title with ESC[...] or CR could recolour the terminal or overwrite what was printed before it.
    print(escape_controls(text, keep="\n"), file=stream or sys.stdout)


def one_line(text: str) -> str:
    """Return a title or name for one line of output: every control character, line breaks too, escaped."""
    from models.controls import escape_controls

    return escape_controls(text)


def emit(text: str, out: Path | None) -> None:
    """Write a command's output to `out`, or to the terminal with control characters escaped."""
    if out is None:
        if sys.stdout.isatty():  # for eyes, not a program: a name must not drive the terminal
            from models.controls import escape_controls

            text = escape_controls(text, keep="\n")
        sys.stdout.write(text)
    else:
        from storage.atomic import write_text

        write_text(out, text)
