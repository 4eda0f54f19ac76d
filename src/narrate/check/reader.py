"""Read an article's prose as a reader does: its sentences, and in each the
numbers it states, in figures or in words, with their unit, hedge and role.

The reader knows Norwegian, not the writer: it parses the text alone.

>>> [(c.written, c.unit, c.role, c.direction) for c in read_sentence("Andelen økte med 7 prosentpoeng.", set())]
[('7 prosentpoeng', 'prosentpoeng', 'change', 1)]
>>> [(c.written, c.low, c.high) for c in read_sentence("Nesten 70 prosent av dem svarte ja.", set())]
[('nesten 70 prosent', 67.0, 69.99)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBER = r"[−-]?\d{1,3}(?:[\u00a0\u202f]\d{3})+(?:,\d+)?|[−-]?\d+(?:,\d+)?"
TOKEN = re.compile(rf"(?P<num>(?<![\w,]){NUMBER}(?![\w]))|(?P<word>[\wæøåÆØÅ§-]+)|(?P<punct>[^\s\w])", re.UNICODE)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ0-9−§])")

UP = {"økning", "økningen", "økte", "økt", "steg", "stiger", "vekst", "veksten", "oppgang", "oppgangen", "flere", "opp", "mer"}
DOWN = {"nedgang", "nedgangen", "falt", "faller", "sank", "reduksjon", "reduksjonen", "redusert", "ned", "færre", "fall", "mindre"}
PRICE_VERBS = {"steg", "stiger", "falt", "faller", "sank"}
LEVEL_ANCHORS = {"fra", "til", "mot", "var", "er", "på", "med", "hadde", "har", "sto", "for", "ble", "av", "utgjorde", "enn"}
CLAUSE_BREAKS = {",", ";", ":", "(", ")", "–"}
LIST_WORDS = {"og", "henholdsvis", ","}

CARDINALS = {"én": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7, "syv": 7, "åtte": 8,
             "ni": 9, "ti": 10, "elleve": 11, "tolv": 12}
ORDINALS = {"andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7, "syvende": 7, "åttende": 8,
            "niende": 9, "tiende": 10, "ellevte": 11, "tolvte": 12}
FRACTIONS = {
    "halvparten": 50.0, "en tredjedel": 100 / 3, "to tredjedeler": 200 / 3, "en firedel": 25.0, "en fjerdedel": 25.0,
    "tre firedeler": 75.0, "tre fjerdedeler": 75.0, "hver tredje": 100 / 3, "hver fjerde": 25.0, "hver femte": 20.0,
    "hver tiende": 10.0,
}
HEDGES = {"nesten": "below", "knapt": "below", "snaut": "below", "i underkant av": "below",
          "drøyt": "above", "vel": "above", "i overkant av": "above",
          "omtrent": "about", "om lag": "about", "rundt": "about", "cirka": "about", "ca.": "about",
          "over": "over", "mer enn": "over", "under": "under", "mindre enn": "under"}
PERIOD_WORDS = {"år", "kvartal", "måned", "uke"}
VOCABULARY = frozenset(
    UP | DOWN | LEVEL_ANCHORS | PERIOD_WORDS | set(CARDINALS) | set(ORDINALS) | LIST_WORDS
    | {word for phrase in [*FRACTIONS, *HEDGES] for word in phrase.split()}
    | {"prosent", "prosentpoeng", "høyere", "lavere", "rad", "i", "før", "det", "den", "de", "en", "et", "ei", "som", "at", "om", "der"}
)
"""The words the reader reads meaning from: a category label that is one of
them is not taken out of the sentence."""


@dataclass(frozen=True)
class Claim:
    """A number the text states.

    ``low`` and ``high`` bound what it may stand for (as written, before any
    sign); ``negative`` when written with a minus. ``unit`` is ``prosent``,
    ``prosentpoeng`` or empty; ``role`` is ``level`` (a value), ``change`` (a
    change, with its ``direction``), ``count`` (so many of so many
    categories, ``of`` them, ``compare`` higher or lower) or ``run`` (so
    many periods in a row, in ``direction``).
    """

    written: str
    low: float
    high: float
    negative: bool
    unit: str
    role: str
    direction: int = 0
    of: int = 0
    compare: int = 0


@dataclass(frozen=True)
class Movement:
    """Two numbers the text sets against each other, from ``before`` to
    ``after`` (``fra 38 til 33``, ``48 ..., mot 41``), with the direction
    it says: 0 for none, ``None`` when its words say both."""

    written: str
    before: Claim
    after: Claim
    direction: int | None


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def sentences(prose: str) -> list[str]:
    """The sentences of prose, paragraphs kept apart by an empty string.

    >>> sentences("I 4. kvartal 2016 var det 5. Det er mye.\\n\\nNy.")
    ['I 4. kvartal 2016 var det 5.', 'Det er mye.', '', 'Ny.']
    """
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", prose.strip()):
        if found:
            found.append("")
        found += [s.strip() for s in SENTENCE_END.split(re.sub(r"[ \t\r\n]+", " ", paragraph).strip()) if s.strip()]
    return found


def tokens(text: str) -> list[Token]:
    """Numbers, words and punctuation, in order."""
    return [Token(m.lastgroup or "", m.group()) for m in TOKEN.finditer(text)]


def number_value(text: str) -> tuple[float, int]:
    """A number as written, and its decimals.

    >>> number_value("−1\\u00a0234,5")
    (-1234.5, 1)
    """
    whole, _, decimals = text.replace("\u00a0", "").replace("\u202f", "").replace("−", "-").partition(",")
    return float(f"{whole}.{decimals}" if decimals else whole), len(decimals)


def interval(value: float, decimals: int, hedge: str) -> tuple[float, float]:
    """What a number at this precision, with this hedge, may stand for.

    ``nesten 70`` is 67 up to just under 70; ``drøyt 70`` just over 70 up to
    73; ``omtrent 70`` 67 to 73; a bare 70 rounds from 69,5 to 70,5.

    >>> [round(bound, 2) for bound in interval(70, 0, "below") + interval(2.5, 1, "")]
    [67.0, 69.99, 2.45, 2.55]
    """
    half = 0.5 * 10**-decimals
    margin = float(max(1, round(0.04 * abs(value))))
    step = 10**-max(decimals, 2)
    if hedge == "below":
        return value - margin, value - step
    if hedge == "above":
        return value + step, value + margin
    if hedge == "about":
        return value - margin, value + margin
    if hedge == "over":
        return value + step, float("inf")
    if hedge == "under":
        return float("-inf"), value - step
    return value - half, value + half


def _hedge_before(words: list[str], index: int) -> tuple[str, str]:
    """The hedge right before position ``index``: its kind and its words."""
    for phrase, kind in sorted(HEDGES.items(), key=lambda item: -len(item[0])):
        parts = phrase.split()
        if index >= len(parts) and [w.lower() for w in words[index - len(parts):index]] == parts:
            return kind, phrase
    return "", ""


def direction_of(word: str, before: str) -> int:
    """+1 for a word of increase, −1 for one of decrease, else 0; ``opp``
    and ``ned`` count only after ``gikk``, ``gått``, ``går`` or at a clause
    start (``, opp fra``)."""
    if word in ("opp", "ned") and before not in ("gikk", "gått", "går", ",", "", "("):
        return 0
    return 1 if word in UP else -1 if word in DOWN else 0


def read_sentence(sentence: str, table_years: set[int]) -> list[Claim | Movement]:
    """Every number claim in one sentence (already stripped of the table's
    own words), and every movement between two of them.

    Years of the table's periods and quarter numbers (``4. kvartal``) are
    not claims.
    """
    items = tokens(sentence)
    words = [t.text.lower() for t in items]
    claims: dict[int, Claim] = {}
    i = 0
    while i < len(items):
        claim, width = _read_number(items, words, i, table_years)
        if claim:
            claims[i] = claim
        i += width
    movements = _read_movements(items, words, claims)
    return [*claims.values(), *movements]


def _read_number(items: list[Token], words: list[str], i: int, years: set[int]) -> tuple[Claim | None, int]:
    """The claim that starts at token ``i``, if any, and how many tokens it spans."""
    token = items[i]
    if token.kind == "num":
        value, decimals = number_value(token.text)
        following = words[i + 1] if i + 1 < len(words) else ""
        if decimals == 0 and "\u00a0" not in token.text and (int(value) in years or following == "." and _next_word(words, i + 2) == "kvartal"):
            return None, 1
        if following == "av" and _number_word(words, i + 2) is not None:
            return _count_or_fraction(items, words, i, 3, value)
        hedge, said = _hedge_before(words, i)
        low, high = interval(abs(value), decimals, hedge)
        unit = _unit_after(words, i)
        role, direction = _role_of(words, i)
        written = " ".join(x for x in (said, token.text, unit if unit == following else "") if x)
        return Claim(written, low, high, value < 0, unit, role, direction), 1
    for phrase, share in FRACTIONS.items():
        parts = phrase.split()
        if words[i:i + len(parts)] == parts:
            hedge, said = _hedge_before(words, i)
            low, high = interval(share, 0, hedge)
            if not hedge:
                low, high = share - 1, share + 1
            return Claim(" ".join(x for x in (said, phrase) if x), low, high, False, "prosent", "level"), len(parts)
    cardinal = _number_word(words, i)
    if cardinal is not None and _next_word(words, i + 1) == "av" and _number_word(words, i + 2) is not None:
        return _count_or_fraction(items, words, i, 3, float(cardinal))
    if words[i] in ORDINALS and _next_word(words, i + 1) in PERIOD_WORDS and words[i + 2:i + 4] == ["på", "rad"]:
        direction = _nearest_direction(words, i)
        n = float(ORDINALS[words[i]])
        return Claim(f"for {items[i].text} {items[i + 1].text} på rad", n, n, False, "", "run", direction), 4
    return None, 1


def _count_or_fraction(items: list[Token], words: list[str], i: int, width: int, part: float) -> tuple[Claim, int]:
    """``tre av fem fylker`` (so many categories, where the sentence compares
    with a total) or ``seks av ti`` (a share in words)."""
    whole = _number_word(words, i + 2) or 0
    written = " ".join(t.text for t in items[i:i + width])
    compare = 1 if "høyere" in words else -1 if "lavere" in words else 0
    if compare:
        return Claim(written, part, part, False, "", "count", of=whole, compare=compare), width
    hedge, said = _hedge_before(words, i)
    share = 100 * part / whole if whole else float("nan")
    low, high = interval(share, 0, hedge) if hedge else (share - 1, share + 1)
    return Claim(" ".join(x for x in (said, written) if x), low, high, False, "prosent", "level"), width


def _number_word(words: list[str], i: int) -> int | None:
    """The whole number at position ``i``, in words or figures."""
    if i >= len(words):
        return None
    if words[i] in CARDINALS:
        return CARDINALS[words[i]]
    return int(words[i]) if words[i].isdigit() else None


def _next_word(words: list[str], i: int) -> str:
    """The word at ``i``, or empty past the end."""
    return words[i] if i < len(words) else ""


def _unit_after(words: list[str], i: int) -> str:
    """The unit a number is given in: the first unit word after it, reading
    past the other numbers of a list (``henholdsvis 5,2 og 4,7 prosent``,
    ``fra 3,9 til 2,8 prosent``)."""
    j = i + 1
    while j < len(words) and (words[j] in LIST_WORDS or words[j] == "til" or is_number(words[j])):
        j += 1
    word = _next_word(words, j)
    return word if word in ("prosent", "prosentpoeng") else ""


def is_number(word: str) -> bool:
    """Whether a token is a number in figures.

    >>> is_number("1\u00a0234,5"), is_number("K1")
    (True, False)
    """
    return bool(re.fullmatch(NUMBER, word))


def _role_of(words: list[str], i: int) -> tuple[str, int]:
    """Whether the number at ``i`` is a change (and which way) or a level.

    It is a change when a word of change governs it, ``en økning på 7``,
    ``økte med 7``, ``steg boligprisene 1,4``, with no level word such as
    ``fra``, ``til``, ``mot`` or ``var`` between them in the clause.
    """
    j = i - 1
    while j >= 0 and (words[j] in ("og", "henholdsvis") or is_number(words[j])):
        j -= 1
    if j >= 1 and words[j] in ("på", "med"):
        direction = direction_of(words[j - 1], words[j - 2] if j >= 2 else "")
        if direction:
            return "change", direction
    while j >= 0 and words[j] not in CLAUSE_BREAKS:
        direction = direction_of(words[j], words[j - 1] if j >= 1 else "")
        if direction and words[j] not in ("flere", "færre", "mer", "mindre"):
            return "change", direction
        if words[j] in LEVEL_ANCHORS:
            return "level", 0
        j -= 1
    return "level", 0


def _nearest_direction(words: list[str], i: int) -> int:
    """The direction of the nearest word of change before position ``i``."""
    for j in range(i - 1, -1, -1):
        direction = direction_of(words[j], words[j - 1] if j >= 1 else "")
        if direction:
            return direction
    return 0


def _directions_before(words: list[str], i: int) -> int | None:
    """The direction the words of change before position ``i`` say: 0 for
    none, ``None`` when some say up and others down."""
    said = {direction_of(words[j], words[j - 1] if j >= 1 else "") for j in range(i)} - {0}
    return None if len(said) > 1 else said.pop() if said else 0


def _read_movements(items: list[Token], words: list[str], claims: dict[int, Claim]) -> list[Movement]:
    """Pairs of numbers set against each other: ``fra A til B``, ``A, opp
    fra B``, ``A ..., mot B``."""
    movements = []
    positions = sorted(claims)
    for first, second in zip(positions, positions[1:]):
        between = words[first + 1:second]
        a, b = claims[first], claims[second]
        if a.role == "count" or b.role == "count" or a.role == "run" or b.role == "run":
            continue
        written = " ".join(t.text for t in items[max(first - 1, 0):second + 1])
        if first >= 1 and words[first - 1] == "fra" and "til" in between and len(between) <= 6:
            movements.append(Movement(written, a, b, _directions_before(words, first - 1)))
        elif len(between) >= 2 and between[-1] == "fra" and between[-2] in ("opp", "ned"):
            movements.append(Movement(written, b, a, 1 if between[-2] == "opp" else -1))
        elif between and between[-1] == "mot" and "," in between:
            movements.append(Movement(written, b, a, 0))
    return movements
