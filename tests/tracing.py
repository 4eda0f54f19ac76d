"""An independent reader of an article's prose: every figure must be a cell of
the table, or the difference, relative change or share of two cells, at the
precision written. It parses the text and does not use the writer's records.
"""

from __future__ import annotations

import itertools
import math
import re

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
    """Every value the prose may state: cells (scaled to their unit), and
    differences, relative changes and shares of two cells of the view."""
    view = table.view()
    cells = [v for v in view["value"].tolist() if not math.isnan(v)]
    scale = table.meta.multiplier if table.meta.measure == "count" else 1
    values = [abs(v) for v in cells] + [abs(v) * scale for v in cells]
    for a, b in itertools.permutations(cells, 2):
        values.append(abs(a - b))
        if a > 0:
            values.append(abs((b / a - 1) * 100))
            values.append(100 * b / a)
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
