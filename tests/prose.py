"""What an editor marks first in a sentence: a missing or doubled piece
(a dangling preposition, an empty period, a doubled word, a subjectless
opening, a whole count with a decimal)."""

from __future__ import annotations

import re

from narrate.check import prose_of

PREPOSITIONS = {
    "nb": ("i", "fra", "til", "for", "mot", "innen", "av", "med", "på"),
    "nn": ("i", "frå", "til", "for", "mot", "innan", "av", "med", "på"),
    "en": ("in", "from", "to", "for", "of", "at", "by", "with"),
}
VERBS = {
    "nb": ("var", "er", "steg", "økte", "falt", "gikk", "endret", "har"),
    "nn": ("var", "er", "steig", "auka", "fall", "gjekk", "endra", "har"),
    "en": ("was", "is", "rose", "fell", "increased", "decreased", "changed", "has"),
}
COPULAS = ("var", "er", "har", "was", "is", "has")
"""Verbs that open no statement: a sentence starting with one has lost its subject or its period."""
GROUPED_WHOLE_WITH_DECIMAL = re.compile(r"\d[\u00a0 ,]\d{3}[,.]0\b")


def defects(sentence: str, lang: str) -> list[str]:
    """What is missing or doubled in one sentence.

    >>> defects("Antallet innen anna tenesteyting var 2 200,0 i.", "nb")
    ['a preposition with nothing after it: i.', 'a whole count with a decimal: 2 200,0']
    >>> defects("I var antallet 3.", "nb"), defects("Steg 0,3 prosent.", "nb"), defects("Fra fra 2016.", "nb")
    (['a preposition before a verb: I var'], ['no subject before the verb: Steg'], ['a doubled word: Fra fra'])
    >>> defects("I 2016 var andelen 48 prosent.", "nb"), defects("Auka del for nye tenester", "nn")
    ([], [])
    """
    found = []
    words = sentence.rstrip(".").split()
    for preposition in PREPOSITIONS[lang]:
        if re.search(rf"\b{preposition}[.,;:]", sentence, re.IGNORECASE):
            found.append(f"a preposition with nothing after it: {preposition}{sentence[sentence.lower().rfind(preposition) + len(preposition)]}")
    if len(words) > 1 and words[0].lower().rstrip(",") in PREPOSITIONS[lang] and words[1].lower() in VERBS[lang]:
        found.append(f"a preposition before a verb: {words[0]} {words[1]}")
    for first, second in zip(words, words[1:]):
        if first.lower() == second.lower() and not first[0].isdigit():
            found.append(f"a doubled word: {first} {second}")
    if words and words[0].lower() in VERBS[lang] and (
            words[0].lower() in COPULAS or len(words) < 2 or words[1][0].isdigit() or words[1].lower() in PREPOSITIONS[lang]):
        found.append(f"no subject before the verb: {words[0]}")
    for match in GROUPED_WHOLE_WITH_DECIMAL.finditer(sentence):
        found.append(f"a whole count with a decimal: {match.group(0)}")
    return found


def sentences_of(markdown: str) -> list[str]:
    """The title and every sentence of an article's prose."""
    title = markdown.split("\n# ", 1)[1].split("\n", 1)[0]
    return [title, *(s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9−-])", prose_of(markdown)) if s)]


def article_defects(markdown: str, lang: str) -> list[tuple[str, str]]:
    """Each sentence of an article with what is missing or doubled in it."""
    return [(sentence, problem) for sentence in sentences_of(markdown) for problem in defects(sentence, lang)]
