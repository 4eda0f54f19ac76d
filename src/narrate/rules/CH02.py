"""CH02: little or no change between the last two periods.

A category whose value moved by at most ``max_pp`` points (shares) or
``max_pct`` percent (counts, amounts, index values) reads as ``omtrent
uendret``; exactly no change as ``uendret``. Such facts score low: they are
context, not news.

Example: ``Mer robust og sikker infrastruktur`` 66 in both 2015 and 2016
gives ``stable`` with ``before=66, after=66, diff=0``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [66, 66]}), unit="prosent"))
>>> Rule().find(grid)[0].values["diff"]
0.0
"""

from __future__ import annotations

from narrate.grid import Grid
from narrate.rules.base import Fact, Threshold
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import last_changes, magnitude, threshold


class Rule(BaseRule):
    code = "CH02"
    name = "little or no change"
    thresholds = {
        "max_pp": Threshold(1, "largest change in percentage points that reads as about the same (a tenth of it per decimal the table shows)"),
        "max_pct": Threshold(0.5, "largest change in percent that reads as about the same"),
    }

    def find(self, grid: Grid) -> list[Fact]:
        facts = []
        for category, values in last_changes(grid, grid.categories).items():
            limit = threshold(values, self.setting("max_pp"), self.setting("max_pct"), grid.meta.decimals)
            if abs(magnitude(values)) > limit:
                continue
            score = 0.6 if category == grid.total else 0.2
            cells = (grid.cell(category, grid.previous), grid.cell(category, grid.latest))
            facts.append(Fact(self.code, "stable", category, (grid.previous, grid.latest), values, cells, score))
        return facts
