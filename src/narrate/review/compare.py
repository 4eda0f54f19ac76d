"""Compare an approved article with what narrate writes now: which
sentences were added, removed, changed (word by word) or moved, and the
rules behind each; and whether the paragraphs break elsewhere.

>>> old = "# Tittel\\n\\nAndelen økte med 7 prosentpoeng. Det er mye.\\n"
>>> new = "# Tittel\\n\\nAndelen økte med 5 prosentpoeng. Det er mye. Det er nytt.\\n"
>>> [(c.kind, c.old, c.new) for c in compare(old, new, {}, {"Det er nytt": ("CH01",)}).changes]
[('changed', 'Andelen økte med 7 prosentpoeng.', 'Andelen økte med 5 prosentpoeng.'), ('added', None, 'Det er nytt.')]
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from narrate.check import prose_of
from narrate.check.reader import sentences

Rules = dict[str, tuple[str, ...]]
"""Rule codes by sentence text (without its final full stop)."""

SIMILAR = 0.5


@dataclass(frozen=True)
class Change:
    """One sentence added, removed or changed, with the rules that made or
    unmade it."""

    kind: str
    old: str | None
    new: str | None
    rules: tuple[str, ...]

    def words(self) -> list[tuple[str, str]]:
        """The sentence as a word-level diff: ``("=", word)`` kept,
        ``("-", words)`` removed, ``("+", words)`` added.

        >>> Change("changed", "Andelen økte kraftig.", "Andelen gikk ned.", ()).words()
        [('=', 'Andelen'), ('-', 'økte kraftig.'), ('+', 'gikk ned.')]
        """
        old, new = (self.old or "").split(), (self.new or "").split()
        parts: list[tuple[str, str]] = []
        for op, a, b, c, d in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
            if op == "equal":
                parts += [("=", word) for word in old[a:b]]
                continue
            if b > a:
                parts.append(("-", " ".join(old[a:b])))
            if d > c:
                parts.append(("+", " ".join(new[c:d])))
        return parts


@dataclass(frozen=True)
class ArticleDiff:
    """How an article would change: its sentences, whether the paragraphs
    break in other places (``regrouped``), and whether anything else (front
    matter, table) differs too."""

    changes: tuple[Change, ...]
    other: bool
    regrouped: bool = False

    @property
    def differs(self) -> bool:
        """Whether the article would change at all."""
        return bool(self.changes) or self.other or self.regrouped


def sentence_list(markdown: str) -> list[str]:
    """The sentences of an article's prose, title first."""
    return [s for s in sentences(prose_of(markdown)) if s]


def rules_of(records: list[dict[str, Any]]) -> Rules:
    """Rule codes by sentence text, from ``explain`` records.

    >>> rules_of([{"text": "Ja.", "rules": ["LV01"]}])
    {'Ja': ('LV01',)}
    """
    return {record["text"].rstrip("."): tuple(record["rules"]) for record in records}


def compare(approved: str, written: str, approved_rules: Rules, written_rules: Rules) -> ArticleDiff:
    """The sentence changes from the approved Markdown to the one written now."""
    old, new = sentence_list(approved), sentence_list(written)
    changes: list[Change] = []

    def rules(text: str, known: Rules) -> tuple[str, ...]:
        return known.get(text.rstrip("."), ())

    for op, a, b, c, d in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        removed, added = old[a:b], new[c:d]
        for before, after in pair_up(removed, added):
            if before and after:
                both = tuple(dict.fromkeys(rules(before, approved_rules) + rules(after, written_rules)))
                changes.append(Change("changed", before, after, both))
            elif before:
                changes.append(Change("removed", before, None, rules(before, approved_rules)))
            else:
                changes.append(Change("added", None, after, rules(after or "", written_rules)))
    regrouped = paragraph_sizes(approved) != paragraph_sizes(written)
    other = _outside_prose(approved) != _outside_prose(written) or (old == new and not regrouped and approved != written)
    return ArticleDiff(tuple(moved(changes)), other, regrouped)


def paragraph_sizes(markdown: str) -> list[int]:
    """How many sentences each paragraph of an article's prose holds, the
    title first.

    >>> paragraph_sizes("# Tittel\\n\\nEn. To.\\n\\nTre.\\n")
    [1, 2, 1]
    """
    return [len(sentences(paragraph)) for paragraph in prose_of(markdown).split("\n\n")]


def moved(changes: list[Change]) -> list[Change]:
    """The changes with a sentence removed in one place and added, word for
    word, in another told as one sentence ``moved`` (at its new place).

    >>> [(c.kind, c.new) for c in moved([Change("removed", "Ja.", None, ()), Change("added", None, "Nei.", ()),
    ...                                  Change("added", None, "Ja.", ("CH02",))])]
    [('added', 'Nei.'), ('moved', 'Ja.')]
    """
    gone = Counter(change.old for change in changes if change.kind == "removed")
    came = Counter(change.new for change in changes if change.kind == "added")
    both = gone & came
    kept, placed = Counter(both), Counter(both)
    found = []
    for change in changes:
        if change.kind == "removed" and kept[change.old] > 0:
            kept[change.old] -= 1
        elif change.kind == "added" and placed[change.new] > 0:
            placed[change.new] -= 1
            found.append(Change("moved", change.new, change.new, change.rules))
        else:
            found.append(change)
    return found


def pair_up(removed: list[str], added: list[str]) -> list[tuple[str | None, str | None]]:
    """Pair each removed sentence with the added one most like it (in
    order), when they share at least half their words; the rest stand alone.

    >>> pair_up(["A b c d."], ["A b c e.", "X y."])
    [('A b c d.', 'A b c e.'), (None, 'X y.')]
    """
    pairs: list[tuple[str | None, str | None]] = []
    start = 0
    for before in removed:
        scores = [(_similarity(before, after), index) for index, after in enumerate(added[start:], start)]
        best = max(scores, default=(0.0, -1))
        if best[0] >= SIMILAR:
            pairs += [(None, after) for after in added[start:best[1]]]
            pairs.append((before, added[best[1]]))
            start = best[1] + 1
        else:
            pairs.append((before, None))
    pairs += [(None, after) for after in added[start:]]
    return pairs


def _similarity(a: str, b: str) -> float:
    """How alike two sentences are, by their words, from 0 to 1."""
    return difflib.SequenceMatcher(a=a.split(), b=b.split(), autojunk=False).ratio()


def _outside_prose(markdown: str) -> str:
    """What an article holds besides its prose: the table and its notes."""
    return markdown.partition("\n## ")[2]
