"""``narrate diff``, ``review`` and ``tune``: what a change to the rules,
the phrases or the data does to the text of every article."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from narrate.batch import stack_of
from narrate.cli.common import InputError, config_option, get_config, lang_option, per_option, table_paths
from narrate.config import Config
from narrate.errors import NarrateError
from narrate.files import write_atomic
from narrate.load import load
from narrate.review.corpus import Entry, survey
from narrate.review.pending import accept, in_ci, pending_path, reject, save, stage
from narrate.review.show import article_lines, html_report, summary_lines
from narrate.tune import as_table, parse_setting, tune

CHOICES = ("a", "r", "s", "A", "R", "S")


def entries_of(paths: tuple[str, ...], against: str, config: Config, per: str | None = None) -> list[Entry]:
    """Every table's article (or articles, one per label of ``per``) as
    approved in AGAINST and as written now."""
    try:
        return survey(table_paths(paths), Path(against), config, per)
    except NarrateError as error:
        raise InputError(error.line()) from None


def show(entry: Entry) -> None:
    """Print one article's changes."""
    for line in article_lines(str(entry.article), entry.diff, new=entry.approved is None, gone=entry.written.gone):
        click.echo(line)


@click.command("diff")
@click.argument("paths", nargs=-1, required=True)
@click.option("--against", default="out", show_default=True, type=click.Path(file_okay=False), help="Folder of the approved articles.")
@click.option("--check", "check_only", is_flag=True, help="Exit 1 when any article differs (for CI).")
@click.option("--html", "html_file", type=click.Path(dir_okay=False), help="Also write the diff as one HTML page.")
@per_option
@lang_option
@config_option
def diff_command(paths: tuple[str, ...], against: str, check_only: bool, html_file: str | None, per: str | None, lang: str | None,
                 config_file: str | None) -> None:
    """Show how the text of each table's article would change: sentences
    added (+), removed (-), changed (~, word by word) and moved (↕), with
    the rule that made or unmade each; paragraphs that break elsewhere (¶);
    and a summary by rule. Writes no article."""
    entries = entries_of(paths, against, get_config(config_file, lang), per)
    diffs = {str(entry.article): entry.diff for entry in entries if entry.diff.differs}
    for entry in entries:
        if entry.diff.differs:
            show(entry)
    for line in summary_lines(diffs, len(entries)):
        click.echo(line)
    if html_file:
        write_atomic(Path(html_file), html_report(diffs, len(entries)))
        click.echo(f"wrote {html_file}")
    if check_only and diffs:
        raise click.exceptions.Exit(1)


@click.command("review")
@click.argument("paths", nargs=-1)
@click.option("--against", default="out", show_default=True, type=click.Path(file_okay=False), help="Folder of the approved articles.")
@click.option("--accept", "accepts", multiple=True, type=click.Path(dir_okay=False), help="Accept the pending version of this article.")
@click.option("--reject", "rejects", multiple=True, type=click.Path(dir_okay=False), help="Reject the pending version of this article.")
@click.option("--accept-all", is_flag=True, help="Accept every pending version.")
@click.option("--reject-all", is_flag=True, help="Reject every pending version.")
@click.option("--interactive/--no-interactive", default=None, help="Ask about each article (default: when on a terminal).")
@per_option
@lang_option
@config_option
def review_command(paths: tuple[str, ...], against: str, accepts: tuple[str, ...], rejects: tuple[str, ...], accept_all: bool,
                   reject_all: bool, interactive: bool | None, per: str | None, lang: str | None, config_file: str | None) -> None:
    """Review the articles whose text would change. Each waits as
    <name>.md.new beside the approved article (not when CI is set) until it
    is accepted (a), rejected (r) or skipped (s); A, R and S do so for all
    that remain. PATHS default to data/."""
    entries = entries_of(paths or ("data",), against, get_config(config_file, lang), per)
    changed = {entry.article: entry for entry in entries if entry.diff.differs}
    for entry in entries:
        if not entry.diff.differs:
            reject(entry.article)
    staged = [stage(article, entry.written) for article, entry in changed.items()]
    if changed and not any(staged):
        click.echo("CI is set: pending versions are not written")
    unknown = [name for name in (*accepts, *rejects) if Path(name) not in changed]
    if unknown:
        raise InputError(f"{unknown[0]}: no pending version to review")
    decisions: dict[Path, str] = {Path(name): "a" for name in accepts} | {Path(name): "r" for name in rejects}
    if accept_all or reject_all:
        decisions |= {article: "a" if accept_all else "r" for article in changed}
    elif not decisions and changed:
        if interactive if interactive is not None else sys.stdin.isatty() and not in_ci():
            decisions = ask(list(changed.values()))
        else:
            for entry in changed.values():
                show(entry)
            click.echo(f"{len(changed)} pending; review on a terminal, or use --accept/--reject")
            raise click.exceptions.Exit(1)
    counts = {"a": 0, "r": 0, "s": 0}
    for article, decision in decisions.items():
        if decision == "a" and pending_path(article).is_file():
            accept(article)
        elif decision == "a":
            save(article, changed[article].written)
        elif decision == "r":
            reject(article)
        counts[decision] += 1
    skipped = counts["s"] + len(changed) - len(decisions)
    click.echo(f"accepted {counts['a']}, rejected {counts['r']}, pending {skipped}")


def ask(entries: list[Entry]) -> dict[Path, str]:
    """Ask about each article in turn: a, r, s for it, A, R, S for it and
    every one after it."""
    decisions: dict[Path, str] = {}
    for_all = ""
    for entry in entries:
        if not for_all:
            show(entry)
            answer = click.prompt("accept, reject, skip (a/r/s, A/R/S for all)", type=click.Choice(CHOICES), show_choices=False)
            for_all = answer.lower() if answer.isupper() else ""
            decisions[entry.article] = answer.lower()
        else:
            decisions[entry.article] = for_all
    return decisions


@click.command("tune")
@click.argument("setting")
@click.argument("paths", nargs=-1, required=True)
@per_option
@lang_option
@config_option
def tune_command(setting: str, paths: tuple[str, ...], per: str | None, lang: str | None, config_file: str | None) -> None:
    """Try values of a threshold, as RULE.threshold=v1,v2,... (CH01.min_pp=1,2,3),
    over every table: for each value, the rule's facts, the articles that
    would change, the sentences added and removed, with examples. No file
    changes."""
    config = get_config(config_file, lang)
    try:
        code, name, values = parse_setting(setting)
    except NarrateError as error:
        raise InputError(error.line()) from None
    stacks = []
    for path in table_paths(paths):
        try:
            stacks.append(stack_of(load(path), per))
        except NarrateError as error:
            raise InputError(error.at(str(path)).line()) from None
    click.echo(as_table(code, name, config.threshold(code, name), tune(stacks, config, code, name, values)))
