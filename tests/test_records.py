"""What every approved sentence rests on, read from its record in
out/**/.narrate/: one measure and one slice of the table per sentence (no
measure set against another), no part ranked against its total, no change
between periods of different horizons, and no figure with more decimals
than its measure shows (a relative change has one)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

import narrate
from narrate.batch import label_grids
from narrate.periods import parse_period
from narrate.render import front_matter
from narrate.table import Meta, Table
from tests.conftest import DATA, OUT

RECORDS = sorted(OUT.rglob(".narrate/*.json"))
DECIMALS = {"en": re.compile(r"\d\.(\d+)\b"), "nb": re.compile(r"\d,(\d+)\b"), "nn": re.compile(r"\d,(\d+)\b")}
"""The decimals of a figure in prose, by language: ``4.5`` in English, ``1,5`` in Norwegian."""
PERCENT = {"en": "per cent", "nb": "prosent", "nn": "prosent"}


@cache
def table_named(name: str) -> Table:
    """The table in data/ (or a folder of it) whose file has this name."""
    (path,) = [p for p in DATA.rglob(f"{name}.*") if p.suffix in (".csv", ".json")]
    return narrate.load(path)


@cache
def batch_metas(name: str, per: str) -> dict[str, Meta]:
    """The metadata of each label's article of a batch."""
    return {label: grid.meta for label, grid in label_grids(table_named(name), per).items()}


def meta_of(record: Path) -> Meta:
    """What is known of the table (or the batch article's grid) an article's
    record speaks of, as the article's front matter names it."""
    article = record.parent.parent / f"{record.stem}.md"
    said = front_matter(article.read_text(encoding="utf-8"))
    name = said["table"].split("/")[0]
    return batch_metas(name, said["per"])[said["label"]] if "per" in said else table_named(name).meta


def span(label: str) -> tuple[str, int] | None:
    """A period's kind and its length in its own units (0 for a point)."""
    period = parse_period(label)
    if period is None:
        return None
    size = {"year": 1, "quarter": 4, "month": 12, "week": 52}[period.unit]
    return period.unit, (period.end[0] - period.start[0]) * size + period.end[1] - period.start[1]


@pytest.mark.parametrize("record", RECORDS, ids=[str(path.relative_to(OUT)) for path in RECORDS])
def test_every_sentence_rests_on_one_measure_and_comparable_periods(record: Path):
    meta = meta_of(record)
    moving = {meta.category, meta.time}
    ranked_out = {meta.totals.get(meta.category or ""), *meta.subtotals} - {None}
    for sentence in json.loads(record.read_text(encoding="utf-8")):
        cells = sentence["cells"]
        varying = {dim for dim in meta.dims if len({cell[dim] for cell in cells}) > 1}
        assert varying <= moving, (sentence["text"], varying - moving)
        if {"EX01", "EX02"} & set(sentence["rules"]) and meta.category:
            assert not {cell[meta.category] for cell in cells} & ranked_out, sentence["text"]
        if meta.time:
            horizons = {span(cell[meta.time]) for cell in cells}
            assert len(horizons) <= 1, (sentence["text"], horizons)
        lang = sentence["template"].split("/")[0]
        allowed = max(meta.decimals, 1) if PERCENT[lang] in sentence["text"] else meta.decimals
        shown = [len(decimals) for decimals in DECIMALS[lang].findall(sentence["text"])]
        assert max(shown, default=0) <= allowed, (sentence["text"], meta.decimals)
