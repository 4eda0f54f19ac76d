"""Realise a plan: word each message with its phrase file.

A variant is chosen from a hash of the seed, the kind and the subject, and
never the same one twice in a row for a kind: same input, same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path

from narrate.article import Article, Sentence
from narrate.grid import Grid
from narrate.plan import Message, Plan
from narrate.realise.context import VALUE_NAMES, message_values
from narrate.realise.phrases import PHRASES_ROOT, Phrases, choose

__all__ = ["realise", "load_phrases"]

_SPACES = re.compile(r"[ \t\r\n]+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" +([,.:;)])(?=\s|$)")

_loaded: dict[Path, Phrases] = {}


def load_phrases(lang: str, root: Path | None = None) -> Phrases:
    """The phrase set for a language, loaded and checked once per process."""
    folder = (root or PHRASES_ROOT) / lang
    if folder not in _loaded:
        _loaded[folder] = Phrases.load(folder, VALUE_NAMES)
    return _loaded[folder]


def realise(plan: Plan, grid: Grid, phrases: Phrases, lang: str, seed: int = 0) -> Article:
    """Word every message of the plan into an Article.

    After a sentence that opens with a figure, a variant that does not is
    preferred, so that no two sentences in a row open with one.
    """
    last_variant: dict[str, int] = {}
    previous: list[str] = [""]

    def word(message: Message) -> Sentence:
        variants = phrases.variants(message.template)
        first = choose(len(variants), seed, message.template, message.facts[0].subject, avoid=last_variant.get(message.template))
        values = message_values(message, grid, phrases.words)
        order = [(first + step) % len(variants) for step in range(len(variants))]
        for index in order:
            name = variants[index][0]
            text = tidy(phrases.render(message.template, name, values))
            if not (opens_with_figure(previous[0]) and opens_with_figure(text)):
                break
        else:
            name = variants[first][0]
            text = tidy(phrases.render(message.template, name, values))
            index = first
        last_variant[message.template] = index
        previous[0] = text
        return Sentence(text, message.template, name, message.facts)

    title = word(plan.title)
    title = Sentence(title.text.rstrip("."), title.template, title.variant, title.facts)
    previous[0] = ""
    ingress = tuple(word(m) for m in plan.ingress)
    paragraphs = tuple(tuple(word(m) for m in paragraph) for paragraph in plan.paragraphs)
    return Article(grid, lang, title, ingress, paragraphs, phrases.words)


def opens_with_figure(text: str) -> bool:
    """Whether a sentence starts with a number.

    >>> opens_with_figure("48 prosent av virksomhetene ..."), opens_with_figure("I 2016 ...")
    (True, False)
    """
    return bool(text) and (text[0].isdigit() or text[0] == "\u2212")


def tidy(text: str) -> str:
    """One line, single spaces, no space before punctuation, a capital first
    (unless the capital would be another letter: ``µ``, ``ß``).

    >>> tidy("  i 2016 var andelen  48 prosent ."), tidy("µ sto for 10 prosent.")
    ('I 2016 var andelen 48 prosent.', 'µ sto for 10 prosent.')
    """
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", _SPACES.sub(" ", text).strip())
    first = text[:1]
    capital = first.upper()
    return (capital if len(capital) == 1 and capital.lower() == first else first) + text[1:]
