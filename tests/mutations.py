"""False versions of the approved articles, one change at a time, for the
mutation suite (tests/test_mutations.py).

A change to the title or the ingress is made in the front matter too, as
a writer who changed the statement would; a change to the front matter
alone is its own kind.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from narrate.batch import label_grids
from narrate.check import language_of
from narrate.cli.checking import pairs_of
from narrate.grid import Grid, grid_of, in_language
from narrate.load import load
from narrate.render import front_matter

ROOT = Path(__file__).resolve().parent.parent

SETS = [(ROOT / "data" / tail, ROOT / "out" / lang / ("" if tail == "batch" else tail))
        for lang in ("", "nn", "en") for tail in ("", "batch", "real")]
"""Each folder of tables and the folder of their approved articles, in nb, nn and en."""

MOST = 4
"""The most false versions of one kind in one part of one article (spread over the part)."""

PROSE = ("title", "ingress", "prose")

SUPERLATIVES = {
    "nb": [("høyest", "lavest"), ("størst", "minst"), ("flest", "færrest")],
    "nn": [("høgast", "lågast"), ("størst", "minst"), ("flest", "færrast")],
    "en": [("highest", "lowest"), ("largest", "smallest")],
}

UNHEDGED = r"(?<!nesten )(?<!drøyt )(?<!drygt )(?<!almost )(?<!just over )"
"""Not a rounded count said with its hedge (``nesten 446 000``), which a
bump of one in its last digit leaves true: its hedge is reversed instead."""

NUMBER = r"(?<![\w,.\u00a0])(?<!uke )(?<!veke )(?<!week )(?<!Q)\d{1,3}(?:\u00a0\d{3})*(?:[,.]\d+)?(?![\w]|[,.]\d|\. kvartal)"
"""A figure: not a quarter's or a week's number, which the period kinds change."""

PERIOD_NUMBER = r"\d+(?=\. kvartal)|(?<=uke )\d+|(?<=veke )\d+|(?<=week )\d+|(?<=Q)\d"
"""The number of a quarter or a week in a period's name."""


@dataclass(frozen=True)
class Approved:
    """An approved article, its table (or its label's grid) and language,
    and the labels of the other articles of its batch."""

    path: Path
    markdown: str
    source: object
    lang: str
    others: tuple[str, ...]

    @property
    def grid(self) -> Grid:
        return in_language(grid_of(self.source), self.lang)


@dataclass(frozen=True)
class Mutant:
    """One false version of an article: the kind of change, the part it is in, and the text."""

    kind: str
    part: str
    markdown: str
    said: str


def approved() -> Iterator[Approved]:
    """Every approved article with its table, in nb, nn and en and in the batch."""
    for data, out in SETS:
        loaded: dict[Path, object] = {}
        for table, article in pairs_of(str(data), str(out)):
            markdown = article.read_text(encoding="utf-8")
            meta = front_matter(markdown)
            source = loaded.setdefault(table, load(table))
            others: tuple[str, ...] = ()
            if "per" in meta:
                grids = label_grids(source, meta["per"])
                source, others = grids[meta["label"]], tuple(label for label in grids if label != meta["label"])
            yield Approved(article, markdown, source, language_of(markdown), others)


def spans(markdown: str) -> dict[str, tuple[int, int]]:
    """Where each part of an article narrate wrote is: ``{part: (start, end)}``."""
    head = markdown.index("\n---\n", 4) + 5
    title = markdown.index("\n# ", head) + 1
    title_end = markdown.index("\n", title)
    ingress_end = markdown.index("\n\n", title_end + 2)
    table = markdown.index("\n## ") + 1
    rows = markdown.index("\n|", table) + 1
    rows_end = markdown.index("\n\n", rows)
    source_end = markdown.find("\n", rows_end + 2)
    source_end = len(markdown) if source_end < 0 else source_end
    return {"front matter": (0, head), "title": (title + 2, title_end), "ingress": (title_end + 2, ingress_end),
            "prose": (ingress_end + 2, table - 1), "table": (table, rows_end), "source line": (rows_end + 2, source_end),
            "notes": (source_end + 1, len(markdown))}


def _field(markdown: str, key: str, old: str, new: str, occurrence: int) -> str:
    """The front matter with the ``occurrence``-th ``old`` of field ``key`` made ``new``."""
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        if line.startswith(f"{key}: "):
            value = json.loads(line[len(key) + 2:])
            starts = [m.start() for m in re.finditer(re.escape(old), value)]
            if occurrence < len(starts):
                at = starts[occurrence]
                value = value[:at] + new + value[at + len(old):]
                lines[index] = f"{key}: {json.dumps(value, ensure_ascii=False)}"
            break
    return "\n".join(lines)


