"""Confidential cells a table would still give away: a part withheld as
confidential (``:``) while the total and every other part of the same
period are shown, so that the total minus the others is the figure.

>>> import pandas as pd
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"region": ["Hele landet", "Oslo", "Bergen"] * 2, "år": ["2022"] * 3 + ["2023"] * 3,
...                            "verdi": [100, 40, 60, 110, ":", 63]}))
>>> revealed(Grid.of(table))
[Revealed(category='Oslo', period='2023', total='Hele landet')]
"""

from __future__ import annotations

from dataclasses import dataclass

from narrate.grid import Grid

CONFIDENTIAL = ":"
"""SSB's symbol for a figure withheld as confidential."""


@dataclass(frozen=True)
class Revealed:
    """A confidential cell, and the total it can be worked out from."""

    category: str
    period: str
    total: str


def revealed(grid: Grid) -> list[Revealed]:
    """The confidential cells of ``grid`` its other cells give away: in
    their period the total is shown, every other part is shown, and the
    parts add up to the total (or no period shows all of them, so nothing
    says they do not).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> shares = load(pd.DataFrame({"region": ["I alt", "Oslo", "Bergen"] * 2, "år": ["2022"] * 3 + ["2023"] * 3,
    ...                             "verdi": [50, 40, 70, 52, ":", 63]}))
    >>> revealed(Grid.of(shares))
    []
    """
    total = grid.total
    if total is None or not adds_up(grid, total):
        return []
    found = []
    for period in grid.periods:
        hidden = [part for part in grid.parts if grid.value(part, period) is None]
        if grid.value(total, period) is not None and len(hidden) == 1 and grid.symbol(hidden[0], period) == CONFIDENTIAL:
            found.append(Revealed(hidden[0], period, total))
    return found


def adds_up(grid: Grid, total: str) -> bool:
    """Whether the parts may add up to the total: true unless every period
    that shows the total and all parts shows that they do not (within the
    rounding of the figures shown).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> adds_up(Grid.of(load(pd.DataFrame({"kjønn": ["I alt", "Menn", "Kvinner"], "år": ["2023"] * 3,
    ...                                    "verdi": [10, 4, 6]}))), "I alt")
    True
    """
    tolerance = 0.5 * 10 ** -grid.meta.decimals * (len(grid.parts) + 1)
    complete = [period for period in grid.periods
                if all(grid.value(category, period) is not None for category in [total, *grid.parts])]
    return not complete or any(
        abs(sum(grid.value(part, period) or 0.0 for part in grid.parts) - (grid.value(total, period) or 0.0)) <= tolerance
        for period in complete)
