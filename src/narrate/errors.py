"""Errors a user can act on: each names the file, the place and what is wrong."""

from __future__ import annotations


class NarrateError(Exception):
    """A problem with the user's input, said in one line.

    >>> str(NarrateError("cannot read the file", path="data/x.csv", place="row 3"))
    'data/x.csv, row 3: cannot read the file'
    """

    def __init__(self, message: str, *, path: str | None = None, place: str | None = None) -> None:
        self.message = message
        self.path = path
        self.place = place
        super().__init__(self.line())

    def line(self) -> str:
        """The error as one line: ``file, place: message``."""
        where = ", ".join(part for part in (self.path, self.place) if part)
        return f"{where}: {self.message}" if where else self.message

    def at(self, path: str) -> "NarrateError":
        """The same error, naming ``path`` when it did not name a file yet.

        >>> NarrateError("empty").at("t.csv").line()
        't.csv: empty'
        """
        if self.path:
            return self
        return NarrateError(self.message, path=path, place=self.place)