def changed(markdown: str, part: str, pattern: str, change: Callable[[re.Match[str]], str], kind: str,
            avoid: tuple[str, ...] = ()) -> Iterator[Mutant]:
    """Up to ``MOST`` mutants, spread over the part, each changing one
    match of ``pattern`` that is not inside any of the texts ``avoid``
    (the words of a label, whose change names no category at all)."""
    start, end = spans(markdown)[part]
    text = markdown[start:end]
    inside = [range(m.start(), m.end()) for form in avoid for m in re.finditer(re.escape(form), text, re.IGNORECASE)]
    matches = [m for m in re.finditer(pattern, text)
               if change(m) != m.group(0) and not any(m.start() in span for span in inside)]
    step = max(1, len(matches) // MOST)
    for match in matches[::step][:MOST]:
        old, new = match.group(0), change(match)
        where = start + match.start()
        mutated = markdown[:where] + new + markdown[where + len(old):]
        if part in ("title", "ingress"):
            occurrence = sum(1 for m in re.finditer(re.escape(old), text) if m.start() < match.start())
            mutated = _field(mutated, part, old, new, occurrence)
        yield Mutant(kind, part, mutated, old)


def _bump(match: re.Match[str]) -> str:
    text = match.group(0)
    last = int(text[-1])
    return text[:-1] + str(last + 1 if last < 9 else last - 1)


def _words(words: list[str]) -> str:
    return r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])"


def _other_year(grid: Grid, year: str, years: list[str]) -> str | None:
    """The nearest other year of the table in which no part has the value
    it has in ``year``, nor the change into it (so the swap is false
    whichever part a sentence speaks of, and whether of a level or a
    change), or none."""
    if set(grid.periods) != set(years):
        return years[years.index(year) - 1] if years.index(year) else (years[1] if len(years) > 1 else None)
    for other in sorted((y for y in years if y != year), key=lambda y: abs(int(y) - int(year))):
        pairs = [(grid.value(c, year), grid.value(c, other)) for c in grid.categories]
        changes = [(_change_into(grid, c, year, years), _change_into(grid, c, other, years)) for c in grid.categories]
        if all(a != b for a, b in pairs + changes if a is not None and b is not None):
            return other
    return None


def _change_into(grid: Grid, category: str, year: str, years: list[str]) -> float | None:
    """A part's change in percent from the year before into ``year``, to one decimal, or none."""
    index = years.index(year)
    before = grid.value(category, years[index - 1]) if index else None
    after = grid.value(category, year)
    return round((after / before - 1) * 100, 1) if before and after is not None else None


def mutants(article: Approved) -> Iterator[Mutant]:
    """Every false version of the article, of the kinds the suite knows."""
    markdown, grid, lang = article.markdown, article.grid, article.lang
    for part in (*PROSE, "table", "notes"):
        yield from changed(markdown, part, UNHEDGED + NUMBER, _bump, "a number ±1 in its last digit")
    yield from changed(markdown, "front matter", r'(?<=ingress: ")[^"]*', lambda m: re.sub(NUMBER, _bump, m.group(0), count=1),
                       "the front matter alone changed")
    yield from changed(markdown, "source line", r"(?<=: )[^.:]+(?=\.)", lambda m: m.group(0) + "e", "the source or unit changed")
    years = sorted({y for p in grid.periods for y in re.findall(r"\b(?:19|20)\d\d\b", p)})
    for part in PROSE:
        yield from changed(markdown, part, PERIOD_NUMBER, _bump, "a quarter or week replaced by another")
        for high, low in SUPERLATIVES[lang]:
            swap = {high: low, low: high, high.capitalize(): low.capitalize(), low.capitalize(): high.capitalize()}
            yield from changed(markdown, part, _words(list(swap)), lambda m, s=swap: s[m.group(0)], "highest and lowest swapped")
        for year in years:
            other = _other_year(grid, year, years)
            if other:
                yield from changed(markdown, part, rf"(?<![\d,.\u00a0]){year}(?![\d,]|\.\d)", lambda m, o=other: o,
                                   "a year replaced by another of the table")
        if article.others and grid.meta.place:
            own = grid.meta.place[1]
            yield from changed(markdown, part, _words([own]), lambda m, o=article.others[0]: o,
                               "a batch article naming another label")


