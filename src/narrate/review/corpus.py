"""The articles of a set of tables, as approved and as written now.

>>> from narrate.config import Config
>>> entry = survey([Path("data/kpi-indeks.csv")], Path("out"), Config())[0]
>>> entry.article, entry.diff.differs
(PosixPath('out/kpi-indeks.md'), False)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from narrate.article import Article
from narrate.batch import article_paths, stack_of
from narrate.config import Config
from narrate.errors import NarrateError
from narrate.explain import explain
from narrate.load import load
from narrate.review.compare import ArticleDiff, compare, rules_of
from narrate.review.pending import GONE, Version, read_version
from narrate.write import write_each


@dataclass(frozen=True)
class Entry:
    """One table's article: where it is approved, the approved version (if
    any), the version written now, and how they differ."""

    table: Path
    article: Path
    approved: Version | None
    written: Version
    diff: ArticleDiff


def version_of(article: Article) -> Version:
    """An article as its Markdown and the records of its sentences."""
    return Version(article.markdown, explain(article))


def survey(tables: list[Path], out: Path, config: Config, per: str | None = None) -> list[Entry]:
    """Write each table's article (or, with ``per``, its article for each
    label, the rules reading the whole table at once) in memory and compare
    it with the approved one; with ``per``, an approved article of a label
    the table no longer holds is one no longer written."""
    entries = []
    for table in tables:
        try:
            stack = stack_of(load(table), per)
            written = [version_of(article) for _, article in write_each(stack, config)]
        except NarrateError as error:
            raise error.at(str(table)) from None
        targets = article_paths(stack, out, table.stem, per)
        for article, version in zip(targets, written, strict=True):
            entries.append(entry_of(table, article, version))
        if per:
            entries += [entry_of(table, article, GONE) for article in sorted((out / table.stem).glob("*.md"))
                        if article not in targets]
    return entries


def entry_of(table: Path, article: Path, written: Version) -> Entry:
    """One article as written now against its approved version."""
    approved = read_version(article)
    old_markdown, old_records = (approved.markdown, approved.records) if approved else ("", [])
    diff = compare(old_markdown, written.markdown, rules_of(old_records), rules_of(written.records))
    return Entry(table, article, approved, written, diff)
