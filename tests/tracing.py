"""An independent reader of an article's prose: every figure must be a cell of
the table, or the difference, relative change or share of two cells, at the
precision written. It parses the text and does not use the writer's records.
"""

from __future__ import annotations

import itertools
import re

from narrate.grid import Grid
from narrate.table import Table

NUMBER = re.compile(r"(?<![\w,])([−-]?\d{1,3}(?:\u00a0\d{3})+|[−-]?\d+)(?:,(\d+))?(?![\w])")
YEAR_CONTEXT = re.compile(r"(\d+)\. kvartal")


def prose_of(markdown: str) -> str:
    """The title, ingress and paragraphs of an article: no front matter, no table."""
    body = markdown.split("---\n", 2)[2]
    return body.split("\n## Tabell")[0]


def figures(text: str) -> list[tuple[float, int, str]]:
    """Every number in the text as (value, decimals, as written), leaving out
    years and quarter numbers of periods."""
    found = []
    period_numbers = {m.start(1) for m in YEAR_CONTEXT.finditer(text)}
    for match in NUMBER.finditer(text):
        if match.start(1) in period_numbers:
            continue
        whole, decimals = match.group(1), match.group(2) or ""
        written = match.group(0)
        value = float(whole.replace("\u00a0", "").replace("−", "-") + ("." + decimals if decimals else ""))
        if not decimals and "\u00a0" not in whole and 1900 <= value <= 2100:
            continue
        found.append((value, len(decimals), written))
    return found


def supported_values(table: Table) -> list[float]:
    """Every value the prose may state: cells (scaled to their unit); the
    difference and relative change of two periods of one category; a part's
    share of its total in one period."""
    grid = Grid.of(table)
    scale = table.meta.multiplier if table.meta.measure == "count" else 1
    values = []
    for category in grid.categories:
        row = [v for p in grid.periods if (v := grid.value(category, p)) is not None]
        values += [abs(v) for v in row] + [abs(v) * scale for v in row]
        for a, b in itertools.permutations(row, 2):
            values.append(abs(a - b))
            if a > 0:
                values.append(abs((b / a - 1) * 100))
    if grid.total:
        for period in grid.periods:
            total = grid.value(grid.total, period)
            for part in grid.parts:
                value = grid.value(part, period)
                if total and value is not None:
                    values.append(100 * value / total)
    return values


def untraced(markdown: str, table: Table) -> list[str]:
    """The figures in the prose that no cell or pair of cells supports."""
    supported = supported_values(table)
    missing = []
    for value, decimals, written in figures(prose_of(markdown)):
        tolerance = 0.5 * 10**-decimals + 1e-9
        if not any(abs(abs(value) - candidate) <= tolerance for candidate in supported):
            missing.append(written)
    return missing
