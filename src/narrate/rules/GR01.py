"""GR01: how strong the total's change is, in the words a headline uses.

A change in percent of the total (a count, an amount, an index value)
below ``weak_pct`` percent is weak (``Svak økning i ...``), one of
``strong_pct`` percent or more is strong (``Kraftig nedgang i ...``);
whatever the step between the periods. A change in between has no
grade: the headline says its figure instead; and a headline of little
change (CH02) says so, graded or not. ``narrate check`` holds the words
to bands of its own (:mod:`narrate.check.words`: ``svak`` for at most 2
percent, ``kraftig`` for at least 5), so tuned bands stay within them. Shares and rates, which change in points, are not graded.
``grade`` is ``weak`` or ``strong``.

Example: overnight stays 2 484 000 in September and 2 037 000 in October
(−18,0 prosent from one month to the next) give ``grade`` with
``grade=strong``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> frame = pd.DataFrame({"region": ["Hele landet"] * 2 + ["Oslo"] * 2, "måned": ["2018M09", "2018M10"] * 2,
...                       "verdi": [2484000, 2036540, 550000, 487000]})
>>> Rule().find(Grid.of(load(frame)))[0].values["grade"]
'strong'
"""

from __future__ import annotations

import numpy as np

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold
from narrate.rules.base import Rule as BaseRule
from narrate.rules.change import PERCENT, last_changes


class Rule(BaseRule):
    code = "GR01"
    name = "graded change"
    kinds = ("grade",)
    thresholds = {
        "weak_pct": Threshold(1.0, "a change of the total in percent below this (and more than about the same) is weak", positive=True),
        "strong_pct": Threshold(10.0, "a change of the total in percent this large or larger is strong", positive=True),
    }

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        if stack.total is None:
            return found
        changes = last_changes(stack)
        total = stack.total
        magnitude = np.abs(changes.magnitude[:, total])
        weak = magnitude < self.setting("weak_pct")
        strong = magnitude >= self.setting("strong_pct")
        for group in range(len(stack.grids)):
            if not changes.known[group, total] or changes.unit[group, total] != PERCENT or changes.size[group, total] == 0:
                continue
            grade = "strong" if strong[group] else "weak" if weak[group] else ""
            if grade:
                cells = (stack.cell(group, total, -2), stack.cell(group, total, -1))
                found[group].append(Fact(self.code, "grade", stack.categories[total], tuple(stack.periods[-2:]),
                                         {**changes.values(group, total), "grade": grade}, cells, 0.1))
        return found
