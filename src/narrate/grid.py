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
from functools import cached_property
from typing import Callable

import numpy as np
import pandas as pd

from narrate.table import Meta, Table, dimension_kind

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
        """The categories that are neither the total nor a subtotal: the ones
        ranked against each other and compared with the total."""
        total, subtotals = self.total, self.meta.subtotals
        return [c for c in self.categories if c != total and c not in subtotals]

    def names_what_changed(self, category: str) -> bool:
        """Whether a table of changes tells a category's change as the
        category's own (``KPI-JAE steg 2,2 prosent``): when the sidecar
        names it, or its labels are not places, which do not rise
        (``endringen i Oslo``, never ``Oslo steg``).

        >>> from narrate.load import load
        >>> frame = pd.DataFrame({"region": ["Oslo", "Bergen"], "kvartal": ["2016K4"] * 2, "verdi": [1.4, 0.9]})
        >>> Grid.of(load(frame, measure="change")).names_what_changed("Oslo")
        False
        >>> Grid.of(load(frame.rename(columns={"region": "gruppe"}), measure="change")).names_what_changed("Oslo")
        True
        """
        if self.meta.measure != "change":
            return False
        custom = self.meta.categories.get(category)
        return bool(custom and custom.name) or dimension_kind(self.meta.category or "") != "sted"

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
        pairs, category_at, period_at = self._cell_pattern
        key = list(pairs)
        if category_at is not None:
            key[category_at] = (key[category_at][0], category)
        if period_at is not None:
            key[period_at] = (key[period_at][0], period)
        return tuple(key)

    @cached_property
    def _cell_pattern(self) -> tuple[CellRef, int | None, int | None]:
        """Every dimension with its held label (empty for the category and
        time dimensions), and where in the key the category and period go."""
        movable = (self.meta.category, self.meta.time)
        pairs = tuple((dim, "" if dim in movable else self.meta.fixed[dim]) for dim in self.meta.dims)
        at = [next((index for index, (dim, _) in enumerate(pairs) if dim and dim == moved), None) for moved in movable]
        return pairs, at[0], at[1]


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
    return stack_by(view, meta, categories, periods).grids[0]


@dataclass(frozen=True, eq=False)
class Stack:
    """Grids of one shape, stacked so that rules read them all at once:
    ``values[g, c, p]`` is the value of grid ``g`` for category ``c`` in
    period ``p`` (NaN where it holds no number). The grids share ``meta``
    but for the label each holds (its place, in ``labels``), and have these
    categories and periods. Two stacks are the same only if they are one
    object.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"kategori": list("AABB"), "år": ["2015", "2016"] * 2,
    ...                                   "verdi": [41, 48, 60, 55]}), unit="prosent"))
    >>> stack = Stack.of([grid])
    >>> stack.values.shape, stack.values[0, 1].tolist(), stack.cell(0, 1, 0)
    ((1, 2, 2), [60.0, 55.0], (('kategori', 'B'), ('år', '2015')))
    """

    meta: Meta
    categories: list[str]
    periods: list[str]
    values: np.ndarray
    grids: tuple[Grid, ...]
    labels: tuple[str, ...]

    @classmethod
    def of(cls, grids: list[Grid]) -> "Stack":
        """Grids of one shape, stacked; the first one's metadata is shared."""
        first = grids[0]
        values = np.array([[grid.rows[category] for category in first.categories] for grid in grids], dtype=float)
        return cls(first.meta, first.categories, first.periods,
                   values.reshape(len(grids), len(first.categories), len(first.periods)), tuple(grids),
                   tuple(grid.meta.place[1] if grid.meta.place else NO_CATEGORY for grid in grids))

    @cached_property
    def total(self) -> int | None:
        """The index of the total category, if there is one."""
        total = self.meta.totals.get(self.meta.category or "")
        return self.categories.index(total) if total in self.categories else None

    @cached_property
    def parts(self) -> list[int]:
        """The indexes of the categories that are neither the total nor a subtotal."""
        subtotals = self.meta.subtotals
        return [index for index, category in enumerate(self.categories)
                if index != self.total and category not in subtotals]

    def part(self, start: int, stop: int) -> "Stack":
        """The grids from ``start`` up to ``stop``, stacked alike.

        >>> import pandas as pd
        >>> from narrate.load import load
        >>> table = load(pd.DataFrame({"kategori": ["A", "B", "C"], "år": ["2016"] * 3, "verdi": [1, 2, 3]}))
        >>> stack = stack_by(table.data, table.meta, ["A"], ["2016"], group="kategori")
        >>> stack.part(1, 3).labels, stack.part(1, 3).values.shape
        (('B', 'C'), (2, 1, 1))
        """
        return Stack(self.meta, self.categories, self.periods, self.values[start:stop], self.grids[start:stop],
                     self.labels[start:stop])

    def cell(self, group: int, category: int, period: int) -> CellRef:
        """The key of a cell of grid ``group``, by category and period index."""
        return self.grids[group].cell(self.categories[category], self.periods[period])


def stack_by(frame: pd.DataFrame, meta: Meta, categories: list[str], periods: list[str], group: str | None = None,
             meta_of: Callable[[str], Meta] | None = None) -> Stack:
    """One grid for each label of the ``group`` column, in table order (one
    grid when there is none), filled at once from the rows; every grid has
    these categories and periods, and the metadata ``meta_of`` gives for its
    label (``meta`` itself by default).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"kommune": ["Ås", "Ås", "Bø"], "år": ["2015", "2016", "2016"], "verdi": [1, 2, 3]}))
    >>> stack_by(table.data, table.meta, ["Ås", "Bø"], ["2015", "2016"]).values.tolist()
    [[[1.0, 2.0], [nan, 3.0]]]
    """
    count = len(frame)
    if group:
        codes, uniques = pd.factorize(frame[group])
        labels = [str(label) for label in uniques]
    else:
        codes, labels = np.zeros(count, dtype=np.intp), [NO_CATEGORY]
    rows = _positions(frame, meta.category, categories)
    columns = _positions(frame, meta.time, periods)
    keep = (codes >= 0) & (rows >= 0) & (columns >= 0)
    shape = (len(labels), len(categories), len(periods))
    values = np.full(shape, np.nan)
    values[codes[keep], rows[keep], columns[keep]] = frame["value"].to_numpy(dtype=float)[keep]
    statuses = np.array([mark or "" for mark in frame["status"].tolist()], dtype=object)
    marks = np.full(shape, "", dtype=object)
    marks[codes[keep], rows[keep], columns[keep]] = statuses[keep]
    meta_of = meta_of or (lambda label: meta)
    grids = tuple(Grid(meta_of(label), list(categories), list(periods), dict(zip(categories, values[index].tolist())),
                       dict(zip(categories, marks[index].tolist()))) for index, label in enumerate(labels))
    return Stack(meta, list(categories), list(periods), values, grids, tuple(labels))


def _positions(frame: pd.DataFrame, dim: str | None, labels: list[str]) -> np.ndarray:
    """Each row's position among ``labels`` in column ``dim`` (−1 where it
    is not one of them; 0 for every row when there is no such dimension)."""
    if not dim:
        return np.zeros(len(frame), dtype=np.intp)
    position = {label: index for index, label in enumerate(labels)}
    return np.array([position.get(label, -1) for label in frame[dim].tolist()], dtype=np.intp)
