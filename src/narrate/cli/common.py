"""What the commands share: one-line errors, the table files named, the
configuration option.

>>> table_paths(("nowhere",))
[PosixPath('nowhere')]
"""

from __future__ import annotations

import glob
from dataclasses import replace
from pathlib import Path
from typing import Callable, TypeVar

import click

from narrate.config import Config, find_config
from narrate.realise.phrases import languages
from narrate.errors import NarrateError

TABLE_SUFFIXES = (".csv", ".json", ".txt")

F = TypeVar("F", bound=Callable[..., object])


class InputError(click.ClickException):
    """A NarrateError, shown as one line with exit status 1."""

    exit_code = 1

    def show(self, file=None) -> None:  # noqa: ANN001 - click's signature
        click.echo(f"narrate: {self.message}", err=True)


def table_paths(paths: tuple[str, ...]) -> list[Path]:
    """The table files named, folders and glob patterns expanded to their
    table files."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if not path.exists() and any(mark in name for mark in "*?["):
            found += sorted(Path(match) for match in glob.glob(name) if Path(match).suffix.lower() in TABLE_SUFFIXES)
        elif path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() in TABLE_SUFFIXES and p.is_file())
        else:
            found.append(path)
    return found


def config_option(command: F) -> F:
    """The ``--config`` option: a narrate.toml, else the one in the current folder."""
    return click.option(
        "--config", "config_file", type=click.Path(dir_okay=False), default=None,
        help="A narrate.toml to use (default: ./narrate.toml if there is one).",
    )(command)


def lang_option(command: F) -> F:
    """The ``--lang`` option: the language to write in, over the configuration's
    (one of narrate's, or one the configuration's phrase folder adds)."""
    return click.option("--lang", default=None, metavar="|".join(languages()),
                        help="Language of the articles (default: the configuration's, else nb).")(command)


def phrases_option(command: F) -> F:
    """The ``--phrases`` option: a folder of the user's phrase sets."""
    return click.option("--phrases", "phrase_root", type=click.Path(file_okay=False), default=None,
                        help="A folder of phrase sets (<lang>/*.j2): its languages over narrate's own, and any it adds.")(command)


def sidecar_option(command: F) -> F:
    """The ``--no-sidecar`` option: read each table as its file is, without
    the ``<table>.toml`` beside it."""
    return click.option("--sidecar/--no-sidecar", default=True, show_default=True,
                        help="Read the sidecar <table>.toml beside each table.")(command)


def per_option(command: F) -> F:
    """The ``--per`` option: one article per label of a dimension."""
    return click.option("--per", "per", default=None, metavar="DIMENSION",
                        help="One article per label of this dimension: OUT/<table>/<label>.md.")(command)


def label_option(command: F) -> F:
    """The ``--per`` and ``--label`` options: the article of one label of a batch."""
    command = click.option("--label", default=None, help="With --per: the label whose article to read (Ås).")(command)
    return per_option(command)


def get_config(config_file: str | None, lang: str | None = None, phrases: str | None = None) -> Config:
    """The configuration, with ``lang`` and a folder of ``phrases`` when
    given, or a one-line error."""
    try:
        config = find_config(config_file)
    except NarrateError as error:
        raise InputError(error.line()) from None
    if phrases is not None:
        config = replace(config, phrases=phrases)
    if lang is None:
        return config
    allowed = languages(config.phrase_root)
    if lang not in allowed:
        raise click.BadParameter(f"{lang!r} is not one of {', '.join(allowed)}", param_hint="'--lang'")
    return replace(config, lang=lang)
