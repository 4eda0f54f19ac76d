"""Check an article against its table: every number in the prose must be a
cell, a difference of two cells, a relative change or a share of the total,
at the precision written, in the unit written and in the direction said.

The check reads the text (see :mod:`narrate.check.reader`); it does not use
the writer's records.

>>> import pandas as pd
>>> from narrate.load import load
>>> table = load(pd.DataFrame({"år": ["2015", "2016"], "verdi": [41, 48]}), unit="prosent")
>>> check("# T\\n\\nI 2016 var andelen 48 prosent. Det er en økning på 7 prosentpoeng.\\n", table).problems
()
>>> [p.why for p in check("# T\\n\\nI 2016 var andelen 48 prosent. Det er en nedgang på 7 prosentpoeng.\\n", table).problems]
['says a decrease, but the figures went up']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

from narrate.check.labels import coded_labels, unsaid_slices
from narrate.check.lexicon import LEXICONS, Lexicon
from narrate.check.page import front_matter_problems, heading_and_ingress, read_paragraphs, section_sizes, table_problems
from narrate.check.places import held_elsewhere, masked_held, strangers
from narrate.check.ranks import also_problem, concession_problem, consequence_problem, exception_problem, named_in_order, only_problem, rank_problem, unranked_superlative
from narrate.check.reader import Claim, Movement, direction_at, read_sentence, sentences, tokens
from narrate.check.support import Evidence, Where, whole
from narrate.check.words import range_claims, unproven_words, verify_grade, verify_little, verify_range
from narrate.grid import Grid, grid_of, in_language
from narrate.realise import load_phrases
from narrate.render import front_matter
from narrate.table import Table

__all__ = ["Problem", "Report", "check", "prose_of"]

_LANG = re.compile(r"^lang: *(\w+)\s*$", re.MULTILINE)


PARTS = ("front matter", "title", "ingress", "prose", "table", "source line", "notes")
"""The parts of an article a reader reads, in the order they come."""


@dataclass(frozen=True)
class Problem:
    """Something the article says that the table does not support: a
    number, a direction, a field or a line of the table under the prose."""

    sentence: str
    written: str
    why: str
    part: str = "prose"

    def line(self, path: str) -> str:
        """The problem as one line naming the article and the part.

        >>> Problem("Det er en økning på 7 prosent.", "7 prosent", "no cell gives it").line("out/a.md")
        "out/a.md: prose: '7 prosent' in «Det er en økning på 7 prosent.»: no cell gives it"
        """
        return f"{path}: {self.part}: {self.written!r} in «{self.sentence}»: {self.why}"


@dataclass(frozen=True)
class Report:
    """How many numbers the prose states, how many lines and fields beside
    it were proven, and what fails."""

    numbers: int
    problems: tuple[Problem, ...]
    proven: tuple[tuple[str, int], ...] = ()

    def summary(self) -> str:
        """What was proven, per part.

        >>> Report(3, (), (("title", 1), ("prose", 2), ("table", 9))).summary()
        '3 numbers (title 1, prose 2) and 9 lines of the table, source and notes'
        """
        counts = dict(self.proven)
        prose = ", ".join(f"{part} {counts[part]}" for part in ("title", "ingress", "prose") if counts.get(part))
        beside = sum(counts.get(part, 0) for part in ("table", "source line", "notes"))
        fields = counts.get("front matter", 0)
        said = f"{self.numbers} numbers" + (f" ({prose})" if prose else "")
        said += f", {fields} front matter fields" if fields else ""
        return said + (f" and {beside} lines of the table, source and notes" if beside else "")


def language_of(markdown: str) -> str:
    """The language an article's front matter gives, ``nb`` when it gives none.

    >>> language_of("---\\ntitle: x\\nlang: nn\\n---\\n"), language_of("# Tittel")
    ('nn', 'nb')
    """
    found = _LANG.search(markdown.split("\n---\n", 1)[0]) if markdown.startswith("---\n") else None
    return found.group(1) if found else "nb"


def prose_of(markdown: str) -> str:
    """The title, ingress and paragraphs of an article's Markdown as a
    reader reads them: no front matter, no comments, no table, the
    escapes of labels undone (``\\*``, ``&amp;``).

    >>> prose_of("---\\ntitle: x\\n---\\n\\n# Tittel\\n\\nTekst. <!-- LV01 -->\\n\\n## Tabell: t\\n")
    'Tittel.\\n\\nTekst.'
    """
    return "\n\n".join(text[2:].rstrip(".") + "." if text.startswith("# ") else text for text in read_paragraphs(markdown))


def check(markdown: str, table: Table | Grid, phrases: Path | None = None, others: Sequence[str] = ()) -> Report:
    """Every number of the article's prose, checked against the table.

    The title and the ingress's first sentence must name the held labels
    the figures are of, and no label is said with its code (see
    :mod:`narrate.check.labels`). A sentence that names no category speaks
    of the one the sentence before it in the paragraph named; where nothing is named, of the total (or of
    any category, when the table has no total). A label that is also a word
    the reader reads (``Ned``) is read both ways, and the better reading
    counts. The front matter, the table under the prose, its source line
    and its notes are proven too (see :mod:`narrate.check.page`), in the
    words of the language's phrase set (narrate's own, or the one in
    ``phrases``). An article of a ``--per`` batch speaks of its own label
    only: a sentence that names one of the ``others`` (the labels of the
    batch's other articles) fails.
    """
    lang = language_of(markdown)
    words = load_phrases(lang, phrases).words
    evidence = Evidence.of(in_language(grid_of(table), lang), LEXICONS.get(lang, LEXICONS["nb"]), words)
    grid = evidence.grid
    unnamed = [grid.total] if grid.total else grid.categories
    problems: list[Problem] = []
    numbers = 0
    scope = unnamed
    split = _split(prose_of(markdown), grid, evidence.lex)
    opening = [sentence for sentence in split if sentence][:2]
    for sentence, written, why in unsaid_slices(grid, opening) + coded_labels(grid, [s for s in split if s]):
        problems.append(Problem(sentence, written, why))
    said = words["tabell"]
    beside = front_matter_problems(markdown, grid) + table_problems(markdown, grid, lang, said)
    problems += [Problem(line, written, why, part) for part, line, written, why in beside]
    proven = Counter({"front matter": len(front_matter(markdown)), **section_sizes(markdown, said)})
    paragraph = 0 if heading_and_ingress(markdown)[0] else 1
    outsiders = [(label, whole(label)) for label in strangers(others, evidence)]
    held = held_elsewhere(table, evidence)
    for sentence in split:
        if not sentence:
            scope = unnamed
            paragraph += 1
            continue
        part = PARTS[1 + min(paragraph, 2)]
        for label, pattern in outsiders:
            if pattern.search(sentence):
                problems.append(Problem(sentence, label, f"names {label}, but the article is about {grid.meta.place[1]}", part))
        without_held = masked_held(sentence.lower(), evidence) if held else ""
        for label, dim, pattern in held:
            if pattern.search(without_held):
                problems.append(Problem(sentence, label, f"names {label}, but the figures are of {dim} {grid.meta.fixed[dim]}", part))
        for unknown in evidence.unknown_periods(sentence.lower()):
            problems.append(Problem(sentence, unknown, "a period the table has no figures for", part))
        masked, named, maybe = evidence.scope(sentence.lower())
        scope = named or list(dict.fromkeys(scope + maybe))
        where = Where(list(dict.fromkeys(scope + maybe)), evidence.periods_in(masked), named)
        readings = [masked, evidence.without(masked, maybe)] if maybe else [masked]
        found, wrong = min((_read(sentence, reading, evidence, where, part == "title") for reading in readings),
                           key=lambda r: len(r[1]))
        numbers += found
        proven[part] += found
        problems += [replace(problem, part=part) for problem in wrong]
    problems.sort(key=lambda problem: PARTS.index(problem.part))
    return Report(numbers, tuple(problems), tuple((part, proven[part]) for part in PARTS if proven[part] > 0))


def _split(prose: str, grid: Grid, lex: Lexicon) -> list[str]:
    """The sentences of the prose, not split inside a label that holds a
    full stop or a question mark (``St. Hanshaugen``); a sentence that sets
    two things against each other (``…, mens …``) is read as two, so each
    clause is proven for the category it names.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> grid = Grid.of(load(pd.DataFrame({"region": ["Oslo", "Agder"], "år": ["2023"] * 2, "verdi": [1, 2]})))
    >>> _split("I Oslo økte den, mens den falt i Agder. Ny.", grid, LEXICONS["nb"])
    ['I Oslo økte den,', 'mens den falt i Agder.', 'Ny.']
    """
    kept = {f"\u27e6{index}\u27e7": label for index, label in enumerate(grid.categories) if re.search(r"[.!?]", label)}
    for key, label in kept.items():
        prose = prose.replace(label, key)
    found = [clause for sentence in sentences(prose) for clause in re.split(rf"(?<=,) (?={lex.contrast} )", sentence)]
    for key, label in kept.items():
        found = [sentence.replace(key, label) for sentence in found]
    return found


def _read(sentence: str, masked: str, evidence: Evidence, where: Where, title: bool = False) -> tuple[int, list[Problem]]:
    """How many numbers one reading of a sentence states, and its problems;
    a sentence that names an exception (``med unntak av Tromsø``) has its
    direction proven for every part by :func:`exception_problem`, and the
    two bounds of a range (``med mellom 10,2 og 35,5 prosent``) are proven
    together, as the smallest and the largest change of the parts, by
    :func:`verify_range`."""
    claims = [_in_table_units(claim, evidence) for claim in read_sentence(masked, set(evidence.years), evidence.lex)]
    problems = []
    ranged = range_claims(masked, claims, evidence)
    for claim in claims:
        if any(claim is bound for bound in ranged):
            continue
        why = _verify_movement(claim, evidence, where) if isinstance(claim, Movement) else _verify(claim, evidence, where)
        if why:
            problems.append(Problem(sentence, claim.written, why))
    excepting = re.search(rf"(?<!\w)(?:{evidence.lex.exception})(?!\w)", sentence.lower())
    if not claims and not excepting:
        why = _verify_direction(masked, evidence, where.categories, title)
        if why:
            problems.append(Problem(sentence, sentence, why))
    for why in (rank_problem(sentence.lower(), evidence, where.periods, claims), verify_little(masked, evidence, where),
                verify_grade(masked, evidence, where), only_problem(sentence.lower(), evidence, where.periods),
                exception_problem(sentence.lower(), evidence, where.periods), also_problem(sentence.lower(), evidence, where.periods),
                concession_problem(sentence.lower(), evidence, where.periods), consequence_problem(sentence.lower(), evidence.lex)):
        if why:
            problems.append(Problem(sentence, sentence, why))
    why = verify_range(masked, evidence, ranged)
    if why:
        problems.append(Problem(sentence, sentence, why))
    respectively = _verify_respectively(sentence, claims, evidence, where)
    if respectively:
        problems.append(Problem(sentence, respectively, "the figures are not in the order of the categories henholdsvis names"))
    unranked = unranked_superlative(sentence.lower(), evidence)
    if unranked:
        problems.append(Problem(sentence, unranked, "a superlative that ranks nothing the table shows"))
    for written, why in unproven_words(masked, evidence):
        problems.append(Problem(sentence, written, why))
    return sum(isinstance(claim, Claim) for claim in claims), problems


def _in_table_units(claim: Claim | Movement, evidence: Evidence) -> Claim | Movement:
    """A claim with a scale word (``millioner``) as a number in the
    table's own unit (a table in millions of kroner: the same number; one
    in kroner: a million times it), so ``milliarder`` for millions fails.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> evidence = Evidence.of(load(pd.DataFrame({"år": ["2015"], "verdi": [760112]}), unit="millioner kroner"))
    >>> claim = Claim("760 112", 760112, 760112, False, "", "level", scale=1e9)
    >>> _in_table_units(claim, evidence).low
    760112000.0
    """
    if isinstance(claim, Movement):
        return replace(claim, before=_in_table_units(claim.before, evidence), after=_in_table_units(claim.after, evidence))
    if claim.scale == 1 or claim.unit:
        return claim
    factor = claim.scale / evidence.grid.meta.multiplier
    return replace(claim, low=claim.low * factor, high=claim.high * factor, scale=1.0)


def _fits(claim: Claim, value: float, directed: bool = False) -> bool:
    """Whether a value from the table is what the claim says. A change said
    with a direction word compares the value times that direction."""
    if directed and claim.direction and not claim.negative:
        value = value * claim.direction
    elif claim.negative:
        value = -value
    return claim.low - 1e-9 <= value <= claim.high + 1e-9


def _verify(claim: Claim, evidence: Evidence, where: Where) -> str:
    """Why the table does not support a claim, or empty when it does."""
    if claim.role == "count" and not claim.compare:
        up, down, parts = evidence.moves()
        expected = up if claim.direction > 0 else down
        if claim.of != parts or claim.low != expected:
            return f"{expected} of {parts} parts went {'up' if claim.direction > 0 else 'down'}"
        return ""
    if claim.role == "count":
        above, below, parts = evidence.above_below()
        expected = above if claim.compare > 0 else below
        if claim.of != parts or claim.low != expected:
            side = "above" if claim.compare > 0 else "below"
            return f"{expected} of {parts} parts lie {side} the total"
        return ""
    if claim.role == "run":
        runs = evidence.runs(where.categories)
        if any(length == claim.low and (direction == claim.direction or not claim.direction) for length, direction in runs):
            return ""
        return f"no run of {int(claim.low)} periods in a row; runs: {sorted(length for length, _ in runs) or 'none'}"
    candidates = _candidates_for(claim, evidence, where)
    directed = claim.role == "change"
    if isinstance(candidates, str):
        return candidates
    if any(_fits(claim, value, directed) for value in candidates):
        return ""
    return _diagnose(claim, evidence, where)


def _candidates_for(claim: Claim, evidence: Evidence, where: Where) -> list[float] | str:
    """The values from the table a claim may stand for, by its role and
    unit, or why it can stand for none."""
    scope, periods = where.categories, where.periods
    if claim.unit == "prosentpoeng":
        if not evidence.is_percent:
            return "a change in percentage points, but the table is not in percent"
        steps = evidence.steps(scope, periods)
        return steps if claim.role == "change" else steps + [-s for s in steps]
    if claim.unit == "prosent" and claim.role == "change":
        changes = evidence.changes(scope, periods)
        return evidence.relative(scope, periods) + changes
    if claim.unit == "prosent":
        return (evidence.cells(scope, periods) if evidence.is_percent else []) + evidence.part_shares(scope, periods)
    if claim.role == "change":
        return evidence.steps(scope, periods)
    return evidence.cells(scope, periods)


def _diagnose(claim: Claim, evidence: Evidence, where: Where) -> str:
    """Say what is wrong with a claim no value supports: its direction, its
    unit, or the number itself."""
    if claim.role == "change" and claim.direction:
        flipped = Claim(claim.written, claim.low, claim.high, claim.negative, claim.unit, claim.role, -claim.direction)
        if not isinstance(values := _candidates_for(flipped, evidence, where), str) and any(_fits(flipped, v, True) for v in values):
            said, went = ("an increase", "down") if claim.direction > 0 else ("a decrease", "up")
            return f"says {said}, but the figures went {went}"
    if claim.unit == "prosent" and evidence.is_percent:
        if any(_fits(claim, abs(step)) for step in evidence.steps(where.categories, where.periods)):
            return "a change in percentage points, written as prosent"
    if claim.unit == "prosentpoeng" and any(_fits(claim, abs(r)) for r in evidence.relative(where.categories, where.periods)):
        return "a change in percent, written as prosentpoeng"
    scope = where.categories
    named = ", ".join(scope) if len(scope) <= 3 else f"{len(scope)} categories"
    return f"no cell, difference, relative change or share of {named or 'the table'} gives it"


def _verify_movement(movement: Movement, evidence: Evidence, where: Where) -> str:
    """Why two numbers set against each other are not an earlier and a
    later value of one category going the way the text says, or empty."""
    if movement.direction is None:
        return "says both that the figures went up and that they went down"
    before, after = movement.before, movement.after
    pairs = evidence.pairs(where.categories, where.periods)
    found = [(a, b) for a, b in pairs if _fits(before, a) and _fits(after, b)]
    if not found:
        if any(_fits(before, b) and _fits(after, a) for a, b in pairs):
            return "the two values are the other way round in time"
        return ""  # each number is checked on its own
    if movement.direction and not any((b > a) - (b < a) == movement.direction for a, b in found):
        said, went = ("an increase", "down") if movement.direction > 0 else ("a decrease", "up")
        return f"says {said}, but the figures went {went}"
    return ""


def _verify_respectively(sentence: str, claims: list[Claim | Movement], evidence: Evidence, where: Where) -> str:
    """For a sentence with ``henholdsvis`` (``respectively``) that names as
    many categories as it gives figures: the figures written, when they do
    not each fit the category named in the same place; else empty.

    >>> import pandas as pd
    >>> from narrate.load import load
    >>> evidence = Evidence.of(load(pd.DataFrame({"fylke": ["Oslo", "Oslo", "Agder", "Agder"], "år": ["2022", "2023"] * 2,
    ...                                          "verdi": [10, 14, 20, 23]})))
    >>> sentence = "I Oslo og Agder økte antallet med henholdsvis 3 og 4."
    >>> claims = read_sentence("i § og § økte antallet med henholdsvis 3 og 4.", set(), evidence.lex)
    >>> _verify_respectively(sentence, claims, evidence, Where(["Oslo", "Agder"], ["2022", "2023"]))
    '3 og 4'
    """
    if evidence.lex.respectively not in sentence.lower():
        return ""
    named = [category for category in named_in_order(sentence.lower(), evidence) if category in where.categories]
    figures = [claim for claim in claims if isinstance(claim, Claim) and claim.role in ("level", "change")]
    if len(named) < 2 or len(named) != len(figures):
        return ""
    for category, claim in zip(named, figures, strict=True):
        if _verify(claim, evidence, Where([category], where.periods)):
            return f" {'og' if evidence.lex.respectively != 'respectively' else 'and'} ".join(c.written for c in figures)
    return ""


def _verify_direction(masked: str, evidence: Evidence, scope: list[str], title: bool = False) -> str:
    """For a sentence with no numbers: why the way it says the figures went
    is wrong for the categories it speaks of, or empty."""
    lex = evidence.lex
    words = [t.text.lower() for t in tokens(masked, lex)]
    said = {direction_at(words, index, lex) for index in range(len(words))} - {0}
    if title and words and words[0] in lex.higher | lex.lower:
        said.add(1 if words[0] in lex.higher else -1)
    if len(said) != 1 or not scope:
        return ""
    direction = said.pop()
    went = evidence.latest_directions(scope, of_prices=bool(lex.price_verbs & set(words)))
    if not went or direction in went:
        return ""
    return f"says the figures went {'up' if direction > 0 else 'down'}, but they went {'down' if direction > 0 else 'up'}"
