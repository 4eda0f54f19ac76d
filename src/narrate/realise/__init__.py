"""Realise a plan: word each message with its phrase file.

A variant is chosen from a hash of the seed, the kind and the subject, and
never the same one twice in a row for a kind: same input, same bytes.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from narrate.article import Article, Sentence
from narrate.grid import Grid
from narrate.plan import Message, Plan
from narrate.realise.context import VALUE_NAMES, Said, message_values, moved_by
from narrate.realise.phrases import Phrases, choose, phrase_folder

__all__ = ["realise", "load_phrases"]

_SPACES = re.compile(r"[ \t\r\n]+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r" +([,.])(?=\s|$)")
_COMMA_BEFORE_STOP = re.compile(r", *([,.])(?=\s|$)")
_DOUBLED_FULL_STOP = re.compile(r"\.\.(?=\s|$)")

_loaded: dict[Path, Phrases] = {}


def load_phrases(lang: str, root: Path | None = None) -> Phrases:
    """The phrase set for a language, loaded and checked once per process:
    the one in the user's ``root`` when it has the language, else narrate's own."""
    folder = phrase_folder(lang, root)
    if folder not in _loaded:
        _loaded[folder] = Phrases.load(folder, VALUE_NAMES)
    return _loaded[folder]


def realise(plan: Plan, grid: Grid, phrases: Phrases, lang: str, seed: int = 0) -> Article:
    """Word every message of the plan into an Article.

    Of a phrase's variants, the one the seed picks is taken unless another
    reads better: first one whose opening is there (a variant that opens
    with the period, for a table without time, is not), then one that does
    not open with a figure right after a
    sentence that did, then one that states no figure the article has
    already stated (the title aside: the ingress says a headline's figure
    again in full), then one that does not say again a long run of words
    the article has said (a clause such as ``opplyste at de siste to års
    IKT-prosjekter``), then one that does not open with the word the
    sentence before opened with, then one that does not open with the
    subject the sentence before has just named, then one that does not
    open with the pronoun for it (``Det gikk ned`` reads as ``it`` or as
    ``there``), then one that is not the variant used last time.

    A table whose clause is said once (``clause_once``) says it in full in
    one sentence; after that, sentences name the category without it. The
    place an article of a batch is about is said in the title and the
    ingress, and not again in every sentence after them; the held labels
    its figures are of, in the title and the ingress's first sentence only.
    In each paragraph, the subject and the period a change is counted
    from are said in full once: after that, a count's subject is its head
    noun (``antallet``), a pronoun right after a sentence that named it,
    and the period goes unsaid (see :class:`Said`).
    """
    last_variant: dict[str, int] = {}
    previous: list[str] = [""]
    stated: set[str] = set()
    runs: set[tuple[str, ...]] = set()
    own = own_numbers(grid)
    clause = once_clause(grid)
    spoken = [Said()]

    def word(message: Message) -> Sentence:
        variants = phrases.variants(message.template)
        first = choose(len(variants), seed, message.template, message.facts[0].subject, avoid=last_variant.get(message.template))
        values = message_values(message, grid, phrases.words, spoken[0])
        candidates = []
        for index in [(first + step) % len(variants) for step in range(len(variants))]:
            raw = phrases.render(message.template, variants[index][0], values)
            text = tidy(raw)
            said, long_runs = figures(text) - own, word_runs(text)
            faults = (
                lacks_opening(raw),
                opens_with_figure(previous[0]) and opens_with_figure(text),
                bool(said & stated),
                bool(long_runs & runs),
                opening(text) == opening(previous[0]),
                opens_with_named(text, previous[0]),
                spoken[0].subject == "just" and opens_with_pronoun(phrases, message.template, variants[index][0], values),
                index == last_variant.get(message.template),
            )
            candidates.append((faults, index, text, said, long_runs))
            if not any(faults):
                break
        faults, index, text, said, long_runs = min(candidates, key=lambda candidate: candidate[0])
        last_variant[message.template] = index
        previous[0] = text
        stated.update(said)
        runs.update(long_runs)
        if says(text, clause):
            spoken[0] = replace(spoken[0], clause=True)
        spoken[0] = moved_by(message, values, replace(spoken[0], subject=subject_said(spoken[0].subject, text, values["størrelse"])))
        if says(text, values.get("forrige", "")):
            spoken[0] = replace(spoken[0], horizon=values["forrige"])
        return Sentence(text, message.template, variants[index][0], message.facts)

    title = word(plan.title)
    title = Sentence(headline(title.text.rstrip("."), phrases.words), title.template, title.variant, title.facts)
    previous[0] = ""
    stated.clear()
    spoken[0] = replace(spoken[0], held=False, subject="", horizon="")
    ingress = []
    for message in plan.ingress:
        ingress.append(word(message))
        spoken[0] = replace(spoken[0], held=True)
    spoken[0] = replace(spoken[0], place=True)
    paragraphs = []
    for paragraph in plan.paragraphs:
        spoken[0] = replace(spoken[0], subject="", horizon="", moved=("", 0), also=False, before=spoken[0].last if paragraphs else 0)
        paragraphs.append(tuple(word(m) for m in paragraph))
    return Article(grid, lang, title, tuple(ingress), tuple(paragraphs), phrases.words)


def headline(text: str, words: dict[str, Any]) -> str:
    """A title as a headline: without the article it would open with in a
    language whose headlines leave it out (``overskrift_uten``).

    >>> headline("The number of vacancies down 11.7 per cent", {"overskrift_uten": ["the"]}), headline("Antallet falt", {"overskrift_uten": []})
    ('Number of vacancies down 11.7 per cent', 'Antallet falt')
    """
    first, _, rest = text.partition(" ")
    if rest and first.lower() in words["overskrift_uten"]:
        return tidy(rest)
    return text


def subject_said(before: str, text: str, subject: str) -> str:
    """What a paragraph has said of its subject after a sentence that was
    given ``subject`` (see :class:`~narrate.realise.context.Said`): ``just``
    when the sentence named it, so the next may say ``den``; ``said`` once
    it has been said, but not by the sentence just before; else nothing.

    >>> subject_said("", "Sysselsettingen økte.", "sysselsettingen"), subject_said("just", "I Oslo økte den.", "den")
    ('just', 'said')
    >>> subject_said("", "Det var liten endring i Oslo.", "sysselsettingen")
    ''
    """
    if before == "just":
        return "said"
    if says(text, subject):
        return "just"
    return "said" if before else ""


def opens_with_pronoun(phrases: Phrases, kind: str, variant: str, values: dict[str, Any]) -> bool:
    """Whether a variant opens with the subject alone (``f.størrelse``),
    which after a sentence that named the subject is a pronoun: rendered
    with a mark in its place, the sentence opens with the mark."""
    return tidy(phrases.render(kind, variant, {**values, "størrelse": "§"})).startswith("§")


def lacks_opening(raw: str) -> bool:
    """Whether a rendered variant opens with an empty value: a space or a
    comma where its first words should be (`` var antallet 3.``).

    >>> lacks_opening(" var antallet 3."), lacks_opening(", the number was 3."), lacks_opening("I 2016 var det 3.")
    (True, True, False)
    """
    return raw[:1].isspace() or raw.lstrip()[:1] in (",", ".", ";", ":")


_FIGURE = re.compile(r"(?<![\w,.])(\d[\d\u00a0,.]*\d|\d)(?! ?\. ?kvartal)(?:\s(prosentpoeng|prosent|per cent|percentage points?))?")
_YEAR = re.compile(r"(19|20)\d\d")


def figures(text: str) -> set[str]:
    """The figures a sentence states, with their unit, leaving out years and
    quarter numbers.

    >>> sorted(figures("I 2016 var 48 prosent i 4. kvartal, en økning på 7 prosentpoeng."))
    ['48 prosent', '7 prosentpoeng']
    """
    return {match.group(0) for match in _FIGURE.finditer(text) if not _YEAR.fullmatch(match.group(0))}


def own_numbers(grid: Grid) -> set[str]:
    """Numbers in the table's own words (labels, clauses, names: ``under 1
    km``), which are no figures of the article.

    >>> from narrate.load import load
    >>> import pandas as pd
    >>> sorted(own_numbers(Grid.of(load(pd.DataFrame({"år": ["2016"], "verdi": [3]}), clause="hadde under 1 km"))))
    ['1']
    """
    meta = grid.meta
    texts = [meta.clause or "", *grid.categories]
    texts += [text or "" for words in meta.categories.values() for text in (words.name, words.clause, words.short)]
    return {number for text in texts for number in re.findall(r"\d+", text)}


RUN = 6
"""How many words in a row make a phrase an article should not say twice."""


def word_runs(text: str) -> set[tuple[str, ...]]:
    """Every run of ``RUN`` words in a sentence, in lower case.

    >>> len(word_runs("en to tre fire fem seks sju"))
    2
    """
    words = text.lower().rstrip(".").split()
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def once_clause(grid: Grid) -> str:
    """The longest fixed part of the table's clause when the table says
    it once (``clause_once``), else empty.

    >>> from narrate.load import load
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"år": ["2016"], "verdi": [3]})
    >>> once_clause(Grid.of(load(frame, clause="opplyste at prosjektene har gitt {kategori}", clause_once=True)))
    'opplyste at prosjektene har gitt'
    >>> once_clause(Grid.of(load(frame, clause="opplyste at prosjektene har gitt {kategori}")))
    ''
    """
    if not grid.meta.clause_once:
        return ""
    return max((grid.meta.clause or "").split("{kategori}"), key=lambda part: len(part.split())).strip()


def says(text: str, clause: str) -> bool:
    """Whether a sentence says a clause (never, for an empty one).

    >>> says("48 prosent opplyste at de fikk mer.", "opplyste at de"), says("Andelen økte.", "")
    (True, False)
    """
    return bool(clause) and clause.lower() in text.lower()


NOUN_LENGTH = 4
"""Opening words this long or longer are taken for the sentence's subject."""


