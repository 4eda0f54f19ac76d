"""TO01: the parts against their total in the latest period.

When the category dimension has a total (``I alt``, ``Hele landet``) and at
least ``min_parts`` parts with a value:

- for shares, rates, changes and index values (``compare``): how many parts
  lie above the total and how many below;
- for counts and amounts, which add up (``part_share``): the largest part's
  share of the total, in percent.

Example: ``Hele landet`` at 3,0 with Oslo at 3,4, Bergen at 2,1 and Trondheim
at 2,6 gives ``compare`` with ``above=1, below=2, parts=3``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"region": ["Hele landet", "Oslo", "Bergen", "Trondheim"],
...     "år": ["2016"] * 4, "verdi": [3.0, 3.4, 2.1, 2.6]}), unit="prosent"))
>>> Rule().find(grid)[0].values
{'value': 3.0, 'above': 1, 'below': 2, 'parts': 3}
>>> grid = Grid.of(load(pd.DataFrame({"drivstoff": ["I alt", "Elektrisitet", "Bensin"],
...     "år": ["2022"] * 3, "verdi": [200, 150, 50]})))
>>> Rule().find(grid)[0].values
{'total': 200.0, 'part': 'Elektrisitet', 'value': 150.0, 'share': 75}
"""

from __future__ import annotations

from narrate.grid import Grid
from narrate.rules.base import Fact, Threshold
from narrate.rules.base import Rule as BaseRule

ADDITIVE = ("count", "amount")


class Rule(BaseRule):
    code = "TO01"
    name = "parts against the total"
    thresholds = {"min_parts": Threshold(2, "fewest parts with a value to compare with the total")}

    def find(self, grid: Grid) -> list[Fact]:
        if grid.total is None:
            return []
        total = grid.value(grid.total, grid.latest)
        parts = {c: v for c in grid.parts if (v := grid.value(c, grid.latest)) is not None}
        if total is None or len(parts) < self.setting("min_parts"):
            return []
        if grid.meta.measure in ADDITIVE:
            return self._part_share(grid, total, parts)
        above = sum(1 for v in parts.values() if v > total)
        below = sum(1 for v in parts.values() if v < total)
        if above == below == 0:
            return []
        cells = tuple(grid.cell(c, grid.latest) for c in [grid.total, *parts])
        values = {"value": total, "above": above, "below": below, "parts": len(parts)}
        return [Fact(self.code, "compare", grid.total, (grid.latest,), values, cells, 0.9)]

    def _part_share(self, grid: Grid, total: float, parts: dict[str, float]) -> list[Fact]:
        largest = max(parts.values())
        holders = [c for c, v in parts.items() if v == largest]
        if total <= 0 or len(holders) != 1 or largest > total:
            return []
        part = holders[0]
        values = {"total": total, "part": part, "value": largest, "share": round(100 * largest / total)}
        cells = (grid.cell(grid.total, grid.latest), grid.cell(part, grid.latest))
        return [Fact(self.code, "part_share", part, (grid.latest,), values, cells, 0.9)]
