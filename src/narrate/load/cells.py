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

import numpy as np
import pandas as pd

SYMBOLS = {
    ".": "ikke mulig å oppgi tall",
    "..": "tallgrunnlag mangler",
    "...": "oppgave mangler",
    ":": "vises ikke av konfidensialitetshensyn",
    "-": "null",
}
"""SSB's table symbols and what they mean. A cell with one holds no number."""

PROVISIONAL = "*"

WITHHELD = (".", "..", "...", ":")
"""Symbols that say a cell holds no figure to publish (not possible, missing,
not yet available, confidential): a value beside one is dropped at load."""


def withhold(frame: pd.DataFrame) -> pd.DataFrame:
    """The cells with a withholding symbol, their value dropped whatever the
    file gave (a confidential cell with a number is never told).

    >>> frame = pd.DataFrame({"år": ["2015", "2016"], "value": [41.0, 48.0], "status": ["", ":"]})
    >>> withhold(frame)["value"].tolist()
    [41.0, nan]
    """
    hidden = frame["status"].isin(WITHHELD) & frame["value"].notna()
    if hidden.any():
        frame = frame.copy()
        frame.loc[hidden, "value"] = np.nan
    return frame

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
        try:
            value = float(text)
        except OverflowError:
            raise NotANumber(str(text)) from None
        if not abs(value) <= LARGEST_VALUE:
            raise NotANumber(str(text))
        return Cell(value, "", _decimals_of(repr(value), ".") if value != int(value) else 0)
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
    if not re.fullmatch(r"[-+]?(\d+(\.\d*)?|\.\d+)", raw) or len(raw) > LONGEST_NUMBER or abs(float(raw)) > LARGEST_VALUE:
        raise NotANumber(str(text))
    return Cell(float(raw), status, _decimals_of(raw, "."))


LONGEST_NUMBER = 30
"""The most characters a number in a table may have: longer ones are no
figure a table publishes (and past about 300 digits not even a float)."""

LARGEST_VALUE = 1e15
"""The largest size of a figure narrate reads: no statistics table holds a
larger one, and sums and differences of figures this size stay exact
enough and finite."""


def why_not(text: object) -> str:
    """Why a cell's text is no figure narrate reads.

    >>> why_not("2000000000000000"), why_not("mange")
    ('is larger than any figure a statistics table holds', 'is not a number or an SSB symbol')
    """
    raw = _SPACES.sub("", str(text)).strip('"').replace(",", ".")
    if re.fullmatch(r"[-+]?\d+(\.\d*)?", raw) or re.fullmatch(r"[-+]?\d+(\.\d*)?[eE][-+]?\d+", raw):
        return "is larger than any figure a statistics table holds"
    return "is not a number or an SSB symbol"


def shown(text: object) -> str:
    """A cell's text as an error quotes it: at most 40 characters.

    >>> shown("9" * 5000)
    "'9999999999999999999999999999999999999999…' (5000 characters)"
    """
    text = str(text)
    return repr(text) if len(text) <= 40 else f"'{text[:40]}…' ({len(text)} characters)"


def _decimals_of(raw: str, point: str) -> int:
    return len(raw.split(point, 1)[1]) if point in raw else 0


@dataclass(frozen=True)
class Column:
    """A whole column of cells read at once: values (NaN where there is no
    number), status symbols, the decimals each cell shows and the most of
    them, and the position of the first cell that is neither a number nor a
    symbol (``None`` if all are)."""

    values: pd.Series
    status: pd.Series
    places: pd.Series
    decimals: int
    bad: int | None

    def frame(self, labels: dict[str, object], given: pd.Series | None = None) -> pd.DataFrame:
        """The tidy frame of these cells: a column of labels per dimension,
        ``value``, ``status`` (a symbol ``given`` in a status column wins
        where it is not empty) and the ``decimals`` each cell shows.

        >>> column = read_column(pd.Series(["4,5", ".."]), decimal=",")
        >>> column.frame({"år": ["2015", "2016"]}, pd.Series(["*", ""])).to_dict("records")[0]
        {'år': '2015', 'value': 4.5, 'status': '*', 'decimals': 1}
        """
        status = self.status
        if given is not None:
            given = given.reset_index(drop=True)
            status = given.where(given != "", status)
        data = pd.DataFrame(labels)
        data["value"] = self.values.to_numpy()
        data["status"] = status.to_numpy()
        data["decimals"] = self.places.to_numpy()
        return data


WIDEST = 40
"""Cells longer than this are read one by one rather than as an array."""


def read_column(texts: pd.Series, *, decimal: str) -> Column:
    """Read a column of cell texts as :func:`read_cell` reads one, with
    NumPy's vectorised string functions.

    >>> column = read_column(pd.Series(["1 234,5", "..", "12*", "", "mye"]), decimal=",")
    >>> column.values.tolist()[:3], column.status.tolist(), column.decimals, column.bad
    ([1234.5, nan, 12.0], ['', '..', '*', '', ''], 1, 4)
    """
    listed = ["" if text is None or text != text else str(text) for text in texts.tolist()]
    if not listed or max(map(len, listed)) > WIDEST or not all(text.isascii() for text in listed):
        return _read_one_by_one(listed, decimal)
    raw = np.array(listed, dtype=str)
    for space in (" ", "\t", "\u00a0", "\u202f", "\u2009"):
        raw = np.strings.replace(raw, space, "")
    text = np.strings.strip(raw, '"')
    symbol = np.isin(text, list(SYMBOLS))
    provisional = np.strings.endswith(text, PROVISIONAL)
    core = np.where(provisional, np.strings.rstrip(text, PROVISIONAL), text)
    wrong_point = np.zeros(len(core), dtype=bool)
    if decimal == ",":
        wrong_point = np.strings.find(core, ".") >= 0
        core = np.strings.replace(core, ",", ".")
    signed = np.strings.startswith(core, "-") | np.strings.startswith(core, "+")
    body = np.where(signed, np.strings.replace(np.strings.replace(core, "-", "", 1), "+", "", 1), core)
    digits = np.strings.replace(body, ".", "", 1)
    number = np.strings.isdigit(digits) & ~wrong_point
    points = np.strings.find(core, ".")
    fractions = np.where(number & (points >= 0), np.strings.str_len(core) - points - 1, 0)
    values = np.where(number, core, "nan").astype(float)
    bad = ~(number | symbol | (text == "")) | (np.abs(np.nan_to_num(values)) > LARGEST_VALUE)
    status = np.where(symbol, text, np.where(provisional & number, PROVISIONAL, ""))
    return Column(
        values=pd.Series(values),
        status=pd.Series(status.astype(object)),
        places=pd.Series(fractions, dtype="int16"),
        decimals=int(fractions.max()) if len(fractions) else 0,
        bad=int(bad.nonzero()[0][0]) if bad.any() else None,
    )


def _read_one_by_one(texts: list[str], decimal: str) -> Column:
    """A column read cell by cell, for cells too long or not ASCII."""
    cells = []
    for position, text in enumerate(texts):
        try:
            cells.append(read_cell(text, decimal=decimal))
        except NotANumber:
            return Column(pd.Series(dtype=float), pd.Series(dtype=object), pd.Series(dtype="int16"), 0, position)
    return Column(
        values=pd.Series([math.nan if cell.value is None else cell.value for cell in cells], dtype=float),
        status=pd.Series([cell.status for cell in cells], dtype=object),
        places=pd.Series([cell.decimals for cell in cells], dtype="int16"),
        decimals=max((cell.decimals for cell in cells), default=0),
        bad=None,
    )
