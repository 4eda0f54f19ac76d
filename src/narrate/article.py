"""The Article: title, ingress and paragraphs of sentences, each sentence
keeping the rule, template and cells behind it.

>>> sentence = Sentence("Det er en økning.", "change", "v1", ())
>>> sentence.rules
()
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping

from narrate.rules import Fact
from narrate.grid import Grid


@dataclass(frozen=True)
class Sentence:
    """One sentence and where it came from: the phrase file and variant that
    worded it, and the facts (with their cells) it states."""

    text: str
    template: str
    variant: str
    facts: tuple[Fact, ...]

    @property
    def rules(self) -> tuple[str, ...]:
        """The codes of the rules whose facts the sentence states."""
        return tuple(dict.fromkeys(fact.rule for fact in self.facts))

    def words(self) -> int:
        """How many words the sentence has."""
        return len(self.text.split())


@dataclass(frozen=True, repr=False)
class Article:
    """A written article for one table (its ``grid``), in one language,
    with that language's ``vocabulary`` for the page around the prose.

    In a notebook an article shows itself as the page it is (its Markdown,
    or HTML where the front end asks for that); elsewhere its repr names
    its title.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.write import write
    >>> article = write(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent"))
    >>> article
    <Article nb: 'Andelen opp 7 prosentpoeng i 2016', 2 sentences>
    >>> article._repr_markdown_().splitlines()[0]
    '# Andelen opp 7 prosentpoeng i 2016'
    """

    grid: Grid
    lang: str
    title: Sentence
    ingress: tuple[Sentence, ...]
    paragraphs: tuple[tuple[Sentence, ...], ...]
    vocabulary: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def sentences(self) -> list[Sentence]:
        """Every sentence of the prose, ingress first (the title not included)."""
        return [*self.ingress, *(s for paragraph in self.paragraphs for s in paragraph)]

    def words(self) -> int:
        """How many words the prose has, ingress included."""
        return sum(sentence.words() for sentence in self.sentences())

    def __repr__(self) -> str:
        count = len(self.sentences())
        return f"<Article {self.lang}: {self.title.text!r}, {count} sentence{'' if count == 1 else 's'}>"

    def _repr_markdown_(self) -> str:
        """What Jupyter shows: the title, prose and table, no front matter."""
        from narrate.render import body_markdown

        return body_markdown(self)

    def _repr_html_(self) -> str:
        """What Jupyter shows where HTML is asked for."""
        from narrate.render import body_html

        return body_html(self)

    @cached_property
    def markdown(self) -> str:
        """The article as Markdown with front matter."""
        from narrate.render import to_markdown

        return to_markdown(self)

    @cached_property
    def html(self) -> str:
        """The article as a standalone HTML page."""
        from narrate.render import to_html

        return to_html(self)
