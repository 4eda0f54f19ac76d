"""Files written whole or not at all, with the mode the user's umask gives
(as any other program's files).

>>> import stat, tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> write_atomic(folder / "a" / "b.md", "tekst\\n")
>>> (folder / "a" / "b.md").read_text(encoding="utf-8")
'tekst\\n'
>>> stat.S_IMODE((folder / "a" / "b.md").stat().st_mode) == file_mode()
True
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def file_mode() -> int:
    """The mode a new file gets under the process's umask: ``0o644`` under
    the common ``022``."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all: a temporary file beside it, then a
    rename; the file's mode is what the umask gives. A fault names
    ``path``, not the temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(handle, file_mode())
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        if error.filename in (temporary, None):
            raise OSError(error.errno, error.strerror, str(path)) from None
        raise
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


LOCK_NAME = ".narrate.lock"
"""The file a run holds locked in its output folder while it writes."""


class Busy(Exception):
    """Another run holds the output folder."""


@contextlib.contextmanager
def holding(folder: Path) -> Iterator[None]:
    """Hold ``folder`` for one run: a second run into it while this one
    writes raises :class:`Busy` at once, and two runs never interleave; a
    folder made for the run and left empty is removed.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with holding(folder):
    ...     with holding(folder):
    ...         pass
    Traceback (most recent call last):
    ...
    narrate.files.Busy: ...
    """
    made = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    lock = folder / LOCK_NAME
    with open(lock, "a", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(str(folder)) from None
        try:
            yield
        finally:
            lock.unlink(missing_ok=True)
            fcntl.flock(handle, fcntl.LOCK_UN)
            if made and not any(folder.iterdir()):
                folder.rmdir()
