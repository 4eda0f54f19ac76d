"""The whole way from a table to an article: detect, plan, realise.

>>> import pandas as pd
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent")
>>> write(table).ingress[0].text
'I 2016 var andelen 48 prosent.'
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from narrate.article import Article
from narrate.config import Config, config_of
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


def write(table: Table | Grid, config: Config | str | Path | None = None, facts: list[Fact] | None = None, *,
          lang: str | None = None, seed: int | None = None, max_words: int | None = None) -> Article:
    """Write the article for a table.

    Arguments:

    - ``table``: what :func:`narrate.load` gives (a file or a DataFrame
      loaded), or one grid of a table.
    - ``config``: how to write: a :class:`~narrate.config.Config`, the path
      of a ``narrate.toml`` (thresholds, rules off, seed, language, phrase
      folder), or ``None`` for the defaults.
    - ``facts``: what the rules found in this grid, when they have already
      read it (:func:`~narrate.rules.detect_all` over a whole table at
      once); ``None`` lets the rules read it now.
    - ``lang``: ``"nb"`` (bokmål, the default), ``"nn"`` (nynorsk), ``"en"``
      (English), or a language the configuration's phrase folder adds.
    - ``seed``: which of the phrases' variants to prefer; the same seed
      gives the same words.
    - ``max_words``: the most words of prose; the least newsworthy messages
      are dropped until it fits, the title and ingress always stay.

    ``lang``, ``seed`` and ``max_words`` win over the configuration's. The
    :class:`~narrate.article.Article` gives ``.markdown`` and ``.html``, and
    shows itself in a notebook.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"år": ["2022", "2023"], "antall": [41, 48]}), value="antall", unit="prosent")
    >>> write(table, lang="nn").title.text
    'Delen opp 7 prosentpoeng i 2023'
    >>> write(table, lang="en", seed=3).ingress[0].text
    'In 2023, the share was 48 per cent.'
    """
    config = config_of(config, lang=lang, seed=seed, max_words=max_words)
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
    ['Antallet i Ås opp 20,0 prosent i 2016', 'Lite endring i antallet i Bø']
    """
    config = config or Config()
    for grid, facts in zip(stack.grids, detect_each(stack, config.rules, config.off), strict=True):
        yield facts, write(grid, config, facts)
