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

import numpy as np

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold, largest_at, positions, single_at
from narrate.rules.base import Rule as BaseRule


class Rule(BaseRule):
    code = "EX01"
    name = "highest and lowest"
    kinds = ("highest", "lowest")
    thresholds = {"min_categories": Threshold(3, "fewest categories with a value for a highest and a lowest")}

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        parts = stack.parts
        latest = stack.values[:, parts, -1]
        valid = ~np.isnan(latest)
        counts = valid.sum(axis=1)
        enough = counts >= self.setting("min_categories")
        for kind, sign, score in (("highest", 1, 1.2), ("lowest", -1, 0.8)):
            holders = largest_at(sign * latest, valid)
            alone, at = single_at(holders)
            runner_alone, runner_at = single_at(largest_at(sign * latest, valid & ~holders))
            for (group,) in positions(enough & alone):
                holder = at[group]
                values = {"value": float(latest[group, holder]), "among": int(counts[group])}
                cells = [stack.cell(group, parts[holder], -1)]
                if kind == "highest" and counts[group] >= self.setting("min_categories") + 1 and runner_alone[group]:
                    runner = runner_at[group]
                    values |= {"next": stack.categories[parts[runner]], "next_value": float(latest[group, runner])}
                    cells.append(stack.cell(group, parts[runner], -1))
                found[group].append(Fact(self.code, kind, stack.categories[parts[holder]], (stack.periods[-1],),
                                         values, tuple(cells), score))
        return found

