"""What the prose must say of the table's labels, beside its numbers.

- A label held out of several (a venue of table 05300, a sub-table) is what
  every figure of the article is of: the title or the ingress's first
  sentence must name it (``Redusert andel for 10-24 km`` alone hides that
  the figures are of cinemas). A measure's label is left to the subject
  (``tolvmånedersveksten``), and a sidecar's clause says it in its own words.
- A label with a code before its name (``46 Vestland``) is said by its name.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> frame = pd.DataFrame({"avstand": ["Under 1 km", "1-4,9 km"] * 2, "kulturtilbud": ["Kino"] * 2 + ["Museum"] * 2,
...                       "år": ["2021"] * 4, "verdi": [15, 40, 10, 30]})
>>> grid = Grid.of(load(frame, unit="prosent"))
>>> unsaid_slices(grid, ["Høyest var andelen for 1-4,9 km.", "Tekst."])
[('Høyest var andelen for 1-4,9 km.', 'Kino', 'the figures are of kulturtilbud Kino, which neither the title nor the ingress says')]
>>> unsaid_slices(grid, ["Høyest andel (kino) for 1-4,9 km.", "Tekst."])
[]
"""

from __future__ import annotations

from narrate.grid import Grid
from narrate.labels import reads_as_total, without_code

MEASURE_DIMENSIONS = ("statistikkvariabel", "contentscode", "contents", "måltall")
"""Names of the dimensions whose labels are measures, as SSB's tables call them."""


def unsaid_slices(grid: Grid, opening: list[str]) -> list[tuple[str, str, str]]:
    """The held labels out of several that the ``opening`` (the title and
    the ingress's first sentence) does not name: ``(sentence, label, why)``."""
    meta = grid.meta
    if meta.clause or not opening:
        return []
    said = " ".join(opening).lower()
    place = meta.place[0] if meta.place else None
    found = []
    for dim, label in meta.fixed.items():
        if dim not in meta.sliced or dim == place or dim.lower().startswith(MEASURE_DIMENSIONS):
            continue
        if label == meta.totals.get(dim) or reads_as_total(label) or label.lower() in said:
            continue
        found.append((opening[0], label, f"the figures are of {dim} {label}, which neither the title nor the ingress says"))
    return found


def coded_labels(grid: Grid, sentences: list[str]) -> list[tuple[str, str, str]]:
    """Sentences that say a label with its code (``46 Vestland``):
    ``(sentence, label, why)``.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"region": ["0 Hele landet", "46 Vestland"], "år": ["2023"] * 2, "verdi": [5, 2]})))
    >>> coded_labels(grid, ["Antallet i 46 Vestland var 2."])
    [('Antallet i 46 Vestland var 2.', '46 Vestland', 'a label said with its code; its name is Vestland')]
    """
    coded = [label for label in grid.categories if without_code(label) != label]
    return [(sentence, label, f"a label said with its code; its name is {without_code(label)}")
            for sentence in sentences for label in coded if label in sentence]
