"""EX01: the highest and the lowest category in the latest period.

Among the categories that are not the total (at least ``min_categories`` of
them with a value), the one with the highest and the one with the lowest
value, when no other category shares that value; the highest also names
the one after it (``next``, ``next_value``) when there are at least one more
than ``min_categories`` and no tie for second place: ``etterfulgt av``.

Example: of ten answers, ``Mer robust og sikker infrastruktur`` at 66 in 2016
is ``highest`` and ``Redusert bemanning`` at 5 is ``lowest``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"kategori": ["A", "B", "C"], "år": ["2016"] * 3,
...                                   "verdi": [66, 5, 30]}), unit="prosent"))
>>> [(f.kind, f.subject) for f in Rule().find(grid)]
[('highest', 'A'), ('lowest', 'B')]
"""

from __future__ import annotations

from narrate.grid import Grid
from narrate.rules.base import Fact, Threshold
from narrate.rules.base import Rule as BaseRule


class Rule(BaseRule):
    code = "EX01"
    name = "highest and lowest"
    thresholds = {"min_categories": Threshold(3, "fewest categories with a value for a highest and a lowest")}

    def find(self, grid: Grid) -> list[Fact]:
        values = {c: v for c in grid.parts if (v := grid.value(c, grid.latest)) is not None}
        if len(values) < self.setting("min_categories"):
            return []
        facts = []
        for kind, pick, score in (("highest", max, 1.2), ("lowest", min, 0.8)):
            value = pick(values.values())
            holders = [c for c, v in values.items() if v == value]
            if len(holders) == 1:
                found = {"value": value, "among": len(values)}
                cells = [grid.cell(holders[0], grid.latest)]
                rest = {c: v for c, v in values.items() if c != holders[0]}
                runner = pick(rest.values())
                runners = [c for c, v in rest.items() if v == runner]
                if kind == "highest" and len(values) >= self.setting("min_categories") + 1 and len(runners) == 1:
                    found |= {"next": runners[0], "next_value": runner}
                    cells.append(grid.cell(runners[0], grid.latest))
                facts.append(Fact(self.code, kind, holders[0], (grid.latest,), found, tuple(cells), score))
        return facts
