"""The grid the rules read: the article's categories by its periods.

>>> import pandas as pd
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"kategori": ["A", "A", "B", "B"], "år": ["2015", "2016"] * 2,
...                            "verdi": [41, 48, 60, 55]}), unit="prosent")
>>> grid = Grid.of(table)
>>> grid.value("A", "2016"), grid.latest, grid.previous
(48.0, '2016', '2015')
>>> grid.cell("B", "2015")
(('kategori', 'B'), ('år', '2015'))
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import pandas as pd

from narrate.table import Meta, Table

CellRef = tuple[tuple[str, str], ...]
"""A cell's key: each dimension paired with its label, in table order."""

NO_CATEGORY = ""


@dataclass(frozen=True, eq=False)
class Grid:
    """Values by category (``rows``, one float per period, NaN where the
    table holds a symbol or nothing) and the SSB symbol of each cell
    (``status``, empty where there is none); the total category, if any,
    comes first. Two grids are the same only if they are one object."""

    meta: Meta
    categories: list[str]
    periods: list[str]
    rows: dict[str, list[float]]
    status: dict[str, list[str]]
    column: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "column", {period: index for index, period in enumerate(self.periods)})

    @classmethod
    def of(cls, table: Table) -> "Grid":
        """The grid of a table's view."""
        return table_grid(table.view, table.meta, table.categories() or [NO_CATEGORY], table.periods() or [NO_CATEGORY])

    @property
    def total(self) -> str | None:
        """The category that is the total of the others, if there is one."""
        total = self.meta.totals.get(self.meta.category or "")
        return total if total in self.rows else None

    @property
    def parts(self) -> list[str]:
        """The categories that are not the total."""
        total = self.total
        return [c for c in self.categories if c != total]

    @property
    def latest(self) -> str:
        """The last period."""
        return self.periods[-1]

    @property
    def previous(self) -> str | None:
        """The period before the last, if there is one."""
        return self.periods[-2] if len(self.periods) > 1 else None

    def value(self, category: str, period: str) -> float | None:
        """The value of a cell, ``None`` when it holds no number."""
        value = self.rows[category][self.column[period]]
        return None if math.isnan(value) else value

    def symbol(self, category: str, period: str) -> str:
        """The SSB symbol of a cell, empty when it has none."""
        return self.status[category][self.column[period]]

    def value_of(self, cell: CellRef) -> float | None:
        """The value of the cell a key names, ``None`` when it holds no number.

        >>> from narrate.load import load
        >>> Grid.of(load(pd.DataFrame({"år": ["2015"], "verdi": [41]}))).value_of((("år", "2015"),))
        41.0
        """
        labels = dict(cell)
        return self.value(labels.get(self.meta.category or "", NO_CATEGORY), labels.get(self.meta.time or "", NO_CATEGORY))

    def cell(self, category: str, period: str) -> CellRef:
        """The key of a cell, with every dimension of the table."""
        labels = dict(self.meta.fixed)
        if self.meta.category:
            labels[self.meta.category] = category
        if self.meta.time:
            labels[self.meta.time] = period
        return tuple((dim, labels[dim]) for dim in self.meta.dims)


def grid_of(source: Table | Grid) -> Grid:
    """A grid as it is, or the grid of a table.

    >>> from narrate.load import load
    >>> grid = grid_of(load(pd.DataFrame({"år": ["2015"], "verdi": [41]})))
    >>> grid_of(grid) is grid
    True
    """
    return source if isinstance(source, Grid) else Grid.of(source)


def in_language(grid: Grid, lang: str) -> Grid:
    """The grid with its metadata's words for ``lang`` (see :meth:`Meta.in_language`).

    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"år": ["2015"], "verdi": [41]}), subject="talet"))
    >>> in_language(grid, "nb").meta.subject, in_language(grid, "en").meta.subject
    ('talet', None)
    """
    return grid if lang == "nb" else replace(grid, meta=grid.meta.in_language(lang))


def table_grid(view: pd.DataFrame, meta: Meta, categories: list[str], periods: list[str]) -> Grid:
    """The grid of cells already narrowed to one article's view."""
    return grids_by(view, meta, categories, periods).get(NO_CATEGORY) or Grid(meta, list(categories), list(periods),
                                                                           *_blank(categories, periods))


def grids_by(frame: pd.DataFrame, meta: Meta, categories: list[str], periods: list[str], group: str | None = None) -> dict[str, Grid]:
    """One grid for each label of the ``group`` column (one grid, keyed by
    ``NO_CATEGORY``, when there is none), filled in a single pass over the
    rows; every grid has ``meta``, these categories and these periods."""
    count = len(frame)
    groups = frame[group].tolist() if group else [NO_CATEGORY] * count
    rows = frame[meta.category].tolist() if meta.category else [NO_CATEGORY] * count
    columns = frame[meta.time].tolist() if meta.time else [NO_CATEGORY] * count
    column = {period: index for index, period in enumerate(periods)}
    cells: dict[str, tuple[dict[str, list[float]], dict[str, list[str]]]] = {}
    for label, category, period, value, mark in zip(groups, rows, columns, frame["value"].tolist(),
                                                    frame["status"].tolist(), strict=True):
        values, status = cells.get(label) or cells.setdefault(label, _blank(categories, periods))
        if category in values and period in column:
            values[category][column[period]] = float(value)
            status[category][column[period]] = mark or ""
    return {label: Grid(meta, list(categories), list(periods), *found) for label, found in cells.items()}


def _blank(categories: list[str], periods: list[str]) -> tuple[dict[str, list[float]], dict[str, list[str]]]:
    """Rows of missing values and empty symbols for every category."""
    return ({category: [math.nan] * len(periods) for category in categories},
            {category: [""] * len(periods) for category in categories})
