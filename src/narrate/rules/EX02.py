"""EX02: the largest increase and the largest decrease between the last two periods.

Among the categories that are not the total (at least ``min_categories`` of
them with both values), the one that rose most and the one that fell most,
when no other category shares that change and it is at least ``min_pp``
points or ``min_pct`` percent. Changes in the table's own unit (where
percent means nothing: values around nought) are ranked by their
difference, which is what the text shows beside them, and parts whose
changes are not all in one unit are not ranked at all; ``only`` says it is the one category that
went that way at all (then the text says ``bare i Rogaland``, not
``størst``).

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

import numpy as np

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold, largest_at, positions, single_at
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import OWN_UNIT, last_changes


class Rule(BaseRule):
    code = "EX02"
    name = "largest increase and decrease"
    kinds = ("largest_increase", "largest_decrease")
    thresholds = {
        "min_categories": Threshold(3, "fewest categories with a change for a largest increase or decrease"),
        "min_pp": Threshold(2, "smallest change in percentage points that can be the largest (a tenth of it per decimal the table shows)", positive=True),
        "min_pct": Threshold(1.0, "smallest change in percent that can be the largest", positive=True),
    }

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        changes = last_changes(stack)
        parts = stack.parts
        known, counts = changes.among(parts)
        limit = changes.limit(self.setting("min_pp"), self.setting("min_pct"), stack.meta.decimals)[:, parts]
        enough = counts >= self.setting("min_categories")
        units = changes.unit[:, parts]
        one_unit = ((units == units[:, :1]) | ~known).all(axis=1)
        ranked = np.where(units == OWN_UNIT, changes.size[:, parts], changes.magnitude[:, parts])
        for kind, sign in (("largest_increase", 1), ("largest_decrease", -1)):
            moved = sign * ranked
            went = ((sign * changes.size[:, parts] > 0) & known).sum(axis=1)
            alone, at = single_at(largest_at(moved, known))
            for (group,) in positions(enough & alone & one_unit):
                holder = at[group]
                best, least = float(sign * changes.magnitude[group, parts[holder]]), float(limit[group, holder])
                if best < least:
                    continue
                category = parts[holder]
                cells = (stack.cell(group, category, -2), stack.cell(group, category, -1))
                values = {**changes.values(group, category), "among": int(counts[group]), "only": bool(went[group] == 1)}
                found[group].append(Fact(self.code, kind, stack.categories[category], tuple(stack.periods[-2:]),
                                         values, cells, 1.0 + best / least))
        return found
