"""CSV tables: tidy, wide, and SSB Statistikkbanken exports.

A tidy CSV has one row per cell and a value column (``verdi``/``value``).
A wide CSV has the categories in its first column(s) and one column per
period. An SSB export is a wide CSV separated by ``;`` with decimal commas,
one or two header rows and a trailing ``;``.

>>> raw = read_csv_text("kategori,2015,2016\\nA,41,48\\n", "t.csv")
>>> raw.data.to_dict("records")[1]
{'kategori': 'A', 'tid': '2016', 'value': 48.0, 'status': '', 'decimals': 0}
"""

from __future__ import annotations

import csv
import io
import re

import numpy as np
import pandas as pd

from narrate.errors import NarrateError
from narrate.load.cells import Cell, NotANumber, read_cell, read_column, shown, why_not
from narrate.load.raw import RawTable, frame_from_cells
from narrate.periods import parse_period

VALUE_COLUMNS = ("verdi", "value")
UNIT_COLUMNS = ("enhet", "unit")
STATUS_COLUMNS = ("status",)


def read_csv_text(text: str, name: str) -> RawTable:
    """Read a CSV table of any of the three kinds from its text.

    Lines before the table that hold one field are its title (``# title``
    or an export's quoted title line); a block after a blank line whose
    lines hold one field is a footnote, not data. An export separated by
    ``;`` whose numbers have decimal points (older Statistikkbanken
    exports) is read with a decimal point.

    >>> raw = read_csv_text('"KPI (2015=100)"\\n\\n" ";"2015";"2016"\\n"Mat";99.5;100.0\\n\\n"Note."\\n', "t.csv")
    >>> raw.title, raw.data["value"].tolist()
    ('KPI (2015=100)', [99.5, 100.0])
    """
    titles, lines = _split_title_and_notes(text.splitlines())
    if not lines:
        raise NarrateError("the file has no table", path=name)
    delimiter = ";" if ";" in lines[0] else ","
    decimal = _decimal_sign(lines[1:], delimiter)
    title = " ".join(" ".join(titles).split())
    header = [cell.strip() for cell in next(csv.reader([lines[0]], delimiter=delimiter))]
    if any(cell.lower() in VALUE_COLUMNS for cell in header):
        raw = _read_tidy("\n".join(lines), delimiter, decimal, name)
    else:
        rows = _strip_trailing_empty_column(list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)))
        raw = _read_wide(rows, decimal, name)
    raw.title = raw.title or title
    return raw


def _one_field(line: str) -> bool:
    """Whether a line holds a single field, whichever the separator."""
    return all(len(next(csv.reader([line], delimiter=mark), [""])) <= 1 for mark in ";,")


def _split_title_and_notes(lines: list[str]) -> tuple[list[str], list[str]]:
    """The title lines and the table's lines, blank lines and footnotes left out.

    >>> _split_title_and_notes(['"Tittel"', '', 'a;b', '1;2', '', '"Fotnote"'])
    (['Tittel'], ['a;b', '1;2'])
    """
    titles: list[str] = []
    while lines and (lines[0].startswith("#") or not lines[0].strip() or _one_field(lines[0])):
        line = lines.pop(0)
        if line.strip():
            titles.append(line.lstrip("#").strip().strip('"').strip())
    table: list[str] = []
    for number, line in enumerate(lines):
        if not line.strip():
            rest = [later for later in lines[number + 1:] if later.strip()]
            if rest and all(_one_field(later) for later in rest):
                break
            continue
        table.append(line)
    return titles, table


_POINT_NUMBER = re.compile(r"^\s*\"?-?\d+\.\d+\"?\s*$")
_COMMA_NUMBER = re.compile(r"^\s*\"?-?\d+,\d+\"?\s*$")


def _decimal_sign(lines: list[str], delimiter: str) -> str:
    """``,`` for a ``;`` file unless its numbers have decimal points and
    none a decimal comma; ``.`` for a ``,`` file.

    >>> _decimal_sign(["A;27.5;29.9"], ";"), _decimal_sign(["A;27,5;29,9"], ";")
    ('.', ',')
    """
    if delimiter == ",":
        return "."
    cells = [cell for line in lines[:50] for cell in line.split(delimiter)]
    points = any(_POINT_NUMBER.match(cell) for cell in cells)
    return "." if points and not any(_COMMA_NUMBER.match(cell) for cell in cells) else ","


def _strip_trailing_empty_column(rows: list[list[str]]) -> list[list[str]]:
    if rows and all(row and row[-1].strip() == "" for row in rows):
        return [row[:-1] for row in rows]
    return rows


def _cell(text: str, decimal: str, name: str, place: str) -> Cell:
    try:
        return read_cell(text, decimal=decimal)
    except NotANumber:
        raise NarrateError(f"{shown(text.strip())} {why_not(text)}", path=name, place=place) from None


