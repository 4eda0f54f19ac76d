"""Approved articles and pending versions, as cargo-insta keeps snapshots.

The approved article is ``<out>/<name>.md``, with the record of how each of
its sentences was made in ``<out>/.narrate/<name>.json``. A pending version
waits beside it as ``<name>.md.new`` (and ``<name>.json.new``) until a
person accepts it, which replaces the approved files, or rejects it, which
deletes it. A version with no Markdown (``GONE``) is an article no longer
written (a kommune that left a batch's table): accepting it removes the
approved article. Pending versions are never written when ``CI`` is set.

>>> records_path(Path("out/kpi.md")), pending_path(Path("out/kpi.md"))
(PosixPath('out/.narrate/kpi.json'), PosixPath('out/kpi.md.new'))
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from narrate.files import write_atomic

PENDING = ".new"
RECORDS = ".narrate"


@dataclass(frozen=True)
class Version:
    """An article's Markdown and the records of its sentences."""

    markdown: str
    records: list[dict[str, Any]]

    def records_json(self) -> str:
        """The records as the JSON file holds them: a list, one sentence a line.

        >>> print(Version("", [{"text": "Ja."}, {"text": "Nei."}]).records_json(), end="")
        [
        {"text": "Ja."},
        {"text": "Nei."}
        ]
        """
        return "[\n" + ",\n".join(json.dumps(record, ensure_ascii=False) for record in self.records) + "\n]\n"

    @property
    def gone(self) -> bool:
        """Whether this is no article: one that is no longer written."""
        return not self.markdown


GONE = Version("", [])
"""The version of an article that is no longer written."""


def records_path(article: Path) -> Path:
    """Where the records of an approved article are kept."""
    return article.parent / RECORDS / f"{article.stem}.json"


def pending_path(article: Path) -> Path:
    """Where the pending version of an article waits."""
    return article.with_name(article.name + PENDING)


def pending_records_path(article: Path) -> Path:
    """Where the records of the pending version wait."""
    path = records_path(article)
    return path.with_name(path.name + PENDING)


def in_ci() -> bool:
    """Whether this runs in continuous integration (``CI`` is set)."""
    return bool(os.environ.get("CI"))


def read_version(article: Path) -> Version | None:
    """The approved version of an article, ``None`` when there is none."""
    if not article.is_file():
        return None
    records = records_path(article)
    return Version(article.read_text(encoding="utf-8"), json.loads(records.read_text(encoding="utf-8")) if records.is_file() else [])


def save(article: Path, version: Version) -> None:
    """Write a version as the approved article (or, for one no longer
    written, remove it)."""
    if version.gone:
        remove(article)
        return
    write_atomic(records_path(article), version.records_json())
    write_atomic(article, version.markdown)


def remove(article: Path) -> None:
    """Remove an approved article and its records."""
    article.unlink(missing_ok=True)
    records_path(article).unlink(missing_ok=True)


def stage(article: Path, version: Version) -> bool:
    """Keep a version as pending beside the approved article; not when
    ``CI`` is set. Whether it was written."""
    if in_ci():
        return False
    write_atomic(pending_records_path(article), version.records_json())
    write_atomic(pending_path(article), version.markdown)
    return True


def accept(article: Path) -> None:
    """Make the pending version the approved one, each file replaced whole
    (a pending version with no Markdown removes the approved article).

    >>> import tempfile
    >>> article = Path(tempfile.mkdtemp()) / "kpi.md"
    >>> save(article, Version("gammel\\n", []))
    >>> write_atomic(pending_path(article), "ny\\n")
    >>> accept(article)
    >>> article.read_text(encoding="utf-8"), pending_path(article).exists()
    ('ny\\n', False)
    """
    records = pending_records_path(article)
    if pending_path(article).stat().st_size == 0:
        remove(article)
        reject(article)
        return
    if records.is_file():
        records.parent.mkdir(parents=True, exist_ok=True)
        os.replace(records, records_path(article))
    os.replace(pending_path(article), article)


def reject(article: Path) -> None:
    """Throw the pending version away."""
    pending_path(article).unlink(missing_ok=True)
    pending_records_path(article).unlink(missing_ok=True)
