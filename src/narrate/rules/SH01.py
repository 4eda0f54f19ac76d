"""SH01: a share that reads as words.

A share in the latest period within ``tolerance`` points of a simple fraction
(a half, a third, two thirds, a quarter, three quarters, a fifth, a tenth, or
so many tenths) can be said in words: ``halvparten``, ``seks av ti``. The
``hedge`` is empty when the share rounds to the fraction, and ``about``
when it lies within the tolerance.

Example: 50 percent gives ``share_words`` with ``numerator=1,
denominator=2, hedge=''``; 60 gives six of ten; 49 gives about half.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"kategori": ["A", "B"], "år": ["2016"] * 2,
...                                   "verdi": [49, 60]}), unit="prosent"))
>>> [(f.values["numerator"], f.values["denominator"], f.values["hedge"]) for f in Rule().find(grid)]
[(1, 2, 'about'), (6, 10, '')]
"""

from __future__ import annotations

from narrate.grid import Grid
from narrate.rules.base import Fact, Threshold
from narrate.rules.base import Rule as BaseRule

FRACTIONS = [(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 5)] + [(n, 10) for n in range(1, 10) if n != 5]
"""Fractions said in words, simplest first: ``(numerator, denominator)``."""


class Rule(BaseRule):
    code = "SH01"
    name = "share in words"
    thresholds = {"tolerance": Threshold(1.0, "largest distance in points from a fraction that reads as about it")}

    def find(self, grid: Grid) -> list[Fact]:
        if grid.meta.measure != "share":
            return []
        facts = []
        for category in grid.categories:
            value = grid.value(category, grid.latest)
            if value is None:
                continue
            numerator, denominator = min(FRACTIONS, key=lambda f: (abs(value - 100 * f[0] / f[1]), f[1]))
            distance = abs(value - 100 * numerator / denominator)
            if distance > self.setting("tolerance"):
                continue
            hedge = "" if distance < 0.5 else "about"
            values = {"value": value, "numerator": numerator, "denominator": denominator, "hedge": hedge}
            cells = (grid.cell(category, grid.latest),)
            facts.append(Fact(self.code, "share_words", category, (grid.latest,), values, cells, 0.3))
        return facts
