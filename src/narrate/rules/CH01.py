"""CH01: a change between the last two periods worth telling.

Shares (and tables that are already changes) compare in percentage points,
counts, amounts and index values in percent. A change counts when it is at
least ``min_pp`` points or ``min_pct`` percent; its score grows with its size
measured in thresholds, and the total's change scores one more.

Example: ``Økt bruk av nettbaserte selvbetjeningsløsninger`` 41 in 2015 and
48 in 2016 gives ``change`` with ``before=41, after=48, diff=7``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent"))
>>> Rule().find(grid)[0].values
{'before': 41.0, 'after': 48.0, 'diff': 7.0, 'unit': 'prosentpoeng'}
"""

from __future__ import annotations

from narrate.grid import Grid
from narrate.rules.base import Fact, Threshold
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import last_changes, magnitude, size, threshold


class Rule(BaseRule):
    code = "CH01"
    name = "change"
    thresholds = {
        "min_pp": Threshold(2, "smallest change in percentage points that is told as a change (a tenth of it per decimal the table shows)"),
        "min_pct": Threshold(1.0, "smallest change in percent that is told as a change"),
    }

    def find(self, grid: Grid) -> list[Fact]:
        facts = []
        for category, values in last_changes(grid, grid.categories).items():
            limit = threshold(values, self.setting("min_pp"), self.setting("min_pct"), grid.meta.decimals)
            if abs(magnitude(values)) < limit or size(values) == 0:
                continue
            score = abs(magnitude(values)) / limit + (1.0 if category == grid.total else 0.0)
            cells = (grid.cell(category, grid.previous), grid.cell(category, grid.latest))
            facts.append(Fact(self.code, "change", category, (grid.previous, grid.latest), values, cells, score))
        return facts
