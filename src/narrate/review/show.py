"""Show a diff of articles: as text for a terminal (in colour when it is
one) and as one self-contained HTML page.

>>> from narrate.review.compare import Change
>>> click.unstyle(change_line(Change("changed", "Andelen økte.", "Andelen falt.", ("CH01",))))
'  ~ CH01: Andelen [-økte.-] {+falt.+}'
"""

from __future__ import annotations

import html
from collections import defaultdict

import click

from narrate.review.compare import ArticleDiff, Change

MARKS = {"changed": "~", "added": "+", "removed": "-", "moved": "↕"}


def change_line(change: Change) -> str:
    """One changed sentence: its mark, its rules and its words, removed
    words as ``[-…-]`` (red) and added as ``{+…+}`` (green)."""
    parts = []
    for op, text in change.words():
        if op == "-":
            parts.append(click.style(f"[-{text}-]", fg="red"))
        elif op == "+":
            parts.append(click.style(f"{{+{text}+}}", fg="green"))
        else:
            parts.append(text)
    return f"  {MARKS[change.kind]} {'+'.join(change.rules) or '?'}: {' '.join(parts)}"


def article_lines(name: str, diff: ArticleDiff, new: bool = False, gone: bool = False) -> list[str]:
    """An article's changes: its name (and whether it is new, or no longer
    written), then each sentence changed."""
    lines = [click.style(f"{name}" + (" (new article)" if new else " (no longer written)" if gone else ""), bold=True)]
    lines += [change_line(change) for change in diff.changes]
    if diff.regrouped:
        lines.append("  ¶ the paragraphs break in other places")
    if diff.other:
        lines.append("  * the table, its notes or the front matter changed")
    return lines


def by_rule(diffs: dict[str, ArticleDiff]) -> dict[str, tuple[int, int]]:
    """For each rule, how many sentences it made or unmade, in how many articles.

    >>> by_rule({"a.md": ArticleDiff((Change("added", None, "Ja.", ("CH01",)),), False)})
    {'CH01': (1, 1)}
    """
    sentences: dict[str, int] = defaultdict(int)
    articles: dict[str, set[str]] = defaultdict(set)
    for name, diff in diffs.items():
        for change in diff.changes:
            for rule in change.rules or ("?",):
                sentences[rule] += 1
                articles[rule].add(name)
    return {rule: (sentences[rule], len(articles[rule])) for rule in sorted(sentences)}


def summary_lines(diffs: dict[str, ArticleDiff], total: int) -> list[str]:
    """The summary under a diff: sentences by rule, and articles changed.

    >>> summary_lines({"a.md": ArticleDiff((Change("removed", "Ja.", None, ("CH01",)),), False)}, 11)
    ['CH01: 1 sentence in 1 article', '1 of 11 articles differ']
    """
    lines = []
    for rule, (sentences, articles) in by_rule(diffs).items():
        lines.append(f"{rule}: {sentences} sentence{'s' * (sentences != 1)} in {articles} article{'s' * (articles != 1)}")
    changed = sum(diff.differs for diff in diffs.values())
    lines.append(f"{changed} of {total} articles differ")
    return lines


def html_report(diffs: dict[str, ArticleDiff], total: int) -> str:
    """The diff as one self-contained HTML page."""
    body = []
    for name, diff in diffs.items():
        if not diff.differs:
            continue
        body.append(f"<section>\n<h2>{html.escape(name)}</h2>\n<ul>")
        for change in diff.changes:
            words = []
            for op, text in change.words():
                tag = {"-": "del", "+": "ins"}.get(op)
                words.append(f"<{tag}>{html.escape(text)}</{tag}>" if tag else html.escape(text))
            rules = html.escape("+".join(change.rules) or "?")
            body.append(f'<li class="{change.kind}"><span class="rule">{rules}</span> {" ".join(words)}</li>')
        if diff.regrouped:
            body.append('<li class="other">The paragraphs break in other places.</li>')
        if diff.other:
            body.append('<li class="other">The table, its notes or the front matter changed.</li>')
        body.append("</ul>\n</section>")
    summary = "".join(f"<li>{html.escape(line)}</li>" for line in summary_lines(diffs, total))
    return (
        '<!DOCTYPE html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n<title>narrate diff</title>\n<style>\n'
        "body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.5}\n"
        "del{background:#fdd;color:#900}\nins{background:#dfd;color:#060;text-decoration:none}\n"
        ".rule{font-family:monospace;background:#eee;padding:0 .3em;margin-right:.3em}\n"
        "li.added{list-style:'+ '}\nli.removed{list-style:'− '}\nli.changed{list-style:'~ '}\nli.moved{list-style:'↕ '}\n"
        "</style>\n</head>\n<body>\n<h1>narrate diff</h1>\n"
        f"<ul class=\"summary\">{summary}</ul>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
