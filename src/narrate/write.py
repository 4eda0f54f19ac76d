"""The whole way from a table to an article: detect, plan, realise.

>>> import pandas as pd
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent")
>>> write(table).ingress[0].text
'I 2016 var andelen 48 prosent.'
"""

from __future__ import annotations

from collections.abc import Iterator

from narrate.article import Article
from narrate.config import Config
from narrate.grid import Grid, Stack, grid_of, in_language
from narrate.plan import make_plan
from narrate.realise import load_phrases, realise
from narrate.rules import Fact, detect, detect_each
from narrate.table import Table


def facts_of(table: Table | Grid, config: Config | None = None) -> list[Fact]:
    """The facts the rules find in a table (or its grid), most newsworthy first.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent")
    >>> [fact.rule for fact in facts_of(table)]
    ['CH01', 'LV01']
    """
    config = config or Config()
    return detect(grid_of(table), config.rules, config.off)


def write(table: Table | Grid, config: Config | None = None, facts: list[Fact] | None = None) -> Article:
    """Write the article for a table (or its grid) in the configuration's
    language, from ``facts`` when the rules have already read the grid
    (with :func:`~narrate.rules.detect_all`, over a whole table at once).

    Messages are dropped, least newsworthy first, until the prose fits
    ``max_words``; the title and ingress always stay.
    """
    config = config or Config()
    grid = in_language(grid_of(table), config.lang)
    plan = make_plan(detect(grid, config.rules, config.off) if facts is None else facts, grid)
    phrases = load_phrases(config.lang, config.phrase_root)
    article = realise(plan, grid, phrases, config.lang, config.seed)
    while article.words() > config.max_words and plan.paragraphs:
        weakest = min((m for p in plan.paragraphs for m in p), key=lambda m: m.score)
        plan = plan.without(weakest)
        article = realise(plan, grid, phrases, config.lang, config.seed)
    return article


def write_each(stack: Stack, config: Config | None = None) -> Iterator[tuple[list[Fact], Article]]:
    """Each grid's facts and article, the rules reading the stack a block of
    grids at a time (see :func:`~narrate.rules.detect_each`).

    >>> import pandas as pd
    >>> from narrate.batch import split
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"kommune": ["Ås", "Ås", "Bø", "Bø"], "år": ["2015", "2016"] * 2,
    ...                            "verdi": [10, 12, 30, 30]}))
    >>> [article.title.text for _, article in write_each(split(table, "kommune"))]
    ['Antallet i Ås steg', 'Lite endring i antallet i Bø']
    """
    config = config or Config()
    for grid, facts in zip(stack.grids, detect_each(stack, config.rules, config.off), strict=True):
        yield facts, write(grid, config, facts)
