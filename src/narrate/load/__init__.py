"""Load a statistics table: ``load(path_or_dataframe, **meta) -> Table``.

Reads tidy and wide CSV, SSB Statistikkbanken CSV exports, JSON-stat 2.0 and
pandas DataFrames into one tidy :class:`~narrate.table.Table`. A sidecar
``<table>.toml`` beside the file, and then the keywords, set or override the
metadata.

>>> import pandas as pd
>>> frame = pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]})
>>> table = load(frame, name="andel", unit="prosent")
>>> table.meta.measure, table.periods()
('share', ['2015', '2016'])
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pandas as pd

from narrate.batch import safe_name
from narrate.errors import NarrateError
from narrate.load.cells import read_column, withhold
from narrate.load.csvfile import VALUE_COLUMNS, read_csv_text
from narrate.load.infer import infer_meta
from narrate.load.jsonstat import read_jsonstat_text
from narrate.load.raw import RawTable, check_cells
from narrate.load.sidecar import SIDECAR_KEYS, parse_sidecar, read_sidecar, sidecar_path
from narrate.load.text import clean_label, read_text
from narrate.table import Table

__all__ = ["load"]


def load(table: str | Path | pd.DataFrame, /, *, name: str | None = None, value: str | None = None,
         sidecar: bool = True, **meta: Any) -> Table:
    """Load a table: ``table`` is a file's path (a Statistikkbanken export,
    CSV, JSON-stat; a sidecar ``<table>.toml`` beside it is read too) or a
    pandas DataFrame (dimension columns and a column of numbers).

    Keywords are the metadata a sidecar sets, in its form (``title``,
    ``unit``, ``source``, ``measure``, ``time``, ``category``, ``subject``,
    ``clause``, ``clause_once``, ``clause_short``, ``decimals``, ``multiplier``, ``fixed``,
    ``totals``, ``noun``, ``categories``, ``lang``), and win over the
    sidecar. ``name`` names a DataFrame's table (its file's name
    otherwise); ``value`` names a DataFrame's column of numbers when it is
    not ``verdi`` or ``value``. ``sidecar`` set to False reads a file as it is,
    without the sidecar beside it. An unknown keyword is a ``TypeError``; a
    table that cannot be read raises :class:`~narrate.errors.NarrateError`
    naming the file and place.

    >>> frame = pd.DataFrame({"år": ["2022", "2023"], "antall": [1200, 1250]})
    >>> table = load(frame, value="antall", source="SSB, tabell 07459", title="Befolkning")
    >>> table.meta.source, table.meta.title, table.data["value"].tolist()
    ('SSB, tabell 07459', 'Befolkning', [1200.0, 1250.0])
    """
    keywords = parse_sidecar(_as_sidecar(meta), "the keywords")
    if isinstance(table, pd.DataFrame):
        name = name or "tabell"
        raw = _from_dataframe(table, name, value)
        given = keywords
    else:
        if value is not None:
            raise TypeError("load() takes value= for a DataFrame only: a file's values are read from the file")
        path = Path(table)
        name = name or safe_name(path.stem)
        try:
            raw = _from_file(path)
            given = {**(read_sidecar(sidecar_path(path)) if sidecar else {}), **keywords, "path": str(path)}
        except NarrateError as error:
            raise error.at(str(path)) from None
    try:
        raw = one_line_labels(raw)
        given = {key: clean_label(value) if key in ("title", "source", "unit") and isinstance(value, str) else value
                 for key, value in given.items()}
        raw.data = withhold(raw.data)
        check_cells(raw.data, raw.dims)
        return Table(raw.data, infer_meta(raw, name, given))
    except NarrateError as error:
        raise error.at(given.get("path") or name) from None


def _as_sidecar(meta: dict[str, Any]) -> dict[str, Any]:
    """Keywords in a sidecar's form: a :class:`Noun` or
    :class:`CategoryWords` as the table of words it holds. An unknown
    keyword is a ``TypeError``, as Python's own are."""
    unknown = [key for key in meta if key not in SIDECAR_KEYS]
    if unknown:
        raise TypeError(f"load() got an unexpected keyword argument {unknown[0]!r}; "
                        f"allowed: name, value, sidecar, {', '.join(SIDECAR_KEYS)}")
    form = {key: dataclasses.asdict(item) if dataclasses.is_dataclass(item) else item for key, item in meta.items()}
    if isinstance(form.get("categories"), dict):
        form["categories"] = {label: dataclasses.asdict(words) if dataclasses.is_dataclass(words) else words
                              for label, words in form["categories"].items()}
    return form


def one_line_labels(raw: RawTable) -> RawTable:
    """The table with every label, its title and its source as one line of
    text (see :func:`~narrate.load.text.clean_label`), each distinct label
    cleaned once."""
    for dim in raw.dims:
        codes, uniques = pd.factorize(raw.data[dim])
        cleaned = [clean_label(str(label)) for label in uniques]
        if cleaned != [str(label) for label in uniques]:
            raw.data[dim] = pd.Series(cleaned, dtype=object).to_numpy()[codes]
    raw.title, raw.source = clean_label(raw.title), clean_label(raw.source)
    return raw


def _from_file(path: Path) -> RawTable:
    text = read_text(path)
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return read_jsonstat_text(text, str(path))
    return read_csv_text(text, str(path))


def _from_dataframe(frame: pd.DataFrame, name: str, value: str | None) -> RawTable:
    columns = [str(column) for column in frame.columns]
    if value is not None:
        if value not in columns:
            raise NarrateError(f"the DataFrame has no column {value!r}; it has {', '.join(columns)}", path=name)
        value_column = frame.columns[columns.index(value)]
    else:
        value_column = next((c for c in frame.columns if str(c).lower() in VALUE_COLUMNS), None)
    if value_column is None:
        raise NarrateError("the DataFrame has no 'value' or 'verdi' column: name its column of numbers with value=", path=name)
    status_column = next((c for c in frame.columns if str(c).lower() == "status"), None)
    dims = tuple(c for c in columns if c not in (str(value_column), str(status_column)) and c.lower() not in ("enhet", "unit"))
    values = frame[value_column]
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        numbers = values.astype(float)
        if numbers.isin([float("inf"), float("-inf")]).any():
            position = int(numbers.isin([float("inf"), float("-inf")]).to_numpy().nonzero()[0][0])
            raise NarrateError(f"{values.iloc[position]!r} is not a number", path=name, place=f"row {position + 1}")
        texts = numbers.map(lambda v: "" if v != v else repr(v).removesuffix(".0"))
    else:
        texts = values.map(lambda v: "" if v is None or v != v else str(v))
    column = read_column(texts, decimal=".")
    if column.bad is not None:
        raise NarrateError(f"{values.iloc[column.bad]!r} is not a number", path=name, place=f"row {column.bad + 1}")
    given = frame[status_column].map(lambda v: v.strip() if isinstance(v, str) else "") if status_column is not None else None
    data = column.frame({dim: frame[dim].astype(str).to_numpy() for dim in dims}, given)
    return RawTable(data, dims, decimals=column.decimals)
