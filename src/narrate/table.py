"""The Table: one tidy DataFrame, one row per cell, and what is known about it.

>>> import pandas as pd
>>> frame = pd.DataFrame({"år": ["2015", "2016"], "value": [41.0, 48.0], "status": ["", ""]})
>>> table = Table(frame, Meta(name="t", title="Andel", unit="prosent", measure="share",
...                           dims=("år",), time="år"))
>>> table.periods()
['2015', '2016']
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

import pandas as pd

from narrate.periods import parse_period

MEASURES = ("share", "count", "amount", "quantity", "change", "index", "value")
"""What a table's values are: shares in percent, counts, amounts of money,
quantities in tonnes, litres or the like (never a number of things),
changes (already computed by the publisher), index values, or figures of a
kind the table does not say (``value``: changes are told as differences)."""


@dataclass(frozen=True)
class Noun:
    """The noun for what a table counts or shares: ``virksomhet``.

    >>> Noun("virksomhet", "virksomheter", "virksomhetene").definite_plural
    'virksomhetene'
    """

    singular: str
    plural: str
    definite_plural: str


@dataclass(frozen=True)
class CategoryWords:
    """How to speak of one category in a sentence.

    ``name`` replaces the label inside sentences; ``clause`` says what the
    population does (``har etablert nye tjenester``); ``short`` says it in
    a few words for a title (``etablerer nye tjenester``); ``proper`` keeps
    the label's capital letter (place names).
    """

    name: str | None = None
    clause: str | None = None
    short: str | None = None
    proper: bool = False


@dataclass(frozen=True)
class Meta:
    """What is known about a table besides its cells.

    ``time`` names the time dimension, ``category`` the dimension the article
    compares; ``fixed`` holds the one label chosen for every other dimension
    (its total where it has one); ``totals`` maps a dimension to its total;
    ``subject`` is what the values are in a sentence (``sysselsettingen``),
    ``None`` for the language's word for the measure (``andelen``);
    ``clause_once`` says the ``clause`` in full in one sentence only, the
    others naming the category, with ``clause_short`` when it is given
    (``oppga {kategori}``: ``andelen som oppga reduserte kostnader``); ``place`` is the dimension and label an article of a ``--per`` batch is
    about; ``names`` are the prose names of category labels the table
    itself implies, in every language (``Oslo`` for ``0301 Oslo``; see
    :mod:`narrate.labels`), which a sidecar's ``name`` overrides;
    ``subtotals`` are the category labels that sum some of the others
    (``Food, beverages and tobacco (total)``), never ranked against them;
    ``sliced`` are the held dimensions that have other labels too, whose
    held label the prose must say.
    """

    name: str
    title: str
    unit: str
    measure: str
    dims: tuple[str, ...]
    time: str | None = None
    category: str | None = None
    fixed: dict[str, str] = field(default_factory=dict)
    totals: dict[str, str] = field(default_factory=dict)
    noun: Noun | None = None
    clause: str | None = None
    clause_once: bool = False
    clause_short: str | None = None
    categories: dict[str, CategoryWords] = field(default_factory=dict)
    subject: str | None = None
    source: str = ""
    path: str = ""
    decimals: int = 0
    multiplier: int = 1
    place: tuple[str, str] | None = None
    languages: dict[str, dict[str, Any]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    subtotals: tuple[str, ...] = ()
    sliced: tuple[str, ...] = ()

    def in_language(self, lang: str) -> "Meta":
        """The metadata for writing in ``lang``: bokmål as it is; another
        language keeps the table's title, unit and source unless its own
        section of the sidecar gives them, and takes only its own words for
        sentences (subject, clause, noun, categories).

        >>> meta = Meta("t", "T", "", "share", ("år",), subject="andelen", languages={"nn": {"subject": "delen"}})
        >>> meta.in_language("nn").subject, meta.in_language("en").subject, meta.in_language("nb").subject
        ('delen', None, 'andelen')
        """
        if lang == "nb":
            return self
        given = self.languages.get(lang, {})
        return replace(
            self,
            title=given.get("title", self.title),
            unit=given.get("unit", self.unit),
            source=given.get("source", self.source),
            subject=given.get("subject"),
            clause=given.get("clause"),
            clause_short=given.get("clause_short"),
            noun=given.get("noun"),
            categories=given.get("categories", {}),
        )


@dataclass(frozen=True)
class Table:
    """Cells in ``data`` (dimension columns, ``value`` as float, ``status``
    for SSB symbols) and their ``meta``."""

    data: pd.DataFrame
    meta: Meta

    @cached_property
    def view(self) -> pd.DataFrame:
        """The cells the article speaks of: every dimension but time and
        category held at its ``fixed`` label (computed once per table)."""
        frame = self.data
        for dim, label in self.meta.fixed.items():
            frame = frame[frame[dim] == label]
        return frame

    def periods(self) -> list[str]:
        """The time dimension's labels in the view, oldest first.

        Periods that cannot be read as time keep the table's order.
        """
        if not self.meta.time:
            return []
        return in_time_order(labels_in(self.view, self.meta.time))

    def categories(self) -> list[str]:
        """The category dimension's labels in table order (total first)."""
        if not self.meta.category:
            return []
        return total_first(labels_in(self.view, self.meta.category), self.meta.totals.get(self.meta.category))


def labels_in(frame: pd.DataFrame, dim: str) -> list[str]:
    """A dimension's labels in the order they first appear.

    >>> labels_in(pd.DataFrame({"år": ["2016", "2015", "2016"]}), "år")
    ['2016', '2015']
    """
    return list(dict.fromkeys(frame[dim].tolist()))


def in_time_order(labels: list[str]) -> list[str]:
    """Period labels oldest first; labels that cannot all be read as time
    keep their order.

    >>> in_time_order(["2016K2", "2015K4", "2016K1"])
    ['2015K4', '2016K1', '2016K2']
    """
    parsed = [parse_period(label) for label in labels]
    if all(parsed):
        return [p.label for p in sorted(parsed, key=lambda p: p.sort_key())]
    return labels


def total_first(labels: list[str], total: str | None) -> list[str]:
    """Labels in their order, the total (if among them) moved first.

    >>> total_first(["Oslo", "Hele landet", "Bergen"], "Hele landet")
    ['Hele landet', 'Oslo', 'Bergen']
    """
    if total in labels:
        labels = [total, *(label for label in labels if label != total)]
    return labels


REGION_WORDS = ("region", "fylke", "kommune", "land", "by", "sted", "storby", "bydel")


@functools.lru_cache(maxsize=256)
def is_region(dim: str) -> bool:
    """Whether a dimension's labels are places (``i Oslo``), by its name.

    >>> is_region("kommune"), is_region("næring")
    (True, False)
    """
    return any(word in dim.lower() for word in REGION_WORDS)


INDUSTRY_WORDS = ("næring", "industry")

DIMENSION_KINDS = ("sted", "næring", "annet")
"""What a category dimension's labels may be: places, industries or anything else."""


def dimension_kind(dim: str) -> str:
    """What a dimension's labels are, for the preposition before them:
    ``sted`` (places: ``i Oslo``), ``næring`` (industries: ``innen
    industri``) or ``annet`` (``for matvarer``).

    >>> dimension_kind("kommune"), dimension_kind("næring"), dimension_kind("konsumgruppe")
    ('sted', 'næring', 'annet')
    """
    if is_region(dim):
        return "sted"
    return "næring" if any(word in dim.lower() for word in INDUSTRY_WORDS) else "annet"
