"""The whole way from a table to an article: detect, plan, realise.

>>> import pandas as pd
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent")
>>> write(table).ingress[0].text
'I 2016 var andelen 48 prosent.'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from narrate.article import Article
from narrate.grid import Grid
from narrate.plan import make_plan
from narrate.realise import load_phrases, realise
from narrate.rules import Fact, detect
from narrate.table import Table


@dataclass(frozen=True)
class Settings:
    """How to write: rule thresholds by rule code, the seed for variation,
    and the most words of prose an article may have."""

    rules: dict[str, dict[str, float]] = field(default_factory=dict)
    seed: int = 0
    max_words: int = 250


def facts_of(table: Table, settings: Settings | None = None) -> list[Fact]:
    """The facts the rules find in a table, most newsworthy first."""
    settings = settings or Settings()
    return detect(Grid.of(table), settings.rules)


def write(table: Table, lang: str = "nb", config: Settings | None = None) -> Article:
    """Write the article for a table.

    Messages are dropped, least newsworthy first, until the prose fits
    ``max_words``; the title and ingress always stay.
    """
    settings = config or Settings()
    grid = Grid.of(table)
    plan = make_plan(detect(grid, settings.rules), grid)
    phrases = load_phrases(lang)
    article = realise(plan, grid, table, phrases, lang, settings.seed)
    while article.words() > settings.max_words and plan.paragraphs:
        weakest = min((m for p in plan.paragraphs for m in p), key=lambda m: m.score)
        plan = plan.without(weakest)
        article = realise(plan, grid, table, phrases, lang, settings.seed)
    return article
