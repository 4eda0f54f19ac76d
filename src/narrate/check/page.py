"""What a reader reads beside the prose: the front matter's fields (what a
publishing system shows as the title and the ingress), and the table under
the prose with its source line and notes.

- The front matter's ``title`` and ``ingress`` are the article's title and
  ingress, word for word, so proving the prose proves them; ``source``,
  ``table``, ``per`` and ``label`` are the table's own; a field narrate
  does not write is one ``check`` cannot prove.
- The table under the prose is the table's cells as the language writes
  them, its labels, its source and unit, and notes that name exactly the
  cells without a number and the confidential cells the table gives away.

Each problem is ``(part, line, written, why)``.

>>> import pandas as pd
>>> from narrate.grid import Grid
>>> from narrate.load import load
>>> from narrate.realise import load_phrases
>>> grid = Grid.of(load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent", title="Andel"))
>>> said = load_phrases("nb").words["tabell"]
>>> article = "\\n".join(["---", 'title: "Andelen falt"', "lang: nb", "---", "", "# Andelen steg", "", "Tekst.", ""])
>>> front_matter_problems(article, grid)
[('front matter', 'title: Andelen falt', 'Andelen falt', 'not the title of the article, «Andelen steg»')]
>>> table = table_lines(grid, "nb", said)
>>> table_problems("\\n".join(["# T", "", *table]), grid, "nb", said)
[]
>>> table_problems("\\n".join(["# T", "", *table]).replace("| 48 |", "| 46 |"), grid, "nb", said)
[('table', '|  | 41 | 46 |', '|  | 41 | 46 |', 'the table gives «|  | 41 | 48 |»')]
"""

from __future__ import annotations

import difflib
import html
import re
from typing import Any, Mapping

from narrate.grid import Grid
from narrate.render import front_matter, table_lines

PageProblem = tuple[str, str, str, str]
"""``(part, line, written, why)``."""

KNOWN_FIELDS = ("title", "ingress", "source", "table", "per", "label", "lang")
"""The front matter fields narrate writes."""

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BACKSLASHED = re.compile(r"\\(.)")


def front_matter_problems(markdown: str, grid: Grid) -> list[PageProblem]:
    """The fields of the front matter that are not what the article and
    its table say."""
    fields = front_matter(markdown)
    if not fields:
        return []
    title, ingress = heading_and_ingress(markdown)
    meta = grid.meta
    expected: dict[str, tuple[str | None, str]] = {
        "title": (title, f"not the title of the article, «{title}»"),
        "ingress": (ingress, f"not the ingress of the article, «{ingress}»"),
        "source": (meta.source, f"not the table's source, «{meta.source}»" if meta.source else "the table names no source"),
        "table": (meta.name, f"not the table's name, «{meta.name}»"),
        "per": (meta.place[0] if meta.place else None, "not the dimension the article is one of"),
        "label": (meta.place[1] if meta.place else None, "not the label the article is about"),
    }
    problems = []
    for key, value in fields.items():
        line = f"{key}: {value}"
        if key == "lang":
            continue
        if key not in KNOWN_FIELDS:
            problems.append(("front matter", line, str(value), "a field narrate does not write, which check cannot prove"))
        elif value != expected[key][0]:
            problems.append(("front matter", line, str(value), expected[key][1]))
    return problems


def table_problems(markdown: str, grid: Grid, lang: str, said: Mapping[str, Any]) -> list[PageProblem]:
    """The lines of the table under the prose, its source line and notes
    that are not what the table gives: a line changed, added or left out.
    An article without the table has nothing here to prove."""
    written = _section(markdown)
    if not written:
        return []
    expected = table_lines(grid, lang, said)
    problems = []
    matcher = difflib.SequenceMatcher(None, expected, written, autojunk=False)
    for tag, first, last, start_written, end_written in matcher.get_opcodes():
        if tag == "equal":
            continue
        wanted, got = expected[first:last], written[start_written:end_written]
        for index, line in enumerate(got):
            if not line:
                continue
            why = f"the table gives «{wanted[index]}»" if index < len(wanted) and wanted[index] else "not a line the table gives"
            problems.append((part_of(line, said), line, line, why))
        for line in wanted[len(got):]:
            if line:
                problems.append((part_of(line, said), line, "", f"the table gives «{line}», which the article leaves out"))
    return problems


def section_sizes(markdown: str, said: Mapping[str, Any]) -> dict[str, int]:
    """How many lines of each part the table section under the prose has.

    >>> section_sizes("# T\\n\\nTekst.\\n\\n## Tabell: t\\n\\n| a | 1 |\\n\\nKilde: SSB. Enhet: prosent.\\n",
    ...               {"kilde": "Kilde", "enhet": "Enhet", "utvalg": "Utvalg"})
    {'table': 2, 'source line': 1}
    """
    found: dict[str, int] = {}
    for line in _section(markdown):
        if line:
            found[part_of(line, said)] = found.get(part_of(line, said), 0) + 1
    return found


def _section(markdown: str) -> list[str]:
    """The lines from the table's heading on, comments and trailing blank lines gone."""
    body = body_of(markdown)
    start = body.find("\n## ")
    if start < 0:
        return []
    lines = [line.rstrip() for line in _COMMENT.sub("", body[start + 1:]).splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def part_of(line: str, said: Mapping[str, Any]) -> str:
    """Which part of the table section a line is: ``table``, ``source
    line`` or ``notes``.

    >>> part_of("| Oslo | 4 |", {"kilde": "Kilde", "enhet": "Enhet", "utvalg": "Utvalg"})
    'table'
    """
    if line.startswith(("|", "## ", f"{said['utvalg']}:")):
        return "table"
    if line.startswith((f"{said['kilde']}:", f"{said['enhet']}:")):
        return "source line"
    return "notes"


def heading_and_ingress(markdown: str) -> tuple[str, str]:
    """The article's title and ingress as a reader reads them: escapes
    undone, comments and line breaks gone.

    >>> heading_and_ingress("---\\nlang: nb\\n---\\n\\n# Flere \\\\*biler\\n\\nFørste. <!-- LV01 -->\\nAndre.\\n\\nTredje.\\n")
    ('Flere *biler', 'Første. Andre.')
    """
    paragraphs = read_paragraphs(markdown)
    if not paragraphs or not paragraphs[0].startswith("# "):
        return "", paragraphs[0] if paragraphs else ""
    return paragraphs[0][2:], paragraphs[1] if len(paragraphs) > 1 else ""


def read_paragraphs(markdown: str) -> list[str]:
    """The paragraphs above the table as a reader reads them, the title's
    ``# `` kept: no front matter, no comments, one line each, the escapes
    of labels undone (``\\*``, ``&amp;``).

    >>> read_paragraphs("---\\ntitle: x\\n---\\n\\n# Tittel\\n\\nTekst &amp; \\\\*mer\\n. <!-- LV01 -->\\n\\n## Tabell: t\\n")
    ['# Tittel', 'Tekst & *mer .']
    """
    prose = _COMMENT.sub("", body_of(markdown).split("\n## ")[0])
    paragraphs = [html.unescape(_BACKSLASHED.sub(r"\1", re.sub(r"[ \t\r\n]+", " ", paragraph).strip()))
                  for paragraph in re.split(r"\n\s*\n", prose.strip())]
    return [paragraph for paragraph in paragraphs if paragraph]


def body_of(markdown: str) -> str:
    """An article's Markdown without its front matter.

    >>> body_of("---\\nlang: nb\\n---\\n\\n# T\\n")
    '\\n# T\\n'
    """
    return markdown.split("---\n", 2)[2] if markdown.startswith("---\n") else markdown
