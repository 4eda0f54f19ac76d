"""What a table can support: its cells, the changes between them, shares of
the total, counts above and below it, runs, and the words by which the
prose names its categories.

>>> import pandas as pd
>>> from narrate.load import load
>>> evidence = Evidence.of(load(pd.DataFrame({"kategori": ["A", "A", "B", "B"], "år": ["2015", "2016"] * 2,
...                                          "verdi": [41, 48, 60, 55]}), unit="prosent"))
>>> periods = evidence.periods_in("andelen økte fra 2015 til 2016.")
>>> evidence.cells(["A"], periods), evidence.steps(["A"], periods), [round(r, 1) for r in evidence.relative(["A"], periods)]
([41.0, 48.0], [7.0], [17.1])
>>> evidence.scope("andelen for a økte.")
('andelen for § økte.', ['A'], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from typing import Any, Mapping

from narrate.check.lexicon import BOKMÅL, Lexicon
from narrate.check.reader import is_number
from narrate.check.reading import Reading
from narrate.grid import Grid, grid_of
from narrate.periods import follows, parse_period
from narrate.realise.context import period_name, short_period_name
from narrate.rules.change import year_before
from narrate.table import Table


def whole(text: str) -> re.Pattern[str]:
    """A pattern for ``text`` standing alone: not inside a word or a number.

    >>> bool(whole("0").search("for 0 var")), bool(whole("0").search("0,5")), bool(whole("oslo").search("oslos"))
    (True, False, False)
    """
    return re.compile(rf"(?<![\w,.\u00a0\u2212-]){re.escape(text)}(?!\w|[,.\u00a0]\d)")


@dataclass(frozen=True)
class Where:
    """The categories and periods a sentence speaks of; ``named`` those it
    names itself (the others it speaks of by the sentence before it, or
    by a label made of words the reader reads, and may not)."""

    categories: list[str]
    periods: list[str]
    named: list[str] | None = None


@dataclass(frozen=True)
class Evidence:
    """The grid of a table and the forms its categories take in prose."""

    grid: Grid
    forms: tuple[tuple[str, str], ...]
    masks: tuple[str, ...]
    years: frozenset[int]
    lex: Lexicon = BOKMÅL
    period_forms: tuple[tuple[str, str], ...] = ()
    lex_months: tuple[str, ...] = ()
    subject_words: frozenset[str] = frozenset()

    @cached_property
    def reading(self) -> Reading:
        """The checker's own reading of what each cell is (see :mod:`narrate.check.reading`)."""
        return Reading.of(self.grid)

    @classmethod
    def of(cls, table: Table | Grid, lex: Lexicon = BOKMÅL, phrase_words: Mapping[str, Any] | None = None) -> "Evidence":
        """The evidence a table (or its grid) gives, to a reader of ``lex``'s
        language; with the language's ``phrase_words``, the names its periods
        take in prose (``4. kvartal 2016``, ``oktober 2018``; the latest
        also without its year, as a headline says it: ``i oktober``)."""
        grid = grid_of(table)
        meta = grid.meta
        forms = []
        for category in grid.categories:
            words = meta.categories.get(category)
            said = [category, meta.names.get(category, ""), *(getattr(words, key) for key in ("name", "clause", "short") if words)]
            forms += [(form.strip().lower(), category) for form in said if form and form.strip()]
        forms.sort(key=lambda pair: -len(pair[0]))
        masks = [part.strip().lower() for clause in (meta.clause, meta.clause_short) for part in (clause or "").split("{kategori}")
                 if part.strip()]
        masks += [label.strip().lower() for label in meta.fixed.values() if label.strip()]
        masks += [meta.subject.strip().lower()] if meta.subject and meta.subject.strip() else []
        years = set()
        for label in grid.periods:
            period = parse_period(label)
            if period:
                years |= {period.start[0], period.end[0]}
        named = [(period_name(label, dict(phrase_words)).lower(), label)
                 for label in grid.periods if phrase_words and parse_period(label)]
        latest = parse_period(grid.latest) if phrase_words and grid.periods else None
        if latest and not latest.is_span and not latest.window and latest.unit != "year":
            named.append((short_period_name(latest, dict(phrase_words)).lower(), grid.latest))
        named.sort(key=lambda pair: -len(pair[0]))
        said = phrase_words or {}
        months = tuple(month.lower() for month in said.get("måned", ()))
        subjects = [text for table in ("subjekt", "mål") for text in said.get(table, {}).values() if isinstance(text, str)]
        return cls(grid, tuple(forms), tuple(sorted(set(masks), key=len, reverse=True)), frozenset(years), lex, tuple(named),
                   months, frozenset(word for text in subjects for word in re.findall(r"\w+", text.lower())))

    @cached_property
    def own_text(self) -> str:
        """The table's own texts in lower case, one per line (see :func:`own_text`)."""
        return own_text(self.grid.meta)

    @cached_property
    def own_words(self) -> frozenset[str]:
        """Every word of the table's own texts.

        >>> import pandas as pd
        >>> from narrate.load import load
        >>> sorted(Evidence.of(load(pd.DataFrame({"år": ["2016"], "verdi": [4]}), title="Andel virksomheter")).own_words)[:3]
        ['andel', 'count', 'tabell']
        """
        return frozenset(re.findall(r"\w+", self.own_text))

    @cached_property
    def noun_words(self) -> frozenset[str]:
        """The forms of the table's noun and its subject (see :func:`noun_words`)."""
        return noun_words(self.grid.meta)

    @cached_property
    def is_percent(self) -> bool:
        """Whether the table's values are percentages (shares, rates,
        changes), by the checker's own reading of its cells."""
        return any(self.reading.in_percent(self.grid.cell(c, p)) for c in self.grid.categories for p in self.grid.periods)

    def changes(self, categories: list[str], periods: list[str]) -> list[float]:
        """The values of the cells the checker reads as changes (by their own
        labels: see :mod:`narrate.check.reading`)."""
        return [v for c in categories for p in periods
                if (v := self.grid.value(c, p)) is not None and self.reading.is_change(self.grid.cell(c, p))]

    @property
    def scale(self) -> int:
        """What the values are multiplied by when written in full (thousands)."""
        return self.grid.meta.multiplier if self.grid.meta.measure == "count" else 1

    def scope(self, sentence: str) -> tuple[str, list[str], list[str]]:
        """The categories a lower-case sentence names, those it may name (a
        label made of words the reader reads, such as ``I`` or ``A
        decrease``, a number, or one of the table's own phrases, such as the
        kommune of a batch article that is also a category's label), and the
        sentence with the names and the table's own phrases replaced by
        ``§``."""
        named: list[str] = []
        maybe: list[str] = []
        for form, category in self.forms:
            pattern = whole(form)
            readable = all(word in self.lex.vocabulary for word in form.split())
            if readable or is_number(form, self.lex) or form in self.masks:
                if pattern.search(sentence) and category not in maybe:
                    maybe.append(category)
            elif pattern.search(sentence):
                sentence = pattern.sub("§", sentence)
                if category not in named:
                    named.append(category)
        for mask in self.masks:
            sentence = whole(mask).sub("§", sentence)
        return sentence, named, maybe

    def without(self, sentence: str, categories: list[str]) -> str:
        """The sentence with these categories' names replaced by ``§`` too."""
        for form, category in self.forms:
            if category in categories:
                sentence = whole(form).sub("§", sentence)
        return sentence

    def periods_in(self, sentence: str) -> list[str]:
        """The periods a sentence may speak of: the periods it names by
        their full names (``i 2016``, ``i 4. kvartal 2016``), else the
        latest; and, only when it has a word that points back (``før``,
        ``fra``, ``mot``) or says a change (``økning``, ``liten endring``), the period before those and the same period a
        year before, or, when it names where a comparison starts (``fra
        2016``, ``mot 11 prosent i 2016``), that period instead. A sentence
        that names no period by its full name may speak of any period of a
        year of the table it names.

        >>> import pandas as pd
        >>> from narrate.load import load
        >>> from narrate.realise import load_phrases
        >>> table = load(pd.DataFrame({"år": ["2014", "2015", "2016"], "verdi": [30, 41, 48]}), unit="prosent")
        >>> evidence = Evidence.of(table, phrase_words=load_phrases("nb").words)
        >>> evidence.periods_in("i 2015 var andelen 41 prosent."), evidence.periods_in("andelen økte fra 2014.")
        (['2015'], ['2014', '2016'])
        >>> evidence.periods_in("andelen var 48 prosent, mot 41 prosent året før.")
        ['2015', '2016']
        """
        named, bases = self.named_periods(sentence)
        spoken = " ".join(sentence.replace("_", " ").split())
        looks_back = any(re.search(rf"(?<!\w){re.escape(word.replace('_', ' '))}(?!\w)", spoken)
                         for word in self.lex.earlier | self.lex.up | self.lex.down) or bool(
            re.search(rf"(?<!\w)(?:{self.lex.little})(?!\w)", spoken))
        allowed = set(named or [self.grid.latest]) | set(bases)
        if looks_back and not bases:
            for label in list(allowed):
                index = self.grid.periods.index(label)
                allowed |= {self.grid.periods[index - 1]} if index else set()
                earlier = year_before(self.grid.periods[:index + 1])
                if earlier is not None and (named or any(words in sentence for words in self.lex.year_before)):
                    allowed.add(self.grid.periods[earlier])
        if not named:
            years = {int(year) for year in re.findall(r"(?<![\d,\u00a0])(\d{4})(?![\d,])", sentence)} & self.years
            for label in self.grid.periods:
                period = parse_period(label)
                if period and years & {period.start[0], period.end[0]}:
                    allowed.add(label)
        return [p for p in self.grid.periods if p in allowed]

    @cached_property
    def period_shapes(self) -> tuple[re.Pattern[str], ...]:
        """Patterns for periods written the way the table's periods are
        (``4. kvartal 2016``: any quarter of any year), so that a period
        the table does not have can be told; a bare year is no shape."""
        months = "|".join(re.escape(month) for month in self.lex_months)
        shapes = []
        for form, _ in self.period_forms:
            if not re.search(r"[^\W\d]", form):
                continue
            shape = re.sub(r"\\?\d+", r"\\d+", re.escape(form))
            if months:
                shape = re.sub(months, f"(?:{months})", shape)
            shapes.append(shape)
        return tuple(re.compile(rf"(?<![\w]){shape}(?!\w)") for shape in dict.fromkeys(shapes))

    def unknown_periods(self, sentence: str) -> list[str]:
        """The periods a lower-case sentence names that the table does not
        have (``5. kvartal 2016``, ``fra 4. kvartal til 4. kvartal 2016``).

        >>> import pandas as pd
        >>> from narrate.load import load
        >>> from narrate.realise import load_phrases
        >>> table = load(pd.DataFrame({"kvartal": ["2016K3", "2016K4"], "verdi": [30, 41]}))
        >>> Evidence.of(table, phrase_words=load_phrases("nb").words).unknown_periods("i 5. kvartal 2016 var det 41.")
        ['5. kvartal 2016']
        """
        known = {form for form, _ in self.period_forms}
        found = []
        for shape in sorted(self.period_shapes, key=lambda pattern: -len(pattern.pattern)):
            for match in shape.finditer(sentence):
                if match.group(0) not in known:
                    found.append(match.group(0))
            sentence = shape.sub("§", sentence)
        return found

    def named_periods(self, sentence: str) -> tuple[list[str], list[str]]:
        """The periods of the table a lower-case sentence names by their
        full names, in the table's order: those its figures are of, and
        those it names as where a comparison starts (after ``fra``,
        ``mot`` or ``enn`` in the same clause)."""
        starts = {self.lex.from_word, self.lex.than, *(word.replace("_", " ") for word in self.lex.against)}
        marks = re.compile("|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in sorted(starts | {self.lex.to_word}, key=len, reverse=True)))
        found: dict[str, bool] = {}
        for form, label in self.period_forms:
            pattern = whole(form)
            for match in pattern.finditer(sentence):
                clause = re.split(r"[,;:]", sentence[:match.start()])[-1]
                last = [mark.group(0) for mark in marks.finditer(clause)][-1:]
                base = bool(last) and last[0] != self.lex.to_word
                found[label] = found.get(label, True) and base
            sentence = pattern.sub("§", sentence)
        return ([p for p in self.grid.periods if p in found and not found[p]],
                [p for p in self.grid.periods if found.get(p)])

    def series(self, categories: list[str], periods: list[str]) -> list[list[float]]:
        """Each category's values in these periods, oldest first, leaving out missing cells."""
        return [[v for p in periods if (v := self.grid.value(c, p)) is not None] for c in categories]

    def cells(self, categories: list[str], periods: list[str]) -> list[float]:
        """Every value of these categories, and in full where the table counts in thousands."""
        values = [v for row in self.series(categories, periods) for v in row]
        return values + [v * self.scale for v in values] if self.scale != 1 else values

    def pairs(self, categories: list[str], periods: list[str]) -> list[tuple[float, float]]:
        """Every earlier and later value of one category."""
        found = []
        for row in self.series(categories, periods):
            found += list(combinations(row, 2))
            if self.scale != 1:
                found += [(a * self.scale, b * self.scale) for a, b in combinations(row, 2)]
        return found

    def steps(self, categories: list[str], periods: list[str]) -> list[float]:
        """Every change from an earlier to a later value of one category."""
        return [b - a for a, b in self.pairs(categories, periods)]

    def relative(self, categories: list[str], periods: list[str]) -> list[float]:
        """Every change in percent from an earlier to a later value of one category."""
        return [(b / a - 1) * 100 for a, b in self.pairs(categories, periods) if a > 0]

    def part_shares(self, categories: list[str], periods: list[str]) -> list[float]:
        """Each part's share of the total in percent, in these periods."""
        total = self.grid.total
        if not total:
            return []
        shares = []
        for period in periods:
            whole = self.grid.value(total, period)
            for part in categories:
                value = self.grid.value(part, period)
                if whole and value is not None and part != total:
                    shares.append(100 * value / whole)
        return shares

    def above_below(self) -> tuple[int, int, int]:
        """How many parts lie above and below the total in the latest period,
        and how many parts have a value then."""
        total = self.grid.value(self.grid.total, self.grid.latest) if self.grid.total else None
        values = [v for part in self.grid.parts if (v := self.grid.value(part, self.grid.latest)) is not None]
        if total is None:
            return 0, 0, len(values)
        return sum(v > total for v in values), sum(v < total for v in values), len(values)

    def moves(self) -> tuple[int, int, int]:
        """How many parts went up and how many down in the last step, and
        how many parts have both values.

        >>> import pandas as pd
        >>> from narrate.load import load
        >>> evidence = Evidence.of(load(pd.DataFrame({"kategori": list("AABBCC"), "år": ["2015", "2016"] * 3,
        ...                                          "verdi": [1, 2, 3, 4, 5, 4]})))
        >>> evidence.moves(), evidence.runs(["A"])
        ((2, 1, 3), [(1, 1)])
        """
        previous, latest = self.grid.previous, self.grid.latest
        pairs = [(self.grid.value(part, previous), self.grid.value(part, latest)) for part in self.grid.parts] if previous else []
        pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
        return sum(b > a for a, b in pairs), sum(b < a for a, b in pairs), len(pairs)

    def runs(self, categories: list[str]) -> list[tuple[int, int]]:
        """Each category's run up to the latest period: how many steps in a row,
        between periods that follow each other, went the same way, and which
        way (+1 up, −1 down)."""
        found = []
        periods = self.grid.periods
        for category in categories:
            signs = []
            for earlier, later in zip(periods, periods[1:]):
                a, b = self.grid.value(category, earlier), self.grid.value(category, later)
                first, second = parse_period(earlier), parse_period(later)
                if a is None or b is None or not (first and second and follows(first, second)):
                    signs = []
                    continue
                signs.append((b > a) - (b < a))
            if not signs or signs[-1] == 0:
                continue
            length = 1
            while length < len(signs) and signs[-1 - length] == signs[-1]:
                length += 1
            found.append((length, signs[-1]))
        return found

    def latest_directions(self, categories: list[str], of_prices: bool = False) -> set[int]:
        """The ways these categories went in the last step; for a table of
        changes spoken of as prices (``prisene steg``), the signs of their
        latest values instead."""
        directions = set()
        previous, latest = self.grid.previous, self.grid.latest
        for category in categories:
            after = self.grid.value(category, latest)
            before = self.grid.value(category, previous) if previous else None
            if after is not None and of_prices and self.reading.is_change(self.grid.cell(category, latest)):
                directions.add((after > 0) - (after < 0))
            elif after is not None and before is not None:
                directions.add((after > before) - (after < before))
        return directions


def noun_words(meta: Any) -> frozenset[str]:
    """The forms of the noun for what the table counts, and its subject,
    in every language (``virksomheter``, ``andelen``)."""
    found = set()
    for words in (meta, *meta.languages.values()):
        noun = words.noun if hasattr(words, "noun") else words.get("noun")
        subject = words.subject if hasattr(words, "subject") else words.get("subject")
        forms = [noun.singular, noun.plural, noun.definite_plural] if hasattr(noun, "plural") else []
        found |= {word for text in [*forms, subject or ""] for word in re.findall(r"\w+", text.lower())}
    return frozenset(found)


def own_text(meta: Any) -> str:
    """The table's own texts in lower case, one per line: its title,
    subject, unit, labels and the words a sidecar gives for them, in every
    language.

    >>> from narrate.table import Meta
    >>> own_text(Meta("t", "Høyeste fullførte utdanning", "prosent", "share", ("år",))).splitlines()[:2]
    ['t', 'høyeste fullførte utdanning']
    """
    texts: list[str] = []

    def gather(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value.lower())
        elif isinstance(value, dict):
            for key, item in value.items():
                gather(key)
                gather(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                gather(item)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                gather(getattr(value, name))

    gather(meta)
    return "\n".join(texts)
