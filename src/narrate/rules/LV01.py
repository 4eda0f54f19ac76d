"""LV01: the level of each category in the latest period.

Example: in a table of shares where ``Etablert nye tjenester`` is 55 in 2016,
the latest year, LV01 yields ``level`` with ``value=55`` for that category.
The total, where the table has one, scores highest: it is usually the news.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"kategori": ["A", "B"], "år": ["2016", "2016"],
...                                   "verdi": [55, 48]}), unit="prosent"))
>>> [(f.subject, f.values["value"]) for f in Rule().find(grid)]
[('A', 55.0), ('B', 48.0)]
"""

from __future__ import annotations

import numpy as np

from narrate.grid import Stack
from narrate.rules.base import Fact, positions
from narrate.rules.base import Rule as BaseRule


class Rule(BaseRule):
    code = "LV01"
    name = "level"
    kinds = ("level",)

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        latest = stack.values[:, :, -1]
        for group, category in positions(~np.isnan(latest)):
            score = 2.0 if category == stack.total else 0.5
            cells = (stack.cell(group, category, -1),)
            found[group].append(Fact(self.code, "level", stack.categories[category], (stack.periods[-1],),
                                     {"value": float(latest[group, category])}, cells, score))
        return found
