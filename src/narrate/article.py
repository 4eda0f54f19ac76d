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


@dataclass(frozen=True)
class Article:
    """A written article for one table (its ``grid``), in one language,
    with that language's ``vocabulary`` for the page around the prose."""

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
