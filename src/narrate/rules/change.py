"""How each category's last two values compare, in the terms its measure
calls for, worked out for every grid of a stack at once.

Shares and tables of changes compare in percentage points (``diff``);
counts, amounts and index values in percent (``pct``), unless a value is
negative or the earlier one is zero: then a relative change means nothing,
and they compare by their difference in the table's own unit (``diff`` with
an empty ``unit``). Numbers are rounded as the text will say them: a
difference to the table's decimals (a count in thousands, which the text
says in full, to the ones), a relative change to one decimal (each with
Python's ``round``, so that a figure is the one a reader gets by rounding
it).

>>> import pandas as pd
>>> from narrate.grid import Grid, Stack
>>> from narrate.load import load
>>> def changes(unit, before, after):
...     grid = Grid.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [before, after]}), unit=unit))
...     return last_changes(Stack.of([grid])).values(0, 0)
>>> changes("prosent", 41, 48)
{'before': 41.0, 'after': 48.0, 'diff': 7.0, 'unit': 'prosentpoeng'}
>>> changes("personer", 200, 210)
{'before': 200.0, 'after': 210.0, 'pct': 5.0, 'unit': 'prosent'}
>>> changes("personer", -400, -150)
{'before': -400.0, 'after': -150.0, 'diff': 250.0, 'unit': ''}
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

import numpy as np

from narrate.grid import Stack
from narrate.periods import follows, parse_period
from narrate.table import Meta

POINT_MEASURES = ("share", "change")
POINTS, PERCENT, OWN_UNIT = "prosentpoeng", "prosent", ""


@dataclass(frozen=True, eq=False)
class Changes:
    """The change of every category of every grid (``[group, category]``)
    between the last two periods: ``before`` and ``after`` (NaN where
    missing), ``known`` where both are there, the ``unit`` it is told in,
    its signed rounded ``size`` (points, percent or own unit) and its
    ``magnitude`` for thresholds and ranking: the size, or, for a difference
    in the table's own unit, that difference in percent of the larger of
    the two values."""

    before: np.ndarray
    after: np.ndarray
    known: np.ndarray
    unit: np.ndarray
    size: np.ndarray
    magnitude: np.ndarray
    pct_scale: float = 1.0

    def values(self, group: int, category: int) -> dict[str, Any]:
        """One change as a fact's values: ``before``, ``after``, ``diff`` or
        ``pct``, and ``unit``."""
        unit = self.unit[group, category]
        key = "pct" if unit == PERCENT else "diff"
        return {"before": float(self.before[group, category]), "after": float(self.after[group, category]),
                key: float(self.size[group, category]), "unit": unit}

    def among(self, parts: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """Which of these categories have a change in each grid, and how many."""
        known = self.known[:, parts]
        return known, known.sum(axis=1)

    def limit(self, pp: float, pct: float, decimals: int, scaled: bool = True) -> np.ndarray:
        """The threshold that applies to each change's magnitude: points
        (scaled to the table's decimals) for a change in points, percent
        for the others (scaled to the horizon unless ``scaled`` is false:
        see :func:`horizon_scale`)."""
        return np.where(self.unit == POINTS, points(pp, decimals), pct * (self.pct_scale if scaled else 1.0))


def worth_telling(changes: Changes, pp: float, pct: float, decimals: int) -> tuple[np.ndarray, np.ndarray]:
    """Which changes reach the thresholds (``pp`` points, ``pct`` percent)
    and are not nought, and each one's size measured in thresholds (its
    score)."""
    limit = changes.limit(pp, pct, decimals)
    told = changes.known & ~(np.abs(changes.magnitude) < limit) & (changes.size != 0)
    return told, np.abs(changes.magnitude) / limit


@functools.lru_cache(maxsize=16)
def last_changes(stack: Stack) -> Changes:
    """Every category's change between the last two periods in every grid
    of the stack, worked out once for all the rules."""
    return changes_since(stack, len(stack.periods) - 2)


def year_before(periods: list[str]) -> int | None:
    """Where the period a year before the latest is, in a table of quarters,
    months or weeks, when it is not the period right before it.

    >>> year_before(["2022M12", "2023M10", "2023M11", "2023M12"]), year_before(["2022K4", "2023K4"])
    (0, None)
    """
    latest = parse_period(periods[-1]) if periods else None
    if latest is None or latest.unit == "year" or latest.is_span:
        return None
    wanted = (latest.start[0] - 1, latest.start[1])
    for index, label in enumerate(periods[:-2]):
        period = parse_period(label)
        if period and period.unit == latest.unit and not period.is_span and period.start == wanted:
            return index
    return None


@functools.lru_cache(maxsize=16)
def year_changes(stack: Stack) -> Changes | None:
    """Every category's change from the same period a year before to the
    latest, in a sub-annual table that has it, else ``None``."""
    earlier = year_before(stack.periods)
    return None if earlier is None else changes_since(stack, earlier)


PER_YEAR = {"year": 1, "quarter": 4, "month": 12, "week": 52}


def horizon_scale(earlier: str, later: str) -> float:
    """How a threshold in percent, meant for a year, scales to the time
    between two periods that follow each other: by the square root of the
    part of a year (a 0,6 prosent quarterly growth in GDP is news; 1 prosent
    over a year is the bar for annual figures).

    >>> horizon_scale("2015", "2016"), horizon_scale("2016K3", "2016K4"), round(horizon_scale("2018M09", "2018M10"), 2)
    (1.0, 0.5, 0.29)
    >>> horizon_scale("2022M12", "2023M12")
    1.0
    """
    first, second = parse_period(earlier), parse_period(later)
    if first is None or second is None or first.is_span or not follows(first, second):
        return 1.0
    return (1 / PER_YEAR[second.unit]) ** 0.5


def changes_since(stack: Stack, earlier: int) -> Changes:
    """Every category's change from the period at ``earlier`` to the latest."""
    shape = stack.values.shape[:2]
    if earlier < 0:
        empty = np.full(shape, np.nan)
        return Changes(empty, empty, np.zeros(shape, dtype=bool), np.full(shape, OWN_UNIT, dtype=object), empty, empty)
    before, after = stack.values[:, :, earlier], stack.values[:, :, -1]
    known = ~np.isnan(before) & ~np.isnan(after)
    points_measure = stack.meta.measure in POINT_MEASURES
    relative = np.zeros(shape, dtype=bool) if points_measure or stack.meta.measure == "value" else (before > 0) & (after >= 0)
    unit = np.where(relative, PERCENT, POINTS if points_measure else OWN_UNIT).astype(object)
    with np.errstate(divide="ignore", invalid="ignore"):
        raw = np.where(relative, (after / before - 1) * 100, after - before)
    size = np.full(shape, np.nan)
    where = np.nonzero(known)
    places = difference_places(stack.meta)
    size[where] = [round(value, 1 if rel else places)
                   for value, rel in zip(raw[where].tolist(), relative[where].tolist(), strict=True)]
    base = np.maximum(np.abs(before), np.abs(after))
    with np.errstate(divide="ignore", invalid="ignore"):
        own = np.where(base != 0, 100 * size / base, 0.0)
    return Changes(before, after, known, unit, size, np.where(unit == OWN_UNIT, own, size),
                   horizon_scale(stack.periods[earlier], stack.periods[-1]))


def difference_places(meta: Meta) -> int:
    """The decimals a difference in the table's own unit is rounded to: the
    table's, or for a count in thousands (said in full), enough for the ones.

    >>> from narrate.table import Meta
    >>> difference_places(Meta("t", "T", "", "count", ("år",), decimals=1, multiplier=1000))
    3
    >>> difference_places(Meta("t", "T", "", "share", ("år",), decimals=1, multiplier=1000))
    1
    """
    if meta.measure == "count" and meta.multiplier > 1:
        return max(meta.decimals, len(str(meta.multiplier)) - 1)
    return meta.decimals


def points(threshold: float, decimals: int) -> float:
    """A threshold in percentage points, scaled to the table's precision: a
    table that shows one decimal uses a tenth of it.

    >>> points(2, 0), points(2, 1)
    (2.0, 0.2)
    """
    return round(threshold / 10**decimals, decimals + 2)


def size(values: dict[str, Any]) -> float:
    """The signed size of a change: points or percent.

    >>> size({"diff": -5.0}), size({"pct": 2.5})
    (-5.0, 2.5)
    """
    return values["diff"] if "diff" in values else values["pct"]