def opens_with_named(text: str, previous: str) -> bool:
    """Whether a sentence opens with a subject the one before has just
    named (``I 2016 var bruttoproduktet ... Bruttoproduktet økte ...``).

    >>> opens_with_named("Bruttoproduktet økte.", "I 2016 var bruttoproduktet 5."), opens_with_named("Det økte.", "Det var 5.")
    (True, False)
    """
    first = opening(text)
    return len(first) >= NOUN_LENGTH and first in {word.strip(".,") for word in previous.lower().split()}


def opening(text: str) -> str:
    """The first word of a sentence, in lower case.

    >>> opening("Andelen økte."), opening("")
    ('andelen', '')
    """
    return text.split(" ", 1)[0].lower() if text else ""


def opens_with_figure(text: str) -> bool:
    """Whether a sentence starts with a number.

    >>> opens_with_figure("48 prosent av virksomhetene ..."), opens_with_figure("I 2016 ...")
    (True, False)
    """
    return bool(text) and (text[0].isdigit() or text[0] == "\u2212")


def tidy(text: str) -> str:
    """One line, single spaces, no space before punctuation, one stop where
    a label or a clause brought its own (``prod..``, ``utdanning,.``), a
    capital first (unless the capital would be another letter: ``µ``, ``ß``).

    >>> tidy("  i 2016 var andelen  48 prosent ."), tidy("µ sto for 10 prosent.")
    ('I 2016 var andelen 48 prosent.', 'µ sto for 10 prosent.')
    >>> tidy("ingen endring innen mineral prod.."), tidy("lavest var andelen som hadde grunnskole,, med 7 prosent,.")
    ('Ingen endring innen mineral prod.', 'Lavest var andelen som hadde grunnskole, med 7 prosent.')
    """
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", _SPACES.sub(" ", text).strip())
    text = _DOUBLED_FULL_STOP.sub(".", _COMMA_BEFORE_STOP.sub(r"\1", text))
    first = text[:1]
    capital = first.upper()
    return (capital if len(capital) == 1 and capital.lower() == first else first) + text[1:]
