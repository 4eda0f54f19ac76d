"""TR01: a run of changes in one direction up to the latest period.

When a category rose (or fell) in each of the last ``min_run`` or more steps
between periods that follow each other, the run is news: ``for tredje år på
rad``. ``run`` counts the steps; ``direction`` is 1 for up, −1 for down.

Example: 60, 62, 65, 70 over four years gives ``trend`` with ``run=3,
direction=1``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"år": ["2013", "2014", "2015", "2016"],
...                                   "verdi": [60, 62, 65, 70]}), unit="prosent"))
>>> Rule().find(grid)[0].values
{'run': 3, 'direction': 1, 'first': '2013', 'value': 70.0}
"""

from __future__ import annotations

from narrate.grid import Grid
from narrate.periods import follows, parse_period
from narrate.rules.base import Fact, Threshold
from narrate.rules.base import Rule as BaseRule


class Rule(BaseRule):
    code = "TR01"
    name = "trend"
    thresholds = {"min_run": Threshold(3, "fewest steps in one direction that make a run")}

    def find(self, grid: Grid) -> list[Fact]:
        periods = grid.periods
        parsed = [parse_period(p) for p in periods]
        facts = []
        for category in grid.categories:
            run, direction = 0, 0
            for i in range(len(periods) - 1, 0, -1):
                before, after = grid.value(category, periods[i - 1]), grid.value(category, periods[i])
                if before is None or after is None or after == before:
                    break
                if not (parsed[i - 1] and parsed[i] and follows(parsed[i - 1], parsed[i])):
                    break
                step = 1 if after > before else -1
                if direction and step != direction:
                    break
                direction, run = step, run + 1
            if run >= self.setting("min_run"):
                used = periods[len(periods) - 1 - run:]
                cells = tuple(grid.cell(category, p) for p in used)
                values = {"run": run, "direction": direction, "first": used[0], "value": grid.value(category, grid.latest)}
                facts.append(Fact(self.code, "trend", category, tuple(used), values, cells, 1.0 + 0.3 * (run - 2)))
        return facts
