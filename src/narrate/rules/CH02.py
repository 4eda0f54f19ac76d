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

import numpy as np

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold, positions
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import last_changes


class Rule(BaseRule):
    code = "CH02"
    name = "little or no change"
    kinds = ("stable",)
    thresholds = {
        "max_pp": Threshold(1, "largest change in percentage points that reads as about the same (a tenth of it per decimal the table shows)"),
        "max_pct": Threshold(0.5, "largest change in percent that reads as about the same"),
    }

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        changes = last_changes(stack)
        limit = changes.limit(self.setting("max_pp"), self.setting("max_pct"), stack.meta.decimals, scaled=False)
        for group, category in positions(changes.known & ~(np.abs(changes.magnitude) > limit)):
            score = 0.6 if category == stack.total else 0.2
            cells = (stack.cell(group, category, -2), stack.cell(group, category, -1))
            found[group].append(Fact(self.code, "stable", stack.categories[category], tuple(stack.periods[-2:]),
                                     changes.values(group, category), cells, score))
        return found