def _read_tidy(text: str, delimiter: str, decimal: str, name: str) -> RawTable:
    """A tidy table, read whole by pandas: one row per cell."""
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    width = len(next(rows))
    for number, row in enumerate(rows, start=2):
        if len(row) != width:
            raise NarrateError(f"has {len(row)} fields, the header has {width}", path=name, place=f"row {number}")
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False, engine="c")
    except pd.errors.ParserError as error:
        raise NarrateError(f"cannot read the CSV ({' '.join(str(error).split())})", path=name) from None
    frame.columns = [str(column).strip() for column in frame.columns]
    if frame.columns[-1].startswith("Unnamed") and (frame.iloc[:, -1] == "").all():
        frame = frame.iloc[:, :-1]
    header = list(frame.columns)
    if any(not cell or cell.startswith("Unnamed") for cell in header):
        raise NarrateError("a column has no name in the header", path=name, place="row 1")
    lowered = [cell.lower() for cell in header]
    value_at = next(i for i, cell in enumerate(lowered) if cell in VALUE_COLUMNS)
    unit_at = next((i for i, cell in enumerate(lowered) if cell in UNIT_COLUMNS), None)
    status_at = next((i for i, cell in enumerate(lowered) if cell in STATUS_COLUMNS), None)
    dims = tuple(header[i] for i in range(len(header)) if i not in (value_at, unit_at, status_at))
    column = read_column(frame.iloc[:, value_at], decimal=decimal)
    if column.bad is not None:
        text = frame.iloc[column.bad, value_at].strip()
        place = f"row {column.bad + 2}, column {header[value_at]!r}"
        raise NarrateError(f"{shown(text)} {why_not(text)}", path=name, place=place)
    given = frame.iloc[:, status_at].str.strip() if status_at is not None else None
    data = column.frame({dim: _stripped(frame[dim]) for dim in dims}, given)
    if unit_at is not None:
        data["unit"] = _stripped(frame.iloc[:, unit_at])
    return RawTable(data, dims, decimals=column.decimals)


def _stripped(labels: pd.Series) -> np.ndarray:
    """A column of labels without surrounding spaces, each distinct label stripped once.

    >>> _stripped(pd.Series([" Oslo", "Oslo ", "Bergen"])).tolist()
    ['Oslo', 'Oslo', 'Bergen']
    """
    codes, uniques = pd.factorize(labels)
    return np.array([str(label).strip() for label in uniques], dtype=object)[codes]


def _read_wide(rows: list[list[str]], decimal: str, name: str) -> RawTable:
    header_count = 1
    while header_count < len(rows) and rows[header_count] and rows[header_count][0].strip() == "":
        header_count += 1
    headers, body = rows[:header_count], rows[header_count:]
    if not body:
        raise NarrateError("the table has a header but no rows", path=name)
    label_count = _label_columns(body[0], decimal)
    width = len(headers[-1])
    headers = [_fill_right(row, width) for row in headers]
    dims, column_keys = _column_dims(headers, label_count)
    label_names = [headers[0][i].strip() or ("kategori" if i == 0 else f"kategori {i + 1}") for i in range(label_count)]
    all_dims = tuple(label_names) + dims
    keys, cells = [], []
    for number, row in enumerate(body, start=header_count + 1):
        if len(row) != width:
            raise NarrateError(f"has {len(row)} fields, the header has {width}", path=name, place=f"row {number}")
        labels = tuple(cell.strip() for cell in row[:label_count])
        for offset, column_key in enumerate(column_keys):
            column = label_count + offset
            place = f"row {number}, column {column + 1}"
            cells.append(_cell(row[column], decimal, name, place))
            keys.append(labels + column_key)
    frame, decimals = frame_from_cells(all_dims, keys, cells)
    roles = {"time": dims[-1]} if dims and dims[-1] == "tid" else {}
    return RawTable(frame, all_dims, decimals=decimals, roles=roles)


def _label_columns(row: list[str], decimal: str) -> int:
    count = 0
    for text in row:
        try:
            read_cell(text, decimal=decimal)
        except NotANumber:
            count += 1
            continue
        break
    return max(count, 1)


def _fill_right(row: list[str], width: int) -> list[str]:
    cells = [cell.strip() for cell in row] + [""] * (width - len(row))
    filled, last = [], ""
    for cell in cells[:width]:
        last = cell or last
        filled.append(last)
    return filled


def _column_dims(headers: list[list[str]], label_count: int) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """Name the dimensions that the header rows spread over the columns."""
    columns = [tuple(row[i] for row in headers) for i in range(label_count, len(headers[-1]))]
    names = []
    for level in range(len(headers)):
        labels = [column[level] for column in columns]
        names.append("tid" if all(parse_period(label) for label in labels) else "statistikkvariabel")
    if names.count("statistikkvariabel") > 1:
        names = [name if name == "tid" else f"{name} {i + 1}" for i, name in enumerate(names)]
    return tuple(names), columns
