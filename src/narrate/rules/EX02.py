"""EX02: the largest increase and the largest decrease between the last two periods.

Among the categories that are not the total (at least ``min_categories`` of
them with both values), the one that rose most and the one that fell most,
when no other category shares that change and it is at least ``min_pp``
points or ``min_pct`` percent.

Example: of ten answers, ``Bedre beslutningsgrunnlag`` going from 38 to 33
is the ``largest_decrease`` (``diff=-5``).

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"kategori": list("AABBCC"), "år": ["2015", "2016"] * 3,
...                                   "verdi": [38, 33, 21, 26, 40, 41]}), unit="prosent"))
>>> [(f.kind, f.subject, f.values["diff"]) for f in Rule().find(grid)]
[('largest_increase', 'B', 5.0), ('largest_decrease', 'A', -5.0)]
"""

from __future__ import annotations

from narrate.grid import Grid
from narrate.rules.base import Fact, Threshold
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import last_changes, magnitude, threshold


class Rule(BaseRule):
    code = "EX02"
    name = "largest increase and decrease"
    thresholds = {
        "min_categories": Threshold(3, "fewest categories with a change for a largest increase or decrease"),
        "min_pp": Threshold(2, "smallest change in percentage points that can be the largest (a tenth of it per decimal the table shows)"),
        "min_pct": Threshold(1.0, "smallest change in percent that can be the largest"),
    }

    def find(self, grid: Grid) -> list[Fact]:
        changes = last_changes(grid, grid.parts)
        if len(changes) < self.setting("min_categories"):
            return []
        facts = []
        for kind, sign in (("largest_increase", 1), ("largest_decrease", -1)):
            best = max(sign * magnitude(v) for v in changes.values())
            holders = [c for c, v in changes.items() if sign * magnitude(v) == best]
            limit = threshold(changes[holders[0]], self.setting("min_pp"), self.setting("min_pct"), grid.meta.decimals)
            if len(holders) != 1 or best < limit:
                continue
            category = holders[0]
            cells = (grid.cell(category, grid.previous), grid.cell(category, grid.latest))
            values = {**changes[category], "among": len(changes)}
            facts.append(Fact(self.code, kind, category, (grid.previous, grid.latest), values, cells, 1.0 + best / limit))
        return facts
