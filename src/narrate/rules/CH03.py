"""CH03: most categories went the same way between the last two periods.

Among the categories that are not the total (at least ``min_parts`` of them
with both values), count those that rose and those that fell. When the larger
group is at least ``min_share`` of them, the movement is news on its own:
``Prisene steg i fire av fem storbyer``, ``i alle fem regioner``. ``direction``
is 1 when most rose, −1 when most fell. When all but one of at least
``min_except`` categories went that way, ``except`` names the one that did
not (``i alle regionene med unntak av Tromsø``); else it is empty.
``against`` is true when the total went the other way (``Likevel gikk
antallet ned i tre av fem regioner``). When all of them went that way,
each by a change in one unit (percent or points), ``least`` and ``most``
are the smallest and the largest of those changes and ``unit`` their unit
(``med mellom 10,2 og 35,5 prosent``); else they are absent.

Example: of five regions, four with fewer overnight stays than the month
before and one with more gives ``most_moved`` with ``moved=4, parts=5,
direction=-1``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"region": list("AABBCCDDEE"), "måned": ["2018M09", "2018M10"] * 5,
...                                   "verdi": [10, 8, 20, 15, 30, 29, 5, 4, 7, 9]})))
>>> Rule().find(grid)[0].values
{'moved': 4, 'parts': 5, 'direction': -1, 'except': 'E', 'against': False}
"""

from __future__ import annotations

import numpy as np

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold, positions
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import last_changes


class Rule(BaseRule):
    code = "CH03"
    name = "most went the same way"
    kinds = ("most_moved",)
    thresholds = {
        "min_parts": Threshold(4, "fewest categories with a change before their movement is counted"),
        "min_share": Threshold(0.75, "smallest part of the categories, from 0 to 1, that must have gone the same way"),
        "min_except": Threshold(5, "fewest categories with a change before the one that did not go their way is named as the exception"),
    }

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        changes = last_changes(stack)
        parts = stack.parts
        known, counts = changes.among(parts)
        ups = (known & (changes.size[:, parts] > 0)).sum(axis=1)
        downs = (known & (changes.size[:, parts] < 0)).sum(axis=1)
        subject = "" if stack.total is None else stack.categories[stack.total]
        for (group,) in positions(counts >= self.setting("min_parts")):
            count, up, down = int(counts[group]), int(ups[group]), int(downs[group])
            moved, direction = (up, 1) if up >= down else (down, -1)
            if up == down or moved < self.setting("min_share") * count:
                continue
            odd = [parts[index] for (index,) in positions(known[group]) if int(np.sign(changes.size[group, parts[index]])) != direction]
            alone = moved == count - 1 and count >= self.setting("min_except")
            total = int(np.sign(changes.size[group, stack.total])) if stack.total is not None and changes.known[group, stack.total] else 0
            values = {"moved": moved, "parts": count, "direction": direction, "except": stack.categories[odd[0]] if alone else "",
                      "against": total == -direction}
            moving = [parts[index] for (index,) in positions(known[group])]
            units = {str(changes.unit[group, part]) for part in moving}
            if moved == count and len(units) == 1 and units <= {"prosent", "prosentpoeng"}:
                sizes = sorted(abs(float(changes.size[group, part])) for part in moving)
                if sizes[0] != sizes[-1]:
                    values |= {"least": sizes[0], "most": sizes[-1], "unit": units.pop()}
            cells = tuple(stack.cell(group, parts[index], period) for (index,) in positions(known[group]) for period in (-2, -1))
            found[group].append(Fact(self.code, "most_moved", subject, tuple(stack.periods[-2:]), values, cells, 0.85))
        return found
