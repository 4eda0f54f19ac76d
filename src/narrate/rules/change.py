"""How two values of a category compare, in the terms its measure calls for.

Shares and tables of changes compare in percentage points (``diff``);
counts, amounts and index values in percent (``pct``), unless a value is
negative or the earlier one is zero: then a relative change means nothing,
and they compare by their difference in the table's own unit (``diff`` with
an empty ``unit``). Numbers are rounded as the text will say them: a
difference to the table's decimals, a relative change to one decimal.

>>> compare("share", 41.0, 48.0, decimals=0)
{'before': 41.0, 'after': 48.0, 'diff': 7.0, 'unit': 'prosentpoeng'}
>>> compare("count", 200.0, 210.0, decimals=0)
{'before': 200.0, 'after': 210.0, 'pct': 5.0, 'unit': 'prosent'}
>>> compare("count", -400.0, -150.0, decimals=0)
{'before': -400.0, 'after': -150.0, 'diff': 250.0, 'unit': ''}
"""

from __future__ import annotations

import functools
from typing import Any

from narrate.grid import Grid

POINT_MEASURES = ("share", "change")


def compare(measure: str, before: float, after: float, *, decimals: int) -> dict[str, Any]:
    """The change from ``before`` to ``after``."""
    if measure in POINT_MEASURES:
        return {"before": before, "after": after, "diff": round(after - before, decimals), "unit": "prosentpoeng"}
    if before <= 0 or after < 0:
        return {"before": before, "after": after, "diff": round(after - before, decimals), "unit": ""}
    return {"before": before, "after": after, "pct": round((after / before - 1) * 100, 1), "unit": "prosent"}


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


def magnitude(values: dict[str, Any]) -> float:
    """How big a change is, for thresholds and ranking: its points or
    percent, or, for a difference in the table's unit, that difference in
    percent of the larger of the two values.

    >>> magnitude({"diff": -5.0, "unit": "prosentpoeng"}), magnitude({"before": -400.0, "after": -150.0, "diff": 250.0, "unit": ""})
    (-5.0, 62.5)
    """
    if values["unit"] == "":
        base = max(abs(values["before"]), abs(values["after"]))
        return 100 * values["diff"] / base if base else 0.0
    return size(values)


def last_changes(grid: Grid, categories: list[str]) -> dict[str, dict[str, Any]]:
    """Each category's change between the last two periods, for the
    categories that have both values and a change that can be told.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"kategori": list("AABB"), "år": ["2015", "2016"] * 2,
    ...                                   "verdi": [41, 48, 50, None]}), unit="prosent"))
    >>> last_changes(grid, grid.categories)
    {'A': {'before': 41.0, 'after': 48.0, 'diff': 7.0, 'unit': 'prosentpoeng'}}
    """
    every = _all_changes(grid)
    return {category: every[category] for category in categories if category in every}


@functools.lru_cache(maxsize=16)
def _all_changes(grid: Grid) -> dict[str, dict[str, Any]]:
    """Every category's last change, worked out once per grid for all the rules."""
    if grid.previous is None:
        return {}
    changes = {}
    for category in grid.categories:
        before, after = grid.value(category, grid.previous), grid.value(category, grid.latest)
        if before is not None and after is not None:
            changes[category] = compare(grid.meta.measure, before, after, decimals=grid.meta.decimals)
    return changes


def threshold(values: dict[str, Any], pp: float, pct: float, decimals: int) -> float:
    """The threshold that applies to a change's :func:`magnitude`: points
    (scaled to the table's decimals) for a change in points, percent for
    the others.

    >>> threshold({"diff": 1.0, "unit": "prosentpoeng"}, 2, 1.0, 1), threshold({"pct": 1.0, "unit": "prosent"}, 2, 1.0, 1)
    (0.2, 1.0)
    """
    return points(pp, decimals) if values.get("unit") == "prosentpoeng" else pct
