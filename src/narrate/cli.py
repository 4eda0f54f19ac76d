"""The command line: ``narrate write`` and ``narrate facts``.

Errors in the input are one line naming the file and what is wrong, exit
status 1; wrong usage exits 2.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import click

from narrate.errors import NarrateError
from narrate.load import load
from narrate.write import Settings, facts_of, write

TABLE_SUFFIXES = (".csv", ".json", ".txt")


class InputError(click.ClickException):
    """A NarrateError, shown as one line with exit status 1."""

    exit_code = 1

    def show(self, file=None) -> None:  # noqa: ANN001 - click's signature
        click.echo(f"narrate: {self.message}", err=True)


def table_paths(paths: tuple[str, ...]) -> list[Path]:
    """The table files named, folders expanded to their table files.

    >>> table_paths(("nowhere",))
    [PosixPath('nowhere')]
    """
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() in TABLE_SUFFIXES and p.is_file())
        else:
            found.append(path)
    return found


def write_atomic(path: Path, text: str) -> None:
    """Write a file whole or not at all: a temporary file, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@click.group()
@click.version_option(package_name="narrate")
def main() -> None:
    """narrate writes Norwegian statistics articles from statistics tables."""


@main.command("write")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False), help="Folder for the articles.")
@click.option("--lang", default="nb", show_default=True, type=click.Choice(["nb"]), help="Language of the articles.")
@click.option("--html", is_flag=True, help="Also write an HTML page beside each article.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed for the choice of phrase variants.")
def write_command(paths: tuple[str, ...], out_dir: str, lang: str, html: bool, seed: int) -> None:
    """Write an article for each table: OUT/<table name>.md.

    PATHS are table files or folders of them.
    """
    failed = 0
    settings = Settings(seed=seed)
    for path in table_paths(paths):
        try:
            article = write(load(path), lang=lang, config=settings)
            markdown_text, html_text = article.markdown, article.html if html else None
        except NarrateError as error:
            click.echo(f"narrate: {error.at(str(path)).line()}", err=True)
            failed += 1
            continue
        target = Path(out_dir) / f"{path.stem}.md"
        write_atomic(target, markdown_text)
        click.echo(f"wrote {target}")
        if html_text is not None:
            write_atomic(target.with_suffix(".html"), html_text)
            click.echo(f"wrote {target.with_suffix('.html')}")
    if failed:
        raise click.exceptions.Exit(1)


@main.command("facts")
@click.argument("path")
@click.option("--json", "as_json", is_flag=True, help="Print the facts as a JSON list.")
def facts_command(path: str, as_json: bool) -> None:
    """List the facts the rules find in a table, most newsworthy first."""
    try:
        facts = facts_of(load(path))
    except NarrateError as error:
        raise InputError(error.at(path).line()) from None
    if as_json:
        click.echo(json.dumps([fact.as_dict() for fact in facts], ensure_ascii=False, indent=2))
        return
    for fact in facts:
        values = ", ".join(f"{key}={value}" for key, value in fact.values.items())
        periods = "–".join(fact.periods)
        click.echo(f"{fact.rule}  {fact.score:5.2f}  {fact.kind:<16} {fact.subject or '-'} ({periods}): {values}")
