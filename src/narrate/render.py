"""Render an Article: Markdown with YAML front matter, and HTML.

The Markdown holds the title, the ingress, the paragraphs, and under them the
figures the article rests on as a table, with SSB's symbols explained.
"""

from __future__ import annotations

import json

from typing import Any, Mapping

import markdown as markdown_lib
from markdown.extensions.toc import slugify_unicode

from narrate.article import Article, Sentence
from narrate.disclosure import revealed
from narrate.explain import template_file
from narrate.grid import Grid
from narrate.load.cells import SYMBOLS
from narrate.realise.numbers import liste, tall


def to_markdown(article: Article, annotate: bool = False) -> str:
    """The article as Markdown: front matter, prose, then the table.

    Front matter strings are JSON-quoted, which YAML reads as they are; an
    article of a ``--per`` batch names the dimension (``per``) and its label
    (``label``). With ``annotate``, each sentence is followed by a comment
    naming its rule, phrase file and variant (the title's comes on the line
    above it).
    """
    meta = article.grid.meta
    ingress = " ".join(s.text for s in article.ingress)
    source = [f"source: {json.dumps(meta.source, ensure_ascii=False)}"] if meta.source else []
    place = [f"per: {json.dumps(meta.place[0], ensure_ascii=False)}",
             f"label: {json.dumps(meta.place[1], ensure_ascii=False)}"] if meta.place else []
    head = [
        "---",
        f"title: {json.dumps(article.title.text, ensure_ascii=False)}",
        f"ingress: {json.dumps(ingress, ensure_ascii=False)}",
        *source,
        f"table: {json.dumps(meta.name, ensure_ascii=False)}",
        *place,
        f"lang: {article.lang}",
        "---",
    ]
    return "\n".join(head) + "\n\n" + body_markdown(article, annotate)


def body_markdown(article: Article, annotate: bool = False) -> str:
    """The article as Markdown without its front matter: title, prose, table
    (what a notebook shows)."""
    lines = [
        *([annotation(article.title, article.lang)] if annotate else []),
        f"# {escape(article.title.text)}",
        "",
        prose(article.ingress, article.lang, annotate),
        "",
    ]
    for paragraph in article.paragraphs:
        lines += [prose(paragraph, article.lang, annotate), ""]
    lines += table_section(article)
    return "\n".join(lines).rstrip("\n") + "\n"


def front_matter(markdown: str) -> dict[str, str]:
    """The front matter of an article as narrate writes it, ``{}`` when it
    has none.

    >>> front_matter('---\\ntitle: "Ås"\\nper: "kommune"\\nlang: nb\\n---\\n\\n# Ås\\n')
    {'title': 'Ås', 'per': 'kommune', 'lang': 'nb'}
    """
    if not markdown.startswith("---\n"):
        return {}
    found = {}
    for line in markdown.split("---\n", 2)[1].splitlines():
        key, _, value = line.partition(": ")
        try:
            found[key] = json.loads(value) if value.startswith('"') else value
        except json.JSONDecodeError:
            found[key] = value
    return found


def prose(sentences: tuple[Sentence, ...], lang: str, annotate: bool) -> str:
    """Sentences as one paragraph, each followed by its annotation when asked."""
    if annotate:
        return " ".join(f"{escape(s.text)} {annotation(s, lang)}" for s in sentences)
    return " ".join(escape(s.text) for s in sentences)


def annotation(sentence: Sentence, lang: str) -> str:
    """A Markdown comment saying where a sentence came from.

    >>> annotation(Sentence("Ja.", "change", "v2", ()), "nb")
    '<!-- - nb/change.j2 v2 -->'
    """
    return f"<!-- {'+'.join(sentence.rules) or '-'} {template_file(sentence, lang)} {sentence.variant} -->"


def table_section(article: Article) -> list[str]:
    """The table under the article: categories by periods, as the table shows them."""
    return table_lines(article.grid, article.lang, article.vocabulary["tabell"])


def table_lines(grid: Grid, lang: str, said: Mapping[str, Any]) -> list[str]:
    """The lines of the table under an article of ``grid``: its heading,
    the selection, the rows, the source and unit line and the notes, in the
    words ``said`` (a language's ``[tabell]``).

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.realise import load_phrases
    >>> grid = Grid.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent", title="Andel"))
    >>> table_lines(grid, "nb", load_phrases("nb").words["tabell"])[2:5]
    ['|  | 2015 | 2016 |', '| --- | ---: | ---: |', '|  | 41 | 48 |']
    """
    meta = grid.meta
    fixed = "; ".join(f"{dim}: {label}" for dim, label in meta.fixed.items())
    lines = [f"## {said['overskrift']}: {escape(meta.title)}", ""]
    if fixed:
        lines += [f"{said['utvalg']}: {escape(fixed)}", ""]
    shown = shown_periods(grid)
    header = [escape(meta.category or ""), *(escape(p) for p in shown)]
    lines += ["| " + " | ".join(header) + " |", "|" + "|".join([" --- "] + [" ---: "] * len(shown)) + "|"]
    used = set()
    for category in grid.categories:
        cells = []
        for period in shown:
            value = grid.value(category, period)
            mark = grid.symbol(category, period)
            if value is None:
                cells.append(mark or "")
                used.add(mark)
            else:
                cells.append(tall(value, meta.decimals, lang) + (mark if mark == "*" else ""))
                used.add(mark)
        lines.append("| " + " | ".join([escape(category), *cells]) + " |")
    legend = [f"`{symbol}` {said['symbol'][symbol]}" for symbol in SYMBOLS if symbol in used]
    if "*" in used:
        legend.append(f"`*` {said['foreløpig']}")
    named = said["kilder"].get(meta.source, meta.source)
    source = f"{said['kilde']}: {escape(named)}. " if meta.source else ""
    unit = said["enheter"].get(meta.unit.lower(), meta.unit) if meta.unit else said["enhet_ukjent"]
    lines += ["", f"{source}{said['enhet']}: {escape(unit)}."]
    if legend:
        lines += ["", f"{said['symboler']}: " + "; ".join(legend) + "."]
    latest = said["siste"].format(vist=len(shown), alle=len(grid.periods)) if len(shown) < len(grid.periods) else ""
    for note in (latest, missing_note(grid, said, lang, shown), revealed_note(grid, said, lang)):
        if note:
            lines += ["", note]
    return lines


