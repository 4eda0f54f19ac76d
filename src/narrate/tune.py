"""Tune a threshold: write every article once per value and count what
changes against the articles the configuration writes now. No file changes.

>>> parse_setting("CH01.min_pp=1,2,3")
('CH01', 'min_pp', [1.0, 2.0, 3.0])
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from narrate.config import Config, check_threshold
from narrate.errors import NarrateError
from narrate.grid import Stack
from narrate.review.compare import sentence_list
from narrate.write import write_each


@dataclass(frozen=True)
class Outcome:
    """What one value of a threshold does to the corpus: the rule's facts,
    the articles that change, the sentences added and removed, and an
    example of each."""

    value: float
    facts: int
    articles: int
    added: int
    removed: int
    example_added: str
    example_removed: str


def parse_setting(text: str) -> tuple[str, str, list[float]]:
    """``CODE.threshold=v1,v2,...`` as its parts; anything else is an error
    saying what is expected."""
    target, _, values = text.partition("=")
    code, _, name = target.partition(".")
    if not (code and name and values):
        raise NarrateError(f"{text!r}: expected RULE.threshold=value,value,... such as CH01.min_pp=1,2,3")
    try:
        numbers = [float(value) for value in values.split(",")]
    except ValueError:
        raise NarrateError(f"{text!r}: the values must be numbers separated by commas") from None
    for number in numbers:
        check_threshold(code, name, number, "")
    return code, name, numbers


def tune(stacks: list[Stack], config: Config, code: str, name: str, values: list[float]) -> list[Outcome]:
    """For each value, the outcome over every article of every stack (a
    table's grid alone, or one per label of a batch), against the articles
    written with ``config`` as it is."""
    baseline = [sentence_list(article.markdown) for stack in stacks for _, article in write_each(stack, config)]
    outcomes = []
    for value in values:
        tuned = config.with_threshold(code, name, value)
        facts = articles = added = removed = 0
        example_added = example_removed = ""
        written = (pair for stack in stacks for pair in write_each(stack, tuned))
        for (found, article), before in zip(written, baseline, strict=True):
            facts += sum(fact.rule == code for fact in found)
            after = sentence_list(article.markdown)
            plus = list((Counter(after) - Counter(before)).elements())
            minus = list((Counter(before) - Counter(after)).elements())
            articles += bool(plus or minus)
            added, removed = added + len(plus), removed + len(minus)
            example_added = example_added or next((s for s in after if s in plus), "")
            example_removed = example_removed or next((s for s in before if s in minus), "")
        outcomes.append(Outcome(value, facts, articles, added, removed, example_added, example_removed))
    return outcomes


def as_table(code: str, name: str, current: float, outcomes: list[Outcome]) -> str:
    """The outcomes as a plain text table, the current value marked.

    >>> print(as_table("CH01", "min_pp", 2, [Outcome(2, 5, 0, 0, 0, "", "")]))
    CH01.min_pp  facts  articles changed  sentences +  sentences −
    2 (now)          5                 0            0            0
    """
    header = f"{code}.{name}"
    rows = [(f"{value_text(o.value)}{' (now)' if o.value == current else ''}", o) for o in outcomes]
    width = max(len(header), *(len(label) for label, _ in rows))
    lines = [f"{header:<{width}}  facts  articles changed  sentences +  sentences −"]
    for label, o in rows:
        lines.append(f"{label:<{width}}  {o.facts:>5}  {o.articles:>16}  {o.added:>11}  {o.removed:>11}")
    for label, o in rows:
        if o.example_added:
            lines.append(f"{label}: + {o.example_added}")
        if o.example_removed:
            lines.append(f"{label}: − {o.example_removed}")
    return "\n".join(lines)


def value_text(value: float) -> str:
    """A threshold value without a needless ``.0``.

    >>> value_text(2.0), value_text(0.5)
    ('2', '0.5')
    """
    return f"{value:g}"
