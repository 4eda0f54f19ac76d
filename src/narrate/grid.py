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
from dataclasses import dataclass

import pandas as pd

from narrate.table import Meta, Table

CellRef = tuple[tuple[str, str], ...]
"""A cell's key: each dimension paired with its label, in table order."""

NO_CATEGORY = ""


@dataclass(frozen=True)
class Grid:
    """Values by category (rows) and period (columns), NaN where the table
    holds a symbol or nothing; the total category, if any, comes first."""

    meta: Meta
    values: pd.DataFrame

    @classmethod
    def of(cls, table: Table) -> "Grid":
        """The grid of a table's view."""
        view = table.view
        meta = table.meta
        rows = view[meta.category] if meta.category else pd.Series(NO_CATEGORY, index=view.index)
        columns = view[meta.time] if meta.time else pd.Series(NO_CATEGORY, index=view.index)
        frame = pd.DataFrame({"row": rows, "column": columns, "value": view["value"]})
        values = frame.pivot(index="row", columns="column", values="value")
        categories = table.categories() or [NO_CATEGORY]
        periods = table.periods() or [NO_CATEGORY]
        return cls(meta, values.reindex(index=categories, columns=periods))

    @property
    def categories(self) -> list[str]:
        """All categories, the total first."""
        return list(self.values.index)

    @property
    def total(self) -> str | None:
        """The category that is the total of the others, if there is one."""
        total = self.meta.totals.get(self.meta.category or "")
        return total if total in self.values.index else None

    @property
    def parts(self) -> list[str]:
        """The categories that are not the total."""
        return [c for c in self.categories if c != self.total]

    @property
    def periods(self) -> list[str]:
        """The periods, oldest first."""
        return list(self.values.columns)

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
        value = self.values.at[category, period]
        return None if value is None or math.isnan(value) else float(value)

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
