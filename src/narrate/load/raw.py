"""What every loader hands on: the cells and what the file itself says.

>>> import pandas as pd
>>> raw = RawTable(pd.DataFrame({"år": ["2016"], "value": [1.0], "status": [""]}), ("år",))
>>> raw.dims
('år',)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from narrate.errors import NarrateError
from narrate.load.cells import Cell


@dataclass
class RawTable:
    """Cells as one tidy frame (dimension columns, ``value``, ``status``, and
    where the file gives them per cell, ``decimals`` shown and ``unit``) and
    the metadata the file gave: title, unit, decimals, hints for the roles of
    dimensions (``time``, ``metric``) and the source."""

    data: pd.DataFrame
    dims: tuple[str, ...]
    title: str = ""
    unit: str = ""
    decimals: int | None = None
    roles: dict[str, str] = field(default_factory=dict)
    source: str = ""


def frame_from_cells(dims: tuple[str, ...], keys: list[tuple[str, ...]], cells: list[Cell]) -> tuple[pd.DataFrame, int]:
    """A tidy frame from cell keys and cells (with the decimals each shows),
    and the most decimals shown.

    >>> frame, decimals = frame_from_cells(("år",), [("2016",)], [Cell(4.5, "", 1)])
    >>> frame.to_dict("records"), decimals
    ([{'år': '2016', 'value': 4.5, 'status': '', 'decimals': 1}], 1)
    """
    columns: dict[str, list] = {dim: [key[i] for key in keys] for i, dim in enumerate(dims)}
    columns["value"] = [float("nan") if cell.value is None else cell.value for cell in cells]
    columns["status"] = [cell.status for cell in cells]
    columns["decimals"] = [cell.decimals for cell in cells]
    frame = pd.DataFrame(columns)
    frame["value"] = frame["value"].astype(float)
    return frame, max((cell.decimals for cell in cells), default=0)


def check_cells(frame: pd.DataFrame, dims: tuple[str, ...]) -> None:
    """Refuse a table without cells, without numbers, or with a cell twice.

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"år": ["2016", "2016"], "value": [1.0, 2.0], "status": ["", ""]})
    >>> check_cells(frame, ("år",))
    Traceback (most recent call last):
    ...
    narrate.errors.NarrateError: cell år=2016 appears twice
    """
    if frame.empty:
        raise NarrateError("the table has no rows")
    if frame["value"].notna().sum() == 0:
        raise NarrateError("the table has no numbers, only symbols or empty cells")
    if dims:
        repeated = frame.duplicated(list(dims), keep="first")
        if repeated.any():
            row = frame[repeated].iloc[0]
            key = ", ".join(f"{dim}={row[dim]}" for dim in dims)
            raise NarrateError(f"cell {key} appears twice")
