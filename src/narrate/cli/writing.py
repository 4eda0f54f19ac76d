"""``narrate write``, ``facts``, ``explain`` and ``rules``."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from itertools import chain
from pathlib import Path

import click

from narrate.batch import article_paths, label_grids, split
from narrate.cli.common import (
    InputError,
    config_option,
    get_config,
    label_option,
    lang_option,
    per_option,
    phrases_option,
    sidecar_option,
    table_paths,
)
from narrate.config import Config
from narrate.errors import NarrateError
from narrate.files import Busy, holding
from narrate.explain import as_text, explain
from narrate.grid import Grid
from narrate.jobs import Bar, Options, Task, run
from narrate.load import load
from narrate.realise import load_phrases
from narrate.render import to_markdown
from narrate.rules import catalogue, detect_each
from narrate.rules.describe import as_text as catalogue_text
from narrate.rules.describe import describe
from narrate.table import Table
from narrate.write import facts_of, write


@click.command("write")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for the articles; - writes one table's article to standard output.")
@per_option
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Processes to write with (default: one per core).")
@lang_option
@click.option("--html", is_flag=True, help="Also write an HTML page beside each article.")
@click.option("--seed", default=None, type=int, help="Seed for the choice of phrase variants (default: the configuration's, else 0).")
@click.option("--annotate", is_flag=True, help="Follow each sentence with a comment naming its rule, phrase file and variant.")
@phrases_option
@click.option("--progress/--no-progress", default=None, help="A progress bar (default: when on a terminal).")
@sidecar_option
@config_option
def write_command(paths: tuple[str, ...], out_dir: str, per: str | None, jobs: int | None, lang: str | None, html: bool,
                  seed: int | None, annotate: bool, phrase_root: str | None, progress: bool | None, sidecar: bool,
                  config_file: str | None) -> None:
    """Write an article for each table: OUT/<table name>.md, and the record
    of how each sentence was made in OUT/.narrate/<table name>.json. With
    --per, one article per label of a dimension: OUT/<table name>/<label>.md.

    PATHS are table files, folders of them, or glob patterns.
    """
    config = get_config(config_file, lang, phrase_root)
    config = replace(config, seed=config.seed if seed is None else seed)
    try:
        load_phrases(config.lang, config.phrase_root)
    except NarrateError as error:
        raise InputError(error.line()) from None
    if out_dir == "-":
        print_article(table_paths(paths), config, per=per, html=html, annotate=annotate, sidecar=sidecar)
        return
    out = Path(out_dir)
    if out.is_symlink() and not out.exists():
        raise InputError(f"{out}: --out is a link to nowhere ({os.readlink(out)})")
    failed = total = 0
    tasks: list[Iterator[Task]] = []
    writers: dict[str, Path] = {}
    for path in table_paths(paths):
        try:
            table = load(path, sidecar=sidecar)
            first = writers.setdefault(table.meta.name, path)
            if first != path:
                raise NarrateError(f"its articles would be those of {first}, which this run writes already", path=str(path))
            if per:
                count, table_tasks = per_tasks(table, per, out, config)
            else:
                count, table_tasks = 1, iter([Task(out / f"{table.meta.name}.md", str(path), Grid.of(table))])
        except NarrateError as error:
            click.echo(f"narrate: {error.at(str(path)).line()}", err=True)
            failed += 1
            continue
        total += count
        tasks.append(table_tasks)
    if not total:
        raise click.exceptions.Exit(1 if failed else 0)
    bar = Bar(total) if (progress if progress is not None else sys.stderr.isatty()) else None
    try:
        with holding(out):
            summary = run(chain.from_iterable(tasks), config, jobs=jobs, options=Options(html, annotate), progress=bar)
    except Busy:
        raise InputError(f"{out}: another narrate run is writing into this folder; try again when it is done") from None
    except OSError as error:
        raise InputError(write_fault(error, out)) from None
    finally:
        if bar:
            bar.close()
    if per:
        click.echo(summary.line())
    else:
        for label, why in summary.skipped:
            click.echo(f"narrate: {label}: {why}", err=True)
        if summary.written:
            click.echo(replace(summary, skipped=[]).line())
    if failed or (summary.skipped and not per):
        raise click.exceptions.Exit(1)


def write_fault(error: OSError, out: Path) -> str:
    """A fault writing the articles as one line naming the path: a full
    disk, a folder that is read-only or a link to nowhere.

    >>> import errno
    >>> write_fault(OSError(errno.ENOSPC, "No space left on device", "out/a.md"), Path("out"))
    'out/a.md: cannot write the article (No space left on device)'
    """
    where = error.filename or out
    return f"{where}: cannot write the article ({error.strerror or error})"


def print_article(paths: list[Path], config: Config, *, per: str | None, html: bool, annotate: bool, sidecar: bool) -> None:
    """``--out -``: one table's article on standard output, nothing written."""
    if len(paths) != 1 or per or html:
        raise click.UsageError("--out - writes one table's article, as Markdown: give one table, without --per or --html")
    try:
        article = write(load(paths[0], sidecar=sidecar), config)
    except NarrateError as error:
        raise InputError(error.at(str(paths[0])).line()) from None
    click.echo(to_markdown(article, annotate=annotate), nl=False)


