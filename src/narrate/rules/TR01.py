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

import math

import numpy as np

from narrate.grid import Stack
from narrate.periods import follows, parse_period
from narrate.rules.base import Fact, Threshold, positions
from narrate.rules.base import Rule as BaseRule


class Rule(BaseRule):
    code = "TR01"
    name = "trend"
    kinds = ("trend",)
    thresholds = {"min_run": Threshold(3, "fewest steps in one direction that make a run")}

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        runs, directions = _runs(stack)
        for group, category in positions(runs >= self.setting("min_run")):
            run = int(runs[group, category])
            used = stack.periods[len(stack.periods) - 1 - run:]
            cells = tuple(stack.cell(group, category, period) for period in range(-len(used), 0))
            latest = float(stack.values[group, category, -1])
            values = {"run": run, "direction": int(directions[group, category]), "first": used[0],
                      "value": None if math.isnan(latest) else latest}
            found[group].append(Fact(self.code, "trend", stack.categories[category], tuple(used), values, cells,
                                     1.0 + 0.3 * (run - 2)))
        return found


def _runs(stack: Stack) -> tuple[np.ndarray, np.ndarray]:
    """For every category of every grid, how many steps in a row it went
    one way up to the latest period, and which way (1 up, −1 down, 0 when
    there is no run); a missing value, an unchanged one or a gap in time
    ends a run."""
    values = stack.values
    shape = values.shape[:2]
    if values.shape[2] < 2:
        return np.zeros(shape, dtype=int), np.zeros(shape, dtype=int)
    before, after = values[:, :, :-1], values[:, :, 1:]
    steps = (after > before).astype(int) - (after < before).astype(int)
    parsed = [parse_period(period) for period in stack.periods]
    linked = np.array([bool(a and b and follows(a, b)) for a, b in zip(parsed, parsed[1:])])
    last = steps[:, :, -1]
    same = linked & (steps != 0) & (steps == last[:, :, None])
    runs = np.cumprod(same[:, :, ::-1], axis=-1).sum(axis=-1)
    return runs, np.where(runs > 0, last, 0)
