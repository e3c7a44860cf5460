"""Write an exported file whole or not at all: a temporary file beside it, renamed over it once complete.

A failed export (a full disk, a writer that stops half-way) leaves no empty or half-written
file and never replaces a good one. The temporary file is created with the mode ordinary
files get (0666 less the user's umask, applied by the system), not mkstemp's private 0600,
so an exported file can be shared like any other the user saves.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.i18n import fill, translate

ORDINARY_MODE = 0o666  # the system takes the umask off, as it does for any file a program creates


@contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a new empty file beside `path` to write; if the block succeeds it becomes `path`, else it is removed."""
    target = Path(path)
    temporary = _create_beside(target)
    try:
        yield temporary
        if temporary.stat().st_size == 0:  # a writer that failed without saying so (Qt's return False)
            raise OSError(fill(translate("FileErrors", "nothing could be written to %1"), target.name))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    """Write UTF-8 text to `path` atomically, with "\\n" line ends on every system."""
    write_bytes(path, text.encode("utf-8"))


def write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write bytes to `path` atomically."""
    with replacing(path) as temporary, open(temporary, "wb") as file:
        file.write(data)
        file.flush()
        os.fsync(file.fileno())  # on disk before the rename, so a crash cannot leave an empty file under the name


def _create_beside(target: Path) -> Path:
    """Create and return an empty, unused file in the target's folder, keeping the target's ending."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        # The ending stays last: some writers choose their format by it.
        candidate = target.with_name(f".{target.stem}.{secrets.token_hex(4)}.partial{target.suffix}")
        try:
            os.close(os.open(candidate, flags, ORDINARY_MODE))
        except FileExistsError:
            continue
        except OSError as error:  # named by the folder: the temporary name means nothing to the user
            raise OSError(fill(translate("FileErrors", "%1 cannot be written in %2 (%3)"), target.name, target.parent, error.strerror)) from error
        return candidate
    raise OSError(fill(translate("FileErrors", "cannot create a temporary file in %1"), target.parent))