SWAPS = {
    "nb": [("høyere", "lavere"), ("økte", "gikk ned"), ("økning", "nedgang"), ("millioner", "milliarder"), ("flere enn", "færre enn")],
    "nn": [("høgare", "lågare"), ("auka", "gjekk ned"), ("auke", "nedgang"), ("millionar", "milliardar"), ("fleire enn", "færre enn")],
    "en": [("higher", "lower"), ("increased", "decreased"), ("increase", "decrease"), ("million", "billion"),
           ("Higher", "Lower"), ("more than", "fewer than")],
}
"""Words whose swap makes a true sentence false: a comparison, a direction, a scale."""

KINDS_OF_SWAP = {0: "higher and lower swapped", 1: "a direction flipped", 2: "a direction flipped", 3: "a scale word changed"}


def _forms(grid: Grid) -> dict[str, str]:
    """The words by which the prose may name each part: ``{form: category}``."""
    forms = {}
    for category in grid.parts:
        words = grid.meta.categories.get(category)
        for form in (category, grid.meta.names.get(category), words.name if words else None):
            if form and len(form) > 2:
                forms[form.lower()] = category
    return forms


def category_mutants(article: Approved) -> Iterator[Mutant]:
    """A part named by another part's name, and two parts a sentence names swapped."""
    markdown, grid = article.markdown, article.grid
    forms = _forms(grid)
    if len(set(forms.values())) < 2:
        return
    latest = grid.latest
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?![\w-])"
    for part in PROSE:
        start, end = spans(markdown)[part]
        for sentence in re.finditer(r"[^.]*?(?:\d[.,]\d[^.]*?)*\.", markdown[start:end]):
            text = sentence.group(0)
            named = [m for m in re.finditer(pattern, text, re.IGNORECASE)]
            categories = [forms[m.group(0).lower()] for m in named]
            if len(named) >= 2 and len(set(categories[:2])) == 2 and grid.value(categories[0], latest) != grid.value(categories[1], latest):
                first, second = named[0], named[1]
                between = text[first.end():second.start()]
                listed = re.fullmatch(r"\s*(?:og|and|,)\s*(?:for|i|innen|innan|in)?\s*", between)
                if listed and not re.search(r"henholdsvis|høvesvis|respectively", text):
                    continue  # a list: the same is said of both, so the swap is as true
                swapped = (text[:first.start()] + second.group(0) + text[first.end():second.start()] + first.group(0)
                           + text[second.end():])
                where = start + sentence.start()
                yield Mutant("two parts swapped in a sentence", part, markdown[:where] + swapped + markdown[where + len(text):], text)


def label_words(grid: Grid) -> tuple[str, ...]:
    """Every text by which the prose may name a category, a sidecar's
    clauses and short forms among them."""
    texts = []
    for category in grid.categories:
        words = grid.meta.categories.get(category)
        texts += [category, grid.meta.names.get(category, ""), *((words.name, words.clause, words.short) if words else ())]
    return tuple(sorted({t for t in texts if t}, key=len, reverse=True))


def word_mutants(article: Approved) -> Iterator[Mutant]:
    """A comparison, a direction or a scale word turned the other way
    (never inside a label's own words)."""
    avoid = label_words(article.grid)
    for index, (one, other) in enumerate(SWAPS[article.lang]):
        swap = {one: other, other: one}
        for part in PROSE:
            yield from changed(article.markdown, part, _words([one, other]), lambda m, s=swap: s[m.group(0)],
                               KINDS_OF_SWAP.get(index, "a direction flipped"), avoid)


def respectively_mutants(article: Approved) -> Iterator[Mutant]:
    """The two figures after ``henholdsvis`` (``respectively``) in the other order."""
    for part in PROSE:
        yield from changed(article.markdown, part, rf"(?<=henholdsvis )({NUMBER}) og ({NUMBER})",
                           lambda m: f"{m.group(2)} og {m.group(1)}", "the order of henholdsvis swapped")
        yield from changed(article.markdown, part, rf"({NUMBER}) and ({NUMBER})(?=[^.]*respectively)",
                           lambda m: f"{m.group(2)} and {m.group(1)}", "the order of henholdsvis swapped")


OTHER_BASE = {"nb": "husholdningene", "nn": "hushalda", "en": "households"}
"""A base for a share that no table of the suite counts."""

