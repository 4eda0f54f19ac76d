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

from pathlib import Path
from typing import Any

import pandas as pd

from narrate.errors import NarrateError
from narrate.load.cells import read_column
from narrate.load.csvfile import VALUE_COLUMNS, read_csv_text
from narrate.load.infer import infer_meta
from narrate.load.jsonstat import read_jsonstat_text
from narrate.load.raw import RawTable, check_cells
from narrate.load.sidecar import read_sidecar, sidecar_path
from narrate.load.text import read_text
from narrate.table import Table

__all__ = ["load"]


def load(source: str | Path | pd.DataFrame, **meta: Any) -> Table:
    """Load a table from a file path or a DataFrame.

    Keywords are metadata (``title``, ``unit``, ``measure``, ``time``,
    ``category``, ``noun``, ...) as in a sidecar, and win over it.
    Raises :class:`~narrate.errors.NarrateError` naming the file and place.
    """
    if isinstance(source, pd.DataFrame):
        name = meta.pop("name", "tabell")
        raw = _from_dataframe(source, name)
        given = dict(meta)
    else:
        path = Path(source)
        name = path.stem
        try:
            raw = _from_file(path)
            given = {**read_sidecar(sidecar_path(path)), **meta, "path": str(path)}
        except NarrateError as error:
            raise error.at(str(path)) from None
    try:
        check_cells(raw.data, raw.dims)
        return Table(raw.data, infer_meta(raw, name, given))
    except NarrateError as error:
        raise error.at(given.get("path") or name) from None


def _from_file(path: Path) -> RawTable:
    text = read_text(path)
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return read_jsonstat_text(text, str(path))
    return read_csv_text(text, str(path))


def _from_dataframe(frame: pd.DataFrame, name: str) -> RawTable:
    columns = [str(column) for column in frame.columns]
    value_column = next((c for c in frame.columns if str(c).lower() in VALUE_COLUMNS), None)
    if value_column is None:
        raise NarrateError("the DataFrame has no 'value' or 'verdi' column", path=name)
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
