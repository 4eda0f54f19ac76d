"""One article per label of a dimension (``--per kommune``): the table split
into one grid per label, all at once, and safe file names.

>>> import pandas as pd
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"kommune": ["Ås", "Ås", "Oslo/Akershus", "Oslo/Akershus"],
...                            "år": ["2015", "2016"] * 2, "verdi": [10, 12, 30, 33]}))
>>> [(grid.meta.place, grid.value(grid.categories[0], "2016")) for grid in split(table, "kommune").grids]
[(('kommune', 'Ås'), 12.0), (('kommune', 'Oslo/Akershus'), 33.0)]
>>> slugs(["Ås", "Oslo/Akershus", "ås"])
['as', 'oslo-akershus', 'as-2']
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from narrate.errors import NarrateError
from narrate.grid import NO_CATEGORY, Grid, Stack, stack_by
from narrate.table import Meta, Table, in_time_order, labels_in, total_first

_NORWEGIAN = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "Æ": "ae", "Ø": "o", "Å": "a"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 80
"""The most characters of a slug."""

MAX_NAME_BYTES = 200
"""The longest table name (in UTF-8 bytes) kept as a file name: with
``.md``, ``.json`` and a temporary file's suffix it stays under the 255
bytes of a file name."""

_PLAIN_NAME = re.compile(r"\w(?:[\w.\- ]*[\w.\-])?")


def slug(label: str) -> str:
    """A file name from a label: lower case ASCII letters, digits and
    hyphens, at most ``MAX_SLUG`` of them, never empty.

    >>> slug("Ås"), slug("Oslo/Akershus"), slug("../../etc"), slug("***")
    ('as', 'oslo-akershus', 'etc', 'x')
    """
    return slug_text(label)[:MAX_SLUG].strip("-") or "x"


def slug_text(label: str) -> str:
    """A label in slug letters, however long.

    >>> slug_text("Nord-Trøndelag (-2017)")
    'nord-trondelag-2017'
    """
    ascii_text = unicodedata.normalize("NFKD", label.translate(_NORWEGIAN)).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")


def slugs(labels: list[str]) -> list[str]:
    """A distinct slug for each label, numbered where two would be the same
    (never a number another label's slug already has).

    >>> slugs(["Ås", "As", "as-2", "Oslo"])
    ['as', 'as-3', 'as-2', 'oslo']
    """
    bases = [slug(label) for label in labels]
    taken = set(bases)
    found, used = [], set()
    for base in bases:
        name, number = base, 1
        while name in used or (name != base and name in taken):
            number += 1
            name = f"{base}-{number}"
        used.add(name)
        found.append(name)
    return found


def safe_name(stem: str) -> str:
    """A table's name as a file name inside the output folder: as it is
    when it is a plain name (it begins with a letter or digit, holds no
    separator, control character or trailing space, and is short enough
    for any file system beside ``.md`` and the temporary names narrate
    writes first), else its slug, with a short hash of the whole name when
    the slug had to be cut, so two long names stay two.

    >>> safe_name("ikt-staten-2016"), safe_name("Befolkning i Ås"), safe_name(".."), safe_name(".csv"), safe_name("a/b")
    ('ikt-staten-2016', 'Befolkning i Ås', 'x', 'csv', 'a-b')
    >>> safe_name("-rf"), safe_name("a" * 300) == safe_name("a" * 299), len(safe_name("ø" * 300))
    ('rf', False, 89)
    """
    if _PLAIN_NAME.fullmatch(stem) and len(stem.encode("utf-8")) <= MAX_NAME_BYTES:
        return stem
    name = slug(stem)
    if len(slug_text(stem)) > MAX_SLUG:
        name += "-" + hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
    return name


def per_meta(meta: Meta, dim: str) -> Meta:
    """The metadata each article of ``--per dim`` shares: which dimension
    holds its categories, and the label held for every other dimension.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"kommune": ["Ås", "Ås", "Bø", "Bø"], "næring": ["I alt", "Industri"] * 2,
    ...                            "år": ["2016"] * 4, "verdi": [10, 4, 20, 9]}))
    >>> table.meta.category, per_meta(table.meta, "kommune").category
    ('kommune', 'næring')
    """
    if dim not in meta.dims:
        raise NarrateError(f"no dimension {dim!r} to write one article per; the table has {', '.join(meta.dims)}")
    if dim == meta.time:
        raise NarrateError(f"{dim!r} is the time dimension; write one article per category instead")
    category = meta.category
    if category == dim:
        others = [d for d in meta.dims if d not in (dim, meta.time) and d in meta.fixed]
        category = others[0] if others else None
    fixed = {d: label for d, label in meta.fixed.items() if d not in (dim, category)}
    return replace(meta, category=category, fixed=fixed)


def split(table: Table, dim: str) -> Stack:
    """One grid for each label of ``dim``, in table order, stacked (so the
    rules read them all at once); each grid's metadata names its label
    (``antallet i Ås``), and the decimals are the most any label's cells
    show."""
    shared = per_meta(table.meta, dim)
    frame = table.data
    for held, label in shared.fixed.items():
        frame = frame[frame[held] == label]
    if "decimals" in frame and len(frame):
        shared = replace(shared, decimals=max(shared.decimals, int(frame["decimals"].max())))
    categories = [NO_CATEGORY]
    if shared.category:
        categories = total_first(labels_in(frame, shared.category), shared.totals.get(shared.category))
    periods = in_time_order(labels_in(frame, shared.time)) if shared.time else [NO_CATEGORY]
    return stack_by(frame, shared, categories, periods, group=dim, meta_of=lambda label: group_meta(shared, dim, label))


def group_meta(shared: Meta, dim: str, label: str) -> Meta:
    """The metadata of one article: its label held, and its place, which
    the sentences name (``antallet i Ås``, ``virksomhetene i Ås``)."""
    return replace(shared, fixed={**shared.fixed, dim: label}, place=(dim, label), name=f"{shared.name}/{slug(label)}")


def stack_of(table: Table, per: str | None) -> Stack:
    """The grids a table's articles speak of: one per label of ``per``, or
    the table's own grid alone.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"kommune": ["Ås", "Bø"], "år": ["2016"] * 2, "verdi": [10, 20]}))
    >>> len(stack_of(table, "kommune").grids), len(stack_of(table, None).grids)
    (2, 1)
    """
    return split(table, per) if per else Stack.of([Grid.of(table)])


def article_paths(stack: Stack, folder: Path, name: str, per: str | None) -> list[Path]:
    """Where each grid's article goes: ``folder/<name>.md``, or for one
    article per label, ``folder/<name>/<slug>.md``.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"kommune": ["Ås", "Bø"], "år": ["2016"] * 2, "verdi": [10, 20]}))
    >>> [p.as_posix() for p in article_paths(stack_of(table, "kommune"), Path("out"), "t", "kommune")]
    ['out/t/as.md', 'out/t/bo.md']
    """
    if not per:
        return [folder / f"{name}.md"]
    return [folder / name / f"{label}.md" for label in slugs(list(stack.labels))]


def label_grids(table: Table, dim: str) -> dict[str, Grid]:
    """Each label's grid of ``--per dim``, by label.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> table = load(pd.DataFrame({"kommune": ["Ås", "Bø"], "år": ["2016"] * 2, "verdi": [10, 20]}))
    >>> sorted(label_grids(table, "kommune"))
    ['Bø', 'Ås']
    """
    stack = split(table, dim)
    return dict(zip(stack.labels, stack.grids))
