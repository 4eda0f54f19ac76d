"""The checker's own reading of what each cell is: a level or a change, in
percent or not, read from the cell's own labels, the table's title and
unit, never from what the writer inferred (``Meta.measure``).

So a writer that takes a level for a change (``I 1. kvartal 2018 steg 6,36
prosent`` for a sick-leave rate) is still caught: the reader sees no change
in the cell's labels, and a change claim must then be a difference or a
relative change of two cells.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"kvartal": ["2017K4", "2018K1"], "verdi": [6.2, 6.36]}), unit="prosent"))
>>> reading = Reading.of(grid)
>>> reading.is_change(grid.cell("", "2018K1")), reading.in_percent(grid.cell("", "2018K1"))
(False, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from narrate.grid import CellRef, Grid
from narrate.periods import parse_period

CHANGE_WORDS = re.compile(
    r"endring|endringar|vekst|prosentvis|månedsendring|månadsendring|[- ]måne?ders|tolvmåne?d|siste 12"
    r"|\bchange\b|\bchanges\b|growth|year[- ]on[- ]year|month[- ]on[- ]month",
    re.IGNORECASE,
)
"""Words in a label or a title that say its figures are changes."""

PERCENT_WORDS = re.compile(r"prosent|\bpst\b|%|per cent|percent", re.IGNORECASE)
"""Words that say figures are in percent."""


@dataclass(frozen=True)
class Reading:
    """What the title and unit of a table say of all its cells, and how to
    read one cell from its labels."""

    title_change: bool
    title_percent: bool

    @classmethod
    def of(cls, grid: Grid) -> "Reading":
        """The reading of a table (its grid) from its title and unit."""
        meta = grid.meta
        return cls(bool(CHANGE_WORDS.search(meta.title)),
                   bool(PERCENT_WORDS.search(f"{meta.title} {meta.unit}")))

    def is_change(self, cell: CellRef) -> bool:
        """Whether a cell holds a change: its title or a label says so, or
        its period is a span from one point to another.

        >>> import pandas as pd
        >>> from narrate.load import load
        >>> grid = Grid.of(load(pd.DataFrame({"tid": ["Oktober 2017 - Oktober 2018"], "verdi": [1.6]})))
        >>> Reading.of(grid).is_change(grid.cell("", "Oktober 2017 - Oktober 2018"))
        True
        """
        if self.title_change:
            return True
        for _, label in cell:
            period = parse_period(label)
            if (period is not None and period.is_span) or CHANGE_WORDS.search(label):
                return True
        return False

    def in_percent(self, cell: CellRef) -> bool:
        """Whether a cell's figure is in percent: by the title, the unit or
        one of its labels."""
        return self.title_percent or any(PERCENT_WORDS.search(label) for _, label in cell)
