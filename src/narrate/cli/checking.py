"""``narrate check``: every number in an article's prose traced to its table."""

from __future__ import annotations

from pathlib import Path

import click

from narrate.check import check
from narrate.cli.common import InputError, table_paths
from narrate.errors import NarrateError
from narrate.load import load


def pairs_of(tables: str, articles: str) -> list[tuple[Path, Path]]:
    """Table and article paths to check: a table and its article, or a
    folder of tables and the folder of their articles (``<name>.md``)."""
    if Path(tables).is_dir():
        found = [(table, Path(articles) / f"{table.stem}.md") for table in table_paths((tables,))]
    else:
        found = [(Path(tables), Path(articles))]
    for _, article in found:
        if not article.is_file():
            raise InputError(f"{article}: no such article")
    return found


@click.command("check")
@click.argument("tables")
@click.argument("articles")
def check_command(tables: str, articles: str) -> None:
    """Trace every number in the prose of ARTICLES to the table in TABLES:
    a cell, a difference of two cells, a relative change or a share, at the
    precision, in the unit and in the direction written.

    Give a table and its article, or a folder of tables and the folder of
    their articles. Exit status 1 lists each number that is not supported.
    """
    failed = 0
    for table_path, article_path in pairs_of(tables, articles):
        try:
            report = check(article_path.read_text(encoding="utf-8"), load(table_path))
        except NarrateError as error:
            raise InputError(error.at(str(table_path)).line()) from None
        except UnicodeDecodeError:
            raise InputError(f"{article_path}: not UTF-8 text") from None
        for problem in report.problems:
            click.echo(problem.line(str(article_path)))
        if report.problems:
            failed += 1
        else:
            click.echo(f"{article_path}: {report.numbers} numbers, each traced to {table_path}")
    if failed:
        raise click.exceptions.Exit(1)
