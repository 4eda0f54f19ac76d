"""CH04: the change from the same period a year before.

In a table of quarters, months or weeks that holds the period a year
before the latest (and it is not the period right before it), the change
from it to the latest, in the terms of CH01: points for shares and changes,
percent for counts, amounts and index values. It counts when it is at
least ``min_pp`` points or ``min_pct`` percent. SSB's writers tell both
horizons: the change from the period before and from the same period last
year.

Example: unemployment at 3,9 prosent in December 2022 and 4,2 in December
2023 gives ``year_change`` with ``before=3.9, after=4.2, diff=0.3``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"måned": ["2022M12", "2023M11", "2023M12"], "verdi": [3.9, 4.1, 4.2]}),
...                     unit="prosent"))
>>> [(f.kind, f.periods, f.values["diff"]) for f in Rule().find(grid)]
[('year_change', ('2022M12', '2023M12'), 0.3)]
"""

from __future__ import annotations

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold, positions
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import worth_telling, year_before, year_changes


class Rule(BaseRule):
    code = "CH04"
    name = "change from a year before"
    kinds = ("year_change",)
    thresholds = {
        "min_pp": Threshold(2, "smallest change in percentage points from a year before that is told (a tenth of it per decimal the table shows)", positive=True),
        "min_pct": Threshold(1.0, "smallest change in percent from a year before that is told", positive=True),
    }

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        changes = year_changes(stack)
        if changes is None:
            return found
        earlier = year_before(stack.periods)
        told, scores = worth_telling(changes, self.setting("min_pp"), self.setting("min_pct"), stack.meta.decimals)
        for group, category in positions(told):
            cells = (stack.cell(group, category, earlier), stack.cell(group, category, -1))
            found[group].append(Fact(self.code, "year_change", stack.categories[category],
                                     (stack.periods[earlier], stack.periods[-1]), changes.values(group, category),
                                     cells, float(scores[group, category]) * 0.5))
        return found
