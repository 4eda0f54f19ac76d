"""TO01: the parts against their total in the latest period.

When the category dimension has a total (``I alt``, ``Hele landet``) and at
least ``min_parts`` parts with a value:

- for shares, rates, changes and index values (``compare``): how many parts
  lie above the total and how many below;
- for counts and amounts, which add up (``part_share``): the largest part's
  share of the total, in percent;
- for figures of a kind the table does not say (``value``), nothing: the
  total may be a sum or an average.

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

import numpy as np

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold, largest_at, positions, single_at
from narrate.rules.base import Rule as BaseRule

ADDITIVE = ("count", "amount", "quantity")


class Rule(BaseRule):
    code = "TO01"
    name = "parts against the total"
    kinds = ("part_share", "compare")
    thresholds = {"min_parts": Threshold(2, "fewest parts with a value to compare with the total")}

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        total = stack.total
        if total is None or stack.meta.measure == "value":
            return found
        totals = stack.values[:, total, -1]
        parts = stack.values[:, stack.parts, -1]
        valid = ~np.isnan(parts)
        counts = valid.sum(axis=1)
        told = [group for (group,) in positions(~np.isnan(totals) & (counts >= self.setting("min_parts")))]
        latest = (stack.periods[-1],)
        if stack.meta.measure in ADDITIVE:
            alone, at = single_at(largest_at(parts, valid))
            for group in told:
                if not alone[group]:
                    continue
                holder = at[group]
                whole, largest = float(totals[group]), float(parts[group, holder])
                if whole <= 0 or largest > whole:
                    continue
                part = stack.parts[holder]
                values = {"total": whole, "part": stack.categories[part], "value": largest,
                          "share": round(100 * largest / whole)}
                cells = (stack.cell(group, total, -1), stack.cell(group, part, -1))
                found[group].append(Fact(self.code, "part_share", stack.categories[part], latest, values, cells, 0.9))
            return found
        above = (valid & (parts > totals[:, None])).sum(axis=1)
        below = (valid & (parts < totals[:, None])).sum(axis=1)
        for group in told:
            if above[group] == below[group] == 0:
                continue
            shown = [total, *(stack.parts[index] for (index,) in positions(valid[group]))]
            values = {"value": float(totals[group]), "above": int(above[group]), "below": int(below[group]),
                      "parts": int(counts[group])}
            cells = tuple(stack.cell(group, category, -1) for category in shown)
            found[group].append(Fact(self.code, "compare", stack.categories[total], latest, values, cells, 0.9))
        return found
