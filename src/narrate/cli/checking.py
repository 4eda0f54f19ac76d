"""``narrate check``: every number in an article's prose traced to its table."""

from __future__ import annotations

from pathlib import Path

import click

from narrate.batch import label_grids
from narrate.check import check
from narrate.cli.common import InputError, config_option, get_config, phrases_option, sidecar_option, table_paths
from narrate.errors import NarrateError
from narrate.grid import Grid
from narrate.load import load
from narrate.render import front_matter
from narrate.table import Table


def pairs_of(tables: str, articles: str) -> list[tuple[Path, Path]]:
    """Table and article paths to check: a table and its article, a table
    and a folder of its articles (a ``--per`` batch), or a folder of tables
    and the folder of their articles (``<name>.md``, and each article of a
    batch in ``<name>/``)."""
    if Path(tables).is_dir():
        found = []
        for table in table_paths((tables,)):
            own = [Path(articles) / f"{table.stem}.md", *sorted((Path(articles) / table.stem).glob("*.md"))]
            present = [article for article in own if article.is_file()]
            if not present:
                raise InputError(f"{own[0]}: no such article")
            found += [(table, article) for article in present]
        return found
    if Path(articles).is_dir():
        found = [(Path(tables), article) for article in sorted(Path(articles).glob("*.md"))]
        if not found:
            raise InputError(f"{articles}: no articles (*.md) to check")
        return found
    if not Path(articles).is_file():
        raise InputError(f"{articles}: no such article")
    return [(Path(tables), Path(articles))]


class Tables:
    """Each table loaded once, and split once per dimension that articles
    of a ``--per`` batch name."""

    def __init__(self, sidecar: bool = True) -> None:
        self.loaded: dict[Path, Table] = {}
        self.sidecar = sidecar
        self.grids: dict[tuple[Path, str], dict[str, Grid]] = {}

    def source_of(self, path: Path, article: Path, markdown: str) -> Table | Grid:
        """The table an article speaks of, or, for an article of a batch,
        the grid of its label."""
        table = self.loaded.get(path) or self.loaded.setdefault(path, load(path, sidecar=self.sidecar))
        meta = front_matter(markdown)
        if "per" not in meta:
            return table
        key = (path, meta["per"])
        if key not in self.grids:
            self.grids[key] = label_grids(table, meta["per"])
        grid = self.grids[key].get(meta.get("label", ""))
        if grid is None:
            raise NarrateError(f"is about {meta['per']} {meta.get('label', '')!r}, which {path} does not hold", path=str(article))
        return grid

    def others_of(self, path: Path, markdown: str) -> list[str]:
        """For an article of a batch, the labels of the batch's other
        articles (not the total: an article may compare with it); none for
        an article of a whole table. Call after :meth:`source_of`."""
        meta = front_matter(markdown)
        if "per" not in meta:
            return []
        total = self.loaded[path].meta.totals.get(meta["per"])
        return [label for label in self.grids[(path, meta["per"])] if label not in (meta.get("label"), total)]


@click.command("check")
@click.argument("tables")
@click.argument("articles")
@sidecar_option
@phrases_option
@config_option
def check_command(tables: str, articles: str, sidecar: bool, phrase_root: str | None, config_file: str | None) -> None:
    """Trace every number in the prose of ARTICLES to the table in TABLES:
    a cell, a difference of two cells, a relative change or a share, at the
    precision, in the unit and in the direction written; and prove the
    front matter, the table under the prose, its source line and notes.

    Give a table and its article, a table and the folder of its articles
    written with --per (each checked against its own label's figures), or
    a folder of tables and the folder of their articles. Exit status 1
    lists each number that is not supported.
    """
    failed = 0
    sources = Tables(sidecar)
    phrases = get_config(config_file, phrases=phrase_root).phrase_root
    for table_path, article_path in pairs_of(tables, articles):
        try:
            markdown = article_path.read_text(encoding="utf-8")
            source = sources.source_of(table_path, article_path, markdown)
            report = check(markdown, source, phrases, sources.others_of(table_path, markdown))
        except NarrateError as error:
            raise InputError(error.at(str(table_path)).line()) from None
        except UnicodeDecodeError:
            raise InputError(f"{article_path}: not UTF-8 text") from None
        for problem in report.problems:
            click.echo(problem.line(str(article_path)))
        if report.problems:
            failed += 1
        else:
            click.echo(f"{article_path}: {report.summary()}, each traced to {table_path}")
    if failed:
        raise click.exceptions.Exit(1)
