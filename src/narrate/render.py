"""Render an Article: Markdown with YAML front matter, and HTML.

The Markdown holds the title, the ingress, the paragraphs, and under them the
figures the article rests on as a table, with SSB's symbols explained.
"""

from __future__ import annotations

import json

import markdown as markdown_lib
from markdown.extensions.toc import slugify_unicode

from narrate.article import Article, Sentence
from narrate.explain import template_file
from narrate.load.cells import SYMBOLS
from narrate.grid import Grid
from narrate.realise.numbers import liste, tall

SOURCE_DEFAULT = "Statistisk sentralbyrå"


def to_markdown(article: Article, annotate: bool = False) -> str:
    """The article as Markdown: front matter, prose, then the table.

    Front matter strings are JSON-quoted, which YAML reads as they are. With
    ``annotate``, each sentence is followed by a comment naming its rule,
    phrase file and variant (the title's comes on the line above it).
    """
    meta = article.grid.meta
    ingress = " ".join(s.text for s in article.ingress)
    source = meta.source or SOURCE_DEFAULT
    lines = [
        "---",
        f"title: {json.dumps(article.title.text, ensure_ascii=False)}",
        f"ingress: {json.dumps(ingress, ensure_ascii=False)}",
        f"source: {json.dumps(source, ensure_ascii=False)}",
        f"table: {json.dumps(meta.name, ensure_ascii=False)}",
        f"lang: {article.lang}",
        "---",
        "",
        *([annotation(article.title, article.lang)] if annotate else []),
        f"# {article.title.text}",
        "",
        prose(article.ingress, article.lang, annotate),
        "",
    ]
    for paragraph in article.paragraphs:
        lines += [prose(paragraph, article.lang, annotate), ""]
    lines += table_section(article)
    return "\n".join(lines).rstrip("\n") + "\n"


def prose(sentences: tuple[Sentence, ...], lang: str, annotate: bool) -> str:
    """Sentences as one paragraph, each followed by its annotation when asked."""
    if annotate:
        return " ".join(f"{s.text} {annotation(s, lang)}" for s in sentences)
    return " ".join(s.text for s in sentences)


def annotation(sentence: Sentence, lang: str) -> str:
    """A Markdown comment saying where a sentence came from.

    >>> annotation(Sentence("Ja.", "change", "v2", ()), "nb")
    '<!-- - nb/change.j2 v2 -->'
    """
    return f"<!-- {'+'.join(sentence.rules) or '-'} {template_file(sentence, lang)} {sentence.variant} -->"


def table_section(article: Article) -> list[str]:
    """The table under the article: categories by periods, as the table shows them."""
    grid = article.grid
    meta = grid.meta
    fixed = "; ".join(f"{dim}: {label}" for dim, label in meta.fixed.items())
    lines = [f"## Tabell: {_escape(meta.title)}", ""]
    if fixed:
        lines += [f"Utvalg: {_escape(fixed)}", ""]
    header = [_escape(meta.category or ""), *(_escape(p) for p in grid.periods)]
    lines += ["| " + " | ".join(header) + " |", "|" + "|".join([" --- "] + [" ---: "] * len(grid.periods)) + "|"]
    used = set()
    for category in grid.categories:
        cells = []
        for period in grid.periods:
            value = grid.value(category, period)
            mark = grid.symbol(category, period)
            if value is None:
                cells.append(mark or "")
                used.add(mark)
            else:
                cells.append(tall(value, meta.decimals) + (mark if mark == "*" else ""))
                used.add(mark)
        lines.append("| " + " | ".join([_escape(category), *cells]) + " |")
    legend = [f"`{symbol}` {SYMBOLS[symbol]}" for symbol in SYMBOLS if symbol in used]
    if "*" in used:
        legend.append("`*` foreløpige tall")
    lines += ["", f"Kilde: {_escape(meta.source or SOURCE_DEFAULT)}. Enhet: {_escape(meta.unit or 'ikke oppgitt')}."]
    if legend:
        lines += ["", "Symboler: " + "; ".join(legend) + "."]
    missing = missing_note(grid)
    if missing:
        lines += ["", missing]
    return lines


MOST_MISSING = 10


def missing_note(grid: Grid) -> str:
    """A note naming the cells without a number, and why, or empty.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"fylke": ["Oslo", "Oslo", "Agder", "Agder"], "år": ["2022", "2023"] * 2,
    ...                                  "verdi": [1.0, ":", 2.0, None]})))
    >>> missing_note(grid)
    'Tall mangler for Oslo i 2023 (`:`) og Agder i 2023 (tom celle).'
    """
    cells = []
    for category in grid.categories:
        for period in grid.periods:
            if grid.value(category, period) is None:
                where = " i ".join(part for part in (category, period) if part)
                mark = grid.symbol(category, period)
                cells.append(f"{_escape(where)} ({f'`{mark}`' if mark else 'tom celle'})")
    if not cells:
        return ""
    if len(cells) > MOST_MISSING:
        cells = cells[:MOST_MISSING] + [f"{len(cells) - MOST_MISSING} andre celler"]
    return f"Tall mangler for {liste(cells)}."


def to_html(article: Article) -> str:
    """The article as one HTML page, through the ``markdown`` package."""
    body = article.markdown.split("---\n", 2)[2]
    html = markdown_lib.markdown(
        body,
        extensions=["tables", "toc"],
        extension_configs={"toc": {"slugify": slugify_unicode}},
        output_format="html",
    )
    title = article.title.text.replace("&", "&amp;").replace("<", "&lt;")
    return (
        f'<!DOCTYPE html>\n<html lang="{article.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{html}\n</body>\n</html>\n"
    )


def _escape(text: str) -> str:
    """Text safe inside a Markdown table cell or heading."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_")
