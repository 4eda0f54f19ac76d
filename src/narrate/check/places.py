"""Whose figures the prose speaks of, beside its categories: an article of
a ``--per`` batch speaks of its own label, never of the batch's others,
and the figures of a dimension held at one label (``avstand``: ``Under 1
km``) are never said to be of another of its labels.

>>> import pandas as pd
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"avstand": ["Under 1 km", "10-24 km"] * 2, "år": ["2016", "2016", "2021", "2021"],
...                            "region": ["Oslo"] * 4, "verdi": [15, 40, 12, 38]}), category="region")
>>> [(label, dim) for label, dim, _ in held_elsewhere(table, Evidence.of(table))]
[('10-24 km', 'avstand')]
"""

from __future__ import annotations

import re
from typing import Sequence

from narrate.check.reader import is_number
from narrate.check.support import Evidence, whole
from narrate.grid import Grid
from narrate.table import Table


def strangers(others: Sequence[str], evidence: Evidence) -> list[str]:
    """The labels of a batch's other articles a sentence may not name:
    not those that are also a name of one of the article's categories
    (a kommune called ``Handel``), nor a number or words the reader
    reads (``0``, ``I``), nor those that begin or end with something
    other than a letter, a digit or a bracket, or hold fewer than two
    letters or digits together, which no word search can tell from
    punctuation."""
    own = {form for form, _ in evidence.forms}
    vocabulary = evidence.lex.vocabulary
    return [label for label in others
            if re.fullmatch(r"[\w(](?:.*[\w)])?", label, re.DOTALL) and re.search(r"\w\w", label) and label.lower() not in own
            and not is_number(label, evidence.lex) and not all(word in vocabulary for word in label.lower().split())]


def held_elsewhere(table: Table | Grid, evidence: Evidence) -> list[tuple[str, str, re.Pattern[str]]]:
    """For each dimension the article's figures hold at one label
    (``avstand``: ``Under 1 km``), its other labels, which the prose may
    not name (``10-24 km``): ``(label, dimension, pattern)``. Only a whole
    table tells them; labels a word search cannot tell apart (see
    :func:`strangers`) are left out."""
    if not isinstance(table, Table):
        return []
    meta = evidence.grid.meta
    found = []
    for dim, fixed in meta.fixed.items():
        if dim not in table.data.columns:
            continue
        labels = [str(label) for label in table.data[dim].unique() if str(label) not in (fixed, meta.totals.get(dim))]
        found += [(label, dim, whole(label.lower())) for label in strangers(labels, evidence)]
    return found


def masked_held(sentence: str, evidence: Evidence) -> str:
    """A lower-case sentence with the held labels and the categories' names
    it says replaced by ``§``, so a label inside them is not read alone
    (``sesongjustert`` in ``ikke sesongjustert``)."""
    for text in sorted([*(label.lower() for label in evidence.grid.meta.fixed.values()), *(f for f, _ in evidence.forms)],
                       key=len, reverse=True):
        sentence = whole(text).sub("§", sentence)
    return sentence
