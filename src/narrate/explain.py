"""Explain an article: for each sentence, the rule, the phrase file and
variant, the named values and the table cells it rests on.

It reads the Article's own records of how each sentence was made.

>>> import pandas as pd
>>> from narrate.load import load
>>> from narrate.write import write
>>> table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent")
>>> first = explain(write(table))[1]
>>> first["rule"], first["template"], first["cells"][0]
('LV01', 'nb/level.j2', {'år': '2016', 'value': 48.0})
"""

from __future__ import annotations

from typing import Any

from narrate.article import Article, Sentence
from narrate.grid import Grid


def explain(article: Article) -> list[dict[str, Any]]:
    """Every sentence of the article, title first, as plain data: ``text``,
    ``part`` (title, ingress, paragraph N), ``rule`` (the first rule),
    ``rules``, ``template``, ``variant``, ``values`` and ``cells``."""
    grid = article.grid
    explained = [sentence_record(article.title, "title", article.lang, grid)]
    explained += [sentence_record(s, "ingress", article.lang, grid) for s in article.ingress]
    for number, paragraph in enumerate(article.paragraphs, start=1):
        explained += [sentence_record(s, f"paragraph {number}", article.lang, grid) for s in paragraph]
    return explained


def sentence_record(sentence: Sentence, part: str, lang: str, grid: Grid) -> dict[str, Any]:
    """One sentence as plain data.

    ``values`` holds the named values of the sentence's fact; a sentence
    that states several facts names each value ``<rule>.<name>``, with the
    subject in brackets when one rule gives several of them
    (``CH02[Oslo].diff``).
    """
    facts = sentence.facts
    values = dict(facts[0].values) if len(facts) == 1 else {}
    if len(facts) > 1:
        codes = [fact.rule for fact in facts]
        for fact in facts:
            prefix = f"{fact.rule}[{fact.subject}]" if codes.count(fact.rule) > 1 else fact.rule
            values |= {f"{prefix}.{name}": value for name, value in fact.values.items()}
    cells = []
    for fact in facts:
        for cell in fact.cells:
            record = {**dict(cell), "value": grid.value_of(cell)}
            if record not in cells:
                cells.append(record)
    return {
        "text": sentence.text,
        "part": part,
        "rule": sentence.rules[0] if sentence.rules else "",
        "rules": list(sentence.rules),
        "template": template_file(sentence, lang),
        "variant": sentence.variant,
        "values": values,
        "cells": cells,
    }


def template_file(sentence: Sentence, lang: str) -> str:
    """The phrase file that worded a sentence, relative to the phrase folder.

    >>> template_file(Sentence("Det er en økning.", "change", "v1", ()), "nb")
    'nb/change.j2'
    """
    return f"{lang}/{sentence.template}.j2"


def as_text(records: list[dict[str, Any]]) -> str:
    """The explanation for people: each sentence, then where it came from.

    >>> print(as_text([{"text": "Ja.", "part": "title", "rules": ["LV01"], "template": "nb/level.j2",
    ...                 "variant": "v1", "values": {"value": 48.0}, "cells": [{"år": "2016", "value": 48.0}]}]))
    [title] Ja.
        LV01 · nb/level.j2 v1
        values: value=48.0
        cell: år=2016 → 48.0
    """
    lines = []
    for record in records:
        lines.append(f"[{record['part']}] {record['text']}")
        lines.append(f"    {'+'.join(record['rules']) or '-'} · {record['template']} {record['variant']}")
        if record["values"]:
            lines.append("    values: " + ", ".join(f"{name}={value}" for name, value in record["values"].items()))
        for cell in record["cells"]:
            labels = ", ".join(f"{dim}={label}" for dim, label in cell.items() if dim != "value")
            lines.append(f"    cell: {labels} → {cell['value']}")
    return "\n".join(lines)