LITTLE = {
    "nb": (r"(?:økte|gikk ned) med (\d+(?:,\d+)?) (?:prosentpoeng|prosent)", "endret seg lite"),
    "nn": (r"(?:auka|gjekk ned) med (\d+(?:,\d+)?) (?:prosentpoeng|prosent)", "endra seg lite"),
    "en": (r"(?:increased|decreased) by (\d+(?:\.\d+)?) (?:percentage points?|per cent)", "changed little"),
}
"""A change said with its size, and the words that would call it little."""


HEDGES_REVERSED = {"nb": ("nesten", "drøyt"), "nn": ("nesten", "drygt"), "en": ("almost", "just over")}
"""The hedges of a rounded count that was less and one that was more."""

GRADES = {"nb": ("Kraftig", "Svak"), "nn": ("Kraftig", "Svak"), "en": ("Sharp", "Slight")}
"""A headline's words for a strong and a weak change (rule GR01)."""


def fact_word_mutants(article: Approved) -> Iterator[Mutant]:
    """The base of a share made another, a figure made ``inf``, a change
    of more than two points or percent called little, a strong change
    called weak or a weak one strong, and a rounded count that was less
    said to be more (``drøyt`` for ``nesten``) or the other way."""
    markdown, lang = article.markdown, article.lang
    base = r"(?<=prosent av )\w+" if lang != "en" else r"(?<=per cent of the )\w+"
    pattern, little = LITTLE[lang]
    strong, weak = GRADES[lang]
    yield from changed(markdown, "title", rf"\b(?:{strong}|{weak})\b", lambda m: weak if m.group(0) == strong else strong,
                       "a grade swapped")
    less, more = HEDGES_REVERSED[lang]
    for part in PROSE:
        yield from changed(markdown, part, rf"\b(?:{less}|{more})(?= \d)", lambda m: more if m.group(0) == less else less,
                           "a hedge reversed")
    for part in PROSE:
        yield from changed(markdown, part, base, lambda m: OTHER_BASE[lang], "the base of a share changed")
        yield from changed(markdown, part, NUMBER, lambda m: "inf", "a figure written as inf")
        yield from changed(markdown, part, pattern,
                           lambda m: little if float(m.group(1).replace(",", ".")) > 2 else m.group(0), "a large change called little")


def replaced_mutants(article: Approved) -> Iterator[Mutant]:
    """A part a sentence names replaced by another part whose figures all
    differ and that the sentence does not name already: in a sentence with
    a figure, or in a title that says a direction the other part did not go."""
    markdown, grid = article.markdown, article.grid
    forms = _forms(grid)
    for part in PROSE:
        start, end = spans(markdown)[part]
        for sentence in re.finditer(r"[^.]*?(?:\d[.,]\d[^.]*?)*(?:\.|$)", markdown[start:end]):
            text = sentence.group(0)
            if not text.strip():
                continue
            named = {category for form, category in forms.items()
                     if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE)}
            for form, category in sorted(forms.items(), key=lambda pair: -len(pair[0])):
                match = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE)
                if not match:
                    continue
                other = next((c for c in grid.parts if c not in named and _differ(grid, c, category)), None)
                bare = text
                for known in sorted(forms, key=len, reverse=True):
                    bare = re.sub(re.escape(known), "§", bare, flags=re.IGNORECASE)
                figures = re.search(NUMBER, bare) and not re.search(LITTLE_SAID[article.lang], bare, re.IGNORECASE)
                if other is None or not (figures or part == "title" and _went_otherwise(grid, category, other)):
                    continue
                where = start + sentence.start() + match.start()
                yield Mutant("one part replaced by another", part, markdown[:where] + other + markdown[where + len(match.group(0)):],
                             match.group(0))
                break


LITTLE_SAID = {"nb": r"lite|liten|ingen endring|omtrent det samme", "nn": r"lite|lita|inga endring|om lag det same",
               "en": r"little|no change|about the same"}
"""Words that call a change little: a sentence of them stays true for many parts."""


def _differ(grid: Grid, one: str, other: str) -> bool:
    """Whether two parts differ in every figure a sentence may give of
    them: each level, and the last change in the table's unit and in
    percent (to a tenth)."""
    if any(grid.value(one, p) == grid.value(other, p) for p in grid.periods):
        return False
    if grid.previous is None:
        return True
    changes = []
    for part in (one, other):
        before, after = grid.value(part, grid.previous), grid.value(part, grid.latest)
        if before is None or after is None:
            return True
        changes.append((round(after - before, 6), round((after / before - 1) * 100, 1) if before else None))
    return changes[0][0] != changes[1][0] and changes[0][1] != changes[1][1]


