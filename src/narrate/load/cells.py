"""One cell's text to a number or an SSB symbol.

>>> read_cell("1 234,5", decimal=",")
Cell(value=1234.5, status='', decimals=1)
>>> read_cell("..", decimal=",")
Cell(value=None, status='..', decimals=0)
>>> read_cell("-2.5", decimal=".")
Cell(value=-2.5, status='', decimals=1)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

SYMBOLS = {
    ".": "ikke mulig å oppgi tall",
    "..": "tallgrunnlag mangler",
    "...": "oppgave mangler",
    ":": "vises ikke av konfidensialitetshensyn",
    "-": "null",
}
"""SSB's table symbols and what they mean. A cell with one holds no number."""

PROVISIONAL = "*"

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


@dataclass(frozen=True)
class Cell:
    """A cell's number (``None`` when it holds a symbol or nothing), its
    status symbol, and how many decimals the table shows."""

    value: float | None
    status: str
    decimals: int


class NotANumber(ValueError):
    """The cell holds text that is neither a number nor an SSB symbol."""


def read_cell(text: object, *, decimal: str) -> Cell:
    """Read a cell, with ``decimal`` the file's decimal separator.

    Raises :class:`NotANumber` for text that is not a number or a symbol.

    >>> read_cell("−0,3", decimal=",").value
    -0.3
    >>> read_cell("12*", decimal=",")
    Cell(value=12.0, status='*', decimals=0)
    >>> read_cell("", decimal=".")
    Cell(value=None, status='', decimals=0)
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return Cell(None, "", 0)
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        if math.isinf(text):
            raise NotANumber(str(text))
        return Cell(float(text), "", _decimals_of(repr(float(text)), ".") if text != int(text) else 0)
    raw = _SPACES.sub("", str(text)).strip('"')
    if raw == "":
        return Cell(None, "", 0)
    if raw in SYMBOLS:
        return Cell(None, raw, 0)
    status = ""
    if raw.endswith(PROVISIONAL):
        raw, status = raw[:-1], PROVISIONAL
    raw = raw.replace("\u2212", "-")
    if decimal == ",":
        if "." in raw:
            raise NotANumber(str(text))
        raw = raw.replace(",", ".")
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", raw):
        raise NotANumber(str(text))
    return Cell(float(raw), status, _decimals_of(raw, "."))


def _decimals_of(raw: str, point: str) -> int:
    return len(raw.split(point, 1)[1]) if point in raw else 0
