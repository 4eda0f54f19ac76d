"""CH01: a change between the last two periods worth telling.

Shares (and tables that are already changes) compare in percentage points,
counts, amounts and index values in percent. A change counts when it is at
least ``min_pp`` points or ``min_pct`` percent, the percent meant for a
year and scaled to shorter steps by the square root of their part of a year
(half of it from one quarter to the next, 0,29 of it from one month to the
next: a 0,6 prosent quarterly growth is news); its score grows with its size
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

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold, positions
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import last_changes, worth_telling


class Rule(BaseRule):
    code = "CH01"
    name = "change"
    kinds = ("change",)
    thresholds = {
        "min_pp": Threshold(2, "smallest change in percentage points that is told as a change (a tenth of it per decimal the table shows)", positive=True),
        "min_pct": Threshold(1.0, "smallest change in percent that is told as a change", positive=True),
    }

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        changes = last_changes(stack)
        told, scores = worth_telling(changes, self.setting("min_pp"), self.setting("min_pct"), stack.meta.decimals)
        for group, category in positions(told):
            score = float(scores[group, category]) + (1.0 if category == stack.total else 0.0)
            cells = (stack.cell(group, category, -2), stack.cell(group, category, -1))
            found[group].append(Fact(self.code, "change", stack.categories[category], tuple(stack.periods[-2:]),
                                     changes.values(group, category), cells, score))
        return found
