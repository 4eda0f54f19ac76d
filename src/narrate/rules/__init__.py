"""The rule catalogue: one module per rule, named by its code.

>>> [rule.code for rule in catalogue()]
['CH01', 'CH02', 'CH03', 'CH04', 'EX01', 'EX02', 'GR01', 'LV01', 'SH01', 'TO01', 'TR01']
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from typing import Collection, Iterator, Mapping

from narrate.grid import Grid, Stack
from narrate.rules.base import Fact, Rule, Threshold

__all__ = ["Fact", "Rule", "Threshold", "catalogue", "detect", "detect_all", "detect_each"]

BLOCK = 500
"""How many grids the rules read at once in :func:`detect_each`."""

_CODE = re.compile(r"^[A-Z]{2}\d{2}$")


@functools.cache
def catalogue() -> tuple[type[Rule], ...]:
    """Every rule class, ordered by code (found once per process)."""
    rules = []
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__) if _CODE.match(m.name)):
        rule = importlib.import_module(f"{__name__}.{module}").Rule
        if rule.code != module:
            raise RuntimeError(f"rule module {module} declares code {rule.code}")
        rules.append(rule)
    return tuple(rules)


def detect(grid: Grid, settings: Mapping[str, Mapping[str, float]] | None = None, off: Collection[str] = ()) -> list[Fact]:
    """Every fact every rule finds in one grid, most newsworthy first (see
    :func:`detect_all`).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent"))
    >>> [(fact.rule, fact.score) for fact in detect(grid)]
    [('CH01', 3.5), ('LV01', 0.5)]
    """
    return detect_all(Stack.of([grid]), settings, off)[0]


def detect_all(stack: Stack, settings: Mapping[str, Mapping[str, float]] | None = None,
               off: Collection[str] = ()) -> list[list[Fact]]:
    """Every fact every rule finds in each grid of the stack, each rule
    reading all the grids at once; each grid's facts most newsworthy first,
    ties in rule and table order, so the result is deterministic.

    ``settings`` maps a rule code to its threshold values; the rules in
    ``off`` are not run.

    >>> import pandas as pd
    >>> from narrate.batch import split
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"kommune": ["Ås", "Ås", "Bø", "Bø"], "år": ["2015", "2016"] * 2,
    ...                            "verdi": [10, 12, 30, 30]}))
    >>> [[fact.kind for fact in facts] for facts in detect_all(split(table, "kommune"))]
    [['change', 'level'], ['level', 'stable']]
    """
    settings = settings or {}
    rules = [rule(dict(settings.get(rule.code, {}))) for rule in catalogue() if rule.code not in off]
    found = [rule.find_all(stack) for rule in rules]
    return [sorted((fact for facts in found for fact in facts[group]), key=lambda fact: -fact.score)
            for group in range(len(stack.grids))]


def detect_each(stack: Stack, settings: Mapping[str, Mapping[str, float]] | None = None, off: Collection[str] = (),
                block: int = BLOCK) -> Iterator[list[Fact]]:
    """Each grid's facts, in order, as :func:`detect_all` finds them, the
    rules reading ``block`` grids at a time: a batch of any size holds the
    facts of one block only.

    >>> import pandas as pd
    >>> from narrate.batch import split
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"kommune": ["Ås", "Ås", "Bø", "Bø"], "år": ["2015", "2016"] * 2,
    ...                            "verdi": [10, 12, 30, 30]}))
    >>> stack = split(table, "kommune")
    >>> list(detect_each(stack, block=1)) == detect_all(stack)
    True
    """
    for start in range(0, len(stack.grids), block):
        yield from detect_all(stack.part(start, start + block), settings, off)