def per_tasks(table: Table, dim: str, folder: Path, config: Config) -> tuple[int, Iterator[Task]]:
    """How many articles there are, one per label of ``dim``, and their
    tasks as they come, each with its facts (the rules read the table a
    block of labels at a time), written into ``folder/<table>/`` under a
    safe slug of the label; stale temporary files of an interrupted run go
    first."""
    stack = split(table, dim)
    for stale in (folder / table.meta.name).glob(".*.tmp"):
        stale.unlink()
    targets = article_paths(stack, folder, table.meta.name, dim)
    found = detect_each(stack, config.rules, config.off)
    return len(targets), (Task(target, label, grid, facts)
                          for label, target, grid, facts in zip(stack.labels, targets, stack.grids, found, strict=True))


def source_of(path: str, per: str | None, label: str | None) -> Table | Grid:
    """A table, or with ``per`` and ``label`` the grid of that label's
    article; wrong usage is a usage error, a label the table lacks a
    one-line error."""
    if (per is None) != (label is None):
        raise click.UsageError("--per and --label go together: the dimension and the label of one article")
    table = load(path)
    if per is None or label is None:
        return table
    grid = label_grids(table, per).get(label)
    if grid is None:
        raise NarrateError(f"no label {label!r} in {per}", path=path)
    return grid


@click.command("facts")
@click.argument("path")
@click.option("--json", "as_json", is_flag=True, help="Print the facts as a JSON list.")
@label_option
@config_option
def facts_command(path: str, as_json: bool, per: str | None, label: str | None, config_file: str | None) -> None:
    """List the facts the rules find in a table (or one label's article of
    a batch), most newsworthy first."""
    config = get_config(config_file)
    try:
        facts = facts_of(source_of(path, per, label), config)
    except NarrateError as error:
        raise InputError(error.at(path).line()) from None
    if as_json:
        click.echo(json.dumps([fact.as_dict() for fact in facts], ensure_ascii=False, indent=2))
        return
    for fact in facts:
        values = ", ".join(f"{key}={value}" for key, value in fact.values.items())
        periods = "–".join(fact.periods)
        click.echo(f"{fact.rule}  {fact.score:5.2f}  {fact.kind:<16} {fact.subject or '-'} ({periods}): {values}")


@click.command("explain")
@click.argument("path")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of sentences.")
@label_option
@lang_option
@config_option
def explain_command(path: str, as_json: bool, per: str | None, label: str | None, lang: str | None, config_file: str | None) -> None:
    """Explain each sentence of a table's article (or of one label's article
    of a batch): the rule, the phrase file and variant, the values and the
    table cells it rests on."""
    config = get_config(config_file, lang)
    try:
        records = explain(write(source_of(path, per, label), config))
    except NarrateError as error:
        raise InputError(error.at(path).line()) from None
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        click.echo(as_text(records))


@click.command("rules")
@click.option("--json", "as_json", is_flag=True, help="Print the catalogue as a JSON list.")
@config_option
def rules_command(as_json: bool, config_file: str | None) -> None:
    """The rule catalogue: each rule's code, what it finds, an example, and
    its thresholds with their defaults and the values in use."""
    config = get_config(config_file)
    entries = [describe(rule, config) for rule in catalogue()]
    if as_json:
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
    else:
        click.echo(catalogue_text(entries))
