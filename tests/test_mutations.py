"""The mutation suite: false versions of every approved article (in nb, nn
and en, and in the batch), one change at a time in every part a reader
reads, each of which ``check`` must catch; and true rewordings an editor
might make, none of which it may flag. The score per part and kind is
printed (``pytest -s``); the assertions are on what is caught."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pytest

from narrate.check import check
from tests.mutations import Approved, Mutant, approved, equivalents, every_mutant

KINDS = {
    "a number ±1 in its last digit", "a quarter or week replaced by another", "a year replaced by another of the table",
    "highest and lowest swapped", "a batch article naming another label", "the front matter alone changed",
    "the source or unit changed", "two parts swapped in a sentence", "higher and lower swapped", "a direction flipped",
    "a scale word changed", "the order of henholdsvis swapped", "one part replaced by another", "the base of a share changed",
    "a figure written as inf", "a large change called little", "a held label replaced by another of its dimension",
    "a grade swapped", "a hedge reversed",
}


@lru_cache(maxsize=1)
def articles() -> tuple[Approved, ...]:
    return tuple(approved())


def caught(article: Approved, mutant: Mutant) -> bool:
    return bool(check(mutant.markdown, article.source, others=article.others).problems)


def test_the_suite_reads_every_approved_article_in_every_language_and_the_batch():
    found = articles()
    assert {article.lang for article in found} == {"nb", "nn", "en"}
    assert sum(1 for article in found if article.others) == 18, "six kommuner in three languages"
    assert len(found) == 3 * (11 + 6 + 22)


def test_every_false_version_of_every_approved_article_is_caught():
    total, found, missed = Counter(), Counter(), []
    for article in articles():
        for mutant in every_mutant(article):
            total[mutant.kind, mutant.part] += 1
            if caught(article, mutant):
                found[mutant.kind, mutant.part] += 1
            else:
                missed.append(f"{article.path.name} ({article.lang}), {mutant.part}: {mutant.kind}: {mutant.said!r}")
    for (kind, part), count in sorted(total.items()):
        print(f"{found[kind, part]:5d} caught of {count:5d}  {part}: {kind}")
    assert {kind for kind, _ in total} == KINDS, "every kind of change is tried"
    assert {part for _, part in total} == {"front matter", "title", "ingress", "prose", "table", "source line", "notes"}
    assert sum(total.values()) > 2500
    assert missed == []


@pytest.mark.parametrize("kind", ["thousands with an ordinary space", "a figure rounded with a hedge",
                                  "a decimal figure said near a whole number", "two sentences in the other order"])
def test_no_true_rewording_of_an_approved_article_is_flagged(kind):
    tried, flagged = 0, []
    for article in articles():
        for mutant in equivalents(article):
            if mutant.kind != kind:
                continue
            tried += 1
            report = check(mutant.markdown, article.source, others=article.others)
            flagged += [f"{article.path.name} ({article.lang}): {p.why}: «{p.sentence}»" for p in report.problems]
    assert tried > 50 and flagged == []
