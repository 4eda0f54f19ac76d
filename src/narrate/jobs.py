"""Write many articles: realised in parallel over the machine's cores and
written to disk as each is done, each file whole or not at all.

>>> import pandas as pd, tempfile
>>> from narrate.config import Config
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> grid = Grid.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent"))
>>> folder = Path(tempfile.mkdtemp())
>>> summary = run([Task(folder / "a.md", "a", grid)], Config(), jobs=1)
>>> summary.written, summary.skipped, (folder / "a.md").is_file()
(1, [], True)
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field, replace
from itertools import islice
from multiprocessing.pool import Pool
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from narrate.config import Config
from narrate.errors import NarrateError
from narrate.files import write_atomic
from narrate.grid import Grid
from narrate.render import to_markdown
from narrate.review.corpus import version_of
from narrate.review.pending import save
from narrate.rules import Fact
from narrate.write import write

CHUNK = 8
"""How many tasks a process takes at a time."""

MOST_NAMED = 5
"""The most skipped labels the summary names for one reason."""

FEED = 256
"""How many tasks are handed to the processes at a time: the tasks (and
their facts) still to come are not made before they are needed."""


@dataclass(frozen=True)
class Task:
    """One article to write: where, what to call it in messages, its grid,
    and its facts when the rules have read it already."""

    target: Path
    label: str
    grid: Grid
    facts: list[Fact] | None = None


@dataclass(frozen=True)
class Options:
    """How to write each article besides the configuration."""

    html: bool = False
    annotate: bool = False


@dataclass
class Summary:
    """What a run did: articles written, those skipped and why, and how long it took."""

    written: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        """The run in one line, the skipped labels by reason, at most
        ``MOST_NAMED`` named for each.

        >>> Summary(356, [("Ås", "no numbers")], 1.25).line()
        'wrote 356 articles in 1.2 s (285 per second); skipped 1: Ås (no numbers)'
        >>> Summary(0, [(label, "no numbers") for label in "ABCDEFG"] + [("Bø", "empty")], 0.5).line()
        'wrote 0 articles in 0.5 s; skipped 8: A, B, C, D, E and 2 more (no numbers); Bø (empty)'
        """
        rate = f" ({self.written / self.seconds:.0f} per second)" if self.seconds > 0 and self.written else ""
        text = f"wrote {self.written} article{'s' * (self.written != 1)} in {self.seconds:.1f} s{rate}"
        if self.skipped:
            reasons: dict[str, list[str]] = {}
            for label, why in self.skipped:
                reasons.setdefault(why, []).append(label)
            told = []
            for why, labels in reasons.items():
                more = f" and {len(labels) - MOST_NAMED} more" if len(labels) > MOST_NAMED else ""
                told.append(f"{', '.join(labels[:MOST_NAMED])}{more} ({why})")
            text += f"; skipped {len(self.skipped)}: " + "; ".join(told)
        return text


def write_task(task: Task, config: Config, options: Options) -> tuple[str, str | None]:
    """Write one article (and its sentence records, and its HTML page when
    asked); the label and why it was skipped, or ``None``."""
    try:
        article = write(task.grid, config, task.facts)
        version = version_of(article)
        if options.annotate:
            version = replace(version, markdown=to_markdown(article, annotate=True))
        html = article.html if options.html else None
    except NarrateError as error:
        return task.label, error.line()
    save(task.target, version)
    if html is not None:
        write_atomic(task.target.with_suffix(".html"), html)
    return task.label, None


_shared: tuple[Config, Options] | None = None


def _start_worker(config: Config, options: Options) -> None:
    global _shared
    _shared = (config, options)


def _work(task: Task) -> tuple[str, str | None]:
    assert _shared is not None
    return write_task(task, *_shared)


def run(tasks: Iterable[Task], config: Config, *, jobs: int | None = None, options: Options = Options(),
        progress: Callable[[int], None] | None = None) -> Summary:
    """Write every task's article with ``jobs`` processes (default: one per
    core), calling ``progress`` with the count done after each."""
    jobs = jobs or os.cpu_count() or 1
    summary = Summary()
    started = time.perf_counter()
    if jobs == 1:
        results: Iterable[tuple[str, str | None]] = (write_task(task, config, options) for task in tasks)
        pool = None
    else:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        pool = multiprocessing.get_context(method).Pool(jobs, initializer=_start_worker, initargs=(config, options))
        results = _fed(pool, tasks)
    try:
        for label, why in results:
            if why is None:
                summary.written += 1
            else:
                summary.skipped.append((label, why))
            if progress:
                progress(summary.written + len(summary.skipped))
    except BaseException:
        if pool is not None:
            pool.terminate()
        raise
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    summary.skipped.sort()
    summary.seconds = time.perf_counter() - started
    return summary


def _fed(pool: Pool, tasks: Iterable[Task]) -> Iterator[tuple[str, str | None]]:
    """Each task's result from the pool, the tasks handed over ``FEED`` at
    a time, so that the ones to come are made only when needed."""
    pending = iter(tasks)
    while block := list(islice(pending, FEED)):
        yield from pool.imap_unordered(_work, block, chunksize=CHUNK)


class Bar:
    """A progress bar on one line of a terminal: ``[#####     ] 120/356``.

    >>> import io
    >>> stream = io.StringIO()
    >>> bar = Bar(4, stream, width=4)
    >>> bar(1); bar(4); bar.close()
    >>> stream.getvalue()
    '\\r[#   ] 1/4\\r[####] 4/4\\n'
    """

    def __init__(self, total: int, stream: TextIO | None = None, width: int = 30) -> None:
        self.total, self.stream, self.width = max(total, 1), stream or sys.stderr, width

    def __call__(self, done: int) -> None:
        filled = self.width * done // self.total
        self.stream.write(f"\r[{'#' * filled}{' ' * (self.width - filled)}] {done}/{self.total}")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        self.stream.write("\n")
        self.stream.flush()