MOST_PERIODS = 13
"""The most periods the table under an article shows: the latest, enough
for a month and the same month a year before."""

MOST_MISSING = 10


def shown_periods(grid: Grid) -> list[str]:
    """The periods the table under an article shows: the latest
    :data:`MOST_PERIODS`, the ones the article speaks of.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"år": [str(year) for year in range(2000, 2020)], "verdi": range(20)})))
    >>> shown_periods(grid)[0], len(shown_periods(grid))
    ('2007', 13)
    """
    return list(grid.periods[-MOST_PERIODS:])


def missing_note(grid: Grid, said: Mapping[str, Any], lang: str, shown: list[str]) -> str:
    """A note naming the cells without a number in the periods ``shown``,
    and why, or empty.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.realise import load_phrases
    >>> grid = Grid.of(load(pd.DataFrame({"fylke": ["Oslo", "Oslo", "Agder", "Agder"], "år": ["2022", "2023"] * 2,
    ...                                  "verdi": [1.0, ":", 2.0, None]})))
    >>> missing_note(grid, load_phrases("nb").words["tabell"], "nb", shown_periods(grid))
    'Tall mangler for Oslo i 2023 (`:`) og Agder i 2023 (tom celle).'
    """
    cells = []
    for category in grid.categories:
        for period in shown:
            if grid.value(category, period) is None:
                where = said["celle"].format(kategori=category, periode=period) if category and period else category or period
                mark = grid.symbol(category, period)
                cells.append(f"{escape(where)} ({f'`{mark}`' if mark else said['tom']})")
    if not cells:
        return ""
    if len(cells) > MOST_MISSING:
        cells = cells[:MOST_MISSING] + [said["andre"].format(antall=len(cells) - MOST_MISSING)]
    return said["mangler"].format(celler=liste(cells, lang))


def revealed_note(grid: Grid, said: Mapping[str, Any], lang: str) -> str:
    """A note naming the confidential cells the table still gives away
    (see :mod:`narrate.disclosure`), or empty.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> from narrate.realise import load_phrases
    >>> grid = Grid.of(load(pd.DataFrame({"region": ["Hele landet", "Oslo", "Bergen"], "år": ["2023"] * 3,
    ...                                  "verdi": [110, ":", 63]})))
    >>> revealed_note(grid, load_phrases("nb").words["tabell"], "nb")
    'Merk: Tallet for Oslo i 2023 er konfidensielt (`:`), men kan regnes ut som Hele landet minus de andre tallene for samme periode.'
    """
    found = revealed(grid)
    if not found:
        return ""
    cells = [said["celle"].format(kategori=escape(cell.category), periode=escape(cell.period)) for cell in found]
    return said["avslørt" if len(cells) == 1 else "avslørte"].format(celler=liste(cells, lang), total=escape(found[0].total))


def to_html(article: Article) -> str:
    """The article as one HTML page, through the ``markdown`` package."""
    title = article.title.text.replace("&", "&amp;").replace("<", "&lt;")
    return (
        f'<!DOCTYPE html>\n<html lang="{article.lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body_html(article)}\n</body>\n</html>\n"
    )


def body_html(article: Article) -> str:
    """The article's title, prose and table as an HTML fragment (for a page,
    or a notebook's output)."""
    return markdown_lib.markdown(
        body_markdown(article),
        extensions=["tables", "toc"],
        extension_configs={"toc": {"slugify": slugify_unicode}},
        output_format="html",
    )


_MARKDOWN = str.maketrans({"\\": "\\\\", "`": "\\`", "*": "\\*", "_": "\\_", "[": "\\[", "]": "\\]",
                           "|": "\\|", "#": "\\#", "!": "\\!", "&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str) -> str:
    """Text from a table, a sidecar or a phrase as Markdown that shows it as
    it is: no markup, no link, no image, no HTML (``<``, ``>`` and ``&`` as
    entities, the other marks behind a backslash).

    >>> escape("<script>alert(1)</script> [x](javascript:y) *a* & b")
    '&lt;script&gt;alert(1)&lt;/script&gt; \\\\[x\\\\](javascript:y) \\\\*a\\\\* &amp; b'
    """
    return str(text).translate(_MARKDOWN)



