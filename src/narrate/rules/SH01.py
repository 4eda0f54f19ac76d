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

import numpy as np

from narrate.grid import Stack
from narrate.rules.base import Fact, Threshold, positions
from narrate.rules.base import Rule as BaseRule

FRACTIONS = [(1, 2), (1, 3), (2, 3), (1, 4), (3, 4), (1, 5)] + [(n, 10) for n in range(1, 10) if n != 5]
"""Fractions said in words, simplest first: ``(numerator, denominator)``."""

_PERCENTS = np.array([100 * numerator / denominator for numerator, denominator in FRACTIONS])
_DENOMINATORS = np.array([denominator for _, denominator in FRACTIONS])


class Rule(BaseRule):
    code = "SH01"
    name = "share in words"
    kinds = ("share_words",)
    thresholds = {"tolerance": Threshold(1.0, "largest distance in points from a fraction that reads as about it")}

    def find_all(self, stack: Stack) -> list[list[Fact]]:
        found: list[list[Fact]] = [[] for _ in stack.grids]
        if stack.meta.measure != "share":
            return found
        latest = stack.values[:, :, -1]
        distances = np.abs(latest[..., None] - _PERCENTS)
        nearest = distances == distances.min(axis=-1, initial=np.inf, keepdims=True)
        fraction = np.argmin(np.where(nearest, _DENOMINATORS, np.iinfo(np.int64).max), axis=-1)
        distance = np.take_along_axis(distances, fraction[..., None], axis=-1)[..., 0]
        for group, category in positions(~np.isnan(latest) & ~(distance > self.setting("tolerance"))):
            numerator, denominator = FRACTIONS[fraction[group, category]]
            near = float(distance[group, category])
            values = {"value": float(latest[group, category]), "numerator": numerator, "denominator": denominator,
                      "hedge": "" if near < 0.5 else "about"}
            cells = (stack.cell(group, category, -1),)
            found[group].append(Fact(self.code, "share_words", stack.categories[category], (stack.periods[-1],),
                                     values, cells, 0.3))
        return found