def _went_otherwise(grid: Grid, category: str, other: str) -> bool:
    """Whether two parts went opposite ways, each by more than a little, in the last step."""
    if grid.previous is None:
        return False
    moves = []
    for part in (category, other):
        before, after = grid.value(part, grid.previous), grid.value(part, grid.latest)
        if before is None or after is None or not before:
            return False
        moves.append((after - before) / abs(before))
    return moves[0] * moves[1] < 0 and min(abs(move) for move in moves) > 0.02


def held_mutants(article: Approved) -> Iterator[Mutant]:
    """The label a held dimension's figures are of (``under 1 km``) named
    as another label of that dimension (``10-24 km``)."""
    table, grid = article.source, article.grid
    if not hasattr(table, "data"):
        return
    for dim, fixed in grid.meta.fixed.items():
        others = [str(label) for label in table.data[dim].unique() if str(label) != fixed]
        if not others or len(fixed) < 3:
            continue
        for part in PROSE:
            yield from changed(article.markdown, part, rf"(?i)(?<![\w-]){re.escape(fixed)}(?![\w-])", lambda m, o=others[0]: o,
                               "a held label replaced by another of its dimension")


def every_mutant(article: Approved) -> Iterator[Mutant]:
    """Every false version of the article the suite makes."""
    yield from mutants(article)
    yield from category_mutants(article)
    yield from replaced_mutants(article)
    yield from word_mutants(article)
    yield from respectively_mutants(article)
    yield from fact_word_mutants(article)
    yield from held_mutants(article)


HEDGES = {"nb": "omtrent", "nn": "om lag", "en": "about"}


def _rounded(match: re.Match[str], lang: str) -> str:
    """A figure of five digits or more, rounded to its thousands as an
    editor would: ``omtrent 174 000`` for 174 329."""
    text = match.group(0)
    digits = re.sub(r"\D", "", text)
    if "," in text or "." in text and lang != "en" or len(digits) < 5:
        return text
    thousands = round(int(digits), -3)
    written = f"{thousands:,}".replace(",", "," if lang == "en" else "\u00a0")
    return f"{HEDGES[lang]} {written}"


NEAR = {"nb": ("nesten", "drøyt"), "nn": ("nesten", "drygt"), "en": ("almost", "just over")}


def _near(match: re.Match[str], lang: str) -> str:
    """A figure with a decimal said as the whole number next to it:
    ``nesten 70`` for 69,6, ``drøyt 69`` for 69,4."""
    text = match.group(0)
    point = "." if lang == "en" else ","
    if point not in text or "\u00a0" in text or "," in text and lang == "en":
        return text
    value = float(text.replace(",", "."))
    below, above = NEAR[lang]
    whole = int(value)
    if value - whole >= 0.5:
        return f"{below} {whole + 1}"
    return f"{above} {whole}" if value > whole else text


def equivalents(article: Approved) -> Iterator[Mutant]:
    """True rewordings of the article an editor might make: thousands
    written with an ordinary space, a large figure rounded with a hedge, a
    figure with decimals said as the whole number near it."""
    markdown, lang = article.markdown, article.lang
    for part in PROSE:
        yield from changed(markdown, part, r"(?<=\d)\u00a0(?=\d{3})", lambda m: " ", "thousands with an ordinary space")
        yield from changed(markdown, part, NUMBER, lambda m: _rounded(m, lang), "a figure rounded with a hedge")
        yield from changed(markdown, part, r"(?<![−-])" + NUMBER, lambda m: _near(m, lang), "a decimal figure said near a whole number")
    yield from reordered(article)


def reordered(article: Approved) -> Iterator[Mutant]:
    """Two sentences of a paragraph in the other order, where each names
    its own category (so neither leans on the one before it)."""
    markdown, grid = article.markdown, article.grid
    forms = _forms(grid)
    start, end = spans(markdown)["prose"]
    prose = markdown[start:end]
    for paragraph in re.finditer(r"[^\n]+", prose):
        sentences = re.split(r"(?<=\.) (?=[A-ZÆØÅ])", paragraph.group(0))
        for index in range(len(sentences) - 1):
            pair = sentences[index:index + 2]
            if all(any(re.search(rf"(?<![\w-]){re.escape(f)}(?![\w-])", s, re.IGNORECASE) for f in forms) for s in pair):
                swapped = sentences[:index] + pair[::-1] + sentences[index + 2:]
                where = start + paragraph.start()
                yield Mutant("two sentences in the other order", "prose",
                             markdown[:where] + " ".join(swapped) + markdown[where + len(paragraph.group(0)):], pair[0])
                break
